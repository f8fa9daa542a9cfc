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
  builtInMatcher,
  DISPUTED_LOOKALIKES,
  LATER_PAGE_SETS,
  LATER_SEARCH_SETS,
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
 * Every later set (`LATER_PAGE_SETS`, `LATER_SEARCH_SETS`: page sets 2–12, search sets 2–18): a
 * fixed sixth of each (every sixth row, in file order) is served in the browser, and every row's
 * fate must be the one the Node matcher gives it, so the figures `npm run bench` reports on every
 * row of every set are the browser's own. (A third of each, 3,483 rows, agreed in full once, but
 * took 43 of the CI's 90 minutes; a sixth is a subset of that third.) Their recall floors are checked on every row, in Node, by
 * `tests/unit/traces/recognition.test.ts`.
 */
const isHelp = (r: PageRow) => r.group === 'organisation' || r.group === 'general-site';
const sixth = <T>(rows: readonly T[]) => rows.filter((_, i) => i % 6 === 0);
const LATER_PAGES = LATER_PAGE_SETS.map(([name, file]) => {
  // Shelters for women their builders labelled look-alikes, help by issue 11's definition (bench/recognition.ts).
  const rows = sixth(loadRows<PageRow>(file)).filter((r) => !DISPUTED_LOOKALIKES.has(r.url));
  return [name, rows.filter(isHelp), rows.filter((r) => !isHelp(r))] as const;
});
const LATER_SEARCHES = LATER_SEARCH_SETS.map(
  ([name, file]) => [name, sixth(loadRows<SearchRow>(file))] as const,
);
const matcher = builtInMatcher();

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
    ...LATER_PAGES.flatMap(([, helpRows, keptRows]) => [...helpRows, ...keptRows]),
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

/**
 * History once the last page has had 5 s; the longest visit-to-removal time among `urls`; and
 * the addresses history recorded a visit to (a page that never loaded has none).
 */
async function settle(urls: readonly string[]) {
  await new Promise((r) => setTimeout(r, 5000));
  const history = await historyUrls(h);
  const { times, seen } = await h.sw(() => {
    const g = globalThis as unknown as { seen: Map<string, number>; gone: Map<string, number> };
    return {
      times: [...g.gone.entries()].map(([url, at]) => [url, at - (g.seen.get(url) ?? at)] as const),
      seen: [...g.seen.keys()],
    };
  });
  const removedIn = new Map(times);
  const slowest = Math.max(
    0,
    ...urls.flatMap((u) => [...removedIn].filter(([r]) => same(r, u)).map(([, t]) => t)),
  );
  return { history, slowest, visited: new Set(seen.map(key)) };
}

const kept = (history: string[], url: string) => history.some((u) => same(u, url));
const share = (n: number, total: number) => n / Math.max(1, total);

interface Fate {
  /** What the row is called in a failure. */
  label: string;
  url: string;
  /** Help by the set's labels. */
  help: boolean;
  /** Removed by the Node matcher (what `npm run bench` counts). */
  expected: boolean;
}

/**
 * Checks that the browser gave every row the Node matcher's verdict. Removing a row the matcher
 * keeps is never allowed (a false deletion the figures would not show); keeping a row it removes
 * is allowed for at most 1 % of rows, and so is a page that never loaded (history recorded no
 * visit: a slow or failed load, which says nothing about recognition). Both are printed.
 */
function checkAgreement(set: string, rows: readonly Fate[], history: string[], visited: ReadonlySet<string>) {
  const unloaded = rows.filter((r) => !visited.has(key(r.url)));
  const loaded = rows.filter((r) => visited.has(key(r.url)));
  const extra = loaded.filter((r) => !r.expected && !kept(history, r.url));
  const missed = loaded.filter((r) => r.expected && kept(history, r.url));
  console.log(
    `e2e (${set}): ${loaded.length}/${rows.length} loaded; verdict as in Node for ${loaded.length - extra.length - missed.length}` +
      (extra.length + missed.length + unloaded.length > 0
        ? `; removed, Node keeps: ${JSON.stringify(extra.map((r) => r.label))}; kept, Node removes: ${JSON.stringify(missed.map((r) => r.label))}; not loaded: ${JSON.stringify(unloaded.map((r) => r.label))}`
        : ''),
  );
  expect(extra.filter((r) => !r.help).map((r) => r.label)).toEqual([]);
  expect(missed.length + unloaded.length).toBeLessThanOrEqual(Math.max(1, Math.floor(rows.length / 100)));
}

