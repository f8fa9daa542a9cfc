/// <reference types="chrome" />
/**
 * The store listings' screenshots, in English and French, at the size both stores take
 * (1280×800): the directory, a guide, a discreet look and its set-up. Written to
 * docs/store/<lang>/ by this suite, so they always show the extension as it is built.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launch } from './harness';

const SIZE = { width: 1280, height: 800 };

/** Shows a small page (the toolbar window) enlarged and centred on a plain backdrop. */
async function frame(page: Page, zoom: number, width = 'auto') {
  await page.addStyleTag({
    content: `html { background: #dfe5ee; min-height: 100%; }
      @media (prefers-color-scheme: dark) { html { background: #2b2f38; } }
      body { zoom: ${zoom}; width: ${width}; margin: 24px auto; box-shadow: 0 4px 24px #0003; border-radius: 8px;
        background: var(--bg); max-height: none; overflow: hidden; }`,
  });
}

describe.each([
  ['en', 'kids help', 'Calculator', 'Search for help'],
  ['fr', 'femaide', 'Calculatrice', 'Chercher de l’aide'],
])('screenshots in %s', (lang, query, calculator, searchName) => {
  let h: Harness;
  const dir = resolve(import.meta.dirname, '../../docs/store', lang);
  const shot = (page: Page, name: string) => page.screenshot({ path: resolve(dir, name) });
  beforeAll(async () => {
    mkdirSync(dir, { recursive: true });
    h = await launch({ lang, timezoneId: 'America/Toronto' });
  });
  afterAll(() => h?.close());

  it('shows the directory, a guide, a look and its set-up', async () => {
    const popup = await h.openExtensionPage('popup.html');
    await popup.setViewportSize(SIZE);
    await popup.getByRole('searchbox', { name: searchName }).fill(query);
    await popup.locator('li.card mark').first().waitFor();
    await frame(popup, 1.25);
    await shot(popup, '1-directory.png');

    const guide = await h.openExtensionPage('guide.html#safety_plan');
    await guide.setViewportSize(SIZE);
    await guide.getByRole('heading', { level: 1 }).waitFor();
    await shot(guide, '2-guide.png');

    const options = await h.openExtensionPage('options.html');
    await options.setViewportSize(SIZE);
    await options.getByRole('radio', { name: calculator }).check();
    await options.locator('#look-code').fill('2580');
    const practice = options.locator('.practice');
    for (const d of '2580') await practice.getByRole('button', { name: d, exact: true }).click();
    await practice.locator('.calc-keys button').nth(15).click();
    await options.locator('section[aria-labelledby="disguise-title"]').scrollIntoViewIfNeeded();
    await shot(options, '3-discreet-look-setup.png');
    await options.locator('.look-setup > button').click();
    await expect.poll(() => h.sw(() => chrome.action.getTitle({}))).toBe(calculator);

    const look = await h.openExtensionPage('popup.html');
    await look.setViewportSize(SIZE);
    await look.locator('.calc').waitFor();
    for (const k of ['1', '2', '×', '3', '=']) await look.keyboard.type(k === '×' ? '*' : k);
    await frame(look, 1.6, '300px');
    await shot(look, '4-calculator-look.png');
  });
});
