/**
 * Keystroke-to-results time of the popup search, in Node: the real data set and synthetic
 * 1,000- and 10,000-entry sets. Each query is typed a character at a time; every prefix is one
 * keystroke (prepare, search, rank, highlight what is shown), as in the popup.
 */
import { pathToFileURL } from 'node:url';
import { ALL_RESOURCES as RESOURCES } from '../data/directory';
import { type Labels, rankHits, resourceToDoc } from '../lib/directory/listing';
import type { Resource } from '../lib/directory/resource-schema';
import { buildSearchIndex, highlightsOf, prepareQuery, searchIndex } from '../lib/directory/search';
import { median, ms, p95, prng } from './stats';

const labels: Labels = {
  kind: (k) => k.replace('-', ' '),
  audience: (a) => a.replace('-', ' '),
  region: (r) => ({ CA: 'Canada', 'CA-ON': 'Ontario', US: 'United States', GB: 'United Kingdom' })[r] ?? r,
  language: (l) => ({ en: 'English', fr: 'French' })[l] ?? l,
};

/** Results the popup renders at once (it offers the rest behind a button). */
const SHOWN = 40;
const QUERIES = [
  'asaulted womens',
  'kids help',
  'femaide',
  'restorative justice',
  'shelter ontario',
  'text line',
];
const WORDS = 'harbour bridge river light path north circle family centre line support safe women youth care';

/** `n` entries made from the real ones with varied names and words, seeded. */
export function synthetic(n: number): Resource[] {
  const rand = prng(n);
  const words = WORDS.split(' ');
  const pick = () => words[Math.floor(rand() * words.length)]!;
  return Array.from({ length: n }, (_, i) => {
    const base = RESOURCES[i % RESOURCES.length]!;
    return {
      ...base,
      id: `${base.id}-${i}`,
      name: `${pick()} ${pick()} ${base.name.split(' ')[0]} ${i}`,
      description: { en: `${base.description.en} ${pick()} ${pick()}`, fr: base.description.fr },
    };
  });
}

export interface SearchBench {
  entries: number;
  buildMs: number;
  medianMs: number;
  p95Ms: number;
  keystrokes: number;
}

export function benchSearch(list: readonly Resource[]): SearchBench {
  const docs = list.map((r) => resourceToDoc(r, labels, 'en'));
  const byId = new Map(list.map((r) => [r.id, r]));
  const t0 = performance.now();
  const index = buildSearchIndex(docs);
  const buildMs = performance.now() - t0;
  const guess = { country: 'CA', subdivision: 'CA-ON' };
  const times: number[] = [];
  for (let round = 0; round < 3; round++)
    for (const q of QUERIES)
      for (let i = 1; i <= q.length; i++) {
        const start = performance.now();
        const hits = rankHits(searchIndex(index, prepareQuery(q.slice(0, i))), byId, guess);
        for (const hit of hits.slice(0, SHOWN)) highlightsOf(hit);
        if (round > 0) times.push(performance.now() - start); // round 0 warms the JIT
      }
  return {
    entries: list.length,
    buildMs,
    medianMs: median(times),
    p95Ms: p95(times),
    keystrokes: times.length,
  };
}

export function main(): SearchBench[] {
  const results = [RESOURCES, synthetic(1000), synthetic(10000)].map(benchSearch);
  console.log('Popup search, keystroke to ranked results (Node, per keystroke):');
  for (const r of results)
    console.log(
      `  ${String(r.entries).padStart(6)} entries: median ${ms(r.medianMs)}, p95 ${ms(r.p95Ms)} over ${r.keystrokes} keystrokes; index built in ${ms(r.buildMs)}`,
    );
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
