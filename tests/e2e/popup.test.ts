/// <reference types="chrome" />
/**
 * The popup directory in a real Chromium: focus on open, search, filters, actions, keyboard,
 * screen-reader announcements, and not one network request.
 */
import { resolve } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launch } from './harness';

let h: Harness;
let popup: Page;
const requests: string[] = [];

beforeAll(async () => {
  h = await launch({ timezoneId: 'America/Toronto' });
  h.context.on('request', (r: Request) => {
    // Service-worker requests have no frame; the popup's requests all do.
    const page = r.serviceWorker() ? undefined : r.frame().page();
    if (page?.url().includes('/popup.html')) requests.push(r.url());
  });
});
afterAll(() => h?.close());

async function openPopup(): Promise<Page> {
  popup = await h.openExtensionPage('popup.html');
  await popup.setViewportSize({ width: 400, height: 600 });
  return popup;
}

const search = () => popup.getByRole('searchbox', { name: 'Search for help' });
const firstHeading = () => popup.locator('li.card h3').first();

describe('popup', () => {
  it('opens with the search field focused and crisis lines first', async () => {
    await openPopup();
    await expect.poll(() => popup.evaluate(() => document.activeElement?.id)).toBe('q');
    expect(await popup.locator('li.card').count()).toBeGreaterThan(20);
    // Toronto's time zone: Canada's emergency number, then 24/7 Canadian and Ontario lines.
    const ids = await popup
      .locator('li.card')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
    expect(ids[0]).toBe('emergency-ca');
    expect(ids.slice(1, 4)).toContain('assaulted-womens-helpline');
    // Ontario's lines, then Canada's, before any other country's.
    expect(ids.indexOf('ca-988')).toBeGreaterThan(ids.indexOf('assaulted-womens-helpline'));
    expect(ids.indexOf('us-national-dv-hotline')).toBeGreaterThan(ids.indexOf('ca-988'));
    await popup.screenshot({ path: resolve(import.meta.dirname, '../../docs/popup.png') });
  });

  it.each([
    ['asaulted womens', 'Assaulted Women’s Helpline'],
    ['kids help', 'Kids Help Phone'],
    ['femaide', 'Fem’aide'],
  ])('finds %s at the top, with the match highlighted', async (query, name) => {
    await search().fill(query);
    await expect.poll(() => firstHeading().textContent()).toMatch(new RegExp(name.replace(/’/g, "['’]")));
    expect(await firstHeading().locator('mark').count()).toBeGreaterThan(0);
  });

  it('announces the number of results to screen readers', async () => {
    await search().fill('kids help');
    await expect.poll(() => popup.getByRole('status').first().textContent()).toMatch(/\d+ results?/);
  });

  it('offers tel: links in dialable forms and an sms: link with the keyword', async () => {
    await search().fill('kids help phone');
    const card = popup.locator('li.card').first();
    expect(await card.locator('a[href^="tel:"]').first().getAttribute('href')).toBe('tel:+18006686868');
    expect(await card.locator('a[href^="sms:"]').first().getAttribute('href')).toBe(
      'sms:686868?body=CONNECT',
    );
    const tels = await popup
      .locator('a[href^="tel:"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    // E.164, a short code, or a domestic form where E.164 does not dial (AU, IE, NZ: see dial-forms.ts).
    for (const tel of tels) expect(tel).toMatch(/^tel:(\+[1-9]\d{6,14}|\d{3,6}|(1800|1300|0800|0508)\d{6})$/);
  });

  it('combines filters with the search', async () => {
    await search().fill('');
    await popup.getByLabel('Language').selectOption('fr');
    const ids = await popup
      .locator('li.card')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
    expect(ids).toContain('femaide');
    expect(ids).not.toContain('gb-mens-advice-line');
    await search().fill('women');
    const withQuery = await popup
      .locator('li.card')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
    expect(withQuery.length).toBeGreaterThan(0);
    expect(withQuery.length).toBeLessThan(ids.length);
    await popup.getByRole('button', { name: 'Clear filters' }).click();
  });

  it('says when nothing matches, still shows crisis lines, and offers to widen the search', async () => {
    await search().fill('zzqxv wvqzz');
    await expect.poll(() => popup.getByText(/Nothing matches/).count()).toBe(1);
    expect(await popup.locator('li.card').count()).toBeGreaterThan(0);
    await popup.getByRole('button', { name: 'See everything in the directory' }).click();
    await expect.poll(() => search().inputValue()).toBe('');
    expect(await popup.locator('li.card').count()).toBeGreaterThan(20);
  });

  it.each([
    ['he pushed me and i cant go home tonight', 'assaulted-womens-helpline'],
    ['mon chum me frappe', 'femaide'],
    ['he is choking me', 'emergency-ca'],
  ])('answers what people say about their situation: %s', async (query, first) => {
    await search().fill(query);
    await expect.poll(() => popup.locator('li.card').first().getAttribute('data-id')).toBe(first);
  });

  it('survives a huge query, emoji, RTL text and regex characters', async () => {
    const regexChars = ['.*+?^$', '{}()|[]\\'].join('');
    for (const q of ['x'.repeat(10000), '😀🆘 help', 'عنف أسري', regexChars]) {
      await search().fill(q);
      await popup.waitForTimeout(50);
    }
    await search().fill('shelter');
    await expect.poll(() => firstHeading().textContent()).toBeTruthy();
  });

  it('moves through results with the arrows, Enter takes the first action, Esc clears', async () => {
    await search().fill('help');
    const ids = await popup
      .locator('li.card')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
    expect(ids.length).toBeGreaterThan(2);
    const focused = () => popup.evaluate(() => document.activeElement?.getAttribute('data-id'));
    await search().press('ArrowDown');
    expect(await focused()).toBe(ids[0]);
    await popup.keyboard.press('ArrowDown');
    expect(await focused()).toBe(ids[1]);
    await popup.keyboard.press('End');
    expect(await focused()).toBe(ids[ids.length - 1]);
    await popup.keyboard.press('Home');
    expect(await focused()).toBe(ids[0]);
    // Enter takes the first action of the focused card: go to the first card that has one.
    const withAction = await popup
      .locator('li.card')
      .evaluateAll((els) => els.findIndex((e) => e.querySelector('[data-action]')));
    for (let i = 0; i < withAction; i++) await popup.keyboard.press('ArrowDown');
    const firstAction = await popup
      .locator('li.card')
      .nth(withAction)
      .locator('[data-action]')
      .first()
      .getAttribute('href');
    await popup.evaluate(() => {
      document.addEventListener(
        'click',
        (e) => {
          const a = (e.target as Element).closest('a');
          if (a) {
            e.preventDefault();
            document.body.dataset.clicked = a.getAttribute('href') ?? '';
          }
        },
        { capture: true },
      );
    });
    await popup.keyboard.press('Enter');
    expect(await popup.evaluate(() => document.body.dataset.clicked)).toBe(firstAction);
    await popup.keyboard.press('Home');
    await popup.keyboard.press('ArrowUp');
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe('q');
    await popup.keyboard.press('Escape');
    expect(await search().inputValue()).toBe('');
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe('q');
  });

  it('made no network request', () => {
    expect(requests.filter((u) => !u.startsWith('chrome-extension://'))).toEqual([]);
  });
});
