/// <reference types="chrome" />
/**
 * The discreet looks in a real Chromium: behind each look, the toolbar window and the options
 * page are that tool, working, with no word or script of Waypoint's directory until the code is
 * used; a wrong code changes nothing; the right one opens Waypoint in one step; the typed way
 * back sets a new code; the quick-exit keys still work. Screenshots for the store go to docs/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ALL_RESOURCES as RESOURCES } from '../../data/directory';
import { closedWords } from '../fixtures/closed-words';
import { PANIC_URLS } from '../fixtures/urls';
import { EXT_DIR, type Harness, launch, openTabUrls, resetBrowser, waitFor } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await launch({ timezoneId: 'America/Toronto' });
});
afterAll(() => h?.close());
beforeEach(async () => {
  await resetBrowser(h);
});

const DOCS = resolve(import.meta.dirname, '../../docs');
const CODES = { calculator: '2580', converter: '2580', notes: 'marigold' } as const;
type Look = keyof typeof CODES;

const setLook = (look: Look | 'none', code: string = look === 'none' ? '' : CODES[look]) =>
  h.sw(
    async (s) => {
      await chrome.storage.local.set({ settings: s });
    },
    { version: 2, disguise: look, unlockCode: code },
  );

const stored = () => h.sw(async () => (await chrome.storage.local.get(null)) as Record<string, unknown>);

/** Chunks that carry the directory's data: none of them may load before the code. */
const DIRECTORY_CHUNKS = readdirSync(resolve(EXT_DIR, 'chunks')).filter((f) =>
  readFileSync(resolve(EXT_DIR, 'chunks', f), 'utf8').includes('kids-help-phone'),
);

/** Words of the directory a page behind a look must not hold (besides the closed list). */
const DIRECTORY_WORDS = [
  'waypoint',
  'quick exit',
  'directory',
  'hotline',
  'shelter',
  ...RESOURCES.map((r) => r.name.toLowerCase()),
];

async function openPage(path: string): Promise<Page> {
  const page = await h.openExtensionPage(path);
  await page.setViewportSize({ width: 360, height: 520 });
  return page;
}

/**
 * What the page holds that gives Waypoint away: in what it shows or says (text, title, labels),
 * in its markup, and in every script it loaded.
 */
async function revealing(page: Page): Promise<string[]> {
  const { said, html, scripts } = await page.evaluate(async () => {
    const attrs = ['aria-label', 'title', 'placeholder', 'alt', 'value'];
    const said = [
      document.title,
      document.body.textContent ?? '',
      ...[...document.querySelectorAll('*')].flatMap((el) => attrs.map((a) => el.getAttribute(a) ?? '')),
    ].join('\n');
    const urls = performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .concat([...document.scripts].map((s) => s.src))
      .filter((u) => u.endsWith('.js'));
    const scripts = await Promise.all(
      [...new Set(urls)].map(async (u) => ({ u, text: await (await fetch(u)).text() })),
    );
    return { said, html: document.documentElement.outerHTML.toLowerCase(), scripts };
  });
  const found = [
    ...closedWords(said),
    ...DIRECTORY_WORDS.filter((w) => said.toLowerCase().includes(w) || html.includes(w)),
  ];
  for (const { u, text } of scripts) {
    if (DIRECTORY_CHUNKS.some((c) => u.endsWith(c))) found.push(`loaded ${u}`);
    for (const r of RESOURCES)
      if (text.includes(r.id) || text.includes(r.name)) found.push(`${r.id} in ${u}`);
  }
  return found;
}

const directoryShown = (page: Page) => page.getByRole('searchbox', { name: 'Search for help' });
const settingsShown = (page: Page) => page.getByRole('heading', { name: 'Waypoint settings' });

/** Types the code into the look the way a person would, then the key that confirms it. */
async function useCode(page: Page, look: Look, code: string) {
  if (look === 'calculator') {
    for (const d of code) await page.getByRole('button', { name: d, exact: true }).click();
    await page.getByRole('button', { name: 'equals' }).click();
  } else if (look === 'converter') {
    await page.getByLabel('Amount').fill(code);
    await page.getByLabel('Amount').press('Enter');
  } else {
    const notes = page.getByLabel('Your notes');
    await notes.click();
    await notes.press('End');
    await page.keyboard.press('Control+End');
    await page.keyboard.type(code);
    await page.keyboard.press('Enter');
  }
}

