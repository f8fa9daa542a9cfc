/**
 * Offline fuzzy search over the directory (resources and guides) with fuse.js token search:
 * each word of the query is matched fuzzily and independently, every word must match somewhere
 * in the entry (name, description, kind, audiences, regions, languages), and rarer words weigh
 * more. Text is normalised first, so accents and apostrophes never matter.
 */
import Fuse, { type FuseResult, type IFuseOptions } from 'fuse.js';
import { mapRanges, normalize, normalizeWithMap, type Range } from './normalize';

/** What the search sees of an entry; labels are already in the person's language. */
export interface SearchDoc {
  id: string;
  name: string;
  description: string;
  aliases?: readonly string[];
  /** Searched, never shown: the other language's text, guide keywords. */
  extra?: readonly string[];
  kind: string;
  audiences: readonly string[];
  regions: readonly string[];
  languages: readonly string[];
}

interface IndexedDoc {
  name: string;
  description: string;
  aliases: string[];
  extra: string[];
  tags: string[];
}

export interface SearchIndex {
  docs: readonly SearchDoc[];
  fuse: Fuse<IndexedDoc>;
  maps: { name: number[]; description: number[] }[];
}

export interface SearchHit {
  doc: SearchDoc;
  /** 0 is a perfect match, 1 no match. */
  score: number;
  highlights: { name: Range[]; description: Range[] };
}

/** Longest query we read: 12 words of up to 32 characters (the bitap limit). */
const MAX_TERMS = 12;
const MAX_TERM_LENGTH = 32;

const OPTIONS: IFuseOptions<IndexedDoc> = {
  useTokenSearch: true,
  tokenMatch: 'all',
  includeScore: true,
  includeMatches: true,
  ignoreDiacritics: true,
  threshold: 0.34,
  minMatchCharLength: 2,
  keys: [
    { name: 'name', weight: 4 },
    { name: 'aliases', weight: 3 },
    { name: 'tags', weight: 1.5 },
    { name: 'description', weight: 1 },
    { name: 'extra', weight: 0.7 },
  ],
};

/** Builds the index once; searching it is then cheap. */
export function buildSearchIndex(docs: readonly SearchDoc[]): SearchIndex {
  const maps: SearchIndex['maps'] = [];
  const indexed = docs.map((d) => {
    const name = normalizeWithMap(d.name);
    const description = normalizeWithMap(d.description);
    maps.push({ name: name.map, description: description.map });
    return {
      name: name.text,
      description: description.text,
      aliases: (d.aliases ?? []).map(normalize),
      extra: (d.extra ?? []).map(normalize),
      tags: [d.kind, ...d.audiences, ...d.regions, ...d.languages].map(normalize),
    };
  });
  return { docs, fuse: new Fuse(indexed, OPTIONS), maps };
}

/**
 * Turns raw input into the query the index reads: normalised, punctuation dropped, and cut to a
 * bounded number of words so a 10,000-character paste cannot freeze the popup. Empty → `''`.
 */
export function prepareQuery(raw: string): string {
  const words = normalize(raw.slice(0, 2000))
    .replace(/[^\p{L}\p{N}\s]+/gu, ' ')
    .split(' ')
    .filter((w) => w.length > 0)
    .slice(0, MAX_TERMS)
    .map((w) => w.slice(0, MAX_TERM_LENGTH));
  return words.join(' ');
}

function highlightsOf(index: SearchIndex, result: FuseResult<IndexedDoc>): SearchHit['highlights'] {
  const doc = index.docs[result.refIndex]!;
  const maps = index.maps[result.refIndex]!;
  const out: SearchHit['highlights'] = { name: [], description: [] };
  for (const m of result.matches ?? []) {
    if (m.key === 'name') out.name = mapRanges(m.indices, maps.name, doc.name);
    if (m.key === 'description') out.description = mapRanges(m.indices, maps.description, doc.description);
  }
  return out;
}

/** Searches with an already prepared query; results best first. */
export function searchIndex(index: SearchIndex, query: string): SearchHit[] {
  if (!query) return [];
  return index.fuse.search(query).map((r) => ({
    doc: index.docs[r.refIndex]!,
    score: r.score ?? 1,
    highlights: highlightsOf(index, r),
  }));
}
