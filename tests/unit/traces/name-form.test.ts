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
