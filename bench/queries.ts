/**
 * How well the popup search answers the judged query set (`tests/fixtures/queries/queries.json`):
 * each row is typed into the popup's own view logic, in the row's language and region, and the
 * first results are compared with the row's judgement.
 * - hit@1: the first result is one of `acceptFirst`;
 * - hit@3: one of the first three is one of `accept`;
 * - harmful: a person harmed (`speaker: harmed`) gets a resource made for people who have used
 *   violence first (the bar is zero), or anywhere in the first three (reported too).
 * Figures per language, per region group, per situation, per speaker and per style.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Lang } from '../lib/i18n-key';
import { profilesFor, topIds } from '../tests/fixtures/popup-search';

export interface QueryRow {
  q: string;
  lang: Lang;
  region: string;
  situations: string[];
  speaker: 'harmed' | 'harming' | 'supporter' | 'unknown';
  accept: string[];
  acceptFirst: string[];
  style: string;
}

export interface RowResult {
  row: QueryRow;
  top: string[];
  hit1: boolean;
  hit3: boolean;
  /** A resource for people who used violence first, for a person harmed. */
  harmful: boolean;
  /** The same anywhere in the first three. */
  harmful3: boolean;
}

export interface Tally {
  n: number;
  hit1: number;
  hit3: number;
  harmful: number;
  harmful3: number;
}

const FIXTURES = join(import.meta.dirname, '../tests/fixtures/queries');

/** Region groups the figures are given for. */
export function regionGroup(region: string): string {
  if (region === 'CA-ON' || region === 'CA-QC') return region;
  if (region.startsWith('CA-')) return 'CA-other';
  return region.split('-')[0]!;
}

export const loadRows = (file = 'queries.json'): QueryRow[] =>
  JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')) as QueryRow[];

/** Runs every row through the popup's view logic; returns one result per row. */
export function evaluateQueries(rows: readonly QueryRow[] = loadRows()): RowResult[] {
  return rows.map((row) => {
    const profiles = profilesFor(row.lang);
    const top = topIds(row.q, row.lang, row.region);
    const uv = (id: string) => profiles.get(id)?.forUsedViolence ?? false;
    const harmed = row.speaker === 'harmed';
    return {
      row,
      top,
      hit1: top[0] !== undefined && row.acceptFirst.includes(top[0]),
      hit3: top.some((id) => row.accept.includes(id)),
      harmful: harmed && top[0] !== undefined && uv(top[0]),
      harmful3: harmed && top.some(uv),
    };
  });
}

/** Sums results by a key (a row may count under several keys, e.g. its situations). */
export function tally(results: readonly RowResult[], keys: (r: QueryRow) => string[]): Map<string, Tally> {
  const out = new Map<string, Tally>();
  for (const r of results)
    for (const k of keys(r.row)) {
      const t = out.get(k) ?? { n: 0, hit1: 0, hit3: 0, harmful: 0, harmful3: 0 };
      t.n++;
      t.hit1 += Number(r.hit1);
      t.hit3 += Number(r.hit3);
      t.harmful += Number(r.harmful);
      t.harmful3 += Number(r.harmful3);
      out.set(k, t);
    }
  return out;
}

