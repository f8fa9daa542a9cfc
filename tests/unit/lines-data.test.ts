/**
 * Checks on the directory's lines (issue 13): every fact traceable to a public page, every number
 * in a form that dials in its country, every region named gets its lines, nothing internal
 * shipped. Sources are read from `data/sources/resources.ts`, which the build never bundles.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ALL_LINES, ALL_RESOURCES } from '../../data/directory/index';
import { OTHER_RESOURCES } from '../../data/resources';
import { RESOURCE_SOURCES } from '../../data/sources/resources';
import { dialIssue, displayMatches } from '../../lib/directory/dial-forms';
import {
  AUDIENCES,
  isHttpsUrl,
  KINDS,
  REGIONS,
  type Region,
  type Resource,
} from '../../lib/directory/resource-schema';
import { findCopiedRuns } from '../../scripts/check-copy';

const LINE_KINDS = new Set(['emergency', 'hotline', 'text-line', 'chat']);
const byId = new Map(ALL_RESOURCES.map((r) => [r.id, r]));
const all = (f: (r: Resource) => boolean) => ALL_RESOURCES.filter(f).map((r) => [r.id, r] as const);

type Channel = 'phone' | 'text' | 'tty';
function numbersOf(r: Resource) {
  const c = r.contacts ?? {};
  return (['phone', 'text', 'tty'] as const).flatMap((field: Channel) =>
    (c[field] ?? []).map((p) => ({ field, ...p })),
  );
}

const coversOf = (id: string) => new Set((RESOURCE_SOURCES[id] ?? []).flatMap((s) => s.covers));

/** Numbers whose only source is the seed article (secondary only): the lead decides. */
const SEED_ONLY_NUMBERS = ['+14169295200', '+18668630511', '+18668637868'];

