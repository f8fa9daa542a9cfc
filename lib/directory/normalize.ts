/**
 * Text normalisation for search: case, accents and apostrophes must not matter, so a person
 * typing `femaide` finds "Fem'aide" and `asaulted womens` finds "Assaulted Women's Helpline".
 */

import { APOSTROPHE_CHARS } from '../web-address';

const COMBINING = /\p{M}/u;

/** Lower-cases, strips accents and apostrophes, and collapses whitespace. */
export function normalize(text: string): string {
  return normalizeWithMap(text).text;
}

/**
 * Like `normalize`, plus `map[i]`: the index in `text` (UTF-16) of the character that produced
 * normalised character `i`, so a match found in normalised text can be highlighted in the original.
 */
export function normalizeWithMap(text: string): { text: string; map: number[] } {
  let out = '';
  const map: number[] = [];
  let index = 0;
  let lastSpace = true;
  for (const ch of text) {
    const start = index;
    index += ch.length;
    if (APOSTROPHE_CHARS.includes(ch)) continue;
    for (const part of ch.normalize('NFD').toLowerCase()) {
      if (COMBINING.test(part)) continue;
      const space = /\s/u.test(part);
      if (space && lastSpace) continue;
      out += space ? ' ' : part;
      // One entry per UTF-16 unit, as match indices count them: an emoji takes two.
      for (let unit = 0; unit < part.length; unit++) map.push(start);
      lastSpace = space;
    }
  }
  if (out.endsWith(' ')) {
    out = out.slice(0, -1);
    map.pop();
  }
  return { text: out, map };
}

/** A half-open range `[start, end)` of UTF-16 indices. */
export type Range = readonly [number, number];

/**
 * Converts inclusive ranges over normalised text into merged, half-open ranges over the original.
 */
export function mapRanges(
  ranges: readonly (readonly [number, number])[],
  map: readonly number[],
  original: string,
): Range[] {
  const out: [number, number][] = [];
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  for (const [s, e] of sorted) {
    const start = map[s];
    const lastStart = map[e];
    if (start === undefined || lastStart === undefined) continue;
    const cp = original.codePointAt(lastStart) ?? 0;
    const end = lastStart + (cp > 0xffff ? 2 : 1);
    const prev = out[out.length - 1];
    if (prev && start <= prev[1]) prev[1] = Math.max(prev[1], end);
    else out.push([start, end]);
  }
  return out;
}
