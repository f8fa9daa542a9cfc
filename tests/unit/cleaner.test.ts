import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HELP_SEARCH_NAMES } from '../../data/help-search-names';
import { HELP_SITE_RULES } from '../../data/help-sites';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/settings';
import type { ClosedSession } from '../../lib/traces/recently-closed';
import { createMatcher } from '../../lib/traces/url-matcher';
import type { Browser } from '../../platform/browser-type';
import { createCleaner } from '../../platform/cleaner';
import { forgetRecentlyClosed } from '../../platform/recently-closed';

const matcher = createMatcher({
  rules: HELP_SITE_RULES,
  resourceNames: HELP_SEARCH_NAMES,
  extensionOrigin: 'chrome-extension://waypoint/',
});

const HELP_SITE = 'https://sheltersafe.ca/';
const HELP_PAGE = 'https://www.awhl.org/safety';
const HELP_SEARCH = 'https://www.google.com/search?q=assaulted+womens+helpline';
const OWN_PAGE = 'chrome-extension://waypoint/popup.html';
const ORDINARY = 'https://news.example/';
const ORDINARY_SEARCH = 'https://www.google.com/search?q=weather+toronto';
const LOOK_ALIKE = 'https://notsheltersafe.ca/';
const LOOK_ALIKE_2 = 'https://sheltersafe.ca.evil.example/';
const GENERAL_SITE = 'https://www.nfb.ca/film/other/';

/**
 * fakeBrowser plus the APIs it lacks: an in-memory history (deleting a URL that is in history
 * also drops it from recently-closed, as Chromium does), sessions, downloads and browsingData.
 */
function makeBrowser(options: { history?: string[]; closed?: ClosedSession[]; firefox?: boolean } = {}) {
  const history = [...(options.history ?? [])];
  let closed = [...(options.closed ?? [])];
  const log: string[] = [];
  const dropClosed = (url: string) => {
    closed = closed.flatMap((s) => {
      if (s.tab?.url === url) return [];
      if (!s.window) return [s];
      const tabs = (s.window.tabs ?? []).filter((t) => t.url !== url);
      return tabs.length ? [{ window: { ...s.window, tabs } }] : [];
    });
  };
  const historyApi = {
    search: vi.fn(async (_query: { text: string; startTime?: number; maxResults?: number }) =>
      history.map((url, i) => ({ id: `${i}`, url })),
    ),
    deleteUrl: vi.fn(async ({ url }: { url: string }) => {
      log.push(`delete ${url}`);
      const i = history.indexOf(url);
      if (i < 0) return;
      while (history.includes(url)) history.splice(history.indexOf(url), 1);
      dropClosed(url);
    }),
    addUrl: vi.fn(async ({ url }: { url: string }) => {
      log.push(`add ${url}`);
      history.push(url);
    }),
  };
  const sessions = {
    getRecentlyClosed: vi.fn(async (_filter?: object) => closed),
    ...(options.firefox
      ? {
          forgetClosedTab: vi.fn(async (windowId: number, sessionId: string) => {
            log.push(`forget tab ${windowId} ${sessionId}`);
            closed = closed.filter((s) => s.tab?.sessionId !== sessionId);
          }),
          forgetClosedWindow: vi.fn(async (sessionId: string) => {
            log.push(`forget window ${sessionId}`);
            closed = closed.filter((s) => s.window?.sessionId !== sessionId);
          }),
        }
      : {}),
  };
  const downloads = {
    items: [] as { id: number; url?: string; finalUrl?: string; referrer?: string; state?: string }[],
    search: vi.fn(async (_query: object) => downloads.items),
    erase: vi.fn(async ({ id }: { id: number }) => [id]),
  };
  const browsingData = { remove: vi.fn(async (_filter: object, _types: object) => {}) };
  const browser = { ...fakeBrowser, history: historyApi, sessions, downloads, browsingData };
  return {
    browser: browser as unknown as Browser,
    history,
    historyApi,
    sessions,
    downloads,
    browsingData,
    log,
    closed: () => closed,
  };
}

function cleanerFor(b: ReturnType<typeof makeBrowser>, settings: Partial<Settings> = {}) {
  return createCleaner({
    browser: b.browser,
    settings: async () => ({ ...DEFAULT_SETTINGS, ...settings }),
    matcher: async () => matcher,
    rules: async () => HELP_SITE_RULES,
  });
}

