/**
 * The help vocabulary in the compact form the background script ships: the phrases' folded words
 * once each, and the word trie of the phrases as a minimised graph (identical sub-tries, such as
 * the tails of a list crossed with another, stored once) written as a string of numbers (`DIGITS`).
 * `compileVocabulary` runs at build time (`help-vocabulary.ts`, `wxt.config.ts`); `readVocabulary`
 * turns the string back into typed arrays in about a millisecond when the worker wakes.
 *
 * The trie is keyed by the words as folded, not by their singulars: which singular a word reads as
 * depends on the whole vocabulary, resource names included, which are known only at run time.
 */

/** The compiled vocabulary; plain data, written into the build as a literal. */
export interface VocabularyForm {
  /** The parts (cues) in bit order: a phrase of part i tags its last node with bit 1 << i. */
  readonly cues: readonly string[];
  /**
   * Every folded word of the phrases once, in alphabetical order (a word's index is its rank), each
   * written as the length of the start it shares with the word before, as a capital letter ("A" for
   * none, at most "Z"), then the rest of it: "Aabuse", "Fd", "Fr" for "abuse abused abuser" (half
   * the size of the words spelt out; folded words are lower-case letters and digits).
   */
  readonly words: string;
  /** The distinct tag sets of the trie's nodes (unsigned); nodes refer to them by index. */
  readonly tags: readonly number[];
  /**
   * Node count, edge count, the count of popular nodes and their numbers, then each node,
   * children before parents and the root last: its tag index times 16 plus its edge count (15 for
   * "15 or more", then how many more), and per edge in word order how far the word's index is past
   * the previous edge's (the first edge's from 0) and the child: a popular node's place in the
   * list, or past the list, how many nodes back the child is. The popular nodes are the phrases'
   * shared ends (a phrase's last word, tagged), which thousands of edges point to from far away.
   */
  readonly trie: string;
}

/** The trie as the reader walks it. */
export interface VocabularyTrie {
  readonly cues: readonly string[];
  readonly words: readonly string[];
  /** Each node's tags (signed 32-bit, as `1 << 31` is). */
  readonly nodeTags: Int32Array;
  /** Node n's edges are `firstEdge[n]` to `firstEdge[n + 1] - 1`. */
  readonly firstEdge: Int32Array;
  readonly edgeWord: Int32Array;
  readonly edgeChild: Int32Array;
  readonly root: number;
}

/**
 * The digits: printable ASCII but for the characters a JavaScript string or template would have to
 * escape (" $ ' \\ `), 89 of them. The first `ENDING` end a number; the rest carry on to a next
 * digit, most significant first. Against base64url's 32 and 32 this writes the trie in about 7 %
 * fewer characters (numbers under 53 take one digit, under 1,908 two): 60,680 → 56,219 with
 * `POPULAR` and `MANY_EDGES` tuned to it.
 */
const DIGITS = Array.from({ length: 94 }, (_, i) => String.fromCharCode(33 + i))
  .filter((c) => !'"$\'\\`'.includes(c))
  .join('');
const ENDING = 53;
const CARRYING = DIGITS.length - ENDING;

function writeNumber(n: number, out: string[]): void {
  let digits = DIGITS[n % ENDING]!;
  for (let rest = Math.floor(n / ENDING); rest > 0; rest = Math.floor(rest / CARRYING)) {
    digits = DIGITS[ENDING + (rest % CARRYING)]! + digits;
  }
  out.push(digits);
}

interface BuildNode {
  tags: number;
  next: Map<number, BuildNode>;
}

/**
 * Compiles the parts' phrases, each folded by `fold` into the words the classifier compares;
 * a phrase that folds to no words is left out, as the classifier leaves it out.
 */
