import { describe, expect, it } from 'vitest';
import { ALL_RESOURCES as RESOURCES } from '../../../data/directory';
import { HELP_SEARCH_NAMES, TOO_ORDINARY_NAMES } from '../../../data/help-search-names';
import { normalizeQuery } from '../../../lib/traces/help-words';

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
