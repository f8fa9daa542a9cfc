/// <reference types="chrome" />
/**
 * Trace cleaning in a real Chromium: help sites and help searches vanish from history by
 * themselves, look-alikes and ordinary browsing stay, history made before install is swept at
 * start-up, bursts lose nothing unrelated, and closed help tabs leave recently-closed.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { HELP_TRACES, ORDINARY_BROWSING } from '../fixtures/urls';
import { freshPage, type Harness, historyUrls, launch, recentlyClosedUrls, waitFor } from './harness';

let h: Harness;
let page: Page;

beforeAll(async () => {
  h = await launch();
  page = await h.context.newPage();
});
afterAll(() => h?.close());
beforeEach(async () => {
  await h.sw(async () => {
    await chrome.history.deleteAll();
    await chrome.storage.local.clear();
  });
});

const HELP = HELP_TRACES;
const ORDINARY = ORDINARY_BROWSING;

async function visit(urls: readonly string[]) {
  for (const url of urls) await page.goto(url, { waitUntil: 'commit' });
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

describe('as pages are visited', () => {
  it('removes help sites and help searches and keeps look-alikes and ordinary searches', async () => {
    await visit(HELP);
    // Ordinary browsing in a tab of its own: a page opened after a help page is on its trail.
    page = await freshPage(h);
    await visit(ORDINARY);
    const history = await settledHistory(ORDINARY);
    expect(history.sort()).toEqual([...ORDINARY].sort());
    for (const url of HELP) expect(history.map(lower)).not.toContain(lower(url));
  });

  it('removes an in-page URL change of a help site (single-page app)', async () => {
    await visit(['https://sheltersafe.ca/app', 'http://ordinary.test/after']);
    await page.goto('https://sheltersafe.ca/app');
    await page.evaluate(() => window.history.pushState({}, '', '/app/step-2'));
    await visit(['http://ordinary.test/last']);
    const history = await settledHistory(['http://ordinary.test/last']);
    expect(history.filter((u) => u.includes('sheltersafe'))).toEqual([]);
  });

  it('loses nothing unrelated in a burst of 100 visits', async () => {
    const burst = Array.from({ length: 100 }, (_, i) =>
      i % 2 ? `https://sheltersafe.ca/burst/${i}` : `http://ordinary.test/burst/${i}`,
    );
    // Help pages in one tab, ordinary ones in another (not opened from it), interleaved.
    const helpTab = page;
    const ordinaryTab = await freshPage(h);
    for (const url of burst)
      await (url.startsWith('http://') ? ordinaryTab : helpTab).goto(url, { waitUntil: 'commit' });
    const stays = burst.filter((u) => u.startsWith('http://ordinary'));
    const history = await settledHistory(stays);
    expect(history.filter((u) => u.includes('/burst/')).sort()).toEqual(stays.sort());
  });

  it('never keeps its own pages in history', async () => {
    const popup = await h.openExtensionPage('popup.html');
    await popup.close();
    await visit(['http://ordinary.test/marker']);
    const history = await settledHistory(['http://ordinary.test/marker']);
    expect(history.filter((u) => u.startsWith('chrome-extension://'))).toEqual([]);
  });

  it('removes a help tab the person closes from recently-closed', async () => {
    const tab = await h.context.newPage();
    await tab.goto('https://sheltersafe.ca/closing');
    await tab.goto('https://sheltersafe.ca/closing-2');
    await tab.close();
    const other = await h.context.newPage();
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

describe('sweeps', () => {
  it('sweeps when the person adds their own help site', async () => {
    await visit(['http://my-support-group.test/meeting', 'http://ordinary.test/kept']);
    await settledHistory(['http://my-support-group.test/meeting', 'http://ordinary.test/kept']);
    await h.sw(() =>
      chrome.storage.local.set({
        settings: { version: 1, userSites: [{ type: 'domain', domain: 'my-support-group.test' }] },
      }),
    );
    const gone = await waitFor(async () => {
      const urls = await historyUrls(h);
      return !urls.some((u) => u.includes('my-support-group')) && urls.includes('http://ordinary.test/kept');
    });
    expect(gone).toBe(true);
  });
});

// Chrome stores times as microseconds since 1601. Moving visits 400 days back proves the sweep
// reads the whole history (the API's defaults cover only the last 24 hours and 100 results).
const AGE_HISTORY = `
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
shift = 400 * 24 * 3600 * 1000000
db.execute('UPDATE urls SET last_visit_time = last_visit_time - ?', (shift,))
db.execute('UPDATE visits SET visit_time = visit_time - ?', (shift,))
db.commit()
`;

it('sweeps history made before Waypoint was installed, however old and however much, at start-up', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'waypoint-preinstall-'));
  try {
    const before = await launch({ profile, withoutExtension: true });
    const p = await before.context.newPage();
    const many = Array.from({ length: 130 }, (_, i) => `https://sheltersafe.ca/old/${i}`);
    for (const url of [...HELP.slice(0, 5), ...ORDINARY.slice(0, 3), ...many])
      await p.goto(url, { waitUntil: 'commit' });
    await p.waitForTimeout(1000);
    await before.close();
    execFileSync('python3', ['-c', AGE_HISTORY, join(profile, 'Default', 'History')]);
    const after = await launch({ profile });
    try {
      const history = await waitFor(async () => {
        const urls = await historyUrls(after);
        const help = new Set([...HELP, ...many].map(lower));
        return urls.length && !urls.some((u) => help.has(lower(u))) ? urls : null;
      }, 10_000);
      expect(history?.sort()).toEqual(ORDINARY.slice(0, 3).sort());
    } finally {
      await after.close();
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
