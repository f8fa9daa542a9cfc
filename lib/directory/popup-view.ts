/**
 * What the popup shows, decided from its state: the start screen when nothing is typed, ranked
 * results for a query, or (nothing matched) the lines for the person's region. Pure: the popup
 * only renders the view this returns.
 */
import type { Guide } from './guide-schema';
import { guideIdOf, guideMatchesFilters } from './guides';
import { type Filters, matchesFilters, rankHits, regionalCrisisLines, startOrder } from './listing';
import type { RegionGuess } from './region';
import { linesForRegion } from './region-choice';
import type { Resource } from './resource-schema';
import type { SearchHit } from './search';

export type PopupView =
  | { mode: 'start'; crisis: Resource[]; guides: Guide[]; more: Resource[] }
  | { mode: 'results'; hits: SearchHit[] }
  | { mode: 'no-match'; fallback: Resource[] };

export interface PopupState {
  /** The query as `prepareQuery` left it ('' when nothing is typed). */
  query: string;
  filters: Filters;
  resources: readonly Resource[];
  guides: readonly Guide[];
  /** The person's region: chosen by them, or guessed from the browser (`platform/region.ts`). */
  guess: RegionGuess;
  /** Runs the search for a prepared query (the index is built lazily by the caller). */
  search: (query: string) => SearchHit[];
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
  const byId = new Map(resources.map((r) => [r.id, r]));
  const shownGuides = new Set(guides.map((g) => g.id));
  const keepHit = (h: SearchHit) => {
    const guideId = guideIdOf(h.doc.id);
    if (guideId !== undefined) return shownGuides.has(guideId);
    const r = byId.get(h.doc.id);
    return r !== undefined && keep(r);
  };
  const hits = rankHits(state.search(query).filter(keepHit), byId, guess);
  return hits.length
    ? { mode: 'results', hits }
    : { mode: 'no-match', fallback: linesForRegion(regionalCrisisLines(resources, guess), guess) };
}

/** How many results the view lists (announced to screen readers). */
export function viewCount(view: PopupView): number {
  if (view.mode === 'start') return view.crisis.length + view.guides.length + view.more.length;
  return view.mode === 'results' ? view.hits.length : 0;
}
