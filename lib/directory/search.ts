/**
 * Offline fuzzy search over the directory (resources and guides). Built ahead, once:
 * - every field is normalised (case, accents, apostrophes) and split into words;
 * - a vocabulary of distinct words points to the entries and fields that hold each word.
 * A query word is matched against the vocabulary (exact, as a prefix while the person is still
 * typing, or fuzzily with fuse.js for typos), every query word must match somewhere in an entry,
 * and matches in names weigh more than in descriptions, rare words more than common ones.
 * Fuzzy matching runs over the few thousand distinct words, not every entry's text, which keeps a
 * keystroke well under a frame even with 10,000 entries.
 */
import Fuse from 'fuse.js';
import { mapRanges, normalize, normalizeWithMap, type Range } from './normalize';
import { editDistance } from './query-words';

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

export interface SearchHit {
  doc: SearchDoc;
  /** 0 is a perfect match, 1 no match. */
  score: number;
  /** Vocabulary words this query matched, with their strength (for `highlightsOf`). */
  matched: ReadonlyMap<string, number>;
  terms: readonly string[];
}

export interface Highlights {
  name: Range[];
  description: Range[];
}

/** Weight of a match in each field, in `fieldTexts` order: name, aliases, tags, description, extra. */
const WEIGHTS = [4, 3, 1.5, 1, 0.7] as const;

interface Posting {
  /** Best field weight of the word in each entry. */
  weight: Map<number, number>;
}

export interface SearchIndex {
  docs: readonly SearchDoc[];
  vocabulary: Map<string, Posting>;
  words: Fuse<string>;
  wordList: string[];
  cache: Map<string, Map<string, number>>;
}

/** Longest query read: 12 words of up to 32 characters, so a huge paste cannot freeze the popup. */
const MAX_TERMS = 12;
const MAX_TERM_LENGTH = 32;
const WORD_RE = /[\p{L}\p{N}]+/gu;
const STOP_WORDS = new Set(
  'a an and for in of on or the to with de des du et la le les pour un une au aux en'.split(' '),
);

function fieldTexts(d: SearchDoc): string[][] {
  return [
    [d.name],
    [...(d.aliases ?? [])],
    [d.kind, ...d.audiences, ...d.regions, ...d.languages],
    [d.description],
    [...(d.extra ?? [])],
  ];
}

/** Builds the index once; searching it is then cheap. */
export function buildSearchIndex(docs: readonly SearchDoc[]): SearchIndex {
  const vocabulary = new Map<string, Posting>();
  docs.forEach((doc, i) => {
    fieldTexts(doc).forEach((texts, f) => {
      for (const text of texts)
        for (const [word] of normalize(text).matchAll(WORD_RE)) {
          let posting = vocabulary.get(word);
          if (!posting) {
            posting = { weight: new Map() };
            vocabulary.set(word, posting);
          }
          posting.weight.set(i, Math.max(posting.weight.get(i) ?? 0, WEIGHTS[f]!));
        }
    });
  });
  const wordList = [...vocabulary.keys()];
  const words = new Fuse(wordList, { includeScore: true, threshold: 0.34, ignoreLocation: true });
  return { docs, vocabulary, words, wordList, cache: new Map() };
}

/**
 * Turns raw input into the words the index reads: normalised, punctuation dropped, stop words
 * dropped (unless nothing else is left), at most 12 words of 32 characters. Empty → `''`.
 */
export function prepareQuery(raw: string): string {
  const words = [...normalize(raw.slice(0, 2000)).matchAll(WORD_RE)].map((m) =>
    m[0].slice(0, MAX_TERM_LENGTH),
  );
  const content = words.filter((w) => !STOP_WORDS.has(w));
  return (content.length ? content : words).slice(0, MAX_TERMS).join(' ');
}

/** Vocabulary words a query word matches, each with a strength in (0, 1]. Cached per index. */
function matchWord(index: SearchIndex, term: string): Map<string, number> {
  const cached = index.cache.get(term);
  if (cached) return cached;
  const found = new Map<string, number>();
  if (index.vocabulary.has(term)) found.set(term, 1);
  // Still typing: a word that starts with what was typed so far.
  if (term.length >= 2)
    for (const w of index.wordList) if (w.length > term.length && w.startsWith(term)) found.set(w, 0.9);
  // Typos: fuse.js over the distinct words. Very short words only match exactly or as prefixes.
  if (term.length >= 4)
    for (const r of index.words.search(term))
      if (
        !found.has(r.item) &&
        Math.abs(r.item.length - term.length) <= 3 + (r.item.length > term.length ? 6 : 0)
      )
        found.set(r.item, 0.75 * (1 - (r.score ?? 1)));
  if (index.cache.size > 500) index.cache.clear();
  index.cache.set(term, found);
  return found;
}

