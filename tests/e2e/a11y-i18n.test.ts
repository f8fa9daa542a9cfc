/// <reference types="chrome" />
/**
 * Accessibility (axe-core, keyboard, visible focus) and French, end to end: the popup and the
 * options page in English and French, light and dark.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_RESOURCES } from '../../data/directory';
import { type Harness, launch } from './harness';

const harnesses: Harness[] = [];
afterAll(async () => {
  for (const h of harnesses) await h.close();
});

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page: page as never }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const LOOKS = ['calculator', 'notes', 'converter'] as const;
const SCHEMES = ['light', 'dark'] as const;

describe.each([
  ['en', 'Search for help', 'Quick exit', 'Waypoint settings', 'Calculator'],
  ['fr', 'Chercher de l’aide', 'Sortie rapide', 'Réglages de Waypoint', 'Calculatrice'],
])('in %s', (lang, searchName, exitName, optionsTitle, calculatorName) => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch({ lang, timezoneId: 'America/Toronto' });
    harnesses.push(h);
  });

  it('shows the popup in the browser’s language', async () => {
    const popup = await h.openExtensionPage('popup.html');
    await popup.getByRole('searchbox', { name: searchName }).waitFor();
    expect(await popup.getByRole('button', { name: exitName }).count()).toBe(1);
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe(lang);
    const khp = ALL_RESOURCES.find((r) => r.id === 'kids-help-phone')!;
    const text = await popup.locator('li.card[data-id="kids-help-phone"] .desc').textContent();
    expect(text).toBe(lang === 'fr' ? khp.description.fr : khp.description.en);
  });

  it.each(['light', 'dark'] as const)('has no serious axe violations in the popup (%s)', async (scheme) => {
    const popup = await h.openExtensionPage('popup.html');
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.locator('li.card').first().waitFor();
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.getByRole('searchbox').fill(lang === 'fr' ? 'aide' : 'help');
    await popup.locator('li.card mark').first().waitFor();
    expect(await seriousViolations(popup)).toEqual([]);
  });

  it.each(['light', 'dark'] as const)(
    'has no serious axe violations on the options page (%s)',
    async (scheme) => {
      const options = await h.openExtensionPage('options.html');
      await options.emulateMedia({ colorScheme: scheme });
      await options.getByRole('heading', { name: optionsTitle }).waitFor();
      expect(await seriousViolations(options)).toEqual([]);
      await options.getByRole('radio').nth(2).check();
      await options.getByRole('checkbox').nth(0).check();
      expect(await seriousViolations(options)).toEqual([]);
      // The discreet look's set-up, with its practice calculator and a code error.
      await options.getByRole('radio', { name: calculatorName }).check();
      await options.locator('#look-code').fill('1111');
      await options.locator('.practice .calc').waitFor();
      expect(await seriousViolations(options)).toEqual([]);
    },
  );

  describe.each(LOOKS)('behind the %s look', (look) => {
    // The settings the other tests of this language left, put back afterwards.
    let before: unknown;
    beforeAll(async () => {
      before = await h.sw(async (l) => {
        const { settings } = await chrome.storage.local.get('settings');
        await chrome.storage.local.set({
          settings: { version: 2, disguise: l, unlockCode: l === 'notes' ? 'marigold' : '2580' },
        });
        return settings ?? null;
      }, look);
    });
    afterAll(async () => {
      await h.sw(async (s) => {
        await chrome.storage.local.set({ settings: s ?? {} });
      }, before);
    });

    it.each(SCHEMES)(
      'has no serious axe violations in the toolbar window or the settings (%s)',
      async (scheme) => {
        const popup = await h.openExtensionPage('popup.html');
        await popup.emulateMedia({ colorScheme: scheme });
        await popup.locator('main.decoy-popup').waitFor();
        expect(await popup.evaluate(() => document.documentElement.lang)).toBe(lang);
        expect(await seriousViolations(popup)).toEqual([]);
        await popup.close();
        const options = await h.openExtensionPage('options.html#new-code');
        await options.emulateMedia({ colorScheme: scheme });
        await options.getByRole('heading', { level: 1 }).waitFor();
        await options.locator('#new-code-input').fill('x');
        await options.locator('#new-code-input').press('Enter');
        await options.locator('#new-code-input-error').waitFor();
        expect(await seriousViolations(options)).toEqual([]);
        await options.close();
      },
    );

    it('works with the keyboard alone, with focus always visible', async () => {
      const popup = await h.openExtensionPage('popup.html');
      await popup.locator('main.decoy-popup').waitFor();
      const names = new Set<string>();
      for (let i = 0; i < 24; i++) {
        const focus = await popup.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const style = getComputedStyle(el);
          return {
            name: `${el.tagName}:${el.getAttribute('aria-label') || el.id || el.textContent}`,
            visible: style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2,
          };
        });
        if (focus) {
          expect(focus.visible, `${focus.name} shows where focus is`).toBe(true);
          names.add(focus.name);
        }
        await popup.keyboard.press('Tab');
      }
      // Every key of the calculator, or every field of the converter and notepad, is reachable.
      expect(names.size).toBeGreaterThanOrEqual(look === 'calculator' ? 18 : look === 'notes' ? 1 : 5);
      await popup.close();
    });
  });

  it.each(['light', 'dark'] as const)(
    'has no serious axe violations on a guide page (%s)',
    async (scheme) => {
      const guide = await h.openExtensionPage('guide.html#restorative');
      await guide.emulateMedia({ colorScheme: scheme });
      await guide.getByRole('heading', { level: 1 }).waitFor();
      expect(await seriousViolations(guide)).toEqual([]);
    },
  );

  it('can be used with the keyboard alone, with focus always visible', async () => {
    const options = await h.openExtensionPage('options.html');
    await options.getByRole('heading', { name: optionsTitle }).waitFor();
    const seen = new Set<string>();
    for (let i = 0; i < 40; i++) {
      await options.keyboard.press('Tab');
      const focus = await options.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        return {
          name: `${el.tagName}:${el.getAttribute('name') ?? el.textContent?.trim().slice(0, 30)}`,
          visible: style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2,
        };
      });
      if (!focus) continue;
      expect(focus.visible, `${focus.name} shows where focus is`).toBe(true);
      seen.add(focus.name);
    }
    expect(seen.size).toBeGreaterThan(10);
  });
});

describe.each([
  ['en', 'fr', 'Chercher de l’aide', 'Réglages de Waypoint'],
  ['fr', 'en', 'Search for help', 'Waypoint settings'],
])('in a %s browser with %s chosen', (browserLang, chosen, searchName, optionsTitle) => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch({ lang: browserLang, timezoneId: 'America/Toronto' });
    harnesses.push(h);
    await h.sw(
      (language: string) => chrome.storage.local.set({ settings: { version: 1, language } }),
      chosen,
    );
  });

  it.each(['light', 'dark'] as const)(
    'shows the popup in the chosen language, with no serious axe violations (%s)',
    async (scheme) => {
      const popup = await h.openExtensionPage('popup.html');
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.getByRole('searchbox', { name: searchName }).waitFor();
      await popup.locator('li.card').first().waitFor();
      expect(await popup.evaluate(() => document.documentElement.lang)).toBe(chosen);
      expect(await seriousViolations(popup)).toEqual([]);
      await popup.close();
    },
  );

  it.each(['light', 'dark'] as const)(
    'shows the options page in the chosen language, with no serious axe violations (%s)',
    async (scheme) => {
      const options = await h.openExtensionPage('options.html');
      await options.emulateMedia({ colorScheme: scheme });
      await options.getByRole('heading', { name: optionsTitle }).waitFor();
      expect(await options.evaluate(() => document.documentElement.lang)).toBe(chosen);
      expect(await seriousViolations(options)).toEqual([]);
      await options.close();
    },
  );
});
