/**
 * A small phrase matcher for everyday wording. A pattern is a string of slots separated by spaces:
 * - a slot lists alternatives with `|`; `word*` matches any word starting with `word`; `@name` is a
 *   word class; a slot ending in `?` may be skipped;
 * - consecutive slots may have one other word between them (`he really hit me`); `..` allows three,
 *   and a slot starting with `^` must follow the previous one directly (`my ^@partner`);
 * - `!a|b` at the end rejects a match when one of those words is in its span or right next to it
 *   (`j ai ete frappee` is not `j ai frappe`); `=0.6` sets the pattern's weight (default 1);
 * - the slot `@end` is the end of a clause: the query's end or a word that starts another clause
 *   (`and`, `because`, `when`, `parce`…), right after the previous slot (`i hit ^@end` is "I hit",
 *   not "I hit snooze"); it takes no word of its own and stands alone in its slot;
 * - `<` first makes the pattern match only at the query's first word (`< slapped my ^@partner`:
 *   an act said without its "I", not after someone else named).
 * A match is negated when a negation (`not`, `never`, `ne`, `pas`…) sits in its gaps or just before
 * it in the same clause. Query words that match no pattern word are corrected to the nearest one
 * (one edit, two for long words), so typos still count; the matcher is built once per lexicon.
 */
import { editDistance } from './query-words';

export interface Pattern<T> {
  value: T;
  weight: number;
  slots: Slot[];
  /** Extra words allowed before each slot (index 0 unused). */
  gaps: number[];
  reject: ReadonlySet<string>;
  /** The pattern says "not" itself (`can't breathe`): no negation check. */
  negative: boolean;
  /** `<`: only from the query's first word. */
  anchored: boolean;
}

interface Slot {
  /** Same slot text, same id: a query word is tested once per distinct slot. */
  id: number;
  words: ReadonlySet<string>;
  prefixes: readonly string[];
  optional: boolean;
  /** `@end`: the clause ends here. */
  end: boolean;
}

export interface Matcher<T> {
  patterns: readonly Pattern<T>[];
}

/** Every whole word and stem some patterns use: what a typo is corrected to. */
export interface Vocabulary {
  words: ReadonlySet<string>;
  stems: readonly string[];
  cache: Map<string, string>;
}

export interface PhraseMatch<T> {
  value: T;
  weight: number;
  negated: boolean;
  start: number;
  end: number;
}

const NEGATIONS = new Set(
  'not never dont doesnt didnt isnt wasnt wont cant cannot no ne n pas jamais aucun aucune nor'.split(' '),
);
/** Words that end a clause: a negation before them does not reach past them. */
const CLAUSE = new Set('but and so because mais et donc car parce puis then'.split(' '));
/** Words that start another clause, for `@end` (not `so`: "i hurt so much"). */
const CLAUSE_END =
  'but and because cause cuz when whenever after before if while until since then now what how why mais et donc car parce puis quand lorsque lorsqu si apres avant pendant alors depuis comment pourquoi';

/** Words never corrected into lexicon words: common function words in both languages. */
const KEEP = new Set(
  'the and that this what when where with have from they them then their there your about would could should also just like been were will into some than very more most much many only over such here even after before still again last year week pour avec dans sans chez mais elle elles nous vous leur leurs cette comme tout tous toute faire fait etre avoir sont dois peut peux veux quand quoi comment pourquoi depuis encore aussi tres plus moins rien apres avant alors donc meme autre entre contre votre notre quelle quels celle celui cette ceux leurs toujours jamais parce other others people thing things think thought right never always because going really every which while those these first might years there'.split(
    ' ',
  ),
);

/**
 * Common words one edit from a lexicon word, never corrected into it: a typo cannot be told from
 * them (`soirs` is not `soins`, `levre` not `levee`, `lisait` not `disait`, `night` not `right`).
 */