const MIXED = [
  ORDINARY,
  HELP_SITE,
  ORDINARY_SEARCH,
  HELP_SEARCH,
  LOOK_ALIKE,
  HELP_PAGE,
  OWN_PAGE,
  LOOK_ALIKE_2,
  GENERAL_SITE,
  HELP_SITE,
];

beforeEach(() => {
  fakeBrowser.reset();
});

describe('createCleaner().sweep', () => {
  it('deletes exactly the traces in a mixed history and keeps everything else', async () => {
    const b = makeBrowser({ history: MIXED });
    const removed = await cleanerFor(b).sweep();
    expect(removed).toBe(4);
    expect(b.historyApi.deleteUrl.mock.calls.map(([arg]) => arg.url).sort()).toEqual(
      [HELP_SITE, HELP_SEARCH, HELP_PAGE, OWN_PAGE].sort(),
    );
    expect(b.history).toEqual([ORDINARY, ORDINARY_SEARCH, LOOK_ALIKE, LOOK_ALIKE_2, GENERAL_SITE]);
  });

  it('asks for the whole history, not the last day or the first 100 entries', async () => {
    const b = makeBrowser({ history: MIXED });
    await cleanerFor(b).sweep();
    expect(b.historyApi.search).toHaveBeenCalledTimes(1);
    const query = b.historyApi.search.mock.calls[0]![0];
    expect(query.startTime).toBe(0);
    expect(query.text).toBe('');
    expect(query.maxResults).toBeGreaterThanOrEqual(100_000);
  });

  it('counts what it removed this session, in storage.session only', async () => {
    const b = makeBrowser({ history: MIXED });
    const cleaner = cleanerFor(b);
    await cleaner.sweep();
    expect(await cleaner.removedThisSession()).toBe(4);
    // A bare number: nothing about what went.
    expect(Object.values(await fakeBrowser.storage.session.get(null))).toEqual([4]);
    b.history.push(HELP_SITE);
    await cleaner.sweep();
    expect(await cleaner.removedThisSession()).toBe(5);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('removes nothing and counts nothing in a clean history', async () => {
    const b = makeBrowser({ history: [ORDINARY, ORDINARY_SEARCH, LOOK_ALIKE] });
    const cleaner = cleanerFor(b);
    expect(await cleaner.sweep()).toBe(0);
    expect(b.historyApi.deleteUrl).not.toHaveBeenCalled();
    expect(await cleaner.removedThisSession()).toBe(0);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('keeps going when one deletion fails', async () => {
    const b = makeBrowser({ history: [HELP_SITE, HELP_PAGE] });
    b.historyApi.deleteUrl.mockRejectedValueOnce(new Error('gone'));
    expect(await cleanerFor(b).sweep()).toBe(2);
    expect(b.historyApi.deleteUrl).toHaveBeenCalledTimes(2);
  });

  it('also forgets recently-closed help tabs', async () => {
    const b = makeBrowser({ history: [ORDINARY], closed: [{ tab: { url: HELP_SITE } }] });
    await cleanerFor(b).sweep();
    expect(b.closed()).toEqual([]);
  });

  it('leaves downloads and site data alone when those are off', async () => {
    const b = makeBrowser({ history: MIXED });
    b.downloads.items = [{ id: 1, url: 'https://kidshelpphone.ca/guide.pdf', state: 'complete' }];
    await cleanerFor(b).sweep();
    expect(b.downloads.search).not.toHaveBeenCalled();
    expect(b.downloads.erase).not.toHaveBeenCalled();
    expect(b.browsingData.remove).not.toHaveBeenCalled();
  });

  it('erases finished help-site downloads when cleanDownloads is on', async () => {
    const b = makeBrowser({ history: [] });
    b.downloads.items = [
      { id: 1, url: 'https://kidshelpphone.ca/guide.pdf', state: 'complete' },
      { id: 2, url: 'https://kidshelpphone.ca/big.zip', state: 'in_progress' },
      {
        id: 3,
        url: 'https://cdn.example/file.pdf',
        referrer: 'https://www.awhl.org/safety',
        state: 'complete',
      },
      {
        id: 4,
        url: 'https://cdn.example/x',
        finalUrl: 'https://sheltersafe.ca/list.pdf',
        state: 'interrupted',
      },
      { id: 5, url: 'https://news.example/report.pdf', state: 'complete' },
      { id: 6, url: 'https://notsheltersafe.ca/file.pdf', state: 'complete' },
      // A download started from a help search is not a help site's file.
      { id: 7, url: 'https://cdn.example/y', referrer: HELP_SEARCH, state: 'complete' },
    ];
    await cleanerFor(b, { cleanDownloads: true }).sweep();
    expect(b.downloads.erase.mock.calls.map(([arg]) => arg.id)).toEqual([1, 3, 4]);
  });

  it('clears help sites’ data, sparing origins that are open in a tab, when cleanSiteData is on', async () => {
    const b = makeBrowser({ history: ['https://find.sheltersafe.ca/on', HELP_SEARCH] });
    await fakeBrowser.tabs.create({ url: 'https://www.awhl.org/chat' });
    await cleanerFor(b, { cleanSiteData: true }).sweep();
    expect(b.browsingData.remove).toHaveBeenCalledTimes(1);
    const [filter, types] = b.browsingData.remove.mock.calls[0]!;
    const origins = (filter as { origins: string[] }).origins;
    expect(origins).toContain('https://sheltersafe.ca');
    expect(origins).toContain('http://www.sheltersafe.ca');
    expect(origins).toContain('https://find.sheltersafe.ca');
    expect(origins).toContain('http://www.awhl.org');
    expect(origins).not.toContain('https://www.awhl.org');
    expect(origins).not.toContain('https://www.google.com');
    expect(origins.some((o) => o.includes('nfb.ca'))).toBe(false);
    expect(types).toEqual({
      cookies: true,
      cache: true,
      localStorage: true,
      indexedDB: true,
      serviceWorkers: true,
    });
  });
});

describe('createCleaner().onUrl', () => {
  it.each<[string, string | undefined, boolean]>([
    ['a help site', HELP_SITE, true],
    ['a help search', HELP_SEARCH, true],
    ['Waypoint’s own page', OWN_PAGE, true],
    ['an ordinary page', ORDINARY, false],
    ['an ordinary search', ORDINARY_SEARCH, false],
    ['a look-alike host', LOOK_ALIKE, false],
    ['another section of a general site', GENERAL_SITE, false],
    ['no URL', undefined, false],
    ['an empty URL', '', false],
  ])('%s: deleted %s', async (_, url, deleted) => {
    const b = makeBrowser({ history: url ? [url] : [] });
    await cleanerFor(b).onUrl(url);
    if (deleted) expect(b.historyApi.deleteUrl.mock.calls).toEqual([[{ url }]]);
    else expect(b.historyApi.deleteUrl).not.toHaveBeenCalled();
  });
});

describe('createCleaner().onDownload', () => {
  const done = { id: 9, url: 'https://kidshelpphone.ca/guide.pdf', state: 'complete' };
  it.each<[string, boolean, object, boolean]>([
    ['a finished help-site download, setting on', true, done, true],
    ['the same with the setting off', false, done, false],
    ['a help-site download still in progress', true, { ...done, state: 'in_progress' }, false],
    ['an ordinary download', true, { ...done, url: 'https://news.example/a.pdf' }, false],
    [
      'a download referred by a help site',
      true,
      { id: 9, url: 'https://cdn.example/a', referrer: HELP_PAGE },
      true,
    ],
  ])('%s: erased %s', async (_, cleanDownloads, item, erased) => {
    const b = makeBrowser();
    await cleanerFor(b, { cleanDownloads }).onDownload(item as { id: number });
    if (erased) expect(b.downloads.erase.mock.calls).toEqual([[{ id: 9 }]]);
    else expect(b.downloads.erase).not.toHaveBeenCalled();
  });
});

describe('forgetRecentlyClosed', () => {
  const isTrace = matcher.isTrace;

  it('Chromium: re-adds then deletes each help URL, and stops once the list is clean', async () => {
    const b = makeBrowser({
      closed: [
        { tab: { url: HELP_SITE, sessionId: 's1' } },
        { tab: { url: ORDINARY, sessionId: 's2' } },
        { window: { sessionId: 'w1', tabs: [{ url: ORDINARY }, { url: HELP_PAGE }] } },
      ],
    });
    await forgetRecentlyClosed(b.browser, isTrace);
    expect(b.log).toEqual([
      `add ${HELP_SITE}`,
      `delete ${HELP_SITE}`,
      `add ${HELP_PAGE}`,
      `delete ${HELP_PAGE}`,
    ]);
    expect(b.sessions.getRecentlyClosed).toHaveBeenCalledTimes(2);
    expect(b.closed()).toEqual([
      { tab: { url: ORDINARY, sessionId: 's2' } },
      { window: { sessionId: 'w1', tabs: [{ url: ORDINARY }] } },
    ]);
    // Nothing was left in history by the trick.
    expect(b.history).toEqual([]);
  });

  it('Chromium: an older help page uncovered by a removal is removed in the next round', async () => {
    const b = makeBrowser();
    b.sessions.getRecentlyClosed
      .mockResolvedValueOnce([{ tab: { url: HELP_SITE } }])
      .mockResolvedValueOnce([{ tab: { url: HELP_PAGE } }])
      .mockResolvedValueOnce([{ tab: { url: ORDINARY } }]);
    await forgetRecentlyClosed(b.browser, isTrace);
    expect(b.log).toEqual([
      `add ${HELP_SITE}`,
      `delete ${HELP_SITE}`,
      `add ${HELP_PAGE}`,
      `delete ${HELP_PAGE}`,
    ]);
    expect(b.sessions.getRecentlyClosed).toHaveBeenCalledTimes(3);
  });

  it('Chromium: gives up after a bounded number of rounds when an entry never goes', async () => {
    const b = makeBrowser({ closed: [{ tab: { url: HELP_SITE } }] });
    b.historyApi.deleteUrl.mockImplementation(async () => {});
    await forgetRecentlyClosed(b.browser, isTrace);
    expect(b.sessions.getRecentlyClosed).toHaveBeenCalledTimes(5);
    expect(b.historyApi.addUrl).toHaveBeenCalledTimes(5);
  });

  it('Chromium: does nothing when recently-closed holds no trace', async () => {
    const b = makeBrowser({ closed: [{ tab: { url: ORDINARY } }] });
    await forgetRecentlyClosed(b.browser, isTrace);
    expect(b.historyApi.addUrl).not.toHaveBeenCalled();
    expect(b.historyApi.deleteUrl).not.toHaveBeenCalled();
    expect(b.sessions.getRecentlyClosed).toHaveBeenCalledTimes(1);
  });

  it('Firefox: forgets the help tab and window entries directly, never touching history', async () => {
    const b = makeBrowser({
      firefox: true,
      closed: [
        { tab: { url: HELP_SITE, sessionId: 's1', windowId: 3 } },
        { tab: { url: ORDINARY, sessionId: 's2', windowId: 3 } },
        { window: { sessionId: 'w1', tabs: [{ url: ORDINARY }, { url: HELP_PAGE }] } },
      ],
    });
    await forgetRecentlyClosed(b.browser, isTrace);
    expect(b.log).toEqual(['forget tab 3 s1', 'forget window w1']);
    expect(b.historyApi.addUrl).not.toHaveBeenCalled();
    expect(b.historyApi.deleteUrl).not.toHaveBeenCalled();
    expect(b.closed()).toEqual([{ tab: { url: ORDINARY, sessionId: 's2', windowId: 3 } }]);
    expect(b.sessions.getRecentlyClosed).toHaveBeenCalledTimes(2);
  });

  it('Firefox: looks again once, then stops even if entries remain', async () => {
    const b = makeBrowser({
      firefox: true,
      closed: [{ tab: { url: HELP_SITE, sessionId: 's1', windowId: 1 } }],
    });
    b.sessions.forgetClosedTab!.mockImplementation(async () => {});
    await forgetRecentlyClosed(b.browser, isTrace);
    expect(b.sessions.forgetClosedTab).toHaveBeenCalledTimes(2);
    expect(b.sessions.getRecentlyClosed).toHaveBeenCalledTimes(2);
  });

  it('does nothing without the sessions API', async () => {
    const b = makeBrowser({ history: [HELP_SITE] });
    const browser = { ...b.browser, sessions: undefined } as unknown as Browser;
    await expect(forgetRecentlyClosed(browser, isTrace)).resolves.toBeUndefined();
    expect(b.historyApi.addUrl).not.toHaveBeenCalled();
  });
});
