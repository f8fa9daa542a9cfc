import { describe, expect, it } from 'vitest';
import { chunk, planSweep, SWEEP_QUERY } from '../../../lib/traces/sweep-plan';
import { createMatcher } from '../../../lib/traces/url-matcher';

describe('SWEEP_QUERY', () => {
  it('asks for the whole history, not the API defaults (24 hours, 100 results)', () => {
    expect(SWEEP_QUERY.text).toBe('');
    expect(SWEEP_QUERY.startTime).toBe(0);
    expect(SWEEP_QUERY.maxResults).toBeGreaterThanOrEqual(100_000);
  });
});

describe('planSweep', () => {
  const isTrace = (url: string) => url.includes('help');

  it('keeps the distinct trace URLs in first-seen order', () => {
    const items = [
      { url: 'https://a.test/help' },
      { url: 'https://b.test/' },
      { url: 'https://c.test/help' },
      { url: 'https://a.test/help' },
      { url: 'https://c.test/help' },
    ];
    expect(planSweep(items, isTrace)).toEqual(['https://a.test/help', 'https://c.test/help']);
  });

  it('skips items without a URL or with an empty one', () => {
    const items = [{}, { url: undefined }, { url: '' }, { url: 'https://help.test/' }, { title: 'x' }];
    expect(planSweep(items, isTrace)).toEqual(['https://help.test/']);
  });

  it('asks about each distinct URL once', () => {
    const asked: string[] = [];
    const spy = (url: string) => {
      asked.push(url);
      return true;
    };
    planSweep([{ url: 'a' }, { url: 'a' }, { url: 'b' }, { url: 'a' }], spy);
    expect(asked).toEqual(['a', 'b']);
  });

  it('returns nothing for an empty history or when nothing matches', () => {
    expect(planSweep([], isTrace)).toEqual([]);
    expect(planSweep([{ url: 'https://weather.test/' }], isTrace)).toEqual([]);
  });

  it('works with a real matcher on a mixed history', () => {
    const matcher = createMatcher({
      rules: [{ type: 'domain', domain: 'sheltersafe.ca' }],
      resourceNames: [],
      extensionOrigin: 'chrome-extension://abc/',
    });
    const items = [
      { url: 'https://sheltersafe.ca/' },
      { url: 'https://www.google.com/search?q=weather+toronto' },
      { url: 'https://www.google.com/search?q=violence+conjugale' },
      { url: 'chrome-extension://abc/options.html' },
      { url: 'https://notsheltersafe.ca/' },
      { url: 'https://sheltersafe.ca/' },
    ];
    expect(planSweep(items, matcher.isTrace)).toEqual([
      'https://sheltersafe.ca/',
      'https://www.google.com/search?q=violence+conjugale',
      'chrome-extension://abc/options.html',
    ]);
  });
});

describe('chunk', () => {
  it.each([
    [[1, 2, 3, 4, 5], 2, [[1, 2], [3, 4], [5]]],
    [
      [1, 2, 3, 4],
      2,
      [
        [1, 2],
        [3, 4],
      ],
    ],
    [[1, 2, 3], 10, [[1, 2, 3]]],
    [[], 3, []],
    [[1, 2], 0, [[1], [2]]],
    [[1, 2], -5, [[1], [2]]],
    [[1, 2, 3], 1.5, [[1], [2], [3]]],
    [[1, 2], Number.NaN, [[1], [2]]],
  ])('chunk(%j, %d) → %j', (list, size, expected) => {
    expect(chunk(list, size)).toEqual(expected);
  });
});
