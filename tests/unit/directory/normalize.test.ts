import { describe, expect, it } from 'vitest';
import { mapRanges, normalize, normalizeWithMap, type Range } from '../../../lib/directory/normalize';

describe('normalize', () => {
  it.each<[string, string]>([
    ["Fem'aide", 'femaide'],
    ['Assaulted Women’s Helpline', 'assaulted womens helpline'],
    ['Assaulted Women`s Helpline', 'assaulted womens helpline'],
    ['Jeunesse, J’écoute', 'jeunesse, jecoute'],
    ['ÉCOLE Ça naïve', 'ecole ca naive'],
    ['Cafe\u0301', 'cafe'],
    ['İstanbul', 'istanbul'],
    ['Straße', 'straße'],
    ['  a \t\n b  ', 'a b'],
    ['a\u00a0b', 'a b'],
    ['💜 Help', '💜 help'],
    // The hamza on alef is a combining mark once decomposed: dropped like an accent.
    ['عنف أسري', 'عنف اسري'],
    ['9-8-8', '9-8-8'],
    ['', ''],
    ['   ', ''],
    ["'''", ''],
  ])('%j → %j', (input, expected) => {
    expect(normalize(input)).toBe(expected);
  });

  it('is idempotent', () => {
    for (const s of ["Fem'aide", 'Jeunesse, J’écoute', '  x  y ', '💜 Help', 'İ']) {
      expect(normalize(normalize(s))).toBe(normalize(s));
    }
  });
});

describe('normalizeWithMap', () => {
  it.each<[string, string, number[]]>([
    ['Abc', 'abc', [0, 1, 2]],
    ["Fem'aide", 'femaide', [0, 1, 2, 4, 5, 6, 7]],
    ['Women’s', 'womens', [0, 1, 2, 3, 4, 6]],
    ['Café', 'cafe', [0, 1, 2, 3]],
    ['Cafe\u0301 x', 'cafe x', [0, 1, 2, 3, 5, 6]],
    ['a   b', 'a b', [0, 1, 4]],
    ['  ab  ', 'ab', [2, 3]],
    ['💜 ab', '💜 ab', [0, 0, 2, 3, 4]],
    ['a💜b', 'a💜b', [0, 1, 1, 3]],
    ['𝐀bc', '𝐀bc', [0, 0, 2, 3]],
  ])('%j', (input, text, map) => {
    expect(normalizeWithMap(input)).toEqual({ text, map });
  });

  it('has one map entry per UTF-16 unit of the normalised text', () => {
    for (const s of ['💜💜 Help’s 👩‍👧 J’écoute', 'Cafe\u0301  ', "  Fem'aide  ", 'x\u{1F600}y']) {
      const { text, map } = normalizeWithMap(s);
      expect(map).toHaveLength(text.length);
      // Every entry points at the start of a whole character of the original.
      for (const i of map) expect(s.charCodeAt(i) >= 0xdc00 && s.charCodeAt(i) <= 0xdfff).toBe(false);
    }
  });

  it('agrees with normalize', () => {
    const s = 'Jeunesse, J’écoute — 💜 Kids Help Phone';
    expect(normalizeWithMap(s).text).toBe(normalize(s));
  });
});

/** The original text under each range, to read test failures easily. */
const slices = (original: string, ranges: Range[]) => ranges.map(([s, e]) => original.slice(s, e));

/** Finds `needle` in the normalised form of `original` and maps the match back. */
function highlight(original: string, needle: string): string[] {
  const { text, map } = normalizeWithMap(original);
  const start = text.indexOf(needle);
  expect(start).toBeGreaterThanOrEqual(0);
  return slices(original, mapRanges([[start, start + needle.length - 1]], map, original));
}

describe('mapRanges', () => {
  it.each<[string, string, string[]]>([
    ["Fem'aide", 'femaide', ["Fem'aide"]],
    ["Fem'aide", 'aide', ['aide']],
    ['Assaulted Women’s Helpline', 'womens', ['Women’s']],
    ['Jeunesse, J’écoute', 'jecoute', ['J’écoute']],
    ['Jeunesse, J’écoute', 'ecoute', ['écoute']],
    ['Cafe\u0301 Bar', 'bar', ['Bar']],
    ['a   b', 'a b', ['a   b']],
    ['💜 Kids Help', 'kids', ['Kids']],
    ['💜 Kids Help', '💜', ['💜']],
    ['💜💜 Help', 'help', ['Help']],
    ['x𝐀y', '𝐀', ['𝐀']],
    ['x𝐀y', '𝐀y', ['𝐀y']],
    ['  Shelter  Safe', 'shelter safe', ['Shelter  Safe']],
  ])('%j: %j → %j', (original, needle, expected) => {
    expect(highlight(original, needle)).toEqual(expected);
  });

  it('sorts and merges overlapping and touching ranges', () => {
    const original = 'abcdefgh';
    const { map } = normalizeWithMap(original);
    expect(
      mapRanges(
        [
          [5, 6],
          [0, 1],
          [1, 2],
          [3, 3],
        ],
        map,
        original,
      ),
    ).toEqual([
      [0, 4],
      [5, 7],
    ]);
  });

  it('skips ranges outside the map', () => {
    const { map } = normalizeWithMap('abc');
    expect(
      mapRanges(
        [
          [0, 0],
          [2, 9],
          [7, 8],
        ],
        map,
        'abc',
      ),
    ).toEqual([[0, 1]]);
  });

  it('returns nothing for no ranges', () => {
    expect(mapRanges([], [0, 1], 'ab')).toEqual([]);
  });
});