export function compileVocabulary(
  lexicon: Readonly<Record<string, readonly string[]>>,
  fold: (phrase: string) => readonly string[],
): VocabularyForm {
  const cues = Object.keys(lexicon);
  const wordIds = new Map<string, number>();
  const words: string[] = [];
  const root: BuildNode = { tags: 0, next: new Map() };
  cues.forEach((cue, bit) => {
    for (const phrase of lexicon[cue]!) {
      const folded = fold(phrase);
      if (folded.length === 0) continue;
      let node = root;
      for (const word of folded) {
        if (word.includes(' ') || word === '') throw new Error(`not a word: "${word}"`);
        let id = wordIds.get(word);
        if (id === undefined) {
          id = words.length;
          wordIds.set(word, id);
          words.push(word);
        }
        let child = node.next.get(id);
        if (!child) {
          child = { tags: 0, next: new Map() };
          node.next.set(id, child);
        }
        node = child;
      }
      node.tags |= 1 << bit;
    }
  });

  // Minimise: a node is its tags and its edges to already numbered nodes.
  const tagCount = new Map<number, number>();
  const nodes: { tags: number; edges: [number, number][] }[] = [];
  const bySignature = new Map<string, number>();
  const numberNode = (node: BuildNode): number => {
    const edges = [...node.next]
      .map(([word, child]): [number, number] => [word, numberNode(child)])
      .sort((a, b) => a[0] - b[0]);
    const tags = node.tags >>> 0;
    const signature = `${tags}:${edges.join(';')}`;
    let id = bySignature.get(signature);
    if (id === undefined) {
      id = nodes.length;
      bySignature.set(signature, id);
      nodes.push({ tags, edges });
      tagCount.set(tags, (tagCount.get(tags) ?? 0) + 1);
    }
    return id;
  };
  // Words are numbered in alphabetical order, the order the front-coded list is written in.
  const rank = new Int32Array(words.length);
  const sorted = words.map((_, i) => i).sort((a, b) => (words[a]! < words[b]! ? -1 : 1));
  sorted.forEach((old, r) => {
    rank[old] = r;
  });
  const renumber = (node: BuildNode): void => {
    node.next = new Map([...node.next].map(([word, child]) => [rank[word]!, child]));
    for (const child of node.next.values()) renumber(child);
  };
  renumber(root);
  const rootId = numberNode(root);
  if (rootId !== nodes.length - 1) throw new Error('the root must be numbered last');

  const tags = [...tagCount].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([t]) => t);
  const tagIndex = new Map(tags.map((t, i) => [t, i]));
  // The most pointed-to nodes, most first (ties by number), each then written as one digit.
  const pointedTo = new Map<number, number>();
  for (const node of nodes)
    for (const [, child] of node.edges) pointedTo.set(child, (pointedTo.get(child) ?? 0) + 1);
  const popular = [...pointedTo]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, POPULAR)
    .map(([id]) => id);
  const popularIndex = new Map(popular.map((id, i) => [id, i]));
  const out: string[] = [];
  writeNumber(nodes.length, out);
  writeNumber(
    nodes.reduce((sum, n) => sum + n.edges.length, 0),
    out,
  );
  writeNumber(popular.length, out);
  for (const id of popular) writeNumber(id, out);
  nodes.forEach((node, id) => {
    const count = node.edges.length;
    writeNumber(tagIndex.get(node.tags)! * HEAD + Math.min(count, MANY_EDGES), out);
    if (count >= MANY_EDGES) writeNumber(count - MANY_EDGES, out);
    // A node's edges are sorted by word: each word is written as the step from the one before,
    // which is smaller than its index (about a sixth of the string saved).
    let previous = 0;
    for (const [word, child] of node.edges) {
      writeNumber(word - previous, out);
      writeNumber(popularIndex.get(child) ?? popular.length + id - child - 1, out);
      previous = word;
    }
  });
  return { cues, words: frontCode(sorted.map((i) => words[i]!)), tags, trie: out.join('') };
}

/**
 * How many of the most pointed-to nodes are named by their place in a list: 16 took the trie from
 * 63,670 to 50,145 characters with the tag-and-count digit in base-32 digits; with the 53 ending
 * digits, 28 keeps the nearest children (fewer than 25 nodes back) at one digit too.
 */