describe.each(['calculator', 'converter', 'notes'] as const)('the %s look', (look) => {
  it('is the tool in the toolbar window, with nothing of Waypoint in its page or scripts', async () => {
    await setLook(look);
    await expect.poll(() => h.sw(() => chrome.action.getTitle({}))).not.toBe('Waypoint');
    const popup = await openPage('popup.html');
    await popup.locator('main.decoy-popup').waitFor();
    expect(await revealing(popup)).toEqual([]);
    expect(await popup.title()).toBe(await h.sw(() => chrome.action.getTitle({})));
    await popup.screenshot({ path: resolve(DOCS, `look-${look}.png`) });
  });

  it('ignores a wrong code, and opens the directory in one step with the right one', async () => {
    await setLook(look);
    const popup = await openPage('popup.html');
    await popup.locator('main.decoy-popup').waitFor();
    await useCode(popup, look, look === 'notes' ? 'marigolds' : '2581');
    await popup.waitForTimeout(400);
    expect(await directoryShown(popup).count()).toBe(0);
    expect(await revealing(popup)).toEqual([]);
    // The wrong code did only what the tool does with any input.
    if (look === 'calculator') expect(await popup.locator('.calc-result').textContent()).toBe('2581');
    if (look === 'converter')
      expect(await popup.locator('.conv-result').textContent()).toBe('2.581 kilometres (km)');
    if (look === 'notes') expect(await popup.getByLabel('Your notes').inputValue()).toBe('marigolds\n');
    await useCode(popup, look, CODES[look]);
    await directoryShown(popup).waitFor({ timeout: 3000 });
    expect(await popup.locator('li.card').count()).toBeGreaterThan(5);
    if (look === 'notes') {
      // The code's line is taken out of the notes.
      await expect.poll(async () => (await stored()).notes).toBe('marigolds');
    }
  });

  it('makes the options page the tool’s settings; the code opens Waypoint’s', async () => {
    await setLook(look);
    const options = await openPage('options.html');
    await options.getByRole('heading', { level: 1 }).waitFor();
    expect(await options.getByRole('heading', { level: 1 }).textContent()).toMatch(/settings$/);
    expect(await revealing(options)).toEqual([]);
    await options.getByLabel('Larger text').check();
    await expect.poll(async () => (await stored()).settings).toMatchObject({ decoyLargeText: true });
    await useCode(options, look, CODES[look]);
    await settingsShown(options).waitFor({ timeout: 3000 });
  });

  it('takes a new code on the typed way back, and the old one stops working', async () => {
    await setLook(look);
    const options = await openPage('options.html');
    await options.getByRole('heading', { level: 1 }).waitFor();
    expect(await options.getByLabel('New code', { exact: true }).count()).toBe(0);
    await options.evaluate(() => {
      location.hash = 'new-code';
    });
    const fresh = look === 'notes' ? 'lantern' : '7391';
    await options.getByLabel('New code', { exact: true }).fill(look === 'notes' ? 'sun' : '1111');
    await options.getByRole('button', { name: 'Save' }).click();
    await options.getByText(look === 'notes' ? 'Too short' : 'Too easy to guess').waitFor();
    await options.getByLabel('New code', { exact: true }).fill(fresh);
    await options.getByRole('button', { name: 'Save' }).click();
    await expect.poll(async () => (await stored()).settings).toMatchObject({ unlockCode: fresh });
    expect(await revealing(options)).toEqual([]);
    await useCode(options, look, CODES[look]);
    await options.waitForTimeout(300);
    expect(await settingsShown(options).count()).toBe(0);
    await useCode(options, look, fresh);
    await settingsShown(options).waitFor({ timeout: 3000 });
  });
});

describe('behind a look', () => {
  it('the quick-exit keys still leave from the toolbar window, showing nothing first', async () => {
    await setLook('calculator');
    const help = await h.context.newPage();
    await help.goto(PANIC_URLS.help);
    const popup = await openPage('popup.html');
    await popup.locator('main.decoy-popup').waitFor();
    await popup.bringToFront();
    for (let i = 0; i < 3; i++) await popup.keyboard.press('Shift');
    const tabs = await waitFor(async () => {
      const urls = await openTabUrls(h);
      return urls.some((u) => u.startsWith(PANIC_URLS.neutral)) && !urls.includes(PANIC_URLS.help)
        ? urls
        : null;
    }, 8000);
    expect(tabs).toBeTruthy();
  });

  it('in practice mode, the keys show nothing at all', async () => {
    await h.sw(async () => {
      await chrome.storage.local.set({
        settings: { version: 2, disguise: 'notes', unlockCode: 'marigold', rehearsal: true },
      });
    });
    const popup = await openPage('popup.html');
    await popup.getByLabel('Your notes').waitFor();
    const before = await popup.locator('body').innerHTML();
    for (let i = 0; i < 3; i++) await popup.keyboard.press('Shift');
    await popup.waitForTimeout(300);
    expect(await popup.locator('body').innerHTML()).toBe(before);
    expect(await revealing(popup)).toEqual([]);
  });

  it('keeps the notes between openings', async () => {
    await setLook('notes');
    const popup = await openPage('popup.html');
    await popup.getByLabel('Your notes').fill('milk\neggs');
    await expect.poll(async () => (await stored()).notes).toBe('milk\neggs');
    await popup.close();
    const again = await openPage('popup.html');
    expect(await again.getByLabel('Your notes').inputValue()).toBe('milk\neggs');
  });

  it('the notes’ settings delete all notes, after asking', async () => {
    await setLook('notes');
    await h.sw(() => chrome.storage.local.set({ notes: 'milk\neggs' }));
    const options = await openPage('options.html');
    await options.getByRole('button', { name: 'Delete all notes' }).click();
    await options.getByText('Delete all notes? This cannot be undone.').waitFor();
    expect((await stored()).notes).toBe('milk\neggs');
    await options.getByRole('button', { name: 'Yes, delete' }).click();
    await expect.poll(async () => (await stored()).notes).toBe('');
    expect(await options.getByLabel('Your notes').inputValue()).toBe('');
  });

  it('the calculator computes from the keyboard, and the converter converts', async () => {
    await setLook('calculator');
    const calc = await openPage('popup.html');
    await calc.locator('.calc-keys button').first().waitFor();
    await calc.keyboard.type('12+3*4');
    await calc.keyboard.press('Enter');
    expect(await calc.locator('.calc-result').textContent()).toBe('24');
    await calc.keyboard.type('/0=');
    expect(await calc.locator('.calc-result').textContent()).toBe('Error');
    await setLook('converter');
    const conv = await openPage('popup.html');
    await conv.getByLabel('Measure').selectOption('temperature');
    await conv.getByLabel('Amount').fill('100');
    expect(await conv.locator('.conv-result').textContent()).toBe('212 degrees Fahrenheit (°F)');
  });

  it('a look without a code (from version 1) changes only the toolbar button', async () => {
    await h.sw(async () => {
      await chrome.storage.local.set({ settings: { version: 1, disguise: 'weather' } });
    });
    await expect.poll(() => h.sw(() => chrome.action.getTitle({}))).toBe('Unit converter');
    const popup = await openPage('popup.html');
    await directoryShown(popup).waitFor();
  });
});

