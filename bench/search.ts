/**
 * Keystroke-to-results time of the popup search, in Node: the real data set and synthetic
 * 1,000- and 10,000-entry sets. Each query is typed a character at a time; every prefix is one
 * keystroke as in the popup: prepare, read the situation and speaker, search the words, rank,
 * highlight what is shown. Queries mix names and everyday descriptions, in English and French.
 */
import { pathToFileURL } from 'node:url';
import { ALL_RESOURCES } from '../data/directory';
import { SITUATION_TAGS } from '../data/situation-tags';
import type { Guide } from '../lib/directory/guide-schema';
import { analyzeQuery } from '../lib/directory/intent';
import { type Labels, resourceToDoc } from '../lib/directory/listing';
import { decidePopupView } from '../lib/directory/popup-view';
import type { Resource } from '../lib/directory/resource-schema';
import { buildSearchIndex, highlightsOf, prepareQuery, searchIndex } from '../lib/directory/search';
import { buildProfiles } from '../lib/directory/situation-fit';
import { situationHits } from '../lib/directory/situation-results';
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
  'he pushed me and i cant go home tonight',
  "mon chum me surveille et m'empêche de voir mes amies",
  'i hit my partner and want to stop',
  'ma fille se fait frapper par son chum comment l’aider',
];
const WORDS = 'harbour bridge river light path north circle family centre line support safe women youth care';

/** `n` entries made from the real ones with varied names and words, seeded. */
export function synthetic(n: number): Resource[] {
  const rand = prng(n);
  const words = WORDS.split(' ');
  const pick = () => words[Math.floor(rand() * words.length)]!;
  return Array.from({ length: n }, (_, i) => {
    const base = ALL_RESOURCES[i % ALL_RESOURCES.length]!;
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
  /** The same in CPU time of this process: steadier when other work shares the machine. */
  cpuMedianMs: number;
  cpuP95Ms: number;
  keystrokes: number;
}

export function benchSearch(list: readonly Resource[]): SearchBench {
  const docs = list.map((r) => resourceToDoc(r, labels, 'en'));
  const docById = new Map(docs.map((d) => [d.id, d]));
  const t0 = performance.now();
  const index = buildSearchIndex(docs);
  const reader = {
    analyze: analyzeQuery,
    rank: situationHits,
    profiles: buildProfiles(list, SITUATION_TAGS),
  };
  const buildMs = performance.now() - t0;
  const guess = { country: 'CA', subdivision: 'CA-ON' };
  const guides: Guide[] = [];
  const times: number[] = [];
  const cpu: number[] = [];
  for (let round = 0; round < 3; round++)
    for (const q of QUERIES)
      for (let i = 1; i <= q.length; i++) {
        const start = performance.now();
        const startCpu = process.cpuUsage();
        const text = q.slice(0, i);
        const view = decidePopupView({
          query: prepareQuery(text),
          text,
          lang: 'en',
          filters: {},
          resources: list,
          guides,
          guess,
          search: (prepared) => searchIndex(index, prepared),
          reader,
          docOf: (id) => docById.get(id),
        });
        if (view.mode === 'results') for (const hit of view.hits.slice(0, SHOWN)) highlightsOf(hit);
        // Round 0 warms the JIT.
        if (round > 0) {
          times.push(performance.now() - start);
          const used = process.cpuUsage(startCpu);
          cpu.push((used.user + used.system) / 1000);
        }
      }
  return {
    entries: list.length,
    buildMs,
    medianMs: median(times),
    p95Ms: p95(times),
    cpuMedianMs: median(cpu),
    cpuP95Ms: p95(cpu),
    keystrokes: times.length,
  };
}

export function main(): SearchBench[] {
  const results = [ALL_RESOURCES, synthetic(1000), synthetic(10000)].map(benchSearch);
  console.log('Popup search, keystroke to ranked results (Node, per keystroke):');
  for (const r of results)
    console.log(
      `  ${String(r.entries).padStart(6)} entries: median ${ms(r.medianMs)}, p95 ${ms(r.p95Ms)} (CPU time: median ${ms(r.cpuMedianMs)}, p95 ${ms(r.cpuP95Ms)}) over ${r.keystrokes} keystrokes; index and profiles built in ${ms(r.buildMs)}`,
    );
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