/**
 * Visits every page and checks history 5 s after the last: every page's fate is the Node
 * matcher's, no ordinary page is removed, and each help page leaves within 5 s of loading. With
 * `least` (a set served whole), also at most 3 % of look-alikes and at least `least` of help pages.
 */
async function checkPages(
  set: string,
  helpRows: readonly PageRow[],
  keptRows: readonly PageRow[],
  least?: number,
) {
  await startClock();
  const urls = [...helpRows.map((r) => r.url), ...keptRows.map((r) => r.url)];
  await visitAll(urls);
  const { history, slowest, visited } = await settle(urls);
  const helpKept = helpRows.filter((r) => kept(history, r.url));
  const ordinaryGone = keptRows.filter((r) => r.group === 'ordinary' && !kept(history, r.url));
  const lookalikeGone = keptRows.filter((r) => r.group === 'lookalike' && !kept(history, r.url));
  const lookalikes = keptRows.filter((r) => r.group === 'lookalike').length;
  console.log(
    `e2e (${set}): help pages removed ${helpRows.length - helpKept.length}/${helpRows.length}; ordinary removed ${ordinaryGone.length}; look-alikes removed ${lookalikeGone.length}/${lookalikes}; slowest removal ${slowest} ms`,
  );
  expect(ordinaryGone.map((r) => r.url)).toEqual([]);
  expect(slowest).toBeLessThanOrEqual(5000);
  const fate = (help: boolean) => (r: PageRow) => ({
    label: `${r.url} | ${r.title}`,
    url: r.url,
    help,
    expected: matcher.isTrace(r.url, r.title),
  });
  checkAgreement(set, [...helpRows.map(fate(true)), ...keptRows.map(fate(false))], history, visited);
  if (least === undefined) return;
  expect(share(lookalikeGone.length, lookalikes)).toBeLessThanOrEqual(0.03);
  expect(share(helpRows.length - helpKept.length, helpRows.length)).toBeGreaterThanOrEqual(least);
}

/**
 * Makes every search on Google and checks history: every search's fate is the Node matcher's and
 * no ordinary search is removed. With `least` (a set served whole), also no look-alike removed and
 * at least `least` of the help ones.
 */
async function checkSearches(set: string, rows: readonly SearchRow[], least?: number) {
  await startClock();
  const urls = rows.map((s) => searchUrl(s.query));
  await visitAll(urls);
  const { history, visited } = await settle(urls);
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
  const fates = rows.map((s, i) => ({
    label: s.query,
    url: urls[i]!,
    help: wanted(s),
    expected: matcher.isTrace(urls[i]!),
  }));
  checkAgreement(set, fates, history, visited);
  if (least === undefined) return;
  expect(lookalikeGone.map((s) => s.query)).toEqual([]);
  expect(share(helpCount - helpKept.length, helpCount)).toBeGreaterThanOrEqual(least);
}

describe('pages of the evaluation set, with their titles', () => {
  it('removes help pages within 5 s of loading and keeps every ordinary page', async () => {
    await checkPages('first page set', help, ordinary, 0.83);
  }, 900_000);

  it.each(LATER_PAGES)(
    'gives every page of a sixth of the %s page set the verdict npm run bench counts',
    async (n, helpRows, keptRows) => {
      await checkPages(`${n} page set, every sixth row`, helpRows, keptRows);
    },
    600_000,
  );
});

describe('searches of the evaluation set', () => {
  it('removes help searches and keeps look-alike and ordinary ones', async () => {
    await checkSearches('first search set', searches, 0.92);
  }, 600_000);

  it.each(LATER_SEARCHES)(
    'gives every search of a sixth of the %s search set the verdict npm run bench counts',
    async (n, rows) => {
      await checkSearches(`${n} search set, every sixth row`, rows);
    },
    600_000,
  );
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
