/**
 * Misspelt help words in searches ("violance", "harrasment", "restraning"): a word of 6 or more
 * letters one edit from a help word of 7 or more, or two edits when both have 10 or more letters, reads
 * as that word. Real words that close to one are listed and never corrected. Symmetric-delete
 * lookup: a handful of map lookups per unknown long word, nothing for the rest.
 */

const MIN_ONE = 6;
const MIN_TWO = 10;
const ASCII_WORD = /^[a-z]+$/;
/** Words remembered at most (a few hundred kilobytes). */
const MEMORY = 4096;

function deletes(word: string, out: Set<string>): void {
  for (let i = 0; i < word.length; i++) out.add(word.slice(0, i) + word.slice(i + 1));
}

/** Edit distance with adjacent transpositions (optimal string alignment). */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
    }
  }
  return rows[a.length]![b.length]!;
}

/** Variants reachable by one deletion, or two for long words. */
function variants(word: string): Set<string> {
  const one = new Set<string>([word]);
  deletes(word, one);
  if (word.length < MIN_TWO) return one;
  const two = new Set(one);
  for (const w of one) deletes(w, two);
  return two;
}

/** Builds a corrector: a word → the help word it misspells, or undefined. */
export function createTypoFixer(
  targets: readonly string[],
  notTypos: readonly string[],
): (word: string) => string | undefined {
  const index = new Map<string, string[]>();
  for (const target of targets) {
    for (const v of variants(target)) {
      const list = index.get(v);
      if (!list) index.set(v, [target]);
      else if (!list.includes(target)) list.push(target);
    }
  }
  const keep = new Set([...targets, ...notTypos]);
  // Searches repeat their words ("near", "toronto"): each long word is looked up once, within bounds.
  const known = new Map<string, string | undefined>();
  const correct = (word: string): string | undefined => {
    let best: string | undefined;
    let bestDistance = 3;
    for (const v of variants(word)) {
      for (const target of index.get(v) ?? []) {
        if (target.length <= MIN_ONE) continue;
        const allowed = word.length >= MIN_TWO && target.length >= MIN_TWO ? 2 : 1;
        const d = editDistance(word, target);
        if (d <= allowed && d < bestDistance) {
          best = target;
          bestDistance = d;
        }
      }
    }
    return best;
  };
  return (word) => {
    if (word.length < MIN_ONE || keep.has(word) || !ASCII_WORD.test(word)) return undefined;
    if (known.has(word)) return known.get(word);
    if (known.size >= MEMORY) known.clear();
    const best = correct(word);
    known.set(word, best);
    return best;
  };
}
