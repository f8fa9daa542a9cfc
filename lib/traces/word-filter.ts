/**
 * A compact set of words (a Golomb-coded set): `has` is true for every word added, and for about
 * one other word in two thousand. Used where a stray "yes" only costs a missed correction, never a
 * wrong one.
 *
 * Each word is hashed into [0, 2^RANGE_BITS); the sorted hashes' gaps are written as a quotient
 * in unary (ones, then a zero) and a remainder of RICE_BITS bits, most significant bit first, then
 * base64. That is about 12.6 bits a word for the dictionary guard's 7,700 words, against 16 for
 * the Bloom filter it replaced at the same rate of words held by mistake (one in 2^RANGE_BITS /
 * words, about 0.05 %). The range is fixed, not a multiple of the count, so the words held by
 * mistake do not all change when the list grows (a Bloom filter at 1 % once held "hubsand"). The
 * reader decodes the hashes once into a sorted array and answers by binary search.
 */

/** The hashes' range: 2^24, about 2,000 times the guard's words. */
export const RANGE_BITS = 24;
/** Bits of each gap's remainder, near the log of the mean gap (2^24 / 7,700 ≈ 2,200). */
export const RICE_BITS = 11;

/** A 32-bit FNV-1a hash of the word, its bits mixed (MurmurHash3's finaliser) so that words alike spread. */
function hash(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const RANGE = 2 ** RANGE_BITS;

/** The set of `words` as text: how many words, how many distinct hashes, a colon, then the coded gaps in base64. */
export function buildWordFilter(words: readonly string[]): string {
  const unique = [...new Set(words)];
  const values = [...new Set(unique.map((w) => hash(w) % RANGE))].sort((a, b) => a - b);
  const bits: number[] = [];
  let previous = 0;
  for (const value of values) {
    const gap = value - previous;
    previous = value;
    for (let q = gap >>> RICE_BITS; q > 0; q--) bits.push(1);
    bits.push(0);
    for (let b = RICE_BITS - 1; b >= 0; b--) bits.push((gap >>> b) & 1);
  }
  const bytes = new Uint8Array(Math.ceil(bits.length / 8));
  bits.forEach((bit, i) => {
    if (bit) bytes[i >> 3]! |= 0x80 >> (i & 7);
  });
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return `${unique.length}.${values.length}:${btoa(text)}`;
}

/** What a damaged or foreign set reads as: it holds nothing, so every correction stays allowed. */
const EMPTY = (): boolean => false;

/**
 * Reads a set written by `buildWordFilter`: word → whether it may be in the set. A damaged set
 * (bad base64, more hashes than its bits can hold, hashes past the range) reads as empty: it never
 * throws, and it decodes in time bounded by its length.
 */
export function wordFilter(coded: string): (word: string) => boolean {
  const match = /^(\d{1,9})\.(\d{1,9}):([A-Za-z0-9+/]*={0,2})$/.exec(coded);
  if (!match) return EMPTY;
  let text: string;
  try {
    text = atob(match[3]!);
  } catch {
    return EMPTY;
  }
  const end = text.length * 8;
  const count = Number(match[2]);
  // Every hash takes at least a zero and its remainder.
  if (count === 0 || count * (RICE_BITS + 1) > end) return EMPTY;
  const values = new Uint32Array(count);
  let at = 0;
  const bit = (): number => {
    const b = (text.charCodeAt(at >> 3) >> (7 - (at & 7))) & 1;
    at++;
    return b;
  };
  let previous = 0;
  for (let i = 0; i < count; i++) {
    let quotient = 0;
    while (at < end && bit() === 1) quotient++;
    if (at + RICE_BITS > end) return EMPTY;
    let remainder = 0;
    for (let b = 0; b < RICE_BITS; b++) remainder = (remainder << 1) | bit();
    previous += quotient * 2 ** RICE_BITS + remainder;
    if (previous >= RANGE) return EMPTY;
    values[i] = previous;
  }
  return (word) => {
    const wanted = hash(word) % RANGE;
    let low = 0;
    let high = count - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const value = values[mid]!;
      if (value === wanted) return true;
      if (value < wanted) low = mid + 1;
      else high = mid - 1;
    }
    return false;
  };
}
