/**
 * The background script ships the vocabulary compiled at build time (`vocabulary-form.ts`) and a
 * woken worker builds its trie from that as it reads. It must be the trie the phrases give when
 * compiled from source, node for node, with any names, and judge every text the same.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRows } from '../../../bench/recognition';
import { HELP_SEARCH_NAMES } from '../../../data/help-search-names';
import { HELP_SITE_RULES } from '../../../data/help-sites';
import { type Cue, LEXICON } from '../../../lib/traces/help-lexicon';
import {
  createTopicReaders,
  type Node,
  nameWordLists,
  phraseWords,
  singularIn,
  type TopicTrie,
  topicTrie,
} from '../../../lib/traces/help-topic';
import { VOCABULARY, vocabularyModule } from '../../../lib/traces/help-vocabulary';
import { compileVocabulary, readVocabulary } from '../../../lib/traces/vocabulary-form';

const SITE_NAMES = HELP_SITE_RULES.flatMap((r) =>
  r.type === 'domain' ? [r.domain] : r.type === 'host' ? [r.host] : [],
);

/** The trie as the classifier compiled it from the phrases before the compiled form (kept as the reference). */
function sourceTrie(nameLists: readonly (readonly string[])[]): TopicTrie {
  const cues = Object.keys(LEXICON) as Cue[];
  const entries: { words: string[]; tags: number; names: number }[] = [];
  cues.forEach((cue, bit) => {
    for (const phrase of LEXICON[cue]) entries.push({ words: phraseWords(phrase), tags: 1 << bit, names: 0 });
  });
  nameLists.forEach((names, list) => {
    // Which forms of a name are read (with and without its apostrophes) is the classifier's own.
    for (const words of nameWordLists(names)) entries.push({ words, tags: 0, names: 1 << list });
  });
  const vocab = new Set(entries.flatMap((e) => e.words));
  const root: Node = { tags: 0, names: 0, next: undefined, raw: undefined };
  for (const { words, tags, names } of entries) {
    if (words.length === 0) continue;
    let node = root;
    for (const word of words) {
      node.next ??= new Map();
      const key = singularIn(vocab, word);
      let child = node.next.get(key);
      if (!child) {
        child = { tags: 0, names: 0, next: undefined, raw: undefined };
        node.next.set(key, child);
      }
      node = child;
    }
    node.tags |= tags;
    node.names |= names;
  }
  // In alphabetical order, as the compiled vocabulary numbers its words.
  const phraseWordList = [...new Set(entries.filter((e) => e.names === 0).flatMap((e) => e.words))].sort();
  return { root, children: (node) => node.next, vocab, phraseWordList };
}

/** The whole trie as plain data, children in key order (every node built). */
interface Plain {
  tags: number;
  names: number;
  next?: [string, Plain][];
}
const plain = (trie: TopicTrie, node = trie.root): Plain => {
  const next = trie.children(node);
  return {
    tags: node.tags,
    names: node.names,
    ...(next === undefined
      ? {}
      : {
          next: [...next]
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
            .map(([key, child]): [string, Plain] => [key, plain(trie, child)]),
        }),
  };
};

/**
 * Names whose words give vocabulary words another singular than the phrases alone do
 * ("processes" reads as "processe" once a name says "processe"), and names ending in a phrase's word.
 */
const UNSETTLING = (() => {
  const vocab = new Set(readVocabulary(VOCABULARY).words);
  const names: string[] = [];
  for (const word of vocab) {
    if (word.length < 4 || !/[sx]$/.test(word)) continue;
    const candidates = word.endsWith('aux')
      ? [`${word.slice(0, -3)}al`, word.slice(0, -1)]
      : word.endsWith('ies')
        ? [`${word.slice(0, -3)}y`, word.slice(0, -1)]
        : [word.slice(0, -1), word.slice(0, -2)];
    const chosen = singularIn(vocab, word);
    const earlier = candidates
      .slice(0, Math.max(0, candidates.indexOf(chosen)))
      .concat(chosen === word ? candidates : []);
    for (const c of earlier) if (!vocab.has(c) && c.length > 0) names.push(`${c} centre`);
  }
  return names.slice(0, 400);
})();

const texts = (() => {
  const dir = resolve(import.meta.dirname, '../../fixtures/traces');
  const out = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    for (const row of loadRows<Record<string, unknown>>(file, dir)) {
      for (const key of ['query', 'title', 'text', 'url']) {
        const value = row[key];
        if (typeof value === 'string' && value !== '') out.add(value);
      }
    }
  }
  return [...out];
})();

