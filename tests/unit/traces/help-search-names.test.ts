import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL_RESOURCES as RESOURCES } from '../../../data/directory';
import { HELP_SEARCH_NAMES, TOO_ORDINARY_NAMES } from '../../../data/help-search-names';
import { phraseWords } from '../../../lib/traces/help-topic';
import { helpWords, normalizeQuery } from '../../../lib/traces/help-words';
import { DICTIONARIES, dictionariesPresent } from '../../../scripts/typo-guard';

const norm = (names: readonly string[]) => new Set(names.map(normalizeQuery));

describe('help search names', () => {
  it('decides on every name and alias in the directory: a whole-phrase name, or too ordinary', () => {
    const decided = new Set([...norm(HELP_SEARCH_NAMES), ...norm(TOO_ORDINARY_NAMES)]);
    const names = RESOURCES.flatMap((r) => [r.name, ...(r.nameFr ? [r.nameFr] : []), ...(r.aliases ?? [])]);
    expect(names.filter((n) => !decided.has(normalizeQuery(n)))).toEqual([]);
  });

  it('never lists a name both ways', () => {
    const ordinary = norm(TOO_ORDINARY_NAMES);
    expect(HELP_SEARCH_NAMES.filter((n) => ordinary.has(normalizeQuery(n)))).toEqual([]);
  });

  it.each(['Refuge', 'Respect', 'Shift', 'Bridges', 'The Hotline', '911', 'police', 'suicide', 'parents'])(
    'keeps the ordinary word %j out',
    (word) => {
      expect(norm(HELP_SEARCH_NAMES).has(normalizeQuery(word))).toBe(false);
    },
  );

  it('has no name that folds to nothing', () => {
    for (const name of HELP_SEARCH_NAMES) expect(normalizeQuery(name), name).not.toBe('');
  });
});

/**
 * A name of one word (or one once typed without its apostrophe, as the classifier also reads it)
 * that is an everyday word would make every search with that word a help search: "App'Elles"
 * typed "appelles" is "tu appelles", and "je m'appelle" its singular.
 */
describe.skipIf(!dictionariesPresent())('help search names against the dictionaries', () => {
  /** Words nobody searches alone: a boat's heel ("La Gîtée", a shelter). */
  const KNOWN = new Set(['gitee']);
  const words = new Set<string>();
  for (const path of DICTIONARIES)
    for (const line of readFileSync(path, 'utf8').split('\n'))
      for (const w of helpWords(line, 100)) words.add(w);

  it('has no name that reads as one everyday word, with or without its apostrophe', () => {
    const everyday = HELP_SEARCH_NAMES.filter((name) =>
      [name, name.replace(/['’]/g, '')].some((form) => {
        const w = phraseWords(form);
        return w.length === 1 && words.has(w[0]!) && !KNOWN.has(w[0]!);
      }),
    );
    expect(everyday).toEqual([]);
  });
});
