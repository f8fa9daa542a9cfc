/**
 * The exit in conditions that need the add-on itself to change, in real Firefox: an update (a
 * reload, as an update does) with pages already open, and private windows once allowed.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PANIC_URLS } from '../fixtures/urls';
import {
  type ChromeGlobal,
  type Harness,
  historyUrls,
  launch,
  openTabUrls,
  recentlyClosedUrls,
  reset,
  typeInWindow,
  waitFor,
} from './harness';

const { help: HELP, help2: HELP_2, ordinary: ORDINARY, neutral: NEUTRAL } = PANIC_URLS;

let h: Harness;

beforeAll(async () => {
  h = await launch();
});
afterAll(() => h?.close());

beforeEach(async () => {
  await new Promise((r) => setTimeout(r, 300));
  await reset(h);
});

const helpLeft = (urls: string[]) => urls.filter((u) => /sheltersafe|thehotline|moz-extension:/.test(u));

async function expectExited(): Promise<string[]> {
  const tabs = await waitFor(async () => {
    const urls = await openTabUrls(h);
    return helpLeft(urls).length === 0 && urls.some((u) => u.startsWith(NEUTRAL)) ? urls : null;
  }, 8000);
  expect(tabs, 'help tabs closed and the neutral site open').toBeTruthy();
  expect(await waitFor(async () => helpLeft(await historyUrls(h)).length === 0, 8000)).toBe(true);
  expect(await waitFor(async () => helpLeft(await recentlyClosedUrls(h)).length === 0, 5000)).toBe(true);
  return tabs!;
}

/** Counts prompts the browser shows from now on. */
async function countPrompts(): Promise<() => Promise<number>> {
  await h.chrome((g) => {
    g.waypointPrompts = 0;
    g.waypointOnPrompt = () => {
      g.waypointPrompts++;
    };
    for (const topic of ['common-dialog-loaded', 'tabmodal-dialog-loaded'])
      g.Services.obs.addObserver(g.waypointOnPrompt, topic);
  });
  return () =>
    h.chrome((g) => {
      for (const topic of ['common-dialog-loaded', 'tabmodal-dialog-loaded'])
        g.Services.obs.removeObserver(g.waypointOnPrompt, topic);
      return g.waypointPrompts as number;
    });
}

/** Reloads the add-on the way an update does, and waits until its background answers again. */
async function reloadAddon(): Promise<void> {
  await h
    .chrome(async (g, id) => {
      const { AddonManager } = g.ChromeUtils.importESModule('resource://gre/modules/AddonManager.sys.mjs');
      await (await AddonManager.getAddonByID(id)).reload();
    }, h.extensionId)
    .catch(() => {});
  const ready = await waitFor(
    () => h.ext((b) => b.runtime.sendMessage({ type: 'getStatus' })).catch(() => null),
    10_000,
  );
  expect(ready, 'the add-on is back').toBeTruthy();
}

async function pressShift(page: Page): Promise<void> {
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
}

describe('after an update', () => {
  it('the exit works on pages that were open before it, with no prompt', async () => {
    // Opened first: a tab opened from a help page is on its trail, and closes with it.
    await h.open(ORDINARY);
    const page = await h.open(HELP);
    await h.open(HELP_2);
    const chat = await h.open('https://chat.thehotline.org/chat.html');
    await chat.click('#message');
    await chat.keyboard.type('still typing');
    await reloadAddon();
    const prompts = await countPrompts();
    await page.bringToFront();
    await page.mouse.click(5, 5);
    await pressShift(page);
    const tabs = await expectExited();
    expect(tabs).toContain(ORDINARY);
    expect(tabs.filter((u) => u.startsWith(NEUTRAL))).toHaveLength(1);
    expect(await prompts()).toBe(0);
  });
});

describe('private windows', () => {
  const privateSection = async () => {
    const options = await h.openExtensionPage('options.html', true);
    const text = await waitFor(
      () =>
        h.ext(() => document.getElementById('private-title')?.parentElement?.innerText ?? '', null, options),
      5000,
    );
    await h.ext(() => window.close(), null, options).catch(() => {});
    return text;
  };

  it('the options page says Waypoint does not run there yet, and how to allow it', async () => {
    const text = await privateSection();
    expect(text).toContain('does not run in private windows');
    expect(text).toContain('Run in Private Windows');
  });

  it('once allowed: the keys work in a private window, and the exit closes help tabs there and in other windows', async () => {
    await h.chrome(async (g, id) => {
      const { ExtensionPermissions } = g.ChromeUtils.importESModule(
        'resource://gre/modules/ExtensionPermissions.sys.mjs',
      );
      await ExtensionPermissions.add(id, { permissions: ['internal:privateBrowsingAllowed'], origins: [] });
    }, h.extensionId);
    await reloadAddon();
    expect(await privateSection()).toContain('works in private windows');

    // Opened first: a tab opened from a help page is on its trail, and closes with it.
    await h.open(ORDINARY);
    await h.open(HELP_2);
    // A private window with a help page, in front.
    await h.ext(async (b, url) => {
      await b.windows.create({ incognito: true, url, focused: true });
    }, 'https://sheltersafe.ca/fields.html');
    const loaded = await waitFor(async () =>
      (await openTabUrls(h)).includes('https://sheltersafe.ca/fields.html'),
    );
    expect(loaded).toBe(true);
    await new Promise((r) => setTimeout(r, 500));
    const prompts = await countPrompts();
    for (let i = 0; i < 3; i++) await typeInWindow(h, ['Shift']);
    const tabs = await expectExited();
    expect(tabs).toContain(ORDINARY);
    expect(await prompts()).toBe(0);
    const neutralPrivate = await h.chrome(
      (g, neutral) =>
        [...g.Services.wm.getEnumerator('navigator:browser')].some(
          (w: ChromeGlobal) =>
            g.PrivateBrowsingUtils.isWindowPrivate(w) &&
            w.gBrowser.tabs.some((t: ChromeGlobal) => t.linkedBrowser.currentURI.spec.startsWith(neutral)),
        ),
      NEUTRAL,
    );
    expect(neutralPrivate, 'the neutral site opened in the private window').toBe(true);
  });
});
