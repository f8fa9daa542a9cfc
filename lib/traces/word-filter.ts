/**
 * A compact set of words (a Bloom filter): `has` is true for every word added, and for about one
 * other word in two thousand. Used where a stray "yes" only costs a missed correction, never a wrong one.
 */

/**
 * Bits per word and probes per word: about 0.05 % of other words read as members. At 10 bits
 * (under 1 %) the words held by mistake changed with the vocabulary ("hubsand" was one of them);
 * 16 bits cost 2.5 KB more in the background script.
 */
export const BITS_PER_WORD = 16;
export const PROBES = 11;

/** Two 32-bit FNV-1a hashes of the word (the second with another basis, made odd). */
function hashes(word: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return [a >>> 0, (b | 1) >>> 0];
}

/** The filter's bits for `words`, as base64. */
export function buildWordFilter(words: readonly string[]): string {
  const bits = new Uint8Array(Math.max(1, Math.ceil((words.length * BITS_PER_WORD) / 8)));
  const size = bits.length * 8;
  for (const word of words) {
    const [a, b] = hashes(word);
    for (let i = 0; i < PROBES; i++) {
      const bit = ((a + Math.imul(i, b)) >>> 0) % size;
      bits[bit >> 3]! |= 1 << (bit & 7);
    }
  }
  return btoa(String.fromCharCode(...bits));
}

/** Reads a filter written by `buildWordFilter`: word → whether it may be in the set. */
export function wordFilter(base64: string): (word: string) => boolean {
  const text = atob(base64);
  const bits = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bits[i] = text.charCodeAt(i);
  const size = bits.length * 8;
  return (word) => {
    if (size === 0) return false;
    const [a, b] = hashes(word);
    for (let i = 0; i < PROBES; i++) {
      const bit = ((a + Math.imul(i, b)) >>> 0) % size;
      if ((bits[bit >> 3]! & (1 << (bit & 7))) === 0) return false;
    }
    return true;
  };
}
