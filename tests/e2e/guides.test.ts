/// <reference types="chrome" />
/**
 * Offline guides end to end: found by search in both languages, opened from the popup (mouse and
 * keyboard), read with the keyboard alone, nothing ticked is kept, and the quick exit leaves no
 * trace of having read one.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GUIDES } from '../../data/guides';
import { LIMITS } from '../../data/limits';
import { limitStateOf, limitsFor } from '../../lib/limits';
import { DEFAULT_SETTINGS } from '../../lib/settings/settings';
import { type Harness, historyUrls, launch, openTabUrls, recentlyClosedUrls, waitFor } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await launch({ timezoneId: 'America/Toronto' });
});
afterAll(() => h?.close());

async function popupSearch(query: string): Promise<Page> {
  const popup = await h.openExtensionPage('popup.html');
  await popup.getByRole('searchbox').fill(query);
  await popup.locator('li.card').first().waitFor();
  return popup;
}

describe('guides', () => {
  it.each([
    ['restorative', 'restorative'],
    ['is it safe to talk to him', 'restorative'],
    ['justice réparatrice', 'restorative'],
    ['safety plan', 'safety_plan'],
    ['how do I help my friend', 'supporting_someone'],
    ['incognito', 'safer_browsing'],
  ])('search finds "%s" → the %s guide first', async (query, id) => {
    const popup = await popupSearch(query);
    // The start screen's cards are there before the search's results replace them: wait for those.
    await expect.poll(() => popup.locator('li.card').first().getAttribute('data-id')).toBe(`guide:${id}`);
    await popup.close();
  });

  it('the start screen lists every guide', async () => {
    const popup = await h.openExtensionPage('popup.html');
    await popup.locator('li.card').first().waitFor();
    // The guides arrive just after the first paint (the region's lines come first).
    await expect.poll(() => popup.locator('li.card.guide').count()).toBe(GUIDES.length);
    await popup.close();
  });

  it('opens a guide from search with the keyboard, in a tab of its own', async () => {
    const popup = await popupSearch('restorative');
    const opened = h.context.waitForEvent('page');
    await popup.getByRole('searchbox').press('ArrowDown');
    // The popup closes itself once the guide opens, possibly before the key comes back up.
    await popup.keyboard.press('Enter').catch(() => {});
    const guide = await opened;
    await guide.waitForURL(/guide\.html#restorative$/);
    await guide.getByRole('heading', { level: 1 }).waitFor();
    expect(await guide.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Is a restorative process safe and right for me?',
    );
    await guide.close();
  });

  it('reads with the keyboard alone: ordered headings, every control reachable, focus visible', async () => {
    const guide = await h.openExtensionPage('guide.html#restorative');
    await guide.getByRole('heading', { level: 1 }).waitFor();
    const levels = await guide
      .locator('h1, h2, h3')
      .evaluateAll((els) => els.map((e) => Number(e.tagName[1])));
    expect(levels[0]).toBe(1);
    for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
    const reached = new Set<string>();
    for (let i = 0; i < 60; i++) {
      await guide.keyboard.press('Tab');
      const focus = await guide.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const s = getComputedStyle(el);
        return { tag: el.tagName, visible: s.outlineStyle !== 'none' };
      });
      // Past the last control, focus leaves the page for the browser's own UI.
      if (focus.tag === 'BODY') continue;
      expect(focus.visible, `${focus.tag} shows focus`).toBe(true);
      reached.add(focus.tag);
    }
    expect([...reached]).toEqual(expect.arrayContaining(['BUTTON', 'INPUT', 'A']));
    await guide.close();
  });

  it('keeps nothing that was ticked', async () => {
    const guide = await h.openExtensionPage('guide.html#restorative');
    const box = guide.getByRole('checkbox').first();
    await box.check();
    expect(await box.isChecked()).toBe(true);
    await guide.reload();
    await guide.getByRole('checkbox').first().waitFor();
    expect(await guide.getByRole('checkbox').first().isChecked()).toBe(false);
    const stored = await h.sw(async () => ({
      local: Object.keys(await chrome.storage.local.get(null)),
      session: Object.keys(await chrome.storage.session.get(null)),
    }));
    expect(stored.local.filter((k) => k !== 'settings')).toEqual([]);
    // Memory-only working state of the cleaning and the exit is all the session area holds.
    const working = ['removedThisSession', 'tabTrail', 'exitInFlight', 'oldCopies'];
    expect(stored.session.filter((k) => !working.includes(k))).toEqual([]);
    await guide.close();
  });

  it('lists what Waypoint cannot do in this browser, the same in the guide and on the options page', async () => {
    // Default settings, and the browser has not allowed Waypoint in private windows.
    const expected = limitsFor(LIMITS, limitStateOf({ ...DEFAULT_SETTINGS }, false), 'en');
    expect(expected.some((t) => /private/i.test(t))).toBe(true);
    const guide = await h.openExtensionPage('guide.html#safer_browsing');
    await guide.locator('ul.limits li').first().waitFor();
    expect(await guide.locator('ul.limits li').allTextContents()).toEqual(expected);
    await guide.close();
    const options = await h.openExtensionPage('options.html');
    await options.locator('.cannot li').first().waitFor();
    expect(await options.locator('.cannot li').allTextContents()).toEqual(expected);
    await options.close();
  });

  it('the quick exit from a guide closes it and leaves it out of history and recently-closed', async () => {
    const guide = await h.openExtensionPage('guide.html#used_violence');
    await guide.getByRole('heading', { level: 1 }).waitFor();
    await h.context.newPage().then((p) => p.goto('http://ordinary.test/kept'));
    await guide.bringToFront();
    for (let i = 0; i < 3; i++) await guide.keyboard.press('Shift');
    const tabs = await waitFor(async () => {
      const urls = await openTabUrls(h);
      return urls.some((u) => u.includes('bbc.com')) && !urls.some((u) => u.includes('guide.html'))
        ? urls
        : null;
    });
    expect(tabs).toBeTruthy();
    const traces = await waitFor(async () => {
      const all = [...(await historyUrls(h)), ...(await recentlyClosedUrls(h))];
      return all.some((u) => u.includes('guide.html')) ? null : all;
    });
    expect(traces, 'no guide page in history or recently-closed').toBeTruthy();
    expect(traces).toContain('http://ordinary.test/kept');
  });
});

describe('in French', () => {
  it('shows the guide in French', async () => {
    const fr = await launch({ lang: 'fr' });
    try {
      const guide = await fr.openExtensionPage('guide.html#safety_plan');
      await guide.getByRole('heading', { level: 1 }).waitFor();
      expect(await guide.getByRole('heading', { level: 1 }).textContent()).toBe(
        GUIDES.find((g) => g.id === 'safety_plan')!.fr.title,
      );
      const first = GUIDES.find((g) => g.id === 'safety_plan')!.fr.sections[0]!.heading;
      expect(await guide.getByRole('heading', { level: 2 }).first().textContent()).toBe(first);
    } finally {
      await fr.close();
    }
  });
});
