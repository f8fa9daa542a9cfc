import { describe, expect, it } from 'vitest';
import { CLASSES } from '../../../lib/directory/lexicon-classes';
import {
  compilePatterns,
  correctWord,
  matchPatterns,
  vocabularyOf,
} from '../../../lib/directory/phrase-match';
import { editDistance, queryWords } from '../../../lib/directory/query-words';
import { SITUATIONS_EN } from '../../../lib/directory/situation-lexicon-en';
import { SITUATIONS_FR } from '../../../lib/directory/situation-lexicon-fr';
import { SITUATIONS } from '../../../lib/directory/situations';
import { REPORTED_SPEECH, SPEAKER_EN, SPEAKER_FR } from '../../../lib/directory/speaker-lexicon';

describe('queryWords', () => {
  it.each<[string, string]>([
    ["Il m'a frappée", 'il m a frappee'],
    ['jai frapper ma blonde', 'j ai frapper ma blonde'],
    ['J’ai été violée', 'j ai ete violee'],
    ["I don't feel safe", 'i dont feel safe'],
    ["he'll kill me", 'he ll kill me'],
    ["my friend's husband", 'my friend s husband'],
    ['im scared', 'i m scared'],
    ["qu'il me laisse", 'qu il me laisse'],
    ['CALACS près de chez moi', 'calacs pres de chez moi'],
    ['', ''],
  ])('%j → %j', (raw, words) => {
    expect(queryWords(raw).join(' ')).toBe(words);
  });

  it('reads at most 40 words', () => {
    expect(queryWords('help '.repeat(100))).toHaveLength(40);
  });
});

describe('editDistance', () => {
  it.each<[string, string, number]>([
    ['strangled', 'strangeld', 1],
    ['violence', 'violance', 1],
    ['choked', 'choked', 0],
    ['abc', 'xyz', 3],
  ])('%s ~ %s = %i', (a, b, d) => {
    expect(editDistance(a, b, 5)).toBe(d);
  });

  it('gives up past the bound', () => {
    expect(editDistance('shelter', 'kitchen', 2)).toBe(3);
  });
});

describe('compilePatterns and matchPatterns', () => {
  const m = compilePatterns(
    {
      gap: ['hit me'],
      wide: ['scared .. him'],
      tight: ['my ^husband'],
      optional: ['comment l? aider'],
      reject: ['j ai frapp* !ete'],
      weighted: ['maybe =0.4'],
      selfNegative: ['cant breathe'],
      anchored: ['< slapped my'],
    },
    CLASSES,
  );
  const values = (text: string) =>
    matchPatterns(m, queryWords(text)).map(
      (x) => `${x.value}${x.negated ? '!' : ''}${x.weight === 1 ? '' : x.weight}`,
    );

  it.each<[string, string[]]>([
    ['he hit me', ['gap']],
    ['he hit really me', ['gap']],
    ['he hit me', ['gap']],
    ['hit you and me', []],
    ['scared of what he does to him', []],
    ['scared of him', ['wide']],
    ['my husband', ['tight']],
    ['my ex husband', []],
    ['comment aider', ['optional']],
    ["comment l'aider", ['optional']],
    ['j ai frappe', ['reject']],
    ["j'ai été frappée", []],
    ['maybe', ['weighted0.4']],
    ['he never hit me', ['gap!']],
    ['he did not hit me but he hit me later', ['gap']],
    ['il ne me hit me pas', ['gap!']],
    ["i can't breathe", ['selfNegative']],
    ["i'm not sure but he hit me", ['gap']],
    ['slapped my boyfriend', ['anchored']],
    ['she slapped my boyfriend', []],
  ])('%j → %j', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it('throws on an unknown word class (a lexicon bug)', () => {
    expect(() => compilePatterns({ x: ['@nope'] }, CLASSES)).toThrow(/nope/);
  });
});

describe('the lexicons', () => {
  it.each([
    ['situations (en)', SITUATIONS_EN],
    ['situations (fr)', SITUATIONS_FR],
    ['speaker (en)', SPEAKER_EN],
    ['speaker (fr)', SPEAKER_FR],
    ['reported speech', REPORTED_SPEECH],
  ])('%s compile, with words already normalised and sane weights', (_, lexicon) => {
    const m = compilePatterns(lexicon as Record<string, readonly string[]>, CLASSES);
    for (const p of m.patterns) {
      expect(p.weight).toBeGreaterThan(0);
      expect(p.weight).toBeLessThanOrEqual(1);
    }
    for (const list of Object.values(lexicon as Record<string, readonly string[]>))
      for (const source of list)
        for (const word of source.split(/[ |]/))
          if (!word.startsWith('@') && !word.startsWith('^@'))
            expect(word, source).toMatch(/^([a-z0-9*^?.!=]*|<)$/);
  });

  it('cover every situation in both languages', () => {
    for (const s of SITUATIONS) {
      expect(SITUATIONS_EN[s].length, s).toBeGreaterThan(0);
      expect(SITUATIONS_FR[s].length, s).toBeGreaterThan(0);
    }
  });
});

describe('correctWord', () => {
  const vocabulary = vocabularyOf([
    compilePatterns(SITUATIONS_EN, CLASSES),
    compilePatterns(SITUATIONS_FR, CLASSES),
  ]);
  it.each<[string, string]>([
    ['stragled', 'strangled'],
    ['violance', 'violence'],
    ['violant', 'violent'],
    ['hebergment', 'hebergement'],
    // Short or common words stay as typed: `guys` is not `guns`, `entre` is not `centre`.
    ['guys', 'guys'],
    ['entre', 'entre'],
    ['shelter', 'shelter'],
    ['123456', '123456'],
  ])('%s → %s', (typed, expected) => {
    expect(correctWord(vocabulary, typed)).toBe(expected);
  });
});
