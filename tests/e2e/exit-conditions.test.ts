/// <reference types="chrome" />
/**
 * The exit in conditions that need the extension itself to change, each in real Chromium: an
 * update (or reload) with pages already open, private windows once allowed, and, last, an
 * extension that is gone, leaving its copies in pages orphaned.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PANIC_URLS } from '../fixtures/urls';
import {
  type DeveloperPrivate,
  type Harness,
  historyUrls,
  launch,
  openTabUrls,
  resetBrowser,
  waitFor,
} from './harness';

const { help: HELP, help2: HELP_2, ordinary: ORDINARY, neutral: NEUTRAL } = PANIC_URLS;

let h: Harness;

beforeAll(async () => {
  h = await launch();
});
afterAll(() => h?.close());

beforeEach(async () => {
  await resetBrowser(h);
});

async function open(url: string): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(url);
  return page;
}

async function pressShift(page: Page): Promise<void> {
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
}

const helpLeft = (urls: string[]) => urls.filter((u) => /sheltersafe|thehotline|chrome-extension:/.test(u));

async function expectExited(): Promise<string[]> {
  const tabs = await waitFor(async () => {
    const urls = await openTabUrls(h);
    return helpLeft(urls).length === 0 && urls.some((u) => u.startsWith(NEUTRAL)) ? urls : null;
  }, 8000);
  if (!tabs) console.log('tabs still open:', await openTabUrls(h));
  expect(tabs, 'help tabs closed and the neutral site open').toBeTruthy();
  const history = await waitFor(async () => helpLeft(await historyUrls(h)).length === 0, 8000);
  expect(history, 'no help URL left in history').toBe(true);
  return tabs!;
}

/** Counts "Leave site?" prompts from now on. */
function countDialogs(): () => number {
  let n = 0;
  h.context.on('dialog', (d) => {
    n++;
    void d.accept().catch(() => {});
  });
  return () => n;
}

/** True once the fresh copy of the exit runs in the tab (the flag it sets in its world). */
const injected = (urlPattern: string) =>
  h.sw(async (pattern) => {
    const [tab] = await chrome.tabs.query({ url: pattern });
    if (!tab?.id) return false;
    const [result] = await chrome.scripting
      .executeScript({ target: { tabId: tab.id }, func: () => (globalThis as { wp?: number }).wp === 1 })
      .catch(() => []);
    return result?.result === true;
  }, urlPattern);

describe('after an update', () => {
  it('the exit works on pages that were open before it, once, with no prompt', async () => {
    // Opened first: a tab opened from a help page is on its trail, and closes with it.
    await open(ORDINARY);
    const page = await open(HELP);
    await open(HELP_2);
    const chat = await open('https://chat.thehotline.org/chat.html');
    await chat.locator('#message').click();
    await chat.keyboard.type('still typing');
    await h.reloadExtension();
    expect(await waitFor(() => injected('https://sheltersafe.ca/*'), 10_000)).toBe(true);
    expect(await injected('https://chat.thehotline.org/*')).toBe(true);
    const dialogs = countDialogs();
    await page.bringToFront();
    await page.mouse.click(5, 5);
    await pressShift(page);
    const tabs = await expectExited();
    await new Promise((r) => setTimeout(r, 800));
    // The orphaned copy stood aside: one exit, one neutral tab, the ordinary tab kept.
    expect((await openTabUrls(h)).filter((u) => u.startsWith(NEUTRAL))).toHaveLength(1);
    expect(tabs).toContain(ORDINARY);
    expect(dialogs()).toBe(0);
  });

  it('works from a frame of a page open before the update', async () => {
    const page = await open('https://sheltersafe.ca/fields.html');
    await h.reloadExtension();
    await waitFor(() => injected('https://sheltersafe.ca/*'), 10_000);
    await page.frameLocator('#frame').locator('#inner').focus();
    await pressShift(page);
    await expectExited();
  });
});

describe('private windows', () => {
  const privateSection = async () => {
    const options = await h.openExtensionPage('options.html');
    const text = await options.locator('#private-title').locator('..').innerText();
    await options.close();
    return text;
  };

  it('the options page says Waypoint does not run there yet, and how to allow it', async () => {
    const text = await privateSection();
    expect(text).toContain('does not run in private windows');
    expect(text).toContain('Allow in Incognito');
  });

  it('once allowed: the keys work in a private window, and the exit closes help tabs in every window', async () => {
    const next = h.context.waitForEvent('serviceworker', { timeout: 15_000 });
    await h.extensionsPage(async (id) => {
      const dev = (chrome as unknown as { developerPrivate: DeveloperPrivate }).developerPrivate;
      await dev.updateExtensionConfiguration({ extensionId: id, incognitoAccess: true });
    });
    await next;
    expect(await h.sw(() => chrome.extension.isAllowedIncognitoAccess())).toBe(true);
    expect(await privateSection()).toContain('works in private windows');

    // Opened first: a tab opened from a help page is on its trail, and closes with it.
    await open(ORDINARY);
    await open(HELP_2);
    await h.sw(async () => {
      await chrome.windows.create({ incognito: true, url: 'https://chat.thehotline.org/chat.html' });
    });
    const chat = await waitFor(() => h.context.pages().find((p) => p.url().includes('chat.thehotline')));
    await chat!.waitForLoadState();
    await chat!.locator('#message').click();
    await chat!.keyboard.type('in private');
    await h.sw(async () => {
      const [w] = await chrome.windows
        .getAll({ windowTypes: ['normal'] })
        .then((all) => all.filter((x) => x.incognito));
      await chrome.tabs.create({ windowId: w!.id, url: 'https://sheltersafe.ca/fields.html' });
    });
    const page = await waitFor(() => h.context.pages().find((p) => p.url().includes('fields.html')));
    await page!.waitForLoadState();
    const dialogs = countDialogs();
    await page!.focus('#input');
    await pressShift(page!);
    const tabs = await expectExited();
    expect(tabs).toContain(ORDINARY);
    expect(dialogs()).toBe(0);
    // The neutral site opened where the person was: in the private window.
    const neutralIsPrivate = await h.sw(async (url) => {
      const [tab] = await chrome.tabs.query({ url: `${url}*` });
      return tab?.incognito;
    }, NEUTRAL);
    expect(neutralIsPrivate).toBe(true);
  });

  it('once allowed: an exit from an ordinary window closes help tabs in private windows too', async () => {
    await h.sw(async () => {
      await chrome.windows.create({ incognito: true, url: 'https://sheltersafe.ca/find' });
    });
    await waitFor(async () => (await openTabUrls(h)).some((u) => u.includes('sheltersafe')));
    const page = await open(HELP_2);
    await pressShift(page);
    await expectExited();
  });
});

describe('with the extension gone', () => {
  it('a copy left in a page with nothing beside it still leaves by itself', async () => {
    const page = await open('https://sheltersafe.ca/fields.html');
    await page.focus('#input');
    // Removed for good: no fresh copy is put beside the orphaned one.
    await h
      .sw(() => {
        setTimeout(() => chrome.management.uninstallSelf(), 10);
      })
      .catch(() => {});
    await new Promise((r) => setTimeout(r, 1500));
    const left = page
      .waitForURL((u) => u.href.startsWith(NEUTRAL), { timeout: 5000 })
      .then(
        () => true,
        () => false,
      );
    await pressShift(page);
    expect(await left).toBe(true);
  });
});
