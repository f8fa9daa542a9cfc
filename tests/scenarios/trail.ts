/**
 * The trail a help search starts, the same in every browser: a page followed from the results
 * loses that visit only, never the person's other visits of it; the trail follows two links and
 * stops at the third; an address typed after a help page keeps every visit (Chromium tells a
 * typed address from a link by `webNavigation`, Firefox by history's own transition); and a page
 * whose title says it is about help goes when the title arrives.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { waitFor } from '../e2e/harness';
import type { Driver, DriverFactory, Tab } from './driver';

const SEARCH = 'https://www.google.com/search?q=women%27s+shelter+near+me';
const ARTICLE = 'http://ordinary.test/article';
const NEXT = 'http://ordinary.test/next';
const THIRD = 'http://ordinary.test/third';

/** How the fixture server keys a page: `host/path?query`. */
const key = (url: string) => {
  const u = new URL(url);
  return `${u.hostname}${u.pathname}${u.search}`;
};

export function trailScenarios(launch: DriverFactory): void {
  let d: Driver;
  let tab: Tab;

  beforeAll(async () => {
    d = await launch();
    d.server.pages.set(key(SEARCH), {
      title: "women's shelter near me - Google Search",
      body: `<a id="r" href="${ARTICLE}">result</a>`,
    });
    d.server.pages.set(key(ARTICLE), { title: 'An article', body: `<a id="n" href="${NEXT}">next</a>` });
    d.server.pages.set(key(NEXT), { title: 'Next page', body: `<a id="n" href="${THIRD}">third</a>` });
    d.server.pages.set(key(THIRD), { title: 'Third page', body: '' });
  });
  afterAll(() => d?.close());
  beforeEach(async () => {
    await d.reset();
    tab = await d.newTab();
  });

  const visits = (url: string) => d.visitCount(url);

  describe('the trail a help search starts', () => {
    it('removes the visit made from the results, and keeps the visit made before', async () => {
      await tab.goto(ARTICLE);
      expect(await waitFor(async () => (await visits(ARTICLE)) === 1)).toBe(true);
      await tab.goto(SEARCH);
      await tab.follow('#r', ARTICLE);
      const back = await waitFor(
        async () => (await visits(ARTICLE)) === 1 && (await d.historyUrls()).includes(ARTICLE),
        5000,
      );
      // The second visit went; the first (typed) stays, and so does the address.
      await new Promise((r) => setTimeout(r, 1500));
      expect(back).toBe(true);
      expect(await visits(ARTICLE)).toBe(1);
      expect(await d.historyUrls()).not.toContain(SEARCH);
    });

    it('removes the visit made from the results in another tab, and keeps the visit made before', async () => {
      await tab.goto(ARTICLE);
      expect(await waitFor(async () => (await visits(ARTICLE)) === 1)).toBe(true);
      const other = await d.newTab();
      await other.goto(SEARCH);
      await other.follow('#r', ARTICLE);
      await new Promise((r) => setTimeout(r, 3000));
      expect(await visits(ARTICLE)).toBe(1);
      expect(await d.historyUrls()).toEqual([ARTICLE]);
    });

    it('follows two links, and stops at the third', async () => {
      await tab.goto(SEARCH);
      await tab.follow('#r', ARTICLE);
      await tab.follow('#n', NEXT);
      await tab.follow('#n', THIRD);
      const history = await waitFor(async () => {
        const urls = await d.historyUrls();
        return urls.includes(THIRD) && !urls.includes(ARTICLE) && !urls.includes(NEXT) ? urls : null;
      }, 5000);
      await new Promise((r) => setTimeout(r, 1000));
      expect(history).toBeTruthy();
      expect((await d.historyUrls()).sort()).toEqual([THIRD]);
    });

    it('keeps every visit of an address typed after a help search', async () => {
      await tab.goto(ARTICLE);
      expect(await waitFor(async () => (await visits(ARTICLE)) === 1)).toBe(true);
      await tab.goto(SEARCH);
      await tab.typeAddress(ARTICLE);
      expect(await waitFor(async () => (await visits(ARTICLE)) === 2, 5000)).toBe(true);
      await new Promise((r) => setTimeout(r, 3000));
      expect(await d.historyUrls()).toEqual([ARTICLE]);
      expect(await visits(ARTICLE)).toBe(2);
    });

    it.each([
      ['http://ordinary.test/late-title', "Violence conjugale : obtenir de l'aide"],
      ['http://ordinary.test/late-title-en', 'Domestic abuse: get help'],
    ])('removes a page whose title arrives after the visit, when it arrives (%s)', async (late, title) => {
      d.server.pages.set(key(late), {
        title: 'Loading',
        body: `<script>setTimeout(() => { document.title = ${JSON.stringify(title)}; }, 1500)</script>`,
      });
      await tab.goto(late);
      expect(await waitFor(async () => (await d.historyUrls()).includes(late), 1000)).toBe(true);
      expect(await waitFor(async () => !(await d.historyUrls()).includes(late), 5000)).toBe(true);
    });
  });
}
