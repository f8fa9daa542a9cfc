/// <reference types="chrome" />
/**
 * Recognition in a real Chromium, on pages nobody on the project wrote: every page of the
 * evaluation set (`tests/fixtures/traces/`) is served at its own address with its own title,
 * every search is made on Google, and history is read afterwards. Help pages must leave within
 * 5 s of loading; ordinary and look-alike pages and searches must stay. Then the trail into a
 * new tab (the rest of the trail, the same in Firefox, is in `tests/scenarios/trail.ts`).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  DISPUTED_LOOKALIKES,
  loadRows,
  type PageRow,
  type SearchRow,
  searchUrl,
} from '../../bench/recognition';
import { freshPage, type Harness, historyUrls, launch, resetBrowser, waitFor } from './harness';

let h: Harness;
let page: Page;

const help = loadRows<PageRow>('help-pages.json');
const ordinary = loadRows<PageRow>('ordinary-pages.json');
const searches = loadRows<SearchRow>('searches.json');
/**
 * The later sets gathered blind: a second, a third and a fourth page set (help, look-alike and
 * ordinary rows in one file each), a sixth, an eighth, a ninth and a tenth search set (the eighth
 * 61 % French, the ninth and tenth half).
 */
const isHelp = (r: PageRow) => r.group === 'organisation' || r.group === 'general-site';
const pages2 = loadRows<PageRow>('pages-2.json');
const help2 = pages2.filter(isHelp);
const kept2 = pages2.filter((r) => !isHelp(r));
const pages3 = loadRows<PageRow>('pages-3.json');
const help3 = pages3.filter(isHelp);
const kept3 = pages3.filter((r) => !isHelp(r));
const pages4 = loadRows<PageRow>('pages-4.json');
const help4 = pages4.filter(isHelp);
const kept4 = pages4.filter((r) => !isHelp(r));
const searches6 = loadRows<SearchRow>('searches-6.json');
const searches8 = loadRows<SearchRow>('searches-8.json');
const searches9 = loadRows<SearchRow>('searches-9.json');
const searches10 = loadRows<SearchRow>('searches-10.json');
const pages5 = loadRows<PageRow>('pages-5.json');
const help5 = pages5.filter(isHelp);
// Shelters for women their builders labelled look-alikes, help by issue 11's definition (bench/recognition.ts).
const kept5 = pages5.filter((r) => !isHelp(r) && !DISPUTED_LOOKALIKES.has(r.url));
const searches11 = loadRows<SearchRow>('searches-11.json');
const pages6 = loadRows<PageRow>('pages-6.json');
const help6 = pages6.filter(isHelp);
const kept6 = pages6.filter((r) => !isHelp(r) && !DISPUTED_LOOKALIKES.has(r.url));
const searches12 = loadRows<SearchRow>('searches-12.json');
const pages7 = loadRows<PageRow>('pages-7.json');
const help7 = pages7.filter(isHelp);
const kept7 = pages7.filter((r) => !isHelp(r) && !DISPUTED_LOOKALIKES.has(r.url));
const searches13 = loadRows<SearchRow>('searches-13.json');
const pages8 = loadRows<PageRow>('pages-8.json');
const help8 = pages8.filter(isHelp);
const kept8 = pages8.filter((r) => !isHelp(r) && !DISPUTED_LOOKALIKES.has(r.url));
const searches14 = loadRows<SearchRow>('searches-14.json');
const pages9 = loadRows<PageRow>('pages-9.json');
const help9 = pages9.filter(isHelp);
const kept9 = pages9.filter((r) => !isHelp(r) && !DISPUTED_LOOKALIKES.has(r.url));
const searches15 = loadRows<SearchRow>('searches-15.json');
/** Floors a little under what the matcher scores on them (`npm run bench`), so a regression fails. */
const PAGES_2_LEAST = 0.78;
const PAGES_3_LEAST = 0.76;
const PAGES_4_LEAST = 0.81;
const SEARCHES_6_LEAST = 0.9;
const SEARCHES_8_LEAST = 0.8;
const SEARCHES_9_LEAST = 0.84;
const SEARCHES_10_LEAST = 0.85;
const PAGES_5_LEAST = 0.71;
const SEARCHES_11_LEAST = 0.73;
const PAGES_6_LEAST = 0.76;
const SEARCHES_12_LEAST = 0.76;
const PAGES_7_LEAST = 0.71;
const SEARCHES_13_LEAST = 0.67;
const PAGES_8_LEAST = 0.71;
const SEARCHES_14_LEAST = 0.75;
const PAGES_9_LEAST = 0.7;
const SEARCHES_15_LEAST = 0.68;

const key = (url: string) => {
  const u = new URL(url);
  return `${u.hostname}${u.pathname}${u.search}`;
};
const same = (a: string, b: string) => key(a) === key(b);

beforeAll(async () => {
  h = await launch();
  for (const row of [
    ...help,
    ...ordinary,
    ...pages2,
    ...pages3,
    ...pages4,
    ...pages5,
    ...pages6,
    ...pages7,
    ...pages8,
    ...pages9,
  ])
    h.server.pages.set(key(row.url), { title: row.title });
});
afterAll(() => h?.close());
beforeEach(async () => {
  await resetBrowser(h);
  page = await h.context.newPage();
});

