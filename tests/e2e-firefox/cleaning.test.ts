/**
 * Trace cleaning in a real Firefox: help sites and help searches leave history as they are
 * visited (checked in Places itself, and in `places.sqlite` once Firefox has quit), look-alikes
 * and ordinary browsing stay, history from before the install is swept, and closed help tabs
 * leave recently-closed.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { HELP_TRACES, ORDINARY_BROWSING } from '../fixtures/urls';
import { type Harness, historyUrls, launch, recentlyClosedUrls, reset, waitFor } from './harness';
import { readPlaces } from './profile-files';

let h: Harness;
let page: Page;

beforeAll(async () => {
  h = await launch();
});
afterAll(() => h?.close());
beforeEach(async () => {
  await reset(h);
  page = await h.browser.newPage();
});

const HELP = HELP_TRACES;
const ORDINARY = ORDINARY_BROWSING;

async function visit(urls: readonly string[]) {
  for (const url of urls) await page.goto(url);
}

/** Waits until history holds every `stays` URL; then it has had time to remove the rest. */
async function settledHistory(stays: readonly string[]): Promise<string[]> {
  const urls = await waitFor(async () => {
    const now = await historyUrls(h);
    return stays.every((u) => now.includes(u)) ? now : null;
  }, 8000);
  await new Promise((r) => setTimeout(r, 400));
  return urls ? historyUrls(h) : [];
}

const lower = (u: string) => u.toLowerCase().replace(':443', '');

/** Help pages in one tab, then ordinary browsing in another: pages opened after a help page are its trail. */
async function visitHelpThenOrdinary() {
  await visit(HELP);
  page = await h.browser.newPage();
  await visit(ORDINARY);
}
const isHelp = (u: string) => HELP.map(lower).includes(lower(u));

describe('as pages are visited', () => {
  it('removes help sites and help searches and keeps look-alikes and ordinary searches', async () => {
    await visitHelpThenOrdinary();
    const history = await settledHistory(ORDINARY);
    expect(history.sort()).toEqual([...ORDINARY].sort());
  });

  it('removes an in-page URL change of a help site (single-page app)', async () => {
    await visit(['https://sheltersafe.ca/app', 'http://ordinary.test/after']);
    await page.goto('https://sheltersafe.ca/app');
    await page.evaluate(() => window.history.pushState({}, '', '/app/step-2'));
    await visit(['http://ordinary.test/last']);
    const history = await settledHistory(['http://ordinary.test/last']);
    expect(history.filter((u) => u.includes('sheltersafe'))).toEqual([]);
  });

  it('loses nothing unrelated in a burst of 60 visits', async () => {
    const burst = Array.from({ length: 60 }, (_, i) =>
      i % 2 ? `https://sheltersafe.ca/burst/${i}` : `http://ordinary.test/burst/${i}`,
    );
    // Help pages in one tab, ordinary ones in another, interleaved.
    const helpTab = page;
    const ordinaryTab = await h.browser.newPage();
    for (const url of burst) await (url.startsWith('http://') ? ordinaryTab : helpTab).goto(url);
    const stays = burst.filter((u) => u.startsWith('http://ordinary'));
    const history = await settledHistory(stays);
    expect(history.filter((u) => u.includes('/burst/')).sort()).toEqual(stays.sort());
  });

  // Firefox never records moz-extension: pages (Places refuses the scheme); this pins that fact.
  it('never keeps its own pages in history', async () => {
    // Opens an add-on page in a tab (a fresh one: every test starts from one blank tab).
    await h.ext(() => null);
    await visit(['http://ordinary.test/marker']);
    const history = await settledHistory(['http://ordinary.test/marker']);
    expect(history.filter((u) => u.startsWith('moz-extension://'))).toEqual([]);
  });

  it('removes a help tab the person closes from recently-closed', async () => {
    const tab = await h.browser.newPage();
    await tab.goto('https://sheltersafe.ca/closing');
    await tab.goto('https://sheltersafe.ca/closing-2');
    await tab.close();
    const other = await h.browser.newPage();
    await other.goto('http://ordinary.test/closed-too');
    await other.close();
    const closed = await waitFor(async () => {
      const urls = await recentlyClosedUrls(h);
      return urls.includes('http://ordinary.test/closed-too') && !urls.some((u) => u.includes('sheltersafe'))
        ? urls
        : null;
    });
    expect(closed, 'the ordinary tab stays in recently-closed, the help tab does not').toBeTruthy();
  });
});

it('sweeps when the person adds their own help site', async () => {
  await visit(['http://my-support-group.test/meeting', 'http://ordinary.test/kept']);
  await settledHistory(['http://my-support-group.test/meeting', 'http://ordinary.test/kept']);
  await h.ext((b) =>
    b.storage.local.set({
      settings: { version: 1, userSites: [{ type: 'domain', domain: 'my-support-group.test' }] },
    }),
  );
  const gone = await waitFor(async () => {
    const urls = await historyUrls(h);
    return !urls.some((u) => u.includes('my-support-group')) && urls.includes('http://ordinary.test/kept');
  });
  expect(gone).toBe(true);
  await h.ext((b) => b.storage.local.clear());
});

// Places stores microseconds since 1970. Visits 400 days old, 130 of them, prove the sweep reads
// the whole history (the API's defaults cover only the last 24 hours and 100 results).
it('sweeps history made before Waypoint was installed, however old and however much', async () => {
  const before = await launch({ withoutExtension: true });
  try {
    const old = Array.from({ length: 130 }, (_, i) => `https://sheltersafe.ca/old/${i}`);
    const all = [...HELP, ...ORDINARY.slice(0, 3), ...old];
    await before.chrome(async (g, urls) => {
      const { PlacesUtils } = g.ChromeUtils.importESModule('resource://gre/modules/PlacesUtils.sys.mjs');
      const date = new Date(Date.now() - 400 * 24 * 3600 * 1000);
      const transition = PlacesUtils.history.TRANSITIONS.TYPED;
      await PlacesUtils.history.insertMany(urls.map((url) => ({ url, visits: [{ date, transition }] })));
    }, all);
    expect((await historyUrls(before)).length).toBe(all.length);
    await before.install();
    const history = await waitFor(async () => {
      const urls = await historyUrls(before);
      return urls.length && !urls.some((u) => isHelp(u) || u.includes('/old/')) ? urls : null;
    }, 10_000);
    expect(history?.sort()).toEqual(ORDINARY.slice(0, 3).sort());
  } finally {
    await before.close();
  }
});

it('leaves no row for help pages in places.sqlite once Firefox has quit; the rest stays', async () => {
  await visitHelpThenOrdinary();
  await settledHistory(ORDINARY);
  await h.browser.close();
  const disk = readPlaces(h.profile);
  expect(disk.places.filter(isHelp), 'moz_places').toEqual([]);
  expect(disk.visits.filter(isHelp), 'moz_historyvisits').toEqual([]);
  expect([...new Set(disk.visits)].sort()).toEqual([...ORDINARY].sort());
  expect(disk.origins).toEqual(expect.arrayContaining(['notsheltersafe.ca', 'sheltersafe.ca.example.com']));
  for (const host of ['sheltersafe.ca', 'www.kidshelpphone.ca', 'chat.thehotline.org'])
    expect(disk.origins, 'moz_origins (address-bar autofill)').not.toContain(host);
});
