/**
 * Recognition in a real Firefox, on a representative sample of the evaluation set (every third
 * help page, every fourth ordinary page, every second search, every third row of the second page
 * set: the whole sets run in Chromium),
 * each page served at its own address with its own title. History is read from Places itself.
 * The trail and late titles, the same in Chromium, are in `tests/scenarios/trail.ts`.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadRows, type PageRow, type SearchRow, searchUrl } from '../../bench/recognition';
import { type Harness, historyUrls, launch, reset } from './harness';

let h: Harness;
let page: Page;

const every = <T>(rows: readonly T[], n: number) => rows.filter((_, i) => i % n === 0);
const help = every(loadRows<PageRow>('help-pages.json'), 3);
const ordinary = every(loadRows<PageRow>('ordinary-pages.json'), 4);
const searches = every(loadRows<SearchRow>('searches.json'), 2);
/** The second page set (gathered blind; one file with help and kept rows): every third row. */
const pages2 = every(loadRows<PageRow>('pages-2.json'), 3);
const isHelp = (r: PageRow) => r.group === 'organisation' || r.group === 'general-site';

const key = (url: string) => {
  const u = new URL(url);
  return `${u.hostname}${u.pathname}${u.search}`;
};
const same = (a: string, b: string) => key(a) === key(b);
const kept = (history: string[], url: string) => history.some((u) => same(u, url));

beforeAll(async () => {
  h = await launch();
  for (const row of [...help, ...ordinary, ...pages2]) h.server.pages.set(key(row.url), { title: row.title });
});
afterAll(() => h?.close());
beforeEach(async () => {
  await reset(h);
  page = await h.browser.newPage();
});

/** Visits each address in a new tab (in one tab, each page would be on the previous help page's trail). */
async function visitAll(urls: readonly string[]) {
  for (const url of urls) {
    const previous = page;
    page = await h.browser.newPage();
    await previous.close();
    await page.goto(url, { timeout: 15_000 }).catch(() => {});
  }
}

/** Visits the pages, then checks the bars of issue 11: no ordinary page, at most 3 % of look-alikes, at least `least` of help pages. */
async function checkPages(
  set: string,
  helpRows: readonly PageRow[],
  keptRows: readonly PageRow[],
  least: number,
) {
  await visitAll([...helpRows, ...keptRows].map((r) => r.url));
  await new Promise((r) => setTimeout(r, 5000));
  const history = await historyUrls(h);
  const helpKept = helpRows.filter((r) => kept(history, r.url));
  const gone = keptRows.filter((r) => !kept(history, r.url));
  const ordinaryGone = gone.filter((r) => r.group === 'ordinary');
  const lookalikes = keptRows.filter((r) => r.group === 'lookalike').length;
  const lookalikeGone = gone.length - ordinaryGone.length;
  console.log(
    `firefox e2e (${set}): help pages removed ${helpRows.length - helpKept.length}/${helpRows.length}; ordinary pages removed ${ordinaryGone.length}; look-alikes removed ${lookalikeGone}/${lookalikes}`,
  );
  expect(ordinaryGone.map((r) => r.url)).toEqual([]);
  expect(lookalikeGone / Math.max(1, lookalikes)).toBeLessThanOrEqual(0.03);
  expect((helpRows.length - helpKept.length) / helpRows.length).toBeGreaterThanOrEqual(least);
}

describe('the evaluation sample', () => {
  it('removes help pages and keeps ordinary and look-alike pages', async () => {
    await checkPages('first page set', help, ordinary, 0.8);
  }, 900_000);

  it('does the same on the second page set, gathered blind', async () => {
    // A floor under the matcher's figure on this sample (`npm run bench` prints the whole set's).
    await checkPages(
      'second page set',
      pages2.filter(isHelp),
      pages2.filter((r) => !isHelp(r)),
      0.7,
    );
  }, 900_000);

  it('removes help searches and keeps the others', async () => {
    await visitAll(searches.map((s) => searchUrl(s.query)));
    await new Promise((r) => setTimeout(r, 3000));
    const history = await historyUrls(h);
    const wanted = (s: SearchRow) => s.group === 'help' || s.group === 'help-variant';
    const helpKept = searches.filter((s) => wanted(s) && kept(history, searchUrl(s.query)));
    const otherGone = searches.filter((s) => !wanted(s) && !kept(history, searchUrl(s.query)));
    const helpCount = searches.filter(wanted).length;
    console.log(`firefox e2e: help searches removed ${helpCount - helpKept.length}/${helpCount}`);
    expect(otherGone.map((s) => s.query)).toEqual([]);
    expect((helpCount - helpKept.length) / helpCount).toBeGreaterThanOrEqual(0.9);
  }, 600_000);
});
