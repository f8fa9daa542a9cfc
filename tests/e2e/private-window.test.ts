/// <reference types="chrome" />
/**
 * Opening help privately in Chromium: with Waypoint allowed in incognito, a resource's website
 * opens in an incognito window (no visit is recorded at all, and the quick exit still closes it);
 * without it, the popup says why and how to allow it, and opens nothing. Guides are Waypoint's
 * own pages, which Chromium does not show in incognito for an extension like Waypoint: no offer.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ALL_RESOURCES as RESOURCES } from '../../data/directory';
import { type Harness, launch, openTabUrls, waitFor } from './harness';

const KHP = RESOURCES.find((r) => r.id === 'kids-help-phone')!;
const harnesses: Harness[] = [];
afterAll(async () => {
  for (const h of harnesses) await h.close();
});

async function popupWith(h: Harness, query: string): Promise<Page> {
  const popup = await h.openExtensionPage('popup.html');
  await popup.getByRole('searchbox', { name: 'Search for help' }).fill(query);
  await popup.locator(`li.card[data-id="${KHP.id}"]`).waitFor();
  return popup;
}

const privateButton = (popup: Page) =>
  popup.getByRole('button', { name: `Open the website of ${KHP.name} in a private window` });

/** Windows as the extension sees them: incognito flag and tab addresses. */
const windows = (h: Harness) =>
  h.sw(async () =>
    (await chrome.windows.getAll({ populate: true })).map((w) => ({
      incognito: w.incognito,
      urls: (w.tabs ?? []).map((t) => t.pendingUrl || t.url || ''),
    })),
  );

describe('not allowed in incognito (the default)', () => {
  let h: Harness;
  afterEach(async () => {
    await h.sw(async () => {
      for (const w of await chrome.windows.getAll()) if (w.incognito) await chrome.windows.remove(w.id!);
    });
  });

  it('says why and how to allow it, and opens nothing', async () => {
    h = await launch({ timezoneId: 'America/Toronto' });
    harnesses.push(h);
    expect(await h.sw(() => chrome.extension.isAllowedIncognitoAccess())).toBe(false);
    const popup = await popupWith(h, 'kids help phone');
    const before = await windows(h);
    await privateButton(popup).click();
    const alert = popup.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('chrome://extensions');
    expect(await alert.textContent()).toContain('Allow in Incognito');
    expect(await windows(h)).toEqual(before);
    // Guides cannot open privately in Chromium: no button offers it.
    await popup.getByRole('searchbox').fill('safety plan');
    await popup.locator('li.card.guide').first().waitFor();
    expect(await popup.locator('li.card.guide .action-private').count()).toBe(0);
  });
});

describe('allowed in incognito', () => {
  it('opens the website in an incognito window, records no visit, and the quick exit closes it', async () => {
    const h = await launch({ timezoneId: 'America/Toronto', incognito: true });
    harnesses.push(h);
    expect(await h.sw(() => chrome.extension.isAllowedIncognitoAccess())).toBe(true);
    await h.sw(() => {
      const g = globalThis as unknown as { visits: string[] };
      g.visits = [];
      chrome.history.onVisited.addListener((item) => g.visits.push(item.url ?? ''));
    });
    const visits = () => h.sw(() => (globalThis as unknown as { visits: string[] }).visits);

    await privateButton(await popupWith(h, 'kids help phone')).click();
    const opened = await waitFor(async () =>
      (await windows(h)).find((w) => w.incognito && w.urls.includes(KHP.website!)),
    );
    expect(opened, 'an incognito window with the website').toBeTruthy();
    // A second one opens as a tab of the same private window.
    await privateButton(await popupWith(h, 'kids help phone')).click();
    await expect
      .poll(async () => (await windows(h)).filter((w) => w.incognito).map((w) => w.urls.length))
      .toEqual([2]);
    // Both private tabs have loaded the site, and no visit was recorded.
    await expect
      .poll(() =>
        h.sw(
          async () =>
            (await chrome.tabs.query({})).filter((t) => t.incognito && t.status === 'complete').length,
        ),
      )
      .toBe(2);
    expect(await visits()).not.toContain(KHP.website);

    // The same page in an ordinary tab is a visit (so the listener above does hear them).
    const normal = await h.context.newPage();
    await normal.goto(KHP.website!);
    await expect.poll(visits).toContain(KHP.website);

    // The quick exit closes help tabs in the private window too.
    await h.sw(async () => {
      const [tab] = await chrome.tabs.query({ url: 'https://kidshelpphone.ca/*' });
      (
        chrome.commands.onCommand as unknown as { dispatch(name: string, tab?: chrome.tabs.Tab): void }
      ).dispatch('panic', tab);
    });
    const left = await waitFor(async () => {
      const all = await windows(h);
      return all.some((w) => w.incognito) ? null : all;
    }, 8000);
    expect(left, 'no private window left').toBeTruthy();
    expect((await openTabUrls(h)).some((u) => u.includes('kidshelpphone'))).toBe(false);
  });
});