const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(0).padStart(3)} %`;

function table(title: string, m: Map<string, Tally>): string {
  const lines = [...m]
    .sort((a, b) => b[1].n - a[1].n || a[0].localeCompare(b[0]))
    .map(
      ([k, t]) =>
        `    ${k.padEnd(20)} ${String(t.n).padStart(4)}   hit@1 ${pct(t.hit1, t.n)}   hit@3 ${pct(t.hit3, t.n)}${t.harmful3 ? `   harmful ${t.harmful} (top 3: ${t.harmful3})` : ''}`,
    );
  return [`  ${title}`, ...lines].join('\n');
}

/** Prints one query set's figures; with `--misses`, every row not answered right first. */
function report(title: string, results: readonly RowResult[]): void {
  const all = tally(results, () => ['all'])!.get('all')!;
  console.log(`${title} (hit@1: first is right; hit@3: a right one in the first three):`);
  console.log(
    `  all ${all.n} rows: hit@1 ${pct(all.hit1, all.n)}, hit@3 ${pct(all.hit3, all.n)}; harmful orderings ${all.harmful} (a resource for people who used violence first for a person harmed), ${all.harmful3} in the first three`,
  );
  const tables: [string, (r: QueryRow) => string[]][] = [
    ['by language', (r) => [r.lang]],
    ['by region', (r) => [regionGroup(r.region)]],
    ['by language and region', (r) => [`${r.lang} ${regionGroup(r.region)}`]],
    ['by situation', (r) => r.situations],
    ['by speaker', (r) => [r.speaker]],
    ['by language and speaker', (r) => [`${r.lang} ${r.speaker}`]],
    ['by style', (r) => [r.style]],
  ];
  for (const [name, keys] of tables) console.log(table(name, tally(results, keys)));
  if (process.argv.includes('--misses'))
    for (const r of results)
      if (!r.hit1 || !r.hit3 || r.harmful3)
        console.log(
          `  ${r.hit3 ? (r.hit1 ? 'harm' : 'miss@1') : 'MISS@3'} [${r.row.lang} ${r.row.region} ${r.row.speaker}] ${r.row.q}\n      got ${r.top.join(', ')}\n      first ${r.row.acceptFirst.join(', ')}; accept ${r.row.accept.join(', ')}`,
        );
}

/** The later query sets, each gathered blind and first measured before any rule changed for it. */
export const LATER_QUERY_SETS = [
  ['second query set (public phrasings, gathered blind)', 'queries-2.json'],
  [
    'third query set (public phrasings from pages neither earlier set cites, gathered blind)',
    'queries-3.json',
  ],
  [
    'fourth query set (public phrasings, a quarter from people who have used violence, gathered blind)',
    'queries-4.json',
  ],
  [
    'fifth query set (public phrasings, two thirds from people harmed in their own words, gathered blind)',
    'queries-5.json',
  ],
  [
    'sixth query set (public phrasings, people harmed, people who have used violence and supporters, gathered blind)',
    'queries-6.json',
  ],
  [
    'seventh query set (public phrasings, two thirds from people harmed, a sixth each from people who have used violence and supporters, gathered blind)',
    'queries-7.json',
  ],
  [
    'eighth query set (public phrasings, three fifths from people harmed, a fifth from people who have used violence, gathered blind)',
    'queries-8.json',
  ],
  [
    'ninth query set (public phrasings, seven tenths from people harmed, the rest from people who have used violence and supporters, gathered blind)',
    'queries-9.json',
  ],
  [
    'tenth query set (public phrasings, seven tenths from people harmed, the rest from people who have used violence and supporters, gathered blind)',
    'queries-10.json',
  ],
  [
    'eleventh query set (public phrasings, seven tenths from people harmed, a sixth from people who have used violence, gathered blind by two builders)',
    'queries-11.json',
  ],
] as const;

/**
 * The judged set (`queries.json`, written by a helper to the brief), then the second set
 * (`queries-2.json`, people's own phrasings from public pages, gathered blind; a third of it from
 * people who have used violence), then the third (`queries-3.json`, the same kind from other pages,
 * gathered blind), then the fourth (`queries-4.json`, the same again with more people who have used
 * violence and people worried about someone), then the fifth (`queries-5.json`, people harmed
 * describing what happens in their own words, every region), then the sixth (`queries-6.json`, the
 * same kind again from pages no earlier set cites), then the seventh (`queries-7.json`, gathered
 * blind at the start of a later stop), the eighth (`queries-8.json`, the same, a stop later), the ninth (`queries-9.json`, once more), the tenth (`queries-10.json`, again a stop later) and the eleventh (`queries-11.json`, a stop after that). Returns the judged set's results.
 */
export function main(): RowResult[] {
  const results = evaluateQueries();
  report('Popup search on the judged query set', results);
  for (const [name, file] of LATER_QUERY_SETS)
    report(`Popup search on the ${name}`, evaluateQueries(loadRows(file)));
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
