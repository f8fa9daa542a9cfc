import { describe, expect, it } from 'vitest';
import { HELP_SEARCH_NAMES } from '../../../data/help-search-names';
import { createTopicClassifier, phraseWords } from '../../../lib/traces/help-topic';
import { foldText } from '../../../lib/traces/help-words';
import { decodeNames, encodeNames, namesModule } from '../../../lib/traces/name-form';

describe('the services’ names as the background script ships them', () => {
  const shipped = decodeNames(encodeNames(HELP_SEARCH_NAMES));

  it('reads back every name as the classifier reads it, once each', () => {
    expect(new Set(shipped)).toEqual(new Set(HELP_SEARCH_NAMES.map(foldText)));
    expect(shipped.length).toBe(new Set(shipped).size);
    const words = (list: readonly string[]) => new Set(list.map((n) => phraseWords(n).join(' ')));
    expect(words(shipped)).toEqual(words(HELP_SEARCH_NAMES));
  });

  it('never cuts a token in two once the single-character tokens are spent', () => {
    // Twenty pieces take the single-character tokens and more, then "violences" takes "~e"; its
    // three names with "conjugales" must not make "e conjugales" a piece of its own (which read
    // "violences conjugales city0" back as "~e conjugales city0", as the real list once did).
    const fillers = Array.from({ length: 20 }, (_, i) => `filler${String.fromCharCode(97 + i)}word`);
    const names = [
      ...Array.from(
        { length: 600 },
        (_, i) => `${fillers[i % 20]} town${i.toString(36)} ${fillers[(i + 7) % 20]}`,
      ),
      ...Array.from({ length: 17 }, (_, j) => `violences place${j.toString(36)}`),
      ...Array.from({ length: 3 }, (_, j) => `violences conjugales city${j}`),
    ];
    const coded = encodeNames(names);
    expect(coded.split('\n')[0]!.split(',')).toContain('violences');
    expect(new Set(decodeNames(coded))).toEqual(new Set(names));
  });

  it('gives the classifier the same answers as the list written in the source', () => {
    const source = createTopicClassifier(HELP_SEARCH_NAMES);
    const built = createTopicClassifier(shipped);
    const texts = [
      ...HELP_SEARCH_NAMES,
      ...HELP_SEARCH_NAMES.map((n) => `${n} near me`),
      ...HELP_SEARCH_NAMES.map((n) => n.toUpperCase()),
      'femaide',
      "Fem'aide",
      'jeunesse j écoute',
      'interval house toronto',
      'respect meaning',
    ];
    for (const t of texts) {
      expect(built.isHelpQuery(t), t).toBe(source.isHelpQuery(t));
      expect(built.isHelpTitle(t), t).toBe(source.isHelpTitle(t));
    }
  });

  it('is smaller than the list, and a module that exports the names', () => {
    expect(encodeNames(HELP_SEARCH_NAMES).length).toBeLessThan(HELP_SEARCH_NAMES.join('|').length * 0.85);
    expect(namesModule(['Maison Dalauze', 'Maison Alice'])).toContain('export const HELP_SEARCH_NAMES');
    expect(decodeNames(encodeNames(['Maison Dalauze', 'Maison Alice', 'MAISON ALICE']))).toEqual([
      'maison alice',
      'maison dalauze',
    ]);
  });

  it('throws on a coded list it did not write', () => {
    expect(() => decodeNames('Zabc')).toThrow();
  });
});
