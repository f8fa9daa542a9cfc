import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createTopicClassifier } from '../../../lib/traces/help-topic';
import { createTypoFixer, editDistance } from '../../../lib/traces/help-typos';
import { TYPO_GUARD } from '../../../lib/traces/typo-guard';
import { buildWordFilter, wordFilter } from '../../../lib/traces/word-filter';
import { dictionariesPresent, typoGuardModule } from '../../../scripts/typo-guard';

describe('editDistance', () => {
  it.each([
    ['violence', 'violence', 0],
    ['violance', 'violence', 1],
    ['voilence', 'violence', 1], // two neighbours swapped
    ['viollence', 'violence', 1],
    ['violnce', 'violence', 1],
    ['harrasment', 'harassment', 2],
    ['shelter', 'helter', 1],
    ['conjugate', 'conjugal', 2],
  ])('%s → %s: %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });

  it('stops at the bound', () => {
    expect(editDistance('violence', 'xxxxxxxx', 1)).toBe(2);
    expect(editDistance('abcdefghij', 'abc', 2)).toBe(3);
  });
});

describe('createTypoFixer', () => {
  const targets = ['violence', 'violent', 'harassment', 'restraining', 'shelter', 'partner', 'parler'];
  targets.push('hebergement', 'ordonnance', 'control', 'controle');
  const fix = createTypoFixer(targets, ['violet'], (w) => w === 'sheller');

  it.each([
    ['violance', 'violence'],
    ['voilence', 'violence'],
    ['viollence', 'violence'],
    ['harrasment', 'harassment'], // two edits: both words of 10 letters or more
    ['restraning', 'restraining'],
    ['sheltr', 'shelter'],
    ['parner', 'partner'], // a tie goes to the longer word: a dropped letter is the commonest slip
    ['dhebergement', 'hebergement'], // a French elision without its apostrophe
    ['lordonnance', 'ordonnance'],
    ['controll', 'control'], // a letter typed twice wins a tie over a longer word one letter changed
    ['controlle', 'controle'],
  ])('%s reads as %s', (word, target) => {
    expect(fix(word)).toBe(target);
  });

  it.each([
    ['violet', 'a listed real word'],
    ['sheller', 'a guarded real word'],
    ['fiolence', 'another first letter'],
    ['vilence', 'fine, one edit'],
    ['viotenca', 'two edits under 10 letters'],
    ['viol', 'under 6 letters'],
    ['violence', 'a target itself'],
    ['violénce', 'not folded'],
    [`violence${'x'.repeat(60)}`, 'too long'],
  ])('%s is left alone (%s)', (word, why) => {
    if (why === 'fine, one edit') expect(fix(word)).toBe('violence');
    else expect(fix(word)).toBeUndefined();
  });
});

describe('word filter', () => {
  // About as many words as the dictionary guard holds: the rate of words held by mistake is one
  // in 2^24 / words.
  const words = Array.from({ length: 7700 }, (_, i) => `word${i.toString(36)}`);
  const has = wordFilter(buildWordFilter(words));

  it('holds every word it was built from', () => {
    expect(words.filter((w) => !has(w))).toEqual([]);
  });

  it('takes about one other word in two thousand for a member (a missed correction, never a wrong one)', () => {
    const others = Array.from({ length: 40_000 }, (_, i) => `other${i.toString(36)}`);
    const held = others.filter(has).length;
    expect(held).toBeGreaterThan(0);
    expect(held).toBeLessThan(others.length / 800);
  });

  it('costs under 13 bits a word', () => {
    const coded = buildWordFilter(words);
    const base64 = coded.slice(coded.indexOf(':') + 1);
    expect((base64.length * 6) / words.length).toBeLessThan(13);
  });

  it('an empty filter holds nothing, and neither does a damaged one', () => {
    expect(wordFilter(buildWordFilter([]))('violence')).toBe(false);
    expect(wordFilter('not a filter')('violence')).toBe(false);
    expect(wordFilter('')('violence')).toBe(false);
    const whole = buildWordFilter(words);
    for (let length = 0; length < 80; length++)
      expect(() => wordFilter(whole.slice(0, length))('word1')).not.toThrow();
    expect(wordFilter(whole.slice(0, whole.length - 9))('word1')).toBe(false);
    expect(wordFilter('1.1:A')('violence')).toBe(false);
    expect(wordFilter('1.99999999999999999999:AAAA')('violence')).toBe(false);
    // A count its bits cannot hold reads as empty at once, without decoding a billion hashes.
    expect(wordFilter('1.300000000:AAAA')('violence')).toBe(false);
    expect(wordFilter('2.2:////')('violence')).toBe(false);
  });

  it('holds a word added twice once', () => {
    const twice = wordFilter(buildWordFilter(['violence', 'violence', 'abuse']));
    expect(twice('violence') && twice('abuse')).toBe(true);
  });
});

describe('the dictionary guard', () => {
  const guarded = wordFilter(TYPO_GUARD);
  const topic = createTopicClassifier();

  it.each([
    'violet',
    'violette',
    // "refuse" and "refused" are help words themselves ("refuse sex", "refused sex", "refuse de coucher").
    'refute',
    'menage',
    'retraining',
    'buttered',
    'bartered',
    'stalling',
    'smelter',
    'swelter',
    'conjugate',
    'intimated',
    'hotlink',
    'straggled',
  ])('%s, a real word one edit from a help word, is guarded', (word) => {
    expect(guarded(word)).toBe(true);
  });

  // Each search reads as help with the help word it is one letter from: only the guard keeps it.
  it.each([
    ['violet dress for my girlfriend', 'violent dress for my girlfriend'],
    ['how to refute my husband arguments', 'how to refuge my husband'],
    ['partage du menage avec mon conjoint', 'partage du menace avec mon conjoint'],
    ['refuse collection for families', 'refuge for families'],
    ['retraining order form', 'restraning order form'],
    ['buttered wife recipe', 'battered wife'],
    ['la violette de ma copine', 'la violente de ma copine'],
  ])('"%s" is an ordinary search ("%s" is help)', (ordinary, help) => {
    expect(topic.isHelpQuery(ordinary)).toBe(false);
    expect(topic.isHelpQuery(help)).toBe(true);
  });

  it.each([
    'domestic violance',
    'voilence conjugale',
    'harrasment at work by my husband',
    'stalkrware couple',
  ])('"%s" is still corrected', (query) => {
    expect(topic.isHelpQuery(query)).toBe(true);
  });

  it('a corrected short word never decides alone (typos of everyday words land on short help words)', () => {
    expect(topic.isHelpQuery('incest')).toBe(true);
    expect(topic.isHelpQuery('inlest')).toBe(false);
  });

  // CI has no word lists (Debian's wamerican, wbritish, wfrench): this check runs where they are.
  it.skipIf(!dictionariesPresent())(
    'the written guard is the dictionaries’ (else run `npx tsx scripts/typo-guard.ts`)',
    () => {
      const written = readFileSync(new URL('../../../lib/traces/typo-guard.ts', import.meta.url), 'utf8');
      expect(written).toBe(typoGuardModule());
    },
    60_000,
  );
});
