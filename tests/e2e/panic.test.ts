/// <reference types="chrome" />
/**
 * The panic exit in a real Chromium: the key sequence from every kind of focus, pages that fight
 * back, the browser shortcut's handler, the popup button, a sleeping service worker, and what is
 * left afterwards in tabs, history and recently-closed.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PANIC_URLS } from '../fixtures/urls';
import {
  freshPage,
  type Harness,
  historyUrls,
  launch,
  openTabUrls,
  recentlyClosedUrls,
  resetBrowser,
  waitFor,
} from './harness';

const { help: HELP, help2: HELP_2, helpSearch: HELP_SEARCH } = PANIC_URLS;
const { ordinary: ORDINARY, neutral: NEUTRAL } = PANIC_URLS;

let h: Harness;

beforeAll(async () => {
  h = await launch();
});
afterAll(() => h?.close());

beforeEach(async () => {
  await resetBrowser(h);
  h.server.log.length = 0;
});

/** Opens `url` in a tab of its own, opened by nobody (so not on another tab's help trail). */
async function open(url: string): Promise<Page> {
  const page = await freshPage(h);
  await page.goto(url);
  return page;
}

async function pressShift(page: Page, times = 3, gapMs = 0): Promise<void> {
  for (let i = 0; i < times; i++) {
    await page.keyboard.press('Shift');
    if (gapMs) await page.waitForTimeout(gapMs);
  }
}

const helpLeft = (urls: string[]) =>
  urls.filter((u) => /sheltersafe|thehotline|domestic\+violence|chrome-extension:/.test(u));

async function expectExited() {
  const tabs = await waitFor(async () => {
    const urls = await openTabUrls(h);
    return helpLeft(urls).length === 0 && urls.some((u) => u.startsWith(NEUTRAL)) ? urls : null;
  }, 8000);
  if (!tabs) console.log('tabs still open:', await openTabUrls(h));
  expect(tabs, 'help tabs closed and the neutral site open').toBeTruthy();
  const history = await waitFor(async () => {
    const urls = await historyUrls(h);
    return helpLeft(urls).length === 0 ? urls : null;
  }, 8000);
  expect(history, 'no help URL left in history').toBeTruthy();
  return { tabs: tabs!, history: history! };
}

describe('key sequence', () => {
  it('leaves no trace on a page until triggered: same DOM as the server sent, no attributes', async () => {
    const page = await open('https://sheltersafe.ca/fields.html');
    await page.keyboard.press('Shift');
    await page.keyboard.type('typing on the page');
    const check = await page.evaluate(async () => {
      const source = await (await fetch(location.href)).text();
      const parsed = new DOMParser().parseFromString(source, 'text/html');
      return {
        served: parsed.querySelectorAll('*').length,
        live: document.querySelectorAll('*').length,
        htmlAttributes: [...document.documentElement.attributes].map((a) => a.name),
        bodyAttributes: [...document.body.attributes].map((a) => a.name),
        title: document.title,
      };
    });
    expect(check.live).toBe(check.served);
    expect(check.htmlAttributes).toEqual(['lang']);
    expect(check.bodyAttributes).toEqual([]);
    expect(check.title).toBe('Fields on sheltersafe.ca');
  });

  it.each([
    ['input', '#input'],
    ['textarea', '#textarea'],
    ['contenteditable', '#editable'],
  ])('exits with focus in an %s', async (_name, selector) => {
    const page = await open(`${HELP.replace('/find-a-shelter', '')}/fields.html`);
    await page.focus(selector);
    await page.keyboard.type('some text');
    await pressShift(page);
    await expectExited();
  });

  it('exits with focus in a cross-origin iframe, hiding the top page too', async () => {
    const page = await open('https://sheltersafe.ca/fields.html');
    const frame = page.frameLocator('#frame');
    await frame.locator('#inner').focus();
    await pressShift(page);
    await expectExited();
  });

  it('hides the page in the same event, before any page listener runs, and blanks the title', async () => {
    const page = await open('https://sheltersafe.ca/fields.html');
    await page.focus('#input');
    await pressShift(page);
    const beacon = await waitFor(() => h.server.log.find((l) => l.includes('/beacon?press=3')));
    expect(beacon).toContain('display=none');
    expect(beacon).toMatch(/title=$/);
    expect(h.server.log.find((l) => l.includes('/beacon?press=2'))).toContain('display=block');
  });

  it('works on a page that swallows keys and asks before unloading', async () => {
    const page = await open('https://sheltersafe.ca/hostile.html');
    await page.click('#input');
    let dialog = false;
    page.on('dialog', (d) => {
      dialog = true;
      void d.accept();
    });
    await pressShift(page);
    await expectExited();
    expect(dialog, 'no beforeunload prompt held the exit').toBe(false);
  });

  it.each([
    ['typing capitals', async (p: Page) => p.keyboard.type('Hello World And Some More Capitals')],
    ['two presses', (p: Page) => pressShift(p, 2)],
    ['presses 3 s apart', (p: Page) => pressShift(p, 3, 3000)],
    [
      'the third Shift used with another key',
      async (p: Page) => {
        await pressShift(p, 2);
        await p.keyboard.press('Shift+A');
      },
    ],
  ])('does not trigger on %s', async (_name, act) => {
    const page = await open('https://sheltersafe.ca/fields.html');
    await page.focus('#input');
    await act(page);
    await page.waitForTimeout(600);
    expect(await openTabUrls(h)).toContain('https://sheltersafe.ca/fields.html');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).display)).not.toBe('none');
  });
});