describe('the compiled vocabulary', () => {
  it('is what the phrases compile to, and what the build writes', () => {
    const form = compileVocabulary(LEXICON, phraseWords);
    expect(VOCABULARY).toEqual(form);
    const written = vocabularyModule(form);
    expect(JSON.parse(written.slice('export const VOCABULARY = '.length, -2))).toEqual(form);
    expect(form.cues).toEqual(Object.keys(LEXICON));
  });

  it('is written by the build in place of the module that compiles it', () => {
    // Else the background script would ship the phrases and compile them each time it wakes.
    const root = resolve(import.meta.dirname, '../../..');
    expect(existsSync(resolve(root, 'lib/traces/help-vocabulary.ts'))).toBe(true);
    const config = readFileSync(resolve(root, 'wxt.config.ts'), 'utf8');
    expect(config).toContain("endsWith('/lib/traces/help-vocabulary.ts')");
    expect(config).toMatch(/plugins: \[[^\]]*compiledVocabulary/);
  });

  it('is compact: the phrases’ shared tails are stored once', () => {
    const read = readVocabulary(VOCABULARY);
    const phrases = Object.values(LEXICON).reduce((n, list) => n + list.length, 0);
    expect(read.nodeTags.length).toBeLessThan(phrases / 4);
    // 84,113 characters with the thirteenth set’s families, 73,477 once each node's words were
    // written as steps from the one before, 70,854 (from 80,421) once the words were front-coded in
    // alphabetical order; the shipped limit is the background bundle's budget
    // (tests/e2e/bundle-budgets.ts), which this keeps under.
    expect(VOCABULARY.trie.length + VOCABULARY.words.length).toBeLessThan(75_000);
  });

  it('reads back any lexicon as compiled', () => {
    const lexicon = {
      a: ['shelters for women', 'women’s shelter', 'abuse'],
      b: ['abuse', 'shelter', 'x y z'],
    };
    const read = readVocabulary(compileVocabulary(lexicon, phraseWords));
    expect(read.cues).toEqual(['a', 'b']);
    expect(read.words).toEqual(['abuse', 'shelter', 'shelters', 'women', 'x', 'y', 'z']);
    // Written front-coded: each word's shared start with the one before, as a letter, then the rest.
    expect(compileVocabulary(lexicon, phraseWords).words).toBe('AabuseAshelterHsAwomenAxAyAz');
    expect(() => readVocabulary({ ...VOCABULARY, words: `${VOCABULARY.words}Z` })).toThrow();
    expect(read.nodeTags[read.root]).toBe(0);
    expect(readVocabulary(compileVocabulary({ a: [] }, phraseWords)).words).toEqual([]);
    expect(() => readVocabulary({ ...VOCABULARY, trie: `${VOCABULARY.trie}A` })).toThrow();
  });
});

describe('the trie a woken worker builds from the compiled vocabulary', () => {
  const cases: { what: string; names: readonly (readonly string[])[] }[] = [
    { what: 'no names', names: [] },
    { what: 'the names and sites the matcher reads with', names: [HELP_SEARCH_NAMES, SITE_NAMES] },
    { what: 'names that change which singular phrases’ words read as', names: [UNSETTLING, ['Fem’aide']] },
  ];

  it('has names that change singulars to test with', () => {
    expect(UNSETTLING.length).toBeGreaterThan(20);
  });

  it.each(cases)('is the trie compiled from source, node for node: $what', ({ names }) => {
    const compiled = topicTrie(names);
    const source = sourceTrie(names);
    expect(plain(compiled)).toEqual(plain(source));
    expect([...compiled.vocab].sort()).toEqual([...source.vocab].sort());
    expect(compiled.phraseWordList).toEqual(source.phraseWordList);
  });

  it('judges every fixture text as the trie compiled from source does, with each reader', () => {
    const names = [HELP_SEARCH_NAMES, SITE_NAMES];
    const compiled = createTopicReaders(names);
    const source = createTopicReaders(names, sourceTrie(names));
    expect(texts.length).toBeGreaterThan(5000);
    const differ: string[] = [];
    for (const mask of [0, 0b01, 0b10, 0b11]) {
      const a = compiled.reader(mask);
      const b = source.reader(mask);
      for (const t of texts) {
        if (a.isHelpQuery(t) !== b.isHelpQuery(t) || a.isHelpTitle(t) !== b.isHelpTitle(t))
          differ.push(`${mask} ${t}`);
      }
    }
    expect(differ).toEqual([]);
  }, 120_000);
});
