/**
 * The quick exit's core, the same in every browser: Shift three times from a field closes help
 * tabs in every window, keeps unrelated ones, opens the neutral site in a fresh tab with no Back
 * history, and leaves no help page in history or recently-closed.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { waitFor } from '../e2e/harness';
import { PANIC_URLS } from '../fixtures/urls';
import type { Driver, DriverFactory, Tab } from './driver';

const { help: HELP, help2: HELP_2, helpSearch: HELP_SEARCH, fields: FIELDS } = PANIC_URLS;
const { ordinary: ORDINARY, neutral: NEUTRAL } = PANIC_URLS;

/** Help pages and Waypoint's own pages among `urls`. */
const helpLeft = (urls: string[]) =>
  urls.filter((u) => /sheltersafe|thehotline|domestic\+violence|(chrome|moz)-extension:/.test(u));

export function panicCoreScenarios(launch: DriverFactory): void {
  let d: Driver;

  beforeAll(async () => {
    d = await launch();
  });
  afterAll(() => d?.close());
  beforeEach(() => d.reset());

  async function open(url: string): Promise<Tab> {
    const tab = await d.newTab();
    await tab.goto(url);
    return tab;
  }

  /** Help tabs closed, the neutral site open, and no help page in history or recently-closed. */
  async function expectExited() {
    const tabs = await waitFor(async () => {
      const urls = await d.openTabUrls();
      return helpLeft(urls).length === 0 && urls.some((u) => u.startsWith(NEUTRAL)) ? urls : null;
    }, 8000);
    if (!tabs) console.log('tabs still open:', await d.openTabUrls());
    expect(tabs, 'help tabs closed and the neutral site open').toBeTruthy();
    const history = await waitFor(async () => {
      const urls = await d.historyUrls();
      return helpLeft(urls).length === 0 ? urls : null;
    }, 8000);
    expect(history, 'no help URL left in history').toBeTruthy();
    const closed = await waitFor(async () => {
      const urls = await d.recentlyClosedUrls();
      return helpLeft(urls).length === 0 ? urls : null;
    }, 5000);
    expect(closed, 'recently-closed holds no help page').toBeTruthy();
    return { tabs: tabs!, history: history! };
  }

  describe('key sequence', () => {
    it.each([
      ['input', '#input'],
      ['textarea', '#textarea'],
      ['contenteditable', '#editable'],
    ])('exits with focus in an %s', async (_name, selector) => {
      const tab = await open(FIELDS);
      await tab.focus(selector);
      await tab.type('some text');
      await tab.pressShift();
      await expectExited();
    });
  });

  describe('what the exit closes and forgets', () => {
    it('closes help tabs in two windows, keeps an unrelated tab, and leaves no history or recently-closed entry', async () => {
      const tab = await open(HELP);
      await open(ORDINARY);
      await open(HELP_SEARCH);
      await d.openWindow([HELP_2, 'https://sheltersafe.ca/other']);
      const loaded = await waitFor(
        async () => (await d.openTabUrls()).filter((u) => u.startsWith('https://')).length >= 4,
      );
      expect(loaded).toBe(true);
      await waitFor(async () => (await d.historyUrls()).length >= 4);
      expect(await d.windowCount()).toBe(2);
      await tab.bringToFront();
      await tab.pressShift();
      const { tabs, history } = await expectExited();
      expect(tabs).toContain(ORDINARY);
      expect(history).toContain(ORDINARY);
      expect(await d.windowCount(), 'the window of help tabs closed').toBe(1);
    });

    it('opens the neutral site in a fresh tab with no Back history', async () => {
      const tab = await open('http://ordinary.test/first');
      await tab.goto(HELP);
      await tab.pressShift();
      await expectExited();
      const neutral = await waitFor(() => d.tabAt(NEUTRAL));
      expect(neutral).toBeTruthy();
      expect(await neutral!.evaluate(() => history.length)).toBe(1);
    });
  });
}