/** True when the query typed every word of the hit's name (`assaulted womens helpline`). */
export function coversName(hit: SearchHit): boolean {
  const words = nameWords(hit.doc.name);
  return words.length > 0 && words.every((w) => hit.matched.has(w));
}

/**
 * The hits whose name, or one of whose other names, the query typed in full: each word whole,
 * begun (four letters or more, at most two short) or with one typo (`klinic`, `womens refuge`),
 * not merely words the index matched loosely. Other names all in lower case are the topics
 * people search by ("shelters", "sexual assault"), not names; and a name of one word that another
 * hit also uses ("Refuge", "The Hotline") is an ordinary word, not that entry's name.
 */
export function typedNames(hits: readonly SearchHit[]): Set<string> {
  const out = new Set<string>();
  if (!hits.length) return out;
  const terms = hits[0]!.terms;
  const typed = (w: string) =>
    terms.some(
      (t) =>
        w === t ||
        (t.length >= 4 && w.length - t.length <= 2 && w.startsWith(t)) ||
        (t.length >= 5 && editDistance(w, t, 1) <= 1),
    );
  let shared: Map<string, number> | undefined;
  const usedElsewhere = (word: string) => {
    shared ??= wordCounts(hits);
    return (shared.get(word) ?? 0) > 1;
  };
  for (const hit of hits) {
    const names = [hit.doc.name, ...(hit.doc.aliases ?? []).filter((a) => /[\p{Lu}\d]/u.test(a))];
    const found = names.some((name) => {
      const words = nameWords(name);
      return words.length > 0 && words.every(typed) && (words.length > 1 || !usedElsewhere(words[0]!));
    });
    if (found) out.add(hit.doc.id);
  }
  return out;
}

/** In how many hits' names, other names and descriptions each word appears. */
function wordCounts(hits: readonly SearchHit[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { doc } of hits) {
    const words = new Set([doc.name, ...(doc.aliases ?? []), doc.description].flatMap(nameWords));
    for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return counts;
}

/**
 * True when every word typed is in the hit's name or other names, whole, begun or with a typo
 * (`kids help` in "Kids Help Phone").
 */
export function namesQuery(hit: SearchHit): boolean {
  const names = [hit.doc.name, ...(hit.doc.aliases ?? [])].flatMap(nameWords);
  return hit.terms.every((t) =>
    names.some((w) => w.startsWith(t) || (t.length >= 5 && editDistance(w, t, 1) <= 1)),
  );
}

const nameWords = (text: string) =>
  [...normalize(text).matchAll(WORD_RE)].map((m) => m[0]).filter((w) => !STOP_WORDS.has(w));

/** Where a hit's name and description matched; computed only for the results shown. */
export function highlightsOf(hit: SearchHit): Highlights {
  return {
    name: highlight(hit.doc.name, hit.matched, hit.terms),
    description: highlight(hit.doc.description, hit.matched, hit.terms),
  };
}

function highlight(text: string, matched: ReadonlyMap<string, number>, terms: readonly string[]): Range[] {
  const { text: norm, map } = normalizeWithMap(text);
  const ranges: [number, number][] = [];
  for (const m of norm.matchAll(WORD_RE)) {
    if (!matched.has(m[0])) continue;
    const prefix = terms.find((t) => m[0].startsWith(t) && m[0] !== t);
    const length = prefix && matched.get(m[0]) === 0.9 ? prefix.length : m[0].length;
    ranges.push([m.index, m.index + length - 1]);
  }
  return mapRanges(ranges, map, text);
}

/** Searches with an already prepared query; results best first. Every word must match. */
export function searchIndex(index: SearchIndex, query: string): SearchHit[] {
  const terms = query ? query.split(' ') : [];
  if (!terms.length) return [];
  let scores: Map<number, number> | undefined;
  let possible = 0;
  const matched = new Map<string, number>();
  for (const term of terms) {
    const words = matchWord(index, term);
    const perDoc = new Map<number, number>();
    let idf = 0;
    for (const [word, strength] of words) {
      matched.set(word, Math.max(matched.get(word) ?? 0, strength));
      const posting = index.vocabulary.get(word)!;
      idf = Math.max(idf, Math.log(1 + index.docs.length / posting.weight.size));
      for (const [doc, weight] of posting.weight)
        if (!scores || scores.has(doc)) perDoc.set(doc, Math.max(perDoc.get(doc) ?? 0, weight * strength));
    }
    const termIdf = idf || 1;
    possible += WEIGHTS[0] * termIdf;
    const next = new Map<number, number>();
    for (const [doc, s] of perDoc) next.set(doc, (scores?.get(doc) ?? 0) + s * termIdf);
    scores = next;
    if (!scores.size) return [];
  }
  return [...scores!]
    .map(([i, s]) => ({ doc: index.docs[i]!, score: 1 - s / possible, matched, terms }))
    .sort((a, b) => a.score - b.score || a.doc.name.localeCompare(b.doc.name));
}
