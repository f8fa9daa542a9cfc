/**
 * Floors on the evaluation set (`tests/fixtures/traces/`), measured with the real matcher by
 * `bench/recognition.ts`: recall never falls below what it reached, and ordinary pages and
 * searches are never removed. Issue 11's bars are ≥ 90 % of help pages and ≥ 95 % of help
 * searches; where the floor is lower, the bar is not met yet (see the bench's misses).
 */
import { describe, expect, it } from 'vitest';
import {
  LATER_PAGE_SETS,
  LATER_SEARCH_SETS,
  measureOwnLookalikes,
  measurePageSet,
  measureProbes,
  measureRecognition,
  measureSearchSet,
  type Rate,
} from '../../../bench/recognition';

const groups = measureRecognition();
const rate = (key: string): number => {
  const r = groups.get(key) as Rate;
  return r.removed / r.total;
};

describe('recognition on the evaluation set', () => {
  it.each([
    ['help pages', 0.85],
    ['help pages: organisation', 0.94],
    ['help pages: general-site', 0.82],
    ['help pages: en', 0.83],
    ['help pages: fr', 0.89],
    ['searches: help', 0.92],
    ['searches: help-variant', 0.93],
  ])('%s: recall at least %s', (key, floor) => {
    expect(rate(key)).toBeGreaterThanOrEqual(floor);
  });

  it.each(['pages: ordinary', 'searches: ordinary'])('%s: none removed', (key) => {
    expect(groups.get(key)?.misses).toEqual([]);
  });

  it.each(['pages: lookalike', 'searches: lookalike'])('%s: at most 3 % removed', (key) => {
    expect(rate(key)).toBeLessThanOrEqual(0.03);
  });
});

describe('precision on the later sets and on our own look-alikes', () => {
  const later = [
    ...LATER_SEARCH_SETS.map(([, file]) => [file, measureSearchSet(file)] as const),
    ...LATER_PAGE_SETS.map(([, file]) => [file, measurePageSet(file)] as const),
  ];
  it.each(later)('%s: no ordinary search or page removed', (_, set) => {
    for (const key of ['searches: ordinary', 'pages: ordinary'])
      expect(set.get(key)?.misses ?? []).toEqual([]);
  });
  it.each(later)('%s: at most 3 %% of look-alikes removed', (_, set) => {
    for (const key of ['searches: lookalike', 'pages: lookalike']) {
      const r = set.get(key);
      if (r) expect(r.removed / r.total).toBeLessThanOrEqual(0.03);
    }
  });
  it('our red-team probes: at most 1 % of the blind ones removed, and no more of the aimed ones than when last measured', () => {
    const probes = measureProbes();
    const blind = probes.get('probes: lookalike blind') as Rate;
    expect(blind.removed / blind.total).toBeLessThanOrEqual(0.01);
    // 57 of 482 when the families they found were written (from 223), 48 once a partner's things
    // were told from the partner, 46 with « viol » of a right; a change that removes more fails.
    expect((probes.get('probes: lookalike aimed') as Rate).removed).toBeLessThanOrEqual(46);
  });
  it('our own look-alikes (written blind to the classifier): at most 1 % removed', () => {
    const own = measureOwnLookalikes();
    for (const key of ['searches: lookalike', 'titles: lookalike']) {
      const r = own.get(key) as Rate;
      expect(r.removed / r.total).toBeLessThanOrEqual(0.01);
    }
  });
});

/**
 * Recall floors on every row of every later set, a point or so under what the matcher reached
 * when each was last measured (help searches and their variants counted together), so a change
 * that loses help rows fails here; the Chromium e2e checks that the browser's verdicts are these.
 */
const LATER_FLOORS: ReadonlyMap<string, number> = new Map([
  ['pages-2.json', 0.8],
  ['pages-3.json', 0.78],
  ['pages-4.json', 0.82],
  ['pages-5.json', 0.72],
  ['pages-6.json', 0.79],
  ['pages-7.json', 0.73],
  ['pages-8.json', 0.72],
  ['pages-9.json', 0.71],
  ['pages-10.json', 0.74],
  ['pages-11.json', 0.77],
  ['pages-12.json', 0.62],
  ['searches-2.json', 0.93],
  ['searches-3.json', 0.95],
  ['searches-4.json', 0.91],
  ['searches-5.json', 0.84],
  ['searches-6.json', 0.93],
  ['searches-7.json', 0.87],
  ['searches-8.json', 0.85],
  ['searches-9.json', 0.89],
  ['searches-10.json', 0.87],
  ['searches-11.json', 0.79],
  ['searches-12.json', 0.79],
  ['searches-13.json', 0.73],
  ['searches-14.json', 0.76],
  ['searches-15.json', 0.77],
  ['searches-16.json', 0.77],
  ['searches-17.json', 0.75],
  ['searches-18.json', 0.83],
]);

describe('recall on the later sets', () => {
  const later = [
    ...LATER_PAGE_SETS.map(([, file]) => [file, measurePageSet(file), ['help pages']] as const),
    ...LATER_SEARCH_SETS.map(
      ([, file]) => [file, measureSearchSet(file), ['searches: help', 'searches: help-variant']] as const,
    ),
  ];
  it('every later set has a floor', () => {
    expect(later.map(([file]) => file).filter((file) => !LATER_FLOORS.has(file))).toEqual([]);
  });
  it.each(later)('%s: recall at least its floor', (file, set, keys) => {
    const rates = keys.map((k) => set.get(k) ?? { removed: 0, total: 0, misses: [] });
    const removed = rates.reduce((n, r) => n + r.removed, 0);
    const total = rates.reduce((n, r) => n + r.total, 0);
    expect(removed / total).toBeGreaterThanOrEqual(LATER_FLOORS.get(file) ?? 1);
  });
});
