/**
 * Misspelt help words in searches ("violance", "harrasment", "voilence"): an unknown word reads
 * as a vocabulary word with the same first letter when it is one edit away (a letter added,
 * dropped, changed, or two neighbours swapped), or two edits when both have 10 or more letters;
 * words under 6 letters are never corrected. Real words that close to one (`typo-guard.ts`,
 * generated from dictionaries, held in a compact filter) are never corrected. Targets are
 * bucketed by first letter and length, so an unknown word is compared with a few targets, once:
 * a few microseconds, then remembered.
 */

/** Shortest word corrected, and shortest target: shorter ones are too often other words' typos. */
export const MIN_WORD = 6;
/** Both words at least this long may be two edits apart. */
export const MIN_TWO = 10;
const ASCII_WORD = /^[a-z]+$/;
/** Words remembered at most (a few hundred kilobytes). */
const MEMORY = 4096;

/** Edits allowed between an unknown word and a target (0: never). */
export const allowedEdits = (word: string, target: string): number =>
  word.length < MIN_WORD || target.length < MIN_WORD || word.charCodeAt(0) !== target.charCodeAt(0)
    ? 0
    : word.length >= MIN_TWO && target.length >= MIN_TWO
      ? 2
      : 1;

/** The words worth correcting toward: vocabulary words of `MIN_WORD` letters or more, once each. */
export const typoTargets = (words: Iterable<string>): string[] =>
  [...new Set(words)].filter((w) => w.length >= MIN_WORD && ASCII_WORD.test(w));

/** Longest word compared: longer ones are never corrected. */
const MAX_LENGTH = 40;
const ROWS = new Int32Array(3 * (MAX_LENGTH + 2));

/**
 * Edit distance with adjacent transpositions (optimal string alignment), or `max + 1` as soon as
 * it must exceed `max`. Words longer than 40 letters are never within `max`.
 */
export function editDistance(a: string, b: string, max = MAX_LENGTH): number {
  if (Math.abs(a.length - b.length) > max || a.length > MAX_LENGTH || b.length > MAX_LENGTH) return max + 1;
  const width = b.length + 1;
  let before = 0;
  let prev = width;
  let row = 2 * width;
  for (let j = 0; j < width; j++) ROWS[prev + j] = j;
  for (let i = 1; i <= a.length; i++) {
    ROWS[row] = i;
    let low = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j < width; j++) {
      const cb = b.charCodeAt(j - 1);
      let d = Math.min(ROWS[prev + j]! + 1, ROWS[row + j - 1]! + 1, ROWS[prev + j - 1]! + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb)
        d = Math.min(d, ROWS[before + j - 2]! + 1);
      ROWS[row + j] = d;
      if (d < low) low = d;
    }
    if (low > max) return max + 1;
    const free = before;
    before = prev;
    prev = row;
    row = free;
  }
  return Math.min(ROWS[prev + b.length]!, max + 1);
}

/** Builds a corrector: a word → the help word it misspells, or undefined. */
export function createTypoFixer(
  targets: readonly string[],
  notTypos: Iterable<string>,
  /** Real words near a target (`typo-guard.ts`): never corrected. */
  guarded: (word: string) => boolean = () => false,
): (word: string) => string | undefined {
  // Targets by first letter and length: a word is compared only with those it could be near.
  const byKey = new Map<string, string[]>();
  const key = (letter: string, length: number) => `${letter}${length}`;
  for (const target of targets) {
    if (target.length < MIN_WORD || target.length > MAX_LENGTH) continue;
    const k = key(target[0]!, target.length);
    const list = byKey.get(k);
    if (list) list.push(target);
    else byKey.set(k, [target]);
  }
  const keep = new Set(notTypos);
  for (const target of targets) keep.add(target);
  // Searches repeat their words ("near", "toronto"): each long word is looked up once, within bounds.
  const known = new Map<string, string | undefined>();
  const correct = (word: string): string | undefined => {
    let best: string | undefined;
    let bestDistance = 3;
    // Longer targets first, and the first found wins a tie: a dropped letter is the commonest
    // slip ("parner" is partner's before it is parler's).
    for (let length = word.length + 2; length >= word.length - 2; length--) {
      for (const target of byKey.get(key(word[0]!, length)) ?? []) {
        const allowed = Math.min(allowedEdits(word, target), bestDistance - 1);
        if (allowed === 0 || Math.abs(word.length - target.length) > allowed) continue;
        const d = editDistance(word, target, allowed);
        if (d <= allowed) {
          best = target;
          bestDistance = d;
        }
      }
    }
    return best;
  };
  return (word) => {
    if (word.length < MIN_WORD || word.length > MAX_LENGTH || keep.has(word) || !ASCII_WORD.test(word))
      return undefined;
    if (known.has(word)) return known.get(word);
    if (known.size >= MEMORY) known.clear();
    const best = guarded(word) ? undefined : correct(word);
    known.set(word, best);
    return best;
  };
}