const COMMON = new Set(
  'soirs matins levre levres bouche ventre douche table lettre loyer ville sante pompiers lisait lisais parlait parlais savait savais devait devais venait venais mettait mettais donnait donnais rentrait rentrais rentre sortait sortais mouth walls whole wound bound round sound ground horse mouse honey hours night nights light sight tight bright flight month sacred dying trying sweep chicken loving heart hears beard bread steak stake brake'.split(
    ' ',
  ),
);

function compileSlot(text: string, classes: Readonly<Record<string, string>>, id: number): Slot {
  if (text === '@end')
    return { id, words: new Set(CLAUSE_END.split(' ')), prefixes: [], optional: false, end: true };
  const optional = text.endsWith('?');
  const body = optional ? text.slice(0, -1) : text;
  const words = new Set<string>();
  const prefixes: string[] = [];
  const add = (alt: string) => {
    if (alt === '@end') throw new Error(`@end stands alone in its slot: ${text}`);
    if (alt.startsWith('@')) {
      const cls = classes[alt.slice(1)];
      if (cls === undefined) throw new Error(`unknown word class ${alt}`);
      for (const a of cls.split('|')) add(a);
    } else if (alt.endsWith('*')) prefixes.push(alt.slice(0, -1));
    else words.add(alt);
  };
  for (const alt of body.split('|')) add(alt);
  return { id, words, prefixes, optional, end: false };
}

/** Compiles `value → patterns` into a matcher. Throws on an unknown word class (a lexicon bug). */
export function compilePatterns<T extends string>(
  lexicon: Readonly<Record<T, readonly string[]>>,
  classes: Readonly<Record<string, string>>,
): Matcher<T> {
  const patterns: Pattern<T>[] = [];
  const interned = new Map<string, Slot>();
  const slotOf = (text: string) => {
    let slot = interned.get(text);
    if (!slot) {
      slot = compileSlot(text, classes, interned.size);
      interned.set(text, slot);
    }
    return slot;
  };
  for (const value of Object.keys(lexicon) as T[])
    for (const source of lexicon[value]) {
      let weight = 1;
      let reject = new Set<string>();
      const slots: Slot[] = [];
      const gaps: number[] = [0];
      let wide = false;
      let anchored = false;
      for (const part of source.split(' ')) {
        if (part.startsWith('=')) weight = Number(part.slice(1));
        else if (part.startsWith('!')) reject = new Set(part.slice(1).split('|'));
        else if (part === '..') wide = true;
        else if (part === '<' && slots.length === 0) anchored = true;
        else {
          const tight = part.startsWith('^');
          if (slots.length) gaps.push(tight ? 0 : wide ? 3 : 1);
          slots.push(slotOf(tight ? part.slice(1) : part));
          wide = false;
        }
      }
      const negative = slots.some((slot) => [...slot.words].some((w) => NEGATIONS.has(w)));
      patterns.push({ value, weight, slots, gaps, reject, negative, anchored });
    }
  return { patterns };
}

/** The words and stems of several matchers, for `correctWord`. */
export function vocabularyOf(matchers: readonly Matcher<unknown>[]): Vocabulary {
  const words = new Set<string>();
  const stems = new Set<string>();
  for (const m of matchers)
    for (const p of m.patterns)
      for (const s of p.slots) {
        if (s.end) continue;
        for (const w of s.words) words.add(w);
        for (const x of s.prefixes) stems.add(x);
      }
  return { words, stems: [...stems], cache: new Map() };
}

/** Whether word `i` fills `slot`, remembered for the current query. */
type Fills = (slot: Slot, i: number) => boolean;

function fillsFor(words: readonly string[]): Fills {
  const memo = new Map<number, boolean>();
  return (slot, i) => {
    const key = slot.id * 64 + i;
    let v = memo.get(key);
    if (v === undefined) {
      const w = words[i]!;
      v = slot.words.has(w) || slot.prefixes.some((p) => w.startsWith(p));
      memo.set(key, v);
    }
    return v;
  };
}

/** A lexicon word, or a stem's word; a short stem with a long tail is a coincidence (`viol…ance`). */
function knownWord(m: Vocabulary, word: string): boolean {
  return m.words.has(word) || m.stems.some((p) => word.startsWith(p) && word.length - p.length < 3);
}

