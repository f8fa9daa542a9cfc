/**
 * Trace cleaning, the same in every browser: help sites and help searches leave history as they
 * are visited, look-alikes and ordinary browsing stay, a single-page app's in-page address
 * changes go too, bursts lose nothing unrelated, Waypoint's own pages never stay, closed help
 * tabs leave recently-closed, and a site the person adds is swept.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { waitFor } from '../e2e/harness';
import { HELP_TRACES as HELP, ORDINARY_BROWSING as ORDINARY } from '../fixtures/urls';
import type { Driver, DriverFactory, Tab } from './driver';

export interface CleaningOptions {
  /** How many visits the burst makes (half help, half ordinary, interleaved). */
  burst: number;
}

/** Lower case, without the default HTTPS port: how history spells an address it was given otherwise. */
export const lower = (u: string) => u.toLowerCase().replace(':443', '');

/** Waits until history holds every `stays` URL; then it has had time to remove the rest. */
export async function settledHistory(d: Driver, stays: readonly string[]): Promise<string[]> {
  const urls = await waitFor(async () => {
    const now = await d.historyUrls();
    return stays.every((u) => now.includes(u)) ? now : null;
  }, 8000);
  await new Promise((r) => setTimeout(r, 400));
  return urls ? d.historyUrls() : [];
}

/**
 * Help pages in one tab, then ordinary browsing in a tab of its own (a page opened after a help
 * page in the same tab is on its trail); returns the ordinary tab.
 */
export async function visitHelpThenOrdinary(d: Driver, tab: Tab): Promise<Tab> {
  for (const url of HELP) await tab.goto(url, { commit: true });
  const ordinary = await d.newTab();
  for (const url of ORDINARY) await ordinary.goto(url, { commit: true });
  return ordinary;
}

export function cleaningScenarios(launch: DriverFactory, { burst }: CleaningOptions): void {
  let d: Driver;
  let tab: Tab;

  beforeAll(async () => {
    d = await launch();
  });
  afterAll(() => d?.close());
  beforeEach(async () => {
    await d.reset();
    tab = await d.newTab();
  });

  async function visit(urls: readonly string[]) {
    for (const url of urls) await tab.goto(url, { commit: true });
  }

  describe('as pages are visited', () => {
    it('removes help sites and help searches and keeps look-alikes and ordinary searches', async () => {
      await visitHelpThenOrdinary(d, tab);
      const history = await settledHistory(d, ORDINARY);
      expect(history.sort()).toEqual([...ORDINARY].sort());
      for (const url of HELP) expect(history.map(lower)).not.toContain(lower(url));
    });

    it('removes an in-page URL change of a help site (single-page app)', async () => {
      await visit(['https://sheltersafe.ca/app', 'http://ordinary.test/after']);
      await tab.goto('https://sheltersafe.ca/app');
      await tab.evaluate(() => window.history.pushState({}, '', '/app/step-2'));
      await visit(['http://ordinary.test/last']);
      const history = await settledHistory(d, ['http://ordinary.test/last']);
      expect(history.filter((u) => u.includes('sheltersafe'))).toEqual([]);
    });

    it(`loses nothing unrelated in a burst of ${burst} visits`, async () => {
      const urls = Array.from({ length: burst }, (_, i) =>
        i % 2 ? `https://sheltersafe.ca/burst/${i}` : `http://ordinary.test/burst/${i}`,
      );
      // Help pages in one tab, ordinary ones in another (not opened from it), interleaved.
      const ordinaryTab = await d.newTab();
      for (const url of urls)
        await (url.startsWith('http://') ? ordinaryTab : tab).goto(url, { commit: true });
      const stays = urls.filter((u) => u.startsWith('http://ordinary'));
      const history = await settledHistory(d, stays);
      expect(history.filter((u) => u.includes('/burst/')).sort()).toEqual(stays.sort());
    });

    // Firefox never records moz-extension: pages (Places refuses the scheme); this pins that fact.
    it('never keeps its own pages in history', async () => {
      await d.visitExtensionPage('popup.html');
      await visit(['http://ordinary.test/marker']);
      const history = await settledHistory(d, ['http://ordinary.test/marker']);
      expect(history.filter((u) => /^(chrome|moz)-extension:/.test(u))).toEqual([]);
    });

    it('removes a help tab the person closes from recently-closed', async () => {
      const help = await d.newTab();
      await help.goto('https://sheltersafe.ca/closing');
      await help.goto('https://sheltersafe.ca/closing-2');
      await help.close();
      const other = await d.newTab();
      await other.goto('http://ordinary.test/closed-too');
      await other.close();
      const closed = await waitFor(async () => {
        const urls = await d.recentlyClosedUrls();
        return urls.includes('http://ordinary.test/closed-too') &&
          !urls.some((u) => u.includes('sheltersafe'))
          ? urls
          : null;
      });
      expect(closed, 'the ordinary tab stays in recently-closed, the help tab does not').toBeTruthy();
    });
  });

  describe('sweeps', () => {
    it('sweeps when the person adds their own help site', async () => {
      await visit(['http://my-support-group.test/meeting', 'http://ordinary.test/kept']);
      await settledHistory(d, ['http://my-support-group.test/meeting', 'http://ordinary.test/kept']);
      try {
        await d.ext((api) =>
          api.storage.local.set({
            settings: { version: 1, userSites: [{ type: 'domain', domain: 'my-support-group.test' }] },
          }),
        );
        const gone = await waitFor(async () => {
          const urls = await d.historyUrls();
          return (
            !urls.some((u) => u.includes('my-support-group')) && urls.includes('http://ordinary.test/kept')
          );
        });
        expect(gone).toBe(true);
      } finally {
        await d.ext((api) => api.storage.local.clear());
      }
    });
  });
}