const POPULAR = 28;
/**
 * A node's first digit is its tag index times `HEAD` plus its edge count; `MANY_EDGES` there means
 * "that many or more", the rest written next (15 against 7 saves 300 characters of 56,500).
 */
const MANY_EDGES = 15;
const HEAD = MANY_EDGES + 1;

/** The longest shared start a word's letter can say ("Z"). */
const MOST_SHARED = 25;

/**
 * Sorted, distinct strings, each written as the length of the start it shares with the one before
 * (a capital letter) and the rest; `folded` says what a string may hold (never a capital letter).
 */
export function frontCode(sortedWords: readonly string[], folded = /^[a-z0-9]+$/): string {
  let previous = '';
  let out = '';
  for (const word of sortedWords) {
    if (!folded.test(word) || /[A-Z]/.test(word)) throw new Error(`not a folded word: "${word}"`);
    let shared = 0;
    while (shared < MOST_SHARED && shared < word.length && word[shared] === previous[shared]) shared++;
    out += String.fromCharCode(65 + shared) + word.slice(shared);
    previous = word;
  }
  return out;
}

/** "A" to "Z": a shared start's length, which begins each word. */
const isLetterOfLength = (code: number): boolean => code >= 65 && code <= 90;

/** Reads `frontCode`'s string back into the words; throws on a malformed one. */
export function frontDecode(text: string): string[] {
  const words: string[] = [];
  let previous = '';
  let at = 0;
  while (at < text.length) {
    const shared = text.charCodeAt(at) - 65;
    if (shared < 0 || shared > MOST_SHARED || shared > previous.length)
      throw new Error('malformed vocabulary');
    let end = at + 1;
    while (end < text.length && !isLetterOfLength(text.charCodeAt(end))) end++;
    if (end === at + 1 && shared === previous.length) throw new Error('malformed vocabulary');
    previous = previous.slice(0, shared) + text.slice(at + 1, end);
    words.push(previous);
    at = end;
  }
  return words;
}

const DIGIT_VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < DIGITS.length; i++) DIGIT_VALUE[DIGITS.charCodeAt(i)] = i;

/** Reads a compiled vocabulary back; throws on a malformed form (it is built, never typed). */
export function readVocabulary(form: VocabularyForm): VocabularyTrie {
  const text = form.trie;
  let at = 0;
  const read = (): number => {
    let n = 0;
    for (;;) {
      const digit = DIGIT_VALUE[text.charCodeAt(at++)] ?? -1;
      if (digit < 0) throw new Error('malformed vocabulary');
      if (digit < ENDING) return n * ENDING + digit;
      n = n * CARRYING + digit - ENDING;
    }
  };
  const nodeCount = read();
  const edgeCount = read();
  const popular = new Int32Array(read());
  for (let i = 0; i < popular.length; i++) popular[i] = read();
  const nodeTags = new Int32Array(nodeCount);
  const firstEdge = new Int32Array(nodeCount + 1);
  const edgeWord = new Int32Array(edgeCount);
  const edgeChild = new Int32Array(edgeCount);
  let edge = 0;
  for (let node = 0; node < nodeCount; node++) {
    const head = read();
    nodeTags[node] = form.tags[Math.floor(head / HEAD)]! | 0;
    firstEdge[node] = edge;
    let word = 0;
    const few = head % HEAD;
    for (let n = few === MANY_EDGES ? MANY_EDGES + read() : few; n > 0; n--) {
      if (edge >= edgeCount) throw new Error('malformed vocabulary');
      word += read();
      edgeWord[edge] = word;
      const child = read();
      edgeChild[edge] = child < popular.length ? popular[child]! : node - (child - popular.length) - 1;
      if (edgeChild[edge]! < 0 || edgeChild[edge]! >= node) throw new Error('malformed vocabulary');
      edge++;
    }
  }
  firstEdge[nodeCount] = edge;
  if (edge !== edgeCount || at !== text.length) throw new Error('malformed vocabulary');
  const words = frontDecode(form.words);
  return { cues: form.cues, words, nodeTags, firstEdge, edgeWord, edgeChild, root: nodeCount - 1 };
}
