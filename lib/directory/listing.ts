/**
 * The popup directory's decisions: which entries a set of filters keeps, what to show before
 * anything is typed, and how search hits are ordered for the person's region.
 */
import { fromElsewhere, orderByRank, type RegionGuess, regionScore, servesRegion } from './region';
import type { Audience, Kind, Resource } from './resource-schema';
import { type SearchDoc, type SearchHit, typedNames } from './search';

export interface Filters {
  audience?: Audience;
  region?: string;
  kind?: Kind;
  language?: string;
}

/** Labels in the person's language, supplied by the UI (browser i18n and `Intl.DisplayNames`). */
export interface Labels {
  kind(kind: Kind): string;
  audience(audience: Audience): string;
  region(code: string): string;
  language(code: string): string;
}

import type { Lang } from '../i18n-key';

export type { Lang };

/** True when the resource passes every filter that is set. */
export function matchesFilters(r: Resource, f: Filters): boolean {
  if (f.audience && !r.audiences.includes(f.audience)) return false;
  if (f.kind && r.kind !== f.kind) return false;
  if (f.region && !servesRegion(r.regions, f.region)) return false;
  if (f.language && !(r.languages.includes(f.language) || r.languages.includes('many'))) return false;
  return true;
}

/** The text the search reads for a resource, in the person's language, the other language as extra. */
export function resourceToDoc(r: Resource, labels: Labels, lang: Lang): SearchDoc {
  const other = lang === 'fr' ? r.description.en : r.description.fr;
  return {
    id: r.id,
    name: lang === 'fr' && r.nameFr ? r.nameFr : r.name,
    description: (lang === 'fr' && r.description.fr) || r.description.en,
    aliases: [
      ...(r.aliases ?? []),
      ...(r.nameFr && lang !== 'fr' ? [r.nameFr] : []),
      ...(r.nameFr ? [r.name] : []),
    ],
    extra: [other ?? '', r.by ?? ''].filter(Boolean),
    kind: labels.kind(r.kind),
    audiences: r.audiences.map(labels.audience),
    regions: r.regions.map(labels.region),
    languages: r.languages.map(labels.language),
  };
}

const KIND_ORDER: readonly Kind[] = [
  'emergency',
  'hotline',
  'text-line',
  'chat',
  'directory',
  'counselling',
  'program',
  'legal',
  'restorative-justice',
  'toolkit',
  'education',
  'article',
  'book',
  'film',
  'campaign',
];

export const alwaysOpen = (r: Resource) => (r.hours?.always ? 1 : 0);

/**
 * What to show before anything is typed: the local emergency number, then lines to reach right
 * now for the person's likely region (province before country before anywhere, 24/7 first),
 * then everything else, nearest region first, most practical kinds first.
 */
export function startOrder(
  list: readonly Resource[],
  guess: RegionGuess,
): { crisis: Resource[]; more: Resource[] } {
  const score = new Map(list.map((r) => [r, regionScore(r.regions, guess)]));
  const localEmergency = (r: Resource) => (r.kind === 'emergency' && score.get(r)! >= 2 ? 0 : 1);
  const byRegionThenKind = (a: Resource, b: Resource) =>
    score.get(b)! - score.get(a)! || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind);
  const crisis = list
    .filter((r) => r.crisis)
    .sort(
      (a, b) =>
        localEmergency(a) - localEmergency(b) ||
        score.get(b)! - score.get(a)! ||
        alwaysOpen(b) - alwaysOpen(a) ||
        KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind),
    );
  const more = list.filter((r) => !r.crisis).sort(byRegionThenKind);
  return { crisis, more };
}

/** Crisis lines for the person's region (falling back to every crisis line when none fits). */
export function regionalCrisisLines(list: readonly Resource[], guess: RegionGuess): Resource[] {
  const near = list.filter((r) => r.crisis && regionScore(r.regions, guess) >= 2);
  return startOrder(near.length ? near : list, guess).crisis;
}

/**
 * The lines that close every guide: the crisis lines for the person's region, the local emergency
 * number first, then the lines that answer in the person's language (or in many languages), so a
 * French reader in Ontario sees Fem'aide before English-only lines. At most `max`.
 */
export function closingLines(list: readonly Resource[], guess: RegionGuess, lang: Lang, max = 6): Resource[] {
  const rank = (r: Resource) =>
    r.kind === 'emergency' && regionScore(r.regions, guess) >= 2
      ? 0
      : r.languages.includes(lang) || r.languages.includes('many')
        ? 1
        : 2;
  return orderByRank(regionalCrisisLines(list, guess), rank).slice(0, max);
}

/**
 * Orders search hits: relevance first, with a small pull towards the person's region and towards
 * lines they can reach now, so that among equally good matches the local 24/7 line comes first.
 * The pull is additive so that it also orders perfect (score 0) matches.
 */
export function rankHits<T extends SearchHit>(
  hits: readonly T[],
  byId: ReadonlyMap<string, Resource>,
  guess: RegionGuess,
): T[] {
  const typed = typedNames(hits);
  const adjusted = (h: T) => {
    const r = byId.get(h.doc.id);
    if (!r) return h.score + 0.03;
    const region = regionScore(r.regions, guess);
    // Another province's or country's entry, its name not typed (`typedNames`), comes after every
    // entry that serves the person's region, as in `query-rank.ts`.
    const away = fromElsewhere(r.regions, guess, region) && !typed.has(h.doc.id);
    return h.score + 0.02 * (3 - region) + (r.crisis ? 0 : 0.03) + (away ? 10 : 0);
  };
  // Still tied (same match, same region): the most practical kind first, as in `startOrder`.
  const kind = (h: T) => {
    const r = byId.get(h.doc.id);
    return r ? KIND_ORDER.indexOf(r.kind) : KIND_ORDER.length;
  };
  return hits
    .map((h) => ({ h, s: adjusted(h), k: kind(h) }))
    .sort((a, b) => a.s - b.s || a.k - b.k)
    .map(({ h }) => h);
}