describe('setting a look up in Waypoint’s settings', () => {
  it('asks for a code, a practice run, then turns the look on', async () => {
    await setLook('none');
    const options = await openPage('options.html');
    await options.setViewportSize({ width: 1000, height: 900 });
    await settingsShown(options).waitFor();
    await options.getByRole('radio', { name: 'Calculator' }).check();
    const turnOn = options.getByRole('button', { name: 'Use this look' });
    expect(await turnOn.isDisabled()).toBe(true);
    await options.getByLabel('Your code (4 to 12 digits)').fill('1234');
    await options.getByText('Too easy to guess').waitFor();
    await options.getByLabel('Your code (4 to 12 digits)').fill('2580');
    const practice = options.locator('.practice');
    for (const d of '2581') await practice.getByRole('button', { name: d, exact: true }).click();
    await practice.getByRole('button', { name: 'equals' }).click();
    expect(await options.getByText('That works').count()).toBe(0);
    expect(await turnOn.isDisabled()).toBe(true);
    for (const d of '2580') await practice.getByRole('button', { name: d, exact: true }).click();
    await practice.getByRole('button', { name: 'equals' }).click();
    await options.getByText('That works: this would open Waypoint.').waitFor();
    await options
      .locator('section[aria-labelledby="disguise-title"]')
      .screenshot({ path: resolve(DOCS, 'look-setup.png') });
    await turnOn.click();
    await expect
      .poll(async () => (await stored()).settings)
      .toMatchObject({ disguise: 'calculator', unlockCode: '2580' });
    await expect.poll(() => h.sw(() => chrome.action.getTitle({}))).toBe('Calculator');
    await options.getByText('On. The window locks again each time it closes.').waitFor();
    const popup = await openPage('popup.html');
    await popup.locator('.calc').waitFor();
    // Resetting everything, after a confirmation, turns the look off as well.
    await options.getByRole('button', { name: 'Reset all settings to their defaults' }).click();
    await options.getByRole('button', { name: 'Cancel' }).click();
    expect((await stored()).settings).toMatchObject({ disguise: 'calculator' });
    await options.getByRole('button', { name: 'Reset all settings to their defaults' }).click();
    await options.getByRole('button', { name: 'Yes, reset' }).click();
    await expect
      .poll(async () => (await stored()).settings)
      .toMatchObject({ disguise: 'none', unlockCode: '' });
    await options.getByRole('radio', { name: 'Calculator' }).check();
    await options.getByLabel('Your code (4 to 12 digits)').fill('2580');
    for (const d of '2580') await practice.getByRole('button', { name: d, exact: true }).click();
    await practice.getByRole('button', { name: 'equals' }).click();
    await turnOn.click();
    await expect.poll(async () => (await stored()).settings).toMatchObject({ disguise: 'calculator' });
    // Back to Waypoint's own look: no code needed, and the code is forgotten.
    await options.getByRole('radio', { name: 'Waypoint' }).check();
    await expect
      .poll(async () => (await stored()).settings)
      .toMatchObject({ disguise: 'none', unlockCode: '' });
    await expect.poll(() => h.sw(() => chrome.action.getTitle({}))).toBe('Waypoint');
  });
});
