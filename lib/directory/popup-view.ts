/**
 * What the popup shows, decided from its state: the start screen when nothing is typed, ranked
 * results for a query, or (nothing matched) the lines for the person's region with a way to widen
 * the search. Pure: the popup only renders the view this returns.
 */
import type { Lang } from '../i18n-key';
import type { Guide } from './guide-schema';
import { guideIdOf, guideMatchesFilters } from './guides';
import type { Intent } from './intent';
import {
  alwaysOpen,
  type Filters,
  matchesFilters,
  rankHits,
  regionalCrisisLines,
  startOrder,
} from './listing';
import { type RegionGuess, regionScore } from './region';
import { linesForRegion } from './region-choice';
import type { Audience, Resource } from './resource-schema';
import type { SearchDoc, SearchHit } from './search';
import type { Profile } from './situation-fit';
import type { SituationInput } from './situation-results';

/** Reads a raw query in an interface language (`analyzeQuery`). */
export type Analyzer = (text: string, uiLang: Lang) => Intent;

/** The situation layer, loaded after the popup's first paint. */
export interface SituationReader {
  analyze: Analyzer;
  /** `situationHits`. */
  rank: (input: SituationInput) => SearchHit[];
  /** What each entry and guide serves (`buildProfiles` over the popup's entries). */
  profiles: ReadonlyMap<string, Profile>;
}

export type PopupView =
  | { mode: 'start'; crisis: Resource[]; guides: Guide[]; more: Resource[] }
  | { mode: 'results'; hits: SearchHit[] }
  /** `widen`: drop the filters when some are set, else browse the whole directory. */
  | { mode: 'no-match'; fallback: Resource[]; widen: 'filters' | 'browse' };

export interface PopupState {
  /** The query as `prepareQuery` left it ('' when nothing is typed). */
  query: string;
  /** What was typed, as typed (the situation layer reads who does what to whom). */
  text?: string;
  /** The interface language, for queries whose words do not say. */
  lang?: Lang;
  filters: Filters;
  resources: readonly Resource[];
  guides: readonly Guide[];
  /** The person's region: chosen by them, or guessed from the browser (`platform/region.ts`). */
  guess: RegionGuess;
  /** Runs the search for a prepared query (the index is built lazily by the caller). */
  search: (query: string) => SearchHit[];
  /** Reads situations and ranks for them; until it has loaded, words only. */
  reader?: SituationReader;
  /** The search document of an id, for results found by situation rather than words. */
  docOf?: (id: string) => SearchDoc | undefined;
}

/** Resources by id, built once per list (the popup's list never changes while it is open). */
const byIdOf = new WeakMap<readonly Resource[], ReadonlyMap<string, Resource>>();

function indexById(resources: readonly Resource[]): ReadonlyMap<string, Resource> {
  let byId = byIdOf.get(resources);
  if (!byId) {
    byId = new Map(resources.map((r) => [r.id, r]));
    byIdOf.set(resources, byId);
  }
  return byId;
}

/** Groups a line is only for: a line kept to one of them is not the line for everyone harmed. */
const ONE_GROUP: readonly Audience[] = ['youth', 'indigenous', 'men', 'lgbtq2s', 'students'];

/** A line for people who have experienced violence, open to anyone of them (women's lines count). */
function servesAnyoneHarmed(r: Resource): boolean {
  return (
    r.kind === 'hotline' &&
    r.audiences.includes('experienced-violence') &&
    !r.audiences.some((a) => ONE_GROUP.includes(a))
  );
}

/**
 * Words the reader could not place (no situation, no entry's text) are still most often someone
 * describing what they live, so the region's first line for people harmed comes first and the
 * emergency number second. That line is the first crisis line that serves anyone harmed (Women's
 * Aid before Samaritans in Ireland); where the region has none, its own line that points people
 * to local help (211 in Saskatchewan and New Brunswick, which have no violence line of their own);
 * else the first support line, whatever it serves. Danger now is read, and then the emergency
 * number is pinned first (`query-rank.ts`).
 */
function noMatchLines(resources: readonly Resource[], guess: RegionGuess): Resource[] {
  const lines = linesForRegion(regionalCrisisLines(resources, guess), guess);
  // With only a country known, a province's line is not theirs; with nothing known, no line is.
  const covers = (r: Resource) =>
    guess.subdivision
      ? regionScore(r.regions, guess) >= 2
      : r.regions.some((region) => region === guess.country);
  const forThem = (r: Resource) => servesAnyoneHarmed(r) && covers(r);
  const ownWayIn = () =>
    resources
      .filter((r) => !r.crisis && servesAnyoneHarmed(r) && regionScore(r.regions, guess) === 3)
      .sort((a, b) => alwaysOpen(b) - alwaysOpen(a))[0];
  const first = lines.find(forThem) ?? ownWayIn() ?? lines.find((r) => r.kind !== 'emergency');
  return first ? [first, ...lines.filter((r) => r !== first)] : lines;
}

/** Decides the popup's view. */
export function decidePopupView(state: PopupState): PopupView {
  const { query, filters, resources, guess } = state;
  const keep = (r: Resource) => matchesFilters(r, filters);
  const guides = state.guides.filter((g) => guideMatchesFilters(g, filters));
  if (!query) {
    const { crisis, more } = startOrder(resources.filter(keep), guess);
    return { mode: 'start', crisis: linesForRegion(crisis, guess), guides, more };
  }
  const byId = indexById(resources);
  const filtered = Object.values(filters).some(Boolean);
  const shownGuides = new Set(guides.map((g) => g.id));
  const keepHit = (h: SearchHit) => {
    const guideId = guideIdOf(h.doc.id);
    if (guideId !== undefined) return shownGuides.has(guideId);
    const r = byId.get(h.doc.id);
    return r !== undefined && keep(r);
  };
  const found = state.search(query).filter(keepHit);
  const { reader } = state;
  const intent = reader?.analyze(state.text ?? query, state.lang ?? 'en');
  const hits =
    reader && intent?.situations.size
      ? reader.rank({
          intent,
          found,
          resources: filtered ? resources.filter(keep) : resources,
          guides: filtered ? guides : state.guides,
          profiles: reader.profiles,
          guess,
          docOf: state.docOf,
        })
      : rankHits(found, byId, guess);
  if (hits.length) return { mode: 'results', hits };
  const widen = filtered ? 'filters' : 'browse';
  return { mode: 'no-match', fallback: noMatchLines(resources, guess), widen };
}

/** How many results the view lists (announced to screen readers). */
export function viewCount(view: PopupView): number {
  if (view.mode === 'start') return view.crisis.length + view.guides.length + view.more.length;
  return view.mode === 'results' ? view.hits.length : 0;
}
