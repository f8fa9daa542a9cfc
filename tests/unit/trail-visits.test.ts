/**
 * A trail page's visit, deleted by time range in a fake history with visits: only that visit,
 * only when it followed a link, never when another page shares its instant.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../lib/settings/settings';
import { createMatcher } from '../../lib/traces/url-matcher';
import type { Browser } from '../../platform/browser-type';
import { createCleaner } from '../../platform/cleaner';

type Visit = { url: string; visitTime: number; transition: string };

function history(visits: Visit[]) {
  const api = {
    visits,
    getVisits: vi.fn(async ({ url }: { url: string }) => visits.filter((v) => v.url === url)),
    search: vi.fn(async ({ startTime, endTime }: { startTime: number; endTime: number }) =>
      [
        ...new Set(
          visits.filter((v) => v.visitTime >= startTime && v.visitTime <= endTime).map((v) => v.url),
        ),
      ].map((url) => ({ url })),
    ),
    deleteRange: vi.fn(async ({ startTime, endTime }: { startTime: number; endTime: number }) => {
      for (let i = visits.length - 1; i >= 0; i--)
        if (visits[i]!.visitTime >= startTime && visits[i]!.visitTime < endTime) visits.splice(i, 1);
    }),
    deleteUrl: vi.fn(async () => {}),
  };
  const browser = { ...fakeBrowser, history: api } as unknown as Browser;
  const cleaner = createCleaner({
    browser,
    settings: async () => DEFAULT_SETTINGS,
    matcher: async () => createMatcher({ rules: [], resourceNames: [] }),
    rules: async () => [],
  });
  return { api, cleaner };
}

const PAGE = 'https://news.example/story';
const NOW = 1_800_000_000_000.25;

beforeEach(() => fakeBrowser.reset());

describe('deleteTrailVisit', () => {
  it('deletes the visit followed from the help page and keeps the earlier one', async () => {
    const { api, cleaner } = history([
      { url: PAGE, visitTime: NOW - 86_400_000, transition: 'typed' },
      { url: PAGE, visitTime: NOW, transition: 'link' },
    ]);
    expect(await cleaner.deleteTrailVisit(PAGE, NOW + 5)).toBe('deleted');
    expect(api.visits).toEqual([{ url: PAGE, visitTime: NOW - 86_400_000, transition: 'typed' }]);
  });

  it('leaves a bookmarked or reloaded visit, and says the chain broke', async () => {
    const { api, cleaner } = history([{ url: PAGE, visitTime: NOW, transition: 'auto_bookmark' }]);
    expect(await cleaner.deleteTrailVisit(PAGE, NOW)).toBe('not-followed');
    expect(api.deleteRange).not.toHaveBeenCalled();
  });

  // Chromium records a link followed from a removed page as "typed": the navigation's own
  // transition decides there, and a typed address keeps its visit.
  it("trusts how the navigation came about over history's record, when it is known", async () => {
    const { api, cleaner } = history([{ url: PAGE, visitTime: NOW, transition: 'typed' }]);
    expect(await cleaner.deleteTrailVisit(PAGE, NOW, () => ({ url: PAGE, transition: 'link' }))).toBe(
      'deleted',
    );
    expect(api.visits).toEqual([]);
  });

  it('keeps a typed visit, whether the navigation or history says so', async () => {
    const typed = () => history([{ url: PAGE, visitTime: NOW, transition: 'typed' }]);
    const a = typed();
    expect(await a.cleaner.deleteTrailVisit(PAGE, NOW)).toBe('not-followed');
    const b = typed();
    const how = () => ({ url: PAGE, transition: 'typed', qualifiers: ['from_address_bar'] });
    expect(await b.cleaner.deleteTrailVisit(PAGE, NOW, how)).toBe('not-followed');
    expect(b.api.deleteRange).not.toHaveBeenCalled();
  });

  it('never deletes when another page was visited in the same instant', async () => {
    const { api, cleaner } = history([
      { url: PAGE, visitTime: NOW, transition: 'link' },
      { url: 'https://other.example/', visitTime: NOW + 0.4, transition: 'typed' },
    ]);
    expect(await cleaner.deleteTrailVisit(PAGE, NOW)).toBe('missing');
    expect(api.deleteRange).not.toHaveBeenCalled();
    expect(api.visits).toHaveLength(2);
  });

  it('gives up when the visit never reaches history', async () => {
    vi.useFakeTimers();
    const seen = Date.now();
    const { cleaner } = history([{ url: PAGE, visitTime: seen - 60_000, transition: 'link' }]);
    const outcome = cleaner.deleteTrailVisit(PAGE, seen);
    await vi.advanceTimersByTimeAsync(5000);
    expect(await outcome).toBe('missing');
    vi.useRealTimers();
  });
});
