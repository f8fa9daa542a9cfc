/// <reference types="chrome" />
/** The shared scenarios' driver (`tests/scenarios/driver.ts`) over Playwright and Chromium. */
import type { Page } from 'playwright-core';
import type { Driver, Tab } from '../scenarios/driver';
import {
  freshPage,
  type Harness,
  historyUrls,
  type LaunchOptions,
  launch,
  openTabUrls,
  recentlyClosedUrls,
  resetBrowser,
} from './harness';

function tab(page: Page): Tab {
  return {
    async goto(url, options) {
      await page.goto(url, { waitUntil: options?.commit ? 'commit' : 'load' });
    },
    // A CDP navigation is a typed one (`webNavigation` says "typed", as for the address bar).
    async typeAddress(url) {
      await page.goto(url);
    },
    async follow(selector, url) {
      await page.click(selector);
      await page.waitForURL(url);
    },
    focus: (selector) => page.focus(selector),
    type: (text) => page.keyboard.type(text),
    async pressShift(times = 3) {
      for (let i = 0; i < times; i++) await page.keyboard.press('Shift');
    },
    bringToFront: () => page.bringToFront(),
    evaluate: (fn) => page.evaluate(fn),
    close: () => page.close(),
  };
}

export function chromiumDriver(h: Harness): Driver {
  return {
    name: 'chromium',
    server: h.server,
    newTab: async () => tab(await freshPage(h)),
    async openWindow(urls) {
      await h.sw(async (list: string[]) => {
        await chrome.windows.create({ url: list });
      }, urls);
    },
    windowCount: () => h.sw(async () => (await chrome.windows.getAll()).length),
    async tabAt(prefix) {
      const page = h.context.pages().find((p) => p.url().startsWith(prefix));
      return page && tab(page);
    },
    async visitExtensionPage(path) {
      const page = await h.openExtensionPage(path);
      await page.close();
    },
    openTabUrls: () => openTabUrls(h),
    historyUrls: () => historyUrls(h),
    recentlyClosedUrls: () => recentlyClosedUrls(h),
    visitCount: (url) => h.sw((u: string) => chrome.history.getVisits({ url: u }).then((v) => v.length), url),
    // The service worker's `chrome` stands in for `browser`: the calls the scenarios make return
    // promises in both.
    async ext(fn, arg) {
      const worker = await h.worker();
      return worker.evaluate(`(${fn.toString()})(chrome, ${JSON.stringify(arg ?? null)})`);
    },
    async reset() {
      await resetBrowser(h);
      h.server.log.length = 0;
    },
    close: () => h.close(),
  };
}

/** Launches Chromium with Waypoint and drives it. */
export async function launchChromium(options?: LaunchOptions): Promise<Driver> {
  return chromiumDriver(await launch(options));
}