describe('what the exit closes and forgets', () => {
  it('closes help tabs in two windows, keeps an unrelated tab, and leaves no history or recently-closed entry', async () => {
    const page = await open(HELP);
    await open(ORDINARY);
    await open(HELP_SEARCH);
    await h.sw(async (url) => {
      await chrome.windows.create({ url: [url, 'https://sheltersafe.ca/other'] });
    }, HELP_2);
    await waitFor(async () => (await openTabUrls(h)).filter((u) => u.startsWith('https://')).length >= 4);
    await waitFor(async () => (await historyUrls(h)).length >= 4);
    await page.bringToFront();
    await pressShift(page);
    const { tabs, history } = await expectExited();
    expect(tabs).toContain(ORDINARY);
    expect(history).toContain(ORDINARY);
    const closed = await waitFor(async () => {
      const urls = await recentlyClosedUrls(h);
      return helpLeft(urls).length === 0 ? urls : null;
    }, 5000);
    expect(closed, 'recently-closed holds no help page').toBeTruthy();
  });

  it('opens the neutral site in a fresh tab with no Back history', async () => {
    const page = await open('http://ordinary.test/first');
    await page.goto(HELP);
    await pressShift(page);
    await expectExited();
    const neutral = await waitFor(() => h.context.pages().find((p) => p.url().startsWith(NEUTRAL)));
    expect(neutral).toBeTruthy();
    expect(await neutral!.evaluate(() => history.length)).toBe(1);
  });

  it('is harmless when triggered again during an exit', async () => {
    const page = await open(HELP);
    await open(HELP_2);
    await pressShift(page);
    await pressShift(page).catch(() => {});
    await h.sw(() => chrome.runtime.sendMessage({ type: 'panic', source: 'popup' }).catch(() => null));
    const { tabs } = await expectExited();
    expect(tabs.filter((u) => u.startsWith(NEUTRAL)).length).toBeLessThanOrEqual(2);
  });

  it('handles 50 tabs across 3 windows', async () => {
    await h.sw(async () => {
      for (let w = 0; w < 3; w++) {
        const urls = Array.from({ length: 17 }, (_, i) =>
          i % 2 ? `https://sheltersafe.ca/p${w}-${i}` : `http://ordinary.test/p${w}-${i}`,
        );
        await chrome.windows.create({ url: urls });
      }
    });
    await waitFor(async () => (await openTabUrls(h)).length >= 51, 15000);
    const page = await open(HELP);
    await pressShift(page);
    const { tabs } = await expectExited();
    expect(tabs.filter((u) => u.startsWith('http://ordinary.test/')).length).toBe(27);
  });
});

describe('other ways in', () => {
  it('the browser shortcut has a key on a fresh profile, and its handler exits', async () => {
    const shortcut = await h.sw(
      async () => (await chrome.commands.getAll()).find((c) => c.name === 'panic')?.shortcut,
    );
    expect(shortcut).toBeTruthy();
    await open(HELP);
    await h.sw(async () => {
      const [tab] = await chrome.tabs.query({ url: 'https://sheltersafe.ca/*' });
      // Synthetic keys never reach `commands`; dispatching the event runs our real listener.
      (
        chrome.commands.onCommand as unknown as { dispatch(name: string, tab?: chrome.tabs.Tab): void }
      ).dispatch('panic', tab);
    });
    await expectExited();
  });

  it('the popup Quick exit button exits', async () => {
    await open(HELP);
    const popup = await h.openExtensionPage('popup.html');
    await popup.getByRole('button', { name: 'Quick exit' }).click();
    const { tabs } = await expectExited();
    expect(tabs.some((u) => u.includes('popup.html'))).toBe(false);
  });

  it('still exits when the service worker was stopped first', async () => {
    const page = await open(HELP);
    await open(HELP_2);
    await h.stopWorkers();
    await page.bringToFront();
    await pressShift(page);
    await expectExited();
  });

  it('leaves by itself when the background does not answer within 300 ms', async () => {
    const page = await open(HELP);
    const worker = await h.worker();
    // Keep the worker's thread busy so it cannot answer.
    const busy = worker.evaluate(() => {
      const end = Date.now() + 2500;
      while (Date.now() < end) {}
    });
    await page.waitForTimeout(100);
    const navigated = page
      .waitForURL((u) => u.href.startsWith(NEUTRAL), { timeout: 2000 })
      .then(
        () => true,
        () => false,
      );
    await pressShift(page);
    expect(await navigated).toBe(true);
    await busy.catch(() => {});
    await expectExited();
  });
});