/** Records, in the service worker, when each URL was visited and when it left history. */
async function startClock() {
  await h.sw(() => {
    const g = globalThis as unknown as { seen?: Map<string, number>; gone?: Map<string, number> };
    g.seen = new Map();
    g.gone = new Map();
    if ((globalThis as { clock?: boolean }).clock) return;
    (globalThis as { clock?: boolean }).clock = true;
    chrome.history.onVisited.addListener((item) => {
      const s = (globalThis as unknown as { seen: Map<string, number> }).seen;
      if (!s.has(item.url ?? '')) s.set(item.url ?? '', Date.now());
    });
    chrome.history.onVisitRemoved.addListener((removed) => {
      const s = (globalThis as unknown as { gone: Map<string, number> }).gone;
      for (const url of removed.urls ?? []) if (!s.has(url)) s.set(url, Date.now());
    });
  });
}

/**
 * Visits each address in a tab of its own, opened by nobody, as if found afresh: in one tab,
 * each page would be on the previous help page's trail, and recognition would not be measured.
 */
async function visitAll(urls: readonly string[]) {
  for (const url of urls) {
    const previous = page;
    page = await freshPage(h);
    await previous.close();
    await page.goto(url, { waitUntil: 'load', timeout: 15_000 }).catch(() => {});
  }
}

/** History once the last page has had 5 s; the longest visit-to-removal time among `urls`. */
async function settle(urls: readonly string[]) {
  await new Promise((r) => setTimeout(r, 5000));
  const history = await historyUrls(h);
  const times = await h.sw(() => {
    const g = globalThis as unknown as { seen: Map<string, number>; gone: Map<string, number> };
    return [...g.gone.entries()].map(([url, at]) => [url, at - (g.seen.get(url) ?? at)] as const);
  });
  const removedIn = new Map(times);
  const slowest = Math.max(
    0,
    ...urls.flatMap((u) => [...removedIn].filter(([r]) => same(r, u)).map(([, t]) => t)),
  );
  return { history, slowest };
}

const kept = (history: string[], url: string) => history.some((u) => same(u, url));
const share = (n: number, total: number) => n / Math.max(1, total);

/**
 * Visits every page and checks history 5 s after the last: no ordinary page removed, at most 3 %
 * of look-alikes, at least `least` of the help pages, each within 5 s of loading.
 */
async function checkPages(
  set: string,
  helpRows: readonly PageRow[],
  keptRows: readonly PageRow[],
  least: number,
) {
  await startClock();
  const urls = [...helpRows.map((r) => r.url), ...keptRows.map((r) => r.url)];
  await visitAll(urls);
  const { history, slowest } = await settle(urls);
  const helpKept = helpRows.filter((r) => kept(history, r.url));
  const ordinaryGone = keptRows.filter((r) => r.group === 'ordinary' && !kept(history, r.url));
  const lookalikeGone = keptRows.filter((r) => r.group === 'lookalike' && !kept(history, r.url));
  const lookalikes = keptRows.filter((r) => r.group === 'lookalike').length;
  console.log(
    `e2e (${set}): help pages removed ${helpRows.length - helpKept.length}/${helpRows.length}; ordinary removed ${ordinaryGone.length}; look-alikes removed ${lookalikeGone.length}/${lookalikes}; slowest removal ${slowest} ms`,
  );
  expect(ordinaryGone.map((r) => r.url)).toEqual([]);
  expect(share(lookalikeGone.length, lookalikes)).toBeLessThanOrEqual(0.03);
  expect(share(helpRows.length - helpKept.length, helpRows.length)).toBeGreaterThanOrEqual(least);
  expect(slowest).toBeLessThanOrEqual(5000);
}

/**
 * Makes every search on Google and checks history: no ordinary search removed, at most
 * `lookalikes` of the look-alikes (issue 11's bar is 3 %), at least `least` of the help ones.
 */
async function checkSearches(set: string, rows: readonly SearchRow[], least: number, lookalikes: number) {
  await startClock();
  const urls = rows.map((s) => searchUrl(s.query));
  await visitAll(urls);
  const { history } = await settle(urls);
  const wanted = (s: SearchRow) => s.group === 'help' || s.group === 'help-variant';
  const gone = (s: SearchRow) => !kept(history, searchUrl(s.query));
  const helpKept = rows.filter((s) => wanted(s) && !gone(s));
  const ordinaryGone = rows.filter((s) => s.group === 'ordinary' && gone(s));
  const lookalikeRows = rows.filter((s) => s.group === 'lookalike');
  const lookalikeGone = lookalikeRows.filter(gone);
  const helpCount = rows.filter(wanted).length;
  console.log(
    `e2e (${set}): help searches removed ${helpCount - helpKept.length}/${helpCount}; ordinary removed ${ordinaryGone.length}; look-alikes removed ${lookalikeGone.length}/${lookalikeRows.length}`,
  );
  expect(ordinaryGone.map((s) => s.query)).toEqual([]);
  expect(share(lookalikeGone.length, lookalikeRows.length)).toBeLessThanOrEqual(lookalikes);
  expect(share(helpCount - helpKept.length, helpCount)).toBeGreaterThanOrEqual(least);
}

