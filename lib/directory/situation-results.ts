/**
 * Search results for a query that says something about the person's situation: the popup's words
 * matches and the situation ranking (`query-rank.ts`) put together as the hits it lists. Loaded
 * with the situation reader, after the popup's first paint.
 */
import type { Guide } from './guide-schema';
import { guideCandidate } from './guides';
import type { Intent } from './intent';
import { NAMED, rankQuery } from './query-rank';
import type { RegionGuess } from './region';
import type { Resource } from './resource-schema';
import { coversName, namesQuery, type SearchDoc, type SearchHit, typedNames } from './search';
import type { Candidate, Profile } from './situation-fit';

export interface SituationInput {
  intent: Intent;
  /** Entries whose text matched every word, already filtered. */
  found: readonly SearchHit[];
  /** Entries and guides the filters keep (the same arrays from one keystroke to the next). */
  resources: readonly Resource[];
  guides: readonly Guide[];
  profiles: ReadonlyMap<string, Profile>;
  guess: RegionGuess;
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

/** The hits to list, best first: words matches keep their highlights, the rest show plainly. */
export function situationHits(input: SituationInput): SearchHit[] {
  const { intent, found } = input;
  const text = new Map(found.map((h) => [h.doc.id, 1 - h.score]));
  const named = new Set(
    found
      .filter((h) => 1 - h.score >= NAMED && (coversName(h) || (intent.naming && namesQuery(h))))
      .map((h) => h.doc.id),
  );
  const hitById = new Map(found.map((h) => [h.doc.id, h]));
  const ranked = rankQuery({
    intent,
    candidates: candidatesOf(input.resources, input.guides),
    profiles: input.profiles,
    guess: input.guess,
    text,
    named,
    typed: typedNames(found),
  });
  const out: SearchHit[] = [];
  for (const r of ranked) {
    const doc = hitById.get(r.id)?.doc ?? input.docOf?.(r.id);
    if (doc) out.push(hitById.get(r.id) ?? { doc, score: 1, matched: NO_WORDS, terms: [] });
  }
  return out;
}
