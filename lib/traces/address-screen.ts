/**
 * The address screen: one pass over a plain `https://…` address, one table step per character,
 * that rules out nearly every address before it is parsed and read word by word. It answers
 * "maybe" whenever the full reading could find help: a help stem at the start of a word (host
 * label, path or query word), a help phrase written as one word anywhere in a host or a path
 * segment ("youthdatingviolence"), or anything the parser would rewrite (non-ASCII, spaces,
 * encoded letters, malformed escapes). Only "no" is trusted, and it is never wrong: a unit test
 * runs the screened and the full reading over the evaluation set and a generated stream.
 */

/**
 * A whole word the screen looks for; `plural` also finds it with one or two more letters ending
 * in s or x, as the classifier reads plurals back ("hits", "hites" → "hit").
 */
interface WordForm {
  readonly word: string;
  readonly plural: boolean;
}

/** Every way an address may spell a whole-word key: plurals, "-ies" for "-y", "-aux" for "-al", "won't" for "wont". */
export function wordForms(key: string): WordForm[] {
  // The classifier reads plurals back only for words of four letters or more.
  const forms: WordForm[] = [{ word: key, plural: key.length >= 2 }];
  if (key.endsWith('y')) forms.push({ word: `${key.slice(0, -1)}ies`, plural: false });
  if (key.endsWith('al')) forms.push({ word: `${key.slice(0, -2)}aux`, plural: false });
  if (key.endsWith('nt')) forms.push({ word: key.slice(0, -1), plural: false });
  return forms;
}

/** Character classes: 0 breaks a word; letters 1–26, digits 27–36 (either case). */
const BREAK = 0;
const SEGMENT = 37; // `/` or `\`: ends a path segment (and a host)
const PERCENT = 38;
const BAIL = 39;
const CLASSES = 40;

const CLASS = new Uint8Array(128);
for (let c = 0; c < 26; c++) {
  CLASS[97 + c] = c + 1;
  CLASS[65 + c] = c + 1;
}
for (let c = 0; c < 10; c++) CLASS[48 + c] = 27 + c;
CLASS[47] = SEGMENT;
CLASS[92] = SEGMENT;
CLASS[37] = PERCENT;
// What the URL parser drops or escapes (so the parsed address differs from the raw one).
for (let c = 0; c <= 32; c++) CLASS[c] = BAIL;
for (const c of '"<>`{}\u007f') CLASS[c.charCodeAt(0)] = BAIL;

const classOf = (text: string, i: number): number => CLASS[text.charCodeAt(i)] ?? BAIL;

/** Table entries below zero: stop and answer "maybe", or look at an escape. */
const MAYBE = -1;
const ESCAPE = -2;

/** A trie (anchored keys) or an Aho–Corasick automaton (joined words), over character classes. */
interface Automaton {
  next: Map<number, number>[];
  /** A stem ends here: any word going on from here is "maybe". */
  done: boolean[];
  /** A whole word may end here: "maybe" if the word breaks here. */
  wordEnd: boolean[];
  /** Letters a plural may still add after this node (0–2). */
  more: number[];
}

const S_OR_X = new Set([19, 24]);

function buildTrie(stems: readonly string[], wordKeys: readonly WordForm[] = []): Automaton {
  const a: Automaton = { next: [new Map()], done: [false], wordEnd: [false], more: [0] };
  const sx: boolean[] = [false];
  const add = (word: string): number => {
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const c = classOf(word, i);
      let child = a.next[node]!.get(c);
      if (child === undefined) {
        child = a.next.length;
        a.next.push(new Map());
        a.done.push(false);
        a.wordEnd.push(false);
        a.more.push(0);
        sx.push(S_OR_X.has(c));
        a.next[node]!.set(c, child);
      }
      node = child;
    }
    return node;
  };
  for (const stem of stems) a.done[add(stem)] = true;
  for (const { word, plural } of wordKeys) {
    const node = add(word);
    a.wordEnd[node] = true;
    if (plural) a.more[node] = 2;
  }
  // Parents come before their children: a plural's letters go on down the trie.
  for (let node = 0; node < a.next.length; node++)
    for (const child of a.next[node]!.values()) {
      a.more[child] = Math.max(a.more[child]!, a.more[node]! - 1);
      if (a.more[node]! > 0 && sx[child]) a.wordEnd[child] = true;
    }
  return a;
}

/** The joined-word automaton's move on class `c` (failure links followed at build time). */
function joinedMoves(a: Automaton): (node: number, c: number) => number {
  const fail = new Array<number>(a.next.length).fill(0);
  const queue = [...a.next[0]!.values()];
  for (let q = 0; q < queue.length; q++) {
    const node = queue[q]!;
    for (const [c, child] of a.next[node]!) {
      let f = fail[node]!;
      while (f !== 0 && !a.next[f]!.has(c)) f = fail[f]!;
      const target = node === 0 ? 0 : (a.next[f]!.get(c) ?? 0);
      fail[child] = target;
      if (a.done[target]) a.done[child] = true;
      queue.push(child);
    }
  }
  return (node, c) => {
    let n = node;
    while (n !== 0 && !a.next[n]!.has(c)) n = fail[n]!;
    return a.next[n]!.get(c) ?? 0;
  };
}

