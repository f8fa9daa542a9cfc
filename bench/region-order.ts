/**
 * Lines from elsewhere in the popup's answers: for short searches of our own (topics people type,
 * in English everywhere and in French where French is spoken) in every region the popup knows,
 * how many of the first three entries serve another province or country only, and how many of
 * those come before an entry that serves the person's region (the bar is none, unless its name
 * was typed: `tests/unit/directory/region-order.test.ts`).
 */
import { pathToFileURL } from 'node:url';
import { ALL_RESOURCES } from '../data/directory';
import { regionScore } from '../lib/directory/region';
import { REGIONS } from '../lib/directory/resource-schema';
import { guessOf, popupView } from '../tests/fixtures/popup-search';

/** Every region the popup knows, each country by its nations or provinces where it has them. */
export const PROBE_REGIONS = REGIONS.filter(
  (r) => r !== 'GLOBAL' && !REGIONS.some((x) => x.startsWith(`${r}-`)),
);
export const PROBES_EN = [
  'sexual assault',
  'shelter',
  'women shelter',
  'crisis line',
  'counselling',
  'abuse',
  'legal help',
  'text line',
  'family violence',
  'help for men',
  'my husband hits me',
  'I was raped',
  'stalking',
  'domestic violence',
  'lgbtq abuse',
  'indigenous women violence',
  'chat',
  'my friend is being abused',
  'he follows me',
  'I hit my partner',
];
export const PROBES_FR = [
  'agression sexuelle',
  'hébergement',
  'violence conjugale',
  'maison pour femmes',
  'aide juridique',
  'ligne de crise',
  'mon mari me frappe',
  "j'ai été violée",
  'il me suit',
  'aide pour hommes violents',
];
const FRENCH_SPOKEN = new Set(['CA-QC', 'CA-ON', 'CA-NB', 'FR', 'BE']);

const byId = new Map(ALL_RESOURCES.map((r) => [r.id, r]));

/** The listed ids, each marked when it serves no part of the region (another province or country). */
export function listed(q: string, lang: 'en' | 'fr', region: string) {
  const view = popupView(q, lang, region);
  if (view.mode !== 'results') return [];
  const guess = guessOf(region);
  return view.hits.map((h) => {
    const r = byId.get(h.doc.id);
    return {
      id: h.doc.id,
      away: r !== undefined && r.regions.length > 0 && regionScore(r.regions, guess) === 0,
    };
  });
}

export function measureRegionOrder() {
  let searches = 0;
  let away = 0;
  let before = 0;
  for (const region of PROBE_REGIONS) {
    const probes = [
      ...PROBES_EN.map((q) => [q, 'en'] as const),
      ...(FRENCH_SPOKEN.has(region) ? PROBES_FR.map((q) => [q, 'fr'] as const) : []),
    ];
    for (const [q, lang] of probes) {
      searches++;
      const ids = listed(q, lang, region);
      const lastHere = ids.findLastIndex((x) => !x.away);
      ids.slice(0, 3).forEach((x, i) => {
        if (!x.away) return;
        away++;
        if (i < lastHere) before++;
      });
    }
  }
  return { searches, away, before };
}

export function main() {
  const { searches, away, before } = measureRegionOrder();
  console.log(
    `Lines from elsewhere (${searches} short searches of our own in ${PROBE_REGIONS.length} regions): ${away} in the first three, ${before} of them before an entry for the person's region`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