describe('pages of the evaluation set, with their titles', () => {
  it('removes help pages within 5 s of loading and keeps every ordinary page', async () => {
    await checkPages('first page set', help, ordinary, 0.83);
  }, 900_000);

  it('does the same on the second page set, gathered blind', async () => {
    await checkPages('second page set', help2, kept2, PAGES_2_LEAST);
  }, 900_000);

  it('does the same on the third page set, gathered blind', async () => {
    await checkPages('third page set', help3, kept3, PAGES_3_LEAST);
  }, 900_000);

  it('does the same on the fourth page set, gathered blind in English and French', async () => {
    await checkPages('fourth page set', help4, kept4, PAGES_4_LEAST);
  }, 900_000);

  it('does the same on the fifth page set, gathered blind in English and French', async () => {
    await checkPages('fifth page set', help5, kept5, PAGES_5_LEAST);
  }, 900_000);

  it('does the same on the sixth page set, gathered blind in English and French', async () => {
    await checkPages('sixth page set', help6, kept6, PAGES_6_LEAST);
  }, 900_000);

  it('does the same on the seventh page set, gathered blind in English and French', async () => {
    await checkPages('seventh page set', help7, kept7, PAGES_7_LEAST);
  }, 900_000);

  it('does the same on the eighth page set, gathered blind in English and French', async () => {
    await checkPages('eighth page set', help8, kept8, PAGES_8_LEAST);
  }, 900_000);

  it('does the same on the ninth page set, gathered blind in English and French', async () => {
    await checkPages('ninth page set', help9, kept9, PAGES_9_LEAST);
  }, 900_000);
});

describe('searches of the evaluation set', () => {
  it('removes help searches and keeps look-alike and ordinary ones', async () => {
    await checkSearches('first search set', searches, 0.92, 0);
  }, 600_000);

  it('does the same on the sixth search set, gathered blind', async () => {
    await checkSearches('sixth search set', searches6, SEARCHES_6_LEAST, 0.03);
  }, 600_000);

  it('does the same on the eighth search set, gathered blind and mostly French', async () => {
    await checkSearches('eighth search set', searches8, SEARCHES_8_LEAST, 0.03);
  }, 600_000);

  it('does the same on the ninth search set, gathered blind and half French', async () => {
    await checkSearches('ninth search set', searches9, SEARCHES_9_LEAST, 0.03);
  }, 600_000);

  it('does the same on the tenth search set, gathered blind and half French', async () => {
    await checkSearches('tenth search set', searches10, SEARCHES_10_LEAST, 0.03);
  }, 600_000);

  it('does the same on the eleventh search set, gathered blind and half French', async () => {
    await checkSearches('eleventh search set', searches11, SEARCHES_11_LEAST, 0.03);
  }, 600_000);

  it('does the same on the twelfth search set, gathered blind and half French', async () => {
    await checkSearches('twelfth search set', searches12, SEARCHES_12_LEAST, 0.03);
  }, 600_000);

  it('does the same on the thirteenth search set, gathered blind and half French', async () => {
    await checkSearches('thirteenth search set', searches13, SEARCHES_13_LEAST, 0.03);
  }, 600_000);

  it('does the same on the fourteenth search set, gathered blind and half French', async () => {
    await checkSearches('fourteenth search set', searches14, SEARCHES_14_LEAST, 0.03);
  }, 600_000);

  it('does the same on the fifteenth search set, gathered blind and half French', async () => {
    await checkSearches('fifteenth search set', searches15, SEARCHES_15_LEAST, 0.03);
  }, 600_000);
});

const SEARCH = 'https://www.google.com/search?q=women%27s+shelter+near+me';
const NEXT = 'http://ordinary.test/next';
const THIRD = 'http://ordinary.test/third';

describe('the trail a help search starts', () => {
  beforeAll(() => {
    h.server.pages.set(key(SEARCH), {
      title: "women's shelter near me - Google Search",
      body: `<a id="t" target="_blank" href="${NEXT}">in a new tab</a>`,
    });
    h.server.pages.set(key(NEXT), { title: 'Next page', body: `<a id="n" href="${THIRD}">third</a>` });
    h.server.pages.set(key(THIRD), { title: 'Third page', body: '' });
  });

  it('follows a link opened in a new tab', async () => {
    await page.goto(SEARCH);
    const [opened] = await Promise.all([h.context.waitForEvent('page'), page.click('#t')]);
    await opened.waitForURL(NEXT);
    await opened.waitForLoadState('load');
    const other = await freshPage(h);
    await other.goto(THIRD);
    const history = await waitFor(async () => {
      const urls = await historyUrls(h);
      return urls.includes(THIRD) && !urls.includes(NEXT) ? urls : null;
    }, 5000);
    expect(history?.sort()).toEqual([THIRD]);
  });
});