describe('shape', () => {
  it('has unique ids across lines and other entries', () => {
    const ids = ALL_RESOURCES.map((r) => r.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('keeps lines in data/directory and everything else in data/resources.ts', () => {
    expect(ALL_LINES.every((r) => LINE_KINDS.has(r.kind))).toBe(true);
    expect(OTHER_RESOURCES.filter((r) => LINE_KINDS.has(r.kind)).map((r) => r.id)).toEqual([]);
  });

  it.each(all(() => true))('%s ships no sources, notes or repository paths', (_id, r) => {
    expect(r).not.toHaveProperty('sources');
    expect(JSON.stringify(r)).not.toMatch(/pages corpus|search tool|shared\/reference|seed 0|\.md\b/i);
  });

  it.each(all(() => true))('%s uses known kinds, audiences, regions and languages', (_id, r) => {
    expect(KINDS).toContain(r.kind);
    for (const a of r.audiences) expect(AUDIENCES).toContain(a);
    expect(r.regions.length).toBeGreaterThan(0);
    for (const g of r.regions) expect(REGIONS).toContain(g);
    for (const l of r.languages) expect(l).toMatch(/^(?:many|[a-z]{2,3})$/);
    for (const u of [r.website, r.contacts?.chatUrl]) if (u !== undefined) expect(isHttpsUrl(u)).toBe(true);
  });

  it.each(all((r) => LINE_KINDS.has(r.kind)))('%s is written for people, in English and French', (_id, r) => {
    const { en, fr } = r.description;
    expect(en.length).toBeLessThanOrEqual(160);
    expect(en).toMatch(/[.!?]$/);
    expect(en.slice(0, -1)).not.toMatch(/[.!?]\s/);
    expect(fr?.trim().length ?? 0).toBeGreaterThan(10);
    expect(en).not.toMatch(/\b(abusers?|perpetrators?|victims?)\b/i);
    expect(fr ?? '').not.toMatch(/\b(agresseurs?|agresseuses?|victimes?)\b/i);
  });

  it.each(all((r) => !!r.crisis))('crisis entry %s can be reached', (_id, r) => {
    const c = r.contacts;
    expect((c?.phone?.length ?? 0) + (c?.text?.length ?? 0) + (c?.chatUrl ? 1 : 0)).toBeGreaterThan(0);
  });

  it.each(all((r) => r.kind === 'emergency'))(
    'emergency entry %s has no website and only short codes',
    (_id, r) => {
      expect(r.website).toBeUndefined();
      for (const p of numbersOf(r)) expect(p.number).toMatch(/^\d{2,3}$/);
    },
  );
});

describe('every fact is traceable', () => {
  it.each(all(() => true))('%s has at least one source', (id) => {
    expect(RESOURCE_SOURCES[id]?.length ?? 0).toBeGreaterThan(0);
  });

  it('has no sources for ids that do not exist', () => {
    expect(Object.keys(RESOURCE_SOURCES).filter((id) => !byId.has(id))).toEqual([]);
  });

  it.each(Object.entries(RESOURCE_SOURCES))('%s cites public addresses only', (_id, list) => {
    for (const s of list) {
      if (s.url !== 'seed:001') {
        expect(isHttpsUrl(s.url), s.url).toBe(true);
        expect(new URL(s.url).hostname).not.toMatch(/\.$|^\d+\.\d+\.\d+\.\d+$/);
      }
      expect(s.url).not.toMatch(/pages corpus|search tool|shared\/|\.md$/);
      expect(s.covers.length).toBeGreaterThan(0);
    }
  });

  it.each(all(() => true))(
    '%s: every number, keyword, 24/7 claim, website and chat has a source',
    (id, r) => {
      const covered = coversOf(id);
      const missing: string[] = [];
      for (const p of numbersOf(r)) if (!covered.has(p.number)) missing.push(p.number);
      for (const t of r.contacts?.text ?? [])
        if (t.keyword && !covered.has(`keyword:${t.keyword}`)) missing.push(`keyword:${t.keyword}`);
      if (r.hours && !covered.has('hours')) missing.push('hours');
      if (r.website && !covered.has('website')) missing.push('website');
      if (r.contacts?.chatUrl && !covered.has('chat')) missing.push('chat');
      expect(missing).toEqual([]);
    },
  );

  it('lists exactly the numbers that rest on the seed alone (secondary only)', () => {
    const seedOnly = ALL_RESOURCES.flatMap((r) =>
      numbersOf(r)
        .map((p) => p.number)
        .filter((n) => {
          const list = RESOURCE_SOURCES[r.id] ?? [];
          return (
            list.some((s) => s.covers.includes(n)) &&
            list.every((s) => !s.covers.includes(n) || s.url === 'seed:001')
          );
        }),
    );
    expect([...new Set(seedOnly)].sort()).toEqual(SEED_ONLY_NUMBERS);
  });

  it.each(all((r) => (r.contacts?.text ?? []).some((t) => t.keyword)))(
    '%s: every text keyword says its language',
    (_id, r) => {
      for (const t of r.contacts?.text ?? []) {
        if (t.keyword) {
          expect(t.keyword).toMatch(/^[A-Za-z0-9]+$/);
          expect(['en', 'fr']).toContain(t.lang);
        }
      }
    },
  );
});

describe('numbers dial in their country', () => {
  const rows = ALL_LINES.flatMap((r) =>
    numbersOf(r).map((p) => [r.id, p.field, p.number, p.display, r.regions] as const),
  );

  it.each(rows)('%s %s %s (%s) dials in every country it serves', (_id, field, number, display, regions) => {
    expect(dialIssue(number, field, regions)).toBeUndefined();
    expect(displayMatches(number, display)).toBe(true);
  });

  it.each([
    ['+18668630511', 'phone', ['CA-ON'], true],
    ['3101818', 'phone', ['CA-AB'], true],
    ['686868', 'text', ['CA'], true],
    ['686868', 'phone', ['CA'], false],
    ['555-0100', 'phone', ['CA'], false],
    ['+448001111', 'phone', ['GB'], true],
    ['08001111', 'phone', ['GB'], false],
    ['116123', 'phone', ['GB', 'IE'], true],
    ['1800341900', 'phone', ['IE'], true],
    ['+3531800341900', 'phone', ['IE'], false],
    ['1800737732', 'phone', ['AU'], true],
    ['+611800737732', 'phone', ['AU'], false],
    ['0458737732', 'text', ['AU'], true],
    ['0458737732', 'phone', ['AU'], false],
    ['0800733843', 'phone', ['NZ'], true],
    ['4334', 'text', ['NZ'], true],
    ['3919', 'phone', ['FR'], true],
    ['+33800059595', 'phone', ['FR'], true],
    ['+3280030030', 'phone', ['BE'], true],
    ['080030030', 'phone', ['BE'], false],
    ['911', 'phone', ['GLOBAL'], false],
  ] as const)('dialIssue(%s, %s, %j) accepts it: %s', (number, field, regions, ok) => {
    expect(dialIssue(number, field, regions) === undefined).toBe(ok);
  });

  it.each([
    ['+18668630511', '1-866-863-0511', true],
    ['+448082000247', '0808 2000 247', true],
    ['+35315543811', '01 554 3811', true],
    ['1800737732', '1800 737 732', true],
    ['+18668630511', '1-866-863-0512', false],
    ['+448082000247', '247', false],
  ] as const)('displayMatches(%s, %s) is %s', (number, display, ok) => {
    expect(displayMatches(number, display)).toBe(ok);
  });

  it('stores 1800RESPECT and Irish freephone numbers in their domestic form', () => {
    expect(byId.get('au-1800respect')?.contacts?.phone?.[0]?.number).toBe('1800737732');
    for (const r of ALL_LINES)
      for (const p of numbersOf(r)) expect(p.number, r.id).not.toMatch(/^\+61(?:1[38]00|13)|^\+3531800/);
  });
});

describe('every region we name gets its lines', () => {
  const SUBDIVISIONS = REGIONS.filter((g) => /^(CA|GB)-/.test(g));
  const serves = (r: Resource, g: Region) =>
    r.regions.includes(g) || r.regions.includes(g.slice(0, 2) as Region);

  it.each(SUBDIVISIONS)('%s has a line open 24/7 and an emergency entry', (g) => {
    const open = ALL_LINES.filter((r) => r.crisis && r.hours?.always === true && serves(r, g));
    expect(open.length).toBeGreaterThan(0);
    expect(ALL_LINES.some((r) => r.kind === 'emergency' && serves(r, g))).toBe(true);
  });

  it.each(['US', 'GB', 'IE', 'AU', 'NZ', 'FR', 'BE'] as const)(
    '%s has a line and an emergency entry',
    (g) => {
      expect(ALL_LINES.some((r) => r.kind !== 'emergency' && r.crisis && r.regions.includes(g))).toBe(true);
      expect(ALL_LINES.some((r) => r.kind === 'emergency' && r.regions.some((x) => x.startsWith(g)))).toBe(
        true,
      );
    },
  );

  it("states Nunavut's case: 911 is never offered there, and the Nunavut entry says why", () => {
    for (const r of ALL_LINES.filter((x) =>
      numbersOf(x).some((p) => p.number === '911' && x.id !== 'emergency-us'),
    ))
      expect(r.regions.some((g) => g === 'CA-NU' || g === 'CA')).toBe(false);
    const nu = byId.get('emergency-ca-nu');
    expect(nu?.regions).toEqual(['CA-NU']);
    expect(nu?.description.en).toMatch(/no 911/i);
    expect(nu?.description.en).toMatch(/RCMP/);
    const ca = byId.get('emergency-ca');
    expect(`${ca?.description.en} ${ca?.description.fr}`).not.toMatch(
      /anywhere in Canada|partout au Canada/i,
    );
    expect(ca?.description.en).toMatch(/Nunavut/);
  });

  it('does not present England’s helpline as the UK’s', () => {
    const eng = byId.get('gb-eng-national-domestic-abuse-helpline');
    expect(eng?.regions).toEqual(['GB-ENG']);
    expect(eng?.description.en).toMatch(/England/);
    expect(eng?.description.en).toMatch(/UK/);
    expect(byId.has('gb-national-domestic-abuse-helpline')).toBe(false);
    for (const g of ['GB-SCT', 'GB-WLS', 'GB-NIR'] as const)
      expect(ALL_LINES.some((r) => r.kind === 'hotline' && r.regions.includes(g))).toBe(true);
  });

  it('does not promise French texting at Kids Help Phone without a French keyword', () => {
    const khp = byId.get('kids-help-phone');
    const fr = (khp?.contacts?.text ?? []).some((t) => t.lang === 'fr');
    if (!fr) {
      expect(khp?.description.fr).toMatch(/anglais/);
      expect(khp?.description.fr).toMatch(/CONNECT/);
    }
  });

  it('never mentions 45645 (the old national text line, never Distress Centres’)', () => {
    for (const r of ALL_RESOURCES) {
      for (const p of numbersOf(r)) expect(p.number.replace(/\D/g, ''), r.id).not.toBe('45645');
      expect(JSON.stringify(r), r.id).not.toMatch(/(?<!\d)45\s?645(?!\d)/);
    }
  });
});

describe('descriptions are in our own words', () => {
  // The shared folder sits next to the checkout: `../shared` from main, `../../shared` from a worktree.
  const seedsDir =
    ['../../../shared/seeds/', '../../../../shared/seeds/']
      .map((p) => fileURLToPath(new URL(p, import.meta.url)))
      .find((d) => existsSync(d)) ?? '';
  it.skipIf(!seedsDir)('no line description copies 6+ words from the seed files', () => {
    const seeds = readdirSync(seedsDir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(`${seedsDir}${f}`, 'utf8'));
    const hits = ALL_LINES.flatMap((r) =>
      [r.description.en, r.description.fr ?? ''].flatMap((t) =>
        findCopiedRuns(t, seeds).map((run) => `${r.id}: ${run}`),
      ),
    );
    expect(hits).toEqual([]);
  });
});
