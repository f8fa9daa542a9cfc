/** The shared scenarios' driver (`tests/scenarios/driver.ts`) over WebDriver BiDi and Firefox. */
import type { Page } from 'puppeteer-core';
import type { Driver, Tab } from '../scenarios/driver';
import {
  type Harness,
  historyUrls,
  type LaunchOptions,
  launch,
  openTabUrls,
  recentlyClosedUrls,
  reset,
} from './harness';

function tab(h: Harness, page: Page): Tab {
  return {
    evaluate: (fn) => page.evaluate(fn),
    close: () => page.close(),
    focus: (selector) => page.focus(selector),
    type: (text) => page.keyboard.type(text),
    async pressShift(times = 3) {
      for (let i = 0; i < times; i++) await page.keyboard.press('Shift');
    },
    bringToFront: () => page.bringToFront(),
    async goto(url) {
      await page.goto(url);
    },
    // Through the front window's address bar, which records the visit as typed in Places (a BiDi
    // navigation is recorded as a link).
    async typeAddress(url) {
      await page.bringToFront();
      await Promise.all([
        page.waitForNavigation(),
        h.chrome((g, address) => {
          const w = g.Services.wm.getMostRecentWindow('navigator:browser');
          w.gURLBar.focus();
          w.gURLBar.value = address;
          w.gURLBar.handleCommand();
        }, url),
      ]);
    },
    async follow(selector, url) {
      await Promise.all([page.waitForNavigation(), page.click(selector)]);
      if (page.url() !== url) await page.waitForNavigation();
    },
  };
}

export function firefoxDriver(h: Harness): Driver {
  return {
    name: 'firefox',
    server: h.server,
    newTab: async () => tab(h, await h.browser.newPage()),
    // Opened by the add-on (BiDi opens windows one tab at a time).
    async openWindow(urls) {
      await h.ext(async (b, list) => {
        await b.windows.create({ url: list });
      }, urls);
    },
    windowCount: () => h.chrome((g) => [...g.Services.wm.getEnumerator('navigator:browser')].length),
    async tabAt(prefix) {
      const page = (await h.browser.pages()).find((p) => p.url().startsWith(prefix));
      return page && tab(h, page);
    },
    async visitExtensionPage(path) {
      await h.openExtensionPage(path, true);
      await h.chrome((g, url) => {
        for (const w of g.Services.wm.getEnumerator('navigator:browser'))
          for (const t of [...w.gBrowser.tabs])
            if (t.linkedBrowser.currentURI.spec === url) w.gBrowser.removeTab(t);
      }, `${h.extensionBase}${path}`);
    },
    openTabUrls: () => openTabUrls(h),
    historyUrls: () => historyUrls(h),
    recentlyClosedUrls: () => recentlyClosedUrls(h),
    // Read from Places itself.
    visitCount: (url) =>
      h.chrome(async (g, u) => {
        const { PlacesUtils } = g.ChromeUtils.importESModule('resource://gre/modules/PlacesUtils.sys.mjs');
        const info = await PlacesUtils.history.fetch(u, { includeVisits: true });
        return (info?.visits?.length ?? 0) as number;
      }, url),
    ext: (fn, arg) => h.ext(fn, arg),
    async reset() {
      // Let a previous test's work finish before tidying up after it.
      await new Promise((r) => setTimeout(r, 300));
      await reset(h);
    },
    close: () => h.close(),
  };
}

/** Launches Firefox with Waypoint and drives it. */
export async function launchFirefox(options?: LaunchOptions): Promise<Driver> {
  return firefoxDriver(await launch(options));
}