/**
 * The lexicon word a query word stands for: itself when known or too short to judge, else the
 * nearest lexicon word or stem within one edit (two from eight letters); words under five letters
 * are too easily another word (`guys` is not `guns`).
 */
export function correctWord(m: Vocabulary, word: string): string {
  const cached = m.cache.get(word);
  if (cached !== undefined) return cached;
  let best = word;
  if (word.length >= 5 && !KEEP.has(word) && !COMMON.has(word) && !/\d/.test(word) && !knownWord(m, word)) {
    const max = word.length >= 8 ? 2 : 1;
    let bestD = max + 1;
    for (const w of m.words) {
      if (w.length < 5) continue;
      const d = editDistance(word, w, Math.min(max, bestD - 1));
      if (d < bestD) [best, bestD] = [w, d];
    }
    for (const p of m.stems) {
      if (p.length < 5 || bestD <= 1 || word.length < p.length) continue;
      // The typo is in the stem's part of the word: keep the ending (`violant` → `violent`).
      for (const head of [
        word.slice(0, p.length - 1),
        word.slice(0, p.length),
        word.slice(0, p.length + 1),
      ]) {
        const d = editDistance(head, p, 1);
        if (d <= 1 && d < bestD) [best, bestD] = [p + word.slice(head.length), d];
      }
    }
  }
  if (m.cache.size > 2000) m.cache.clear();
  m.cache.set(word, best);
  return best;
}

function negatedAt(words: readonly string[], start: number, end: number, matched: Set<number>): boolean {
  for (let i = start; i <= end; i++) if (!matched.has(i) && NEGATIONS.has(words[i]!)) return true;
  for (let i = start - 1; i >= Math.max(0, start - 3); i--) {
    if (CLAUSE.has(words[i]!)) break;
    if (NEGATIONS.has(words[i]!)) return true;
  }
  // French negation closes after the verb: `il ne me frappe pas`.
  const next = words[end + 1];
  return next === 'pas' || next === 'jamais';
}

function matchFrom<T>(
  p: Pattern<T>,
  n: number,
  fills: Fills,
  slot: number,
  at: number,
  hit: number[],
): boolean {
  if (slot === p.slots.length) return true;
  const s = p.slots[slot]!;
  // The clause ends right here: nothing is taken.
  if (s.end) return (at >= n || fills(s, at)) && matchFrom(p, n, fills, slot + 1, at, hit);
  const gap = slot === 0 ? 0 : p.gaps[slot]!;
  for (let i = at; i <= Math.min(n - 1, at + gap); i++)
    if (fills(s, i)) {
      hit.push(i);
      if (matchFrom(p, n, fills, slot + 1, i + 1, hit)) return true;
      hit.pop();
    }
  return s.optional && slot > 0 && matchFrom(p, n, fills, slot + 1, at, hit);
}

/**
 * Every pattern that matches somewhere in `words` (already corrected): its first place that is
 * not negated, else its first place.
 */
export function matchPatterns<T>(m: Matcher<T>, words: readonly string[]): PhraseMatch<T>[] {
  const out: PhraseMatch<T>[] = [];
  const fills = fillsFor(words);
  for (const p of m.patterns) {
    let found: PhraseMatch<T> | undefined;
    const starts = p.anchored ? Math.min(1, words.length) : words.length;
    for (let start = 0; start < starts && !(found && !found.negated); start++) {
      if (!fills(p.slots[0]!, start)) continue;
      const hit = [start];
      if (!matchFrom(p, words.length, fills, 1, start + 1, hit)) continue;
      const end = hit[hit.length - 1]!;
      if (words.slice(Math.max(0, start - 1), end + 2).some((w) => p.reject.has(w))) continue;
      const negated = !p.negative && negatedAt(words, start, end, new Set(hit));
      if (!found || !negated) found = { value: p.value, weight: p.weight, negated, start, end };
    }
    if (found) out.push(found);
  }
  return out;
}
