/**
 * The research record behind the shelters and services searched by name (`data/sources/help-names-*.json`):
 * every entry names an organisation, its region and kind, and the public page that says what it is.
 */
import { describe, expect, it } from 'vitest';
import ca from '../../data/sources/help-names-ca.json';
import more from '../../data/sources/help-names-more.json';
import world from '../../data/sources/help-names-world.json';

interface NameRow {
  name: string;
  aliases?: string[];
  town?: string;
  region: string;
  kind: string;
  evidence: string;
  note: string;
}
const KINDS = new Set([
  'shelter',
  'sexual-assault',
  'crisis-line',
  'men',
  'legal',
  'indigenous',
  'lgbtq',
  'outreach',
  'network',
]);

describe('data/sources/help-names-*.json', () => {
  it.each([
    ['help-names-ca.json', ca as NameRow[]],
    ['help-names-world.json', world as NameRow[]],
    ['help-names-more.json', more as NameRow[]],
  ])('%s: every entry has a name, region, kind and a public source', (_, rows) => {
    expect(rows.length).toBeGreaterThan(100);
    for (const row of rows) {
      expect(row.name.trim(), JSON.stringify(row)).not.toBe('');
      expect(row.region, row.name).toMatch(/^(CA|US|GB|IE|AU|NZ|FR|BE)(-[A-Z]{2,3})?$/);
      expect(KINDS.has(row.kind), `${row.name}: ${row.kind}`).toBe(true);
      expect(row.evidence, row.name).toMatch(/^https?:\/\/[^\s/]+\.[^\s/]+/);
    }
  });
});
