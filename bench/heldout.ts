/**
 * The held-out sets (`tests/fixtures/heldout/`): pages, searches and popup queries built by
 * someone who never saw the code, from public pages the development sets do not use. These rows
 * are only ever reported here, never used to change a rule (their README says what happens if
 * one is): the gap between these figures and the development sets' is how far the work
 * generalises. Run with `npx tsx bench/heldout.ts`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { evaluateQueries, type QueryRow, tally } from './queries';
import { measureRecognition, type Rate } from './recognition';

const DIR = resolve(import.meta.dirname, '../tests/fixtures/heldout');
const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1)} %`;

/** Trace recognition on the held-out pages and searches, by the groups the bars name. */
export function heldOutRecognition(): Map<string, Rate> {
  return measureRecognition(undefined, DIR);
}

/** Popup search on the held-out queries. */
export function heldOutQueries() {
  const rows = JSON.parse(readFileSync(resolve(DIR, 'queries.json'), 'utf8')) as QueryRow[];
  return evaluateQueries(rows);
}

export function main() {
  const groups = heldOutRecognition();
  console.log('Held-out sets (never used for tuning):');
  console.log('  trace recognition (real matcher, address + title):');
  const show = [
    ['help pages', 'help pages removed (recall)'],
    ['help pages: organisation', '  organisations'],
    ['help pages: general-site', '  abuse pages on general sites'],
    ['help pages: en', '  English'],
    ['help pages: fr', '  French'],
    ['searches: help', 'help searches removed (recall)'],
    ['searches: help-variant', 'typo and word-order variants removed'],
    ['pages: ordinary', 'ordinary pages removed (false positives)'],
    ['pages: lookalike', 'look-alike pages removed (false positives)'],
    ['searches: ordinary', 'ordinary searches removed (false positives)'],
    ['searches: lookalike', 'look-alike searches removed (false positives)'],
  ] as const;
  for (const [key, label] of show) {
    const r = groups.get(key);
    if (r)
      console.log(
        `    ${label.padEnd(46)} ${`${r.removed}/${r.total}`.padStart(8)}  ${pct(r.removed, r.total)}`,
      );
  }
  const results = heldOutQueries();
  console.log('  popup search (hit@1: first is right; hit@3: a right one in the first three):');
  for (const [key, t] of [
    ...tally(results, () => ['all']),
    ...tally(results, (r) => [r.lang]),
    ...tally(results, (r) => [r.speaker]),
  ])
    console.log(
      `    ${key.padEnd(10)} ${String(t.n).padStart(4)} rows   hit@1 ${pct(t.hit1, t.n)}   hit@3 ${pct(t.hit3, t.n)}   harmful ${t.harmful}`,
    );
  return { groups, results };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
