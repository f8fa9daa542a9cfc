/**
 * What the popup shows, decided from its state: the start screen when nothing is typed, ranked
 * results for a query, or (nothing matched) the lines for the person's region with a way to widen
 * the search. Pure: the popup only renders the view this returns.
 */
import type { Lang } from '../i18n-key';
import type { Guide } from './guide-schema';
import { guideCandidate, guideIdOf, guideMatchesFilters } from './guides';
import type { Intent } from './intent';
import { type Filters, matchesFilters, rankHits, regionalCrisisLines, startOrder } from './listing';
import { NAMED, rankQuery } from './query-rank';
import type { RegionGuess } from './region';
import { linesForRegion } from './region-choice';
import type { Resource } from './resource-schema';
import { coversName, namesQuery, type SearchDoc, type SearchHit } from './search';
import type { Candidate, Profile } from './situation-fit';

/** Reads a raw query in an interface language (`analyzeQuery`). */
export type Analyzer = (text: string, uiLang: Lang) => Intent;

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
  /** Reads what a query says about the person (`analyzeQuery`, loaded after the first paint). */
  analyze?: Analyzer;
  /** Situation profiles of the resources and guides (`buildProfiles`); none: words only. */
  profiles?: ReadonlyMap<string, Profile>;
  /** The search document of an id, for results found by situation rather than words. */
  docOf?: (id: string) => SearchDoc | undefined;
}

const NO_WORDS: ReadonlyMap<string, number> = new Map();
/** Resources and guides as the ranking reads them, built once per pair of lists. */
const candidateLists = new WeakMap<readonly Resource[], { guides: readonly Guide[]; list: Candidate[] }>();

function candidatesOf(resources: readonly Resource[], guides: readonly Guide[]): readonly Candidate[] {
  const cached = candidateLists.get(resources);
  if (cached?.guides === guides) return cached.list;
  const list = [...resources, ...guides.map(guideCandidate)];
  candidateLists.set(resources, { guides, list });
  return list;
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
  const intent = state.profiles && state.analyze?.(state.text ?? query, state.lang ?? 'en');
  const hits =
    intent && state.profiles && intent.situations.size
      ? bySituation(
          state,
          found,
          intent,
          filtered
            ? [...resources.filter(keep), ...guides.map(guideCandidate)]
            : candidatesOf(resources, state.guides),
        )
      : rankHits(found, byId, guess);
  if (hits.length) return { mode: 'results', hits };
  const widen = filtered ? 'filters' : 'browse';
  return { mode: 'no-match', fallback: linesForRegion(regionalCrisisLines(resources, guess), guess), widen };
}

function bySituation(
  state: PopupState,
  found: readonly SearchHit[],
  intent: Intent,
  candidates: readonly Candidate[],
): SearchHit[] {
  const text = new Map(found.map((h) => [h.doc.id, 1 - h.score]));
  const named = new Set(
    found
      .filter((h) => 1 - h.score >= NAMED && (coversName(h) || (intent.naming && namesQuery(h))))
      .map((h) => h.doc.id),
  );
  const hitById = new Map(found.map((h) => [h.doc.id, h]));
  const ranked = rankQuery({
    intent,
    candidates,
    profiles: state.profiles!,
    guess: state.guess,
    text,
    named,
  });
  const out: SearchHit[] = [];
  for (const r of ranked) {
    const doc = hitById.get(r.id)?.doc ?? state.docOf?.(r.id);
    if (doc) out.push(hitById.get(r.id) ?? { doc, score: 1, matched: NO_WORDS, terms: [] });
  }
  return out;
}

/** How many results the view lists (announced to screen readers). */
export function viewCount(view: PopupView): number {
  if (view.mode === 'start') return view.crisis.length + view.guides.length + view.more.length;
  return view.mode === 'results' ? view.hits.length : 0;
}
