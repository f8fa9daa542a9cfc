/**
 * Misspelt help words in searches ("violance", "harrasment", "voilence"): an unknown word reads
 * as a vocabulary word with the same first letter when it is one edit away (a letter added,
 * dropped, changed, or two neighbours swapped), or two edits when both have 10 or more letters;
 * words under 5 letters are never corrected. Real words that close to one (`typo-guard.ts`,
 * generated from dictionaries, held in a compact filter) are never corrected. Targets are bucketed by first letter, so an
 * unknown word is compared with a few dozen targets, once: a few microseconds, then remembered.
 */

/** Shortest word corrected, and shortest target: shorter words are too often other words. */
export const MIN_WORD = 5;
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

/**
 * Edit distance with adjacent transpositions (optimal string alignment), or `max + 1` as soon as
 * it must exceed `max`.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  let row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let low = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      row[j] = d;
      if (d < low) low = d;
    }
    if (low > max) return max + 1;
    [before, prev, row] = [prev, row, before];
  }
  return Math.min(prev[b.length]!, max + 1);
}

/** Builds a corrector: a word → the help word it misspells, or undefined. */
export function createTypoFixer(
  targets: readonly string[],
  notTypos: Iterable<string>,
  /** Real words near a target (`typo-guard.ts`): never corrected. */
  guarded: (word: string) => boolean = () => false,
): (word: string) => string | undefined {
  const byLetter = new Map<string, string[]>();
  for (const target of targets) {
    if (target.length < MIN_WORD) continue;
    const list = byLetter.get(target[0]!);
    if (list) list.push(target);
    else byLetter.set(target[0]!, [target]);
  }
  const keep = new Set(notTypos);
  for (const target of targets) keep.add(target);
  // Searches repeat their words ("near", "toronto"): each long word is looked up once, within bounds.
  const known = new Map<string, string | undefined>();
  const correct = (word: string): string | undefined => {
    let best: string | undefined;
    let bestDistance = 3;
    for (const target of byLetter.get(word[0]!) ?? []) {
      const allowed = Math.min(allowedEdits(word, target), bestDistance - 1);
      if (allowed === 0 || Math.abs(word.length - target.length) > allowed) continue;
      const d = editDistance(word, target, allowed);
      if (d <= allowed) {
        best = target;
        bestDistance = d;
      }
    }
    return best;
  };
  return (word) => {
    if (word.length < MIN_WORD || keep.has(word) || !ASCII_WORD.test(word)) return undefined;
    if (known.has(word)) return known.get(word);
    if (known.size >= MEMORY) known.clear();
    const best = guarded(word) ? undefined : correct(word);
    known.set(word, best);
    return best;
  };
}