const hexValue = (c: number): number =>
  c >= 48 && c <= 57 ? c - 48 : (c | 32) >= 97 && (c | 32) <= 102 ? (c | 32) - 87 : -1;

/** Whether `%` at `i` escapes an ASCII character that is neither a letter nor a digit (`%20`, `%2F`). */
function escapesBreak(url: string, i: number, end: number): boolean {
  if (i + 2 >= end) return false;
  const hi = hexValue(url.charCodeAt(i + 1));
  const lo = hexValue(url.charCodeAt(i + 2));
  if (hi < 0 || lo < 0 || hi > 7) return false;
  const c = CLASS[hi * 16 + lo]!;
  return c === BREAK || c >= SEGMENT;
}

/** Reads `url` from `from` to `end`: false only when no help word can be there. */
export type AddressScreen = (url: string, from: number, end: number) => boolean;

/**
 * Builds the screen: `keys.stems` at the start of a word, `keys.words` as whole words (see
 * `wordForms`), `joined` words anywhere in the letters and
 * digits of a host or path segment (other characters and escapes skipped, as the full reading
 * does). One state per pair (stem-trie node, joined-word node); the table holds each state's
 * next state or MAYBE / ESCAPE.
 */
export function createAddressScreen(
  keys: { readonly stems: readonly string[]; readonly words: readonly string[] },
  joined: readonly string[],
): AddressScreen {
  const trie = buildTrie(keys.stems, keys.words.flatMap(wordForms));
  const words = buildTrie(joined);
  const move = joinedMoves(words);
  const ids = new Map<number, number>();
  const pairs: [number, number][] = [];
  const DEAD = trie.next.length; // inside a word that begins no key
  // Past the trie in a whole word's plural: DEAD + 1 + 2 × (letters still allowed) + (last was s or x).
  const plural = (more: number, c: number) => DEAD + 1 + 2 * more + (S_OR_X.has(c) ? 1 : 0);
  const moreOf = (t: number) => (t > DEAD ? (t - DEAD - 1) >> 1 : t < DEAD ? trie.more[t]! : 0);
  const wordEnds = (t: number) => (t > DEAD ? ((t - DEAD - 1) & 1) === 1 : t < DEAD && trie.wordEnd[t]!);
  const letter = (t: number, c: number): number => {
    const child = t < DEAD ? trie.next[t]!.get(c) : undefined;
    if (child !== undefined) return child;
    return moreOf(t) > 0 ? plural(moreOf(t) - 1, c) : DEAD;
  };
  const id = (t: number, w: number): number => {
    const key = t * words.next.length + w;
    let state = ids.get(key);
    if (state === undefined) {
      state = pairs.length;
      ids.set(key, state);
      pairs.push([t, w]);
    }
    return state;
  };
  id(0, 0);
  const rows: number[] = [];
  for (let s = 0; s < pairs.length; s++) {
    const [t, w] = pairs[s]!;
    // A whole-word key ending here: the break (or the end of reading) answers "maybe".
    const end = wordEnds(t);
    for (let c = 0; c < CLASSES; c++) {
      if (c === BREAK) rows.push(end ? MAYBE : id(0, w));
      else if (c === SEGMENT) rows.push(end ? MAYBE : id(0, 0));
      else if (c === PERCENT) rows.push(ESCAPE);
      else if (c === BAIL) rows.push(MAYBE);
      else {
        const t2 = letter(t, c);
        const w2 = move(w, c);
        rows.push((t2 < DEAD && trie.done[t2]) || words.done[w2] ? MAYBE : id(t2, w2));
      }
    }
  }
  // Each entry holds the next state's row offset (state × CLASSES), so a step is a load and an
  // add: the multiplication stays out of the chain of dependent loads that bounds the loop.
  const table = Int32Array.from(rows, (next) => (next < 0 ? next : next * CLASSES));
  const classes = CLASS;
  return (url, from, end) => {
    let row = 0;
    for (let i = from; i < end; i++) {
      const ch = url.charCodeAt(i);
      const next = table[row + (ch < 128 ? classes[ch]! : BAIL)]!;
      if (next >= 0) {
        row = next;
      } else if (next === ESCAPE && escapesBreak(url, i, end)) {
        const after = table[row + BREAK]!; // `%2D` reads as a break, and as nothing in a joined word
        if (after < 0) return true;
        row = after;
        i += 2;
      } else {
        return true;
      }
    }
    return table[row + BREAK]! < 0; // the last word ends where reading stops
  };
}
