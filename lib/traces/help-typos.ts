/**
 * Misspelt help words in searches ("violance", "harrasment", "voilence"): an unknown word reads
 * as a vocabulary word with the same first letter when it is one edit away (a letter added,
 * dropped, changed, or two neighbours swapped), or two edits when both have 10 or more letters;
 * words under 6 letters are never corrected. Real words that close to one (`typo-guard.ts`,
 * generated from dictionaries, held in a compact filter) are never corrected. A symmetric-delete
 * index finds the targets one edit away in a handful of map lookups; only words of 10 or more
 * letters are compared with the long targets of their first letter. A French elision typed without
 * its apostrophe ("dhebergement") reads as the help word it is glued to. Each word once, then
 * remembered.
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
      let d = Math.min(
        ROWS[prev + j]! + 1,
        ROWS[row + j - 1]! + 1,
        ROWS[prev + j - 1]! + (ca === cb ? 0 : 1),
      );
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

/** French elisions typed without their apostrophe ("dhebergement", "lordonnance", "quil"). */
const GLUED = /^(?:qu|[cdjlmnst])(?=[aeiouyh])/;
const glued = (word: string): string | undefined => {
  const elision = GLUED.exec(word);
  return elision ? word.slice(elision[0].length) : undefined;
};

/** `word` is `target` with one of its letters typed twice ("controll", "abbuse"). */
function doubled(word: string, target: string): boolean {
  if (word.length !== target.length + 1) return false;
  let i = 0;
  while (i < target.length && word[i] === target[i]) i++;
  return i > 0 && word[i] === word[i - 1] && word.slice(i + 1) === target.slice(i);
}

/** Builds a corrector: a word → the help word it misspells, or undefined. */
export function createTypoFixer(
  targets: readonly string[],
  notTypos: Iterable<string>,
  /** Real words near a target (`typo-guard.ts`): never corrected. */
  guarded: (word: string) => boolean = () => false,
): (word: string) => string | undefined {
  // One edit: targets under themselves and each of their one-letter deletions (symmetric
  // delete), so a word is compared only with targets sharing one of its own deletions.
  const oneAway = new Map<string, string[]>();
  const index = (variant: string, target: string) => {
    const list = oneAway.get(variant);
    if (!list) oneAway.set(variant, [target]);
    else if (!list.includes(target)) list.push(target);
  };
  // Two edits: only long targets, by first letter, longest first.
  const long = new Map<string, string[]>();
  for (const target of targets) {
    if (target.length < MIN_WORD || target.length > MAX_LENGTH) continue;
    index(target, target);
    for (let i = 0; i < target.length; i++) index(target.slice(0, i) + target.slice(i + 1), target);
    if (target.length >= MIN_TWO) long.set(target[0]!, [...(long.get(target[0]!) ?? []), target]);
  }
  for (const list of long.values()) list.sort((a, b) => b.length - a.length);
  const targetSet = new Set(targets);
  const keep = new Set(notTypos);
  for (const target of targets) keep.add(target);
  // Searches repeat their words ("near", "toronto"): each long word is looked up once, within bounds.
  const known = new Map<string, string | undefined>();
  /**
   * A target within `edits`. In a tie, a letter typed twice wins ("controll" is "control", not
   * "controle"), then a longer target (a dropped letter is the commonest slip).
   */
  const within = (word: string, candidates: readonly string[], edits: number, best?: string) => {
    for (const target of candidates) {
      if (
        best !== undefined &&
        (doubled(word, best) || (target.length <= best.length && !doubled(word, target)))
      )
        continue;
      if (allowedEdits(word, target) < edits) continue;
      if (editDistance(word, target, edits) <= edits) best = target;
    }
    return best;
  };
  const correct = (word: string): string | undefined => {
    const elided = glued(word);
    if (elided !== undefined && elided.length >= MIN_WORD && targetSet.has(elided)) return elided;
    let best = within(word, oneAway.get(word) ?? [], 1);
    for (let i = 0; i < word.length; i++)
      best = within(word, oneAway.get(word.slice(0, i) + word.slice(i + 1)) ?? [], 1, best);
    if (best !== undefined || word.length < MIN_TWO) return best;
    return within(word, long.get(word[0]!) ?? [], 2);
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
