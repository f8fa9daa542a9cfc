/// <reference types="chrome" />
/**
 * The region and language the person chooses, in a real Chromium (an English browser in Toronto's
 * time zone): one select and one button in the popup, remembered in storage.local, followed by the
 * start screen, the guides' closing lines and the options page, with no network request.
 */
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_RESOURCES } from '../../data/directory';
import { messagesEn, messagesFr } from '../../data/messages';
import { type Harness, launch, resetBrowser } from './harness';

let h: Harness;
const requests: string[] = [];
const byId = new Map(ALL_RESOURCES.map((r) => [r.id, r]));

beforeAll(async () => {
  h = await launch({ lang: 'en', timezoneId: 'America/Toronto' });
  h.context.on('request', (r: Request) => {
    if (!r.serviceWorker()) requests.push(r.url());
  });
});
afterAll(() => h?.close());

async function openPopup(): Promise<Page> {
  const popup = await h.openExtensionPage('popup.html');
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.locator('li.card').first().waitFor();
  return popup;
}

/** Ids of the start screen's lines to reach now. */
const startLines = (popup: Page) =>
  popup
    .getByRole('list', { name: messagesEn.startHeading })
    .locator('li.card')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-id')!));

const storedSettings = () =>
  h.sw(async () => ({
    local: (await chrome.storage.local.get('settings')).settings as Record<string, unknown> | undefined,
    sync: await chrome.storage.sync.get(null),
  }));

describe('choosing a region in the popup', () => {
  beforeAll(() => resetBrowser(h));

  it('starts from the browser’s guess, and offers every province, territory, nation and country', async () => {
    const popup = await openPopup();
    const select = popup.getByRole('combobox', { name: messagesEn.regionLabel });
    expect(await select.inputValue()).toBe('auto');
    expect(await select.locator('option:checked').textContent()).toBe('Ontario (from this browser)');
    const values = await select
      .locator('option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(values).toHaveLength(25);
    expect(values).toEqual(
      expect.arrayContaining(['CA-NU', 'CA-QC', 'GB-SCT', 'GB-NIR', 'IE', 'NZ', 'BE', 'elsewhere']),
    );
    expect((await startLines(popup))[0]).toBe('emergency-ca');
    await popup.close();
  });

  it('Québec: the emergency number, then Québec’s lines, every nearby line answering in French', async () => {
    const popup = await openPopup();
    await popup.getByRole('combobox', { name: messagesEn.regionLabel }).selectOption('CA-QC');
    await expect.poll(async () => (await startLines(popup))[1]).toMatch(/^qc-/);
    const ids = await startLines(popup);
    expect(ids[0]).toBe('emergency-ca');
    const near = ids
      .map((id) => byId.get(id)!)
      .filter((r) => r.regions.some((c) => c === 'CA' || c === 'CA-QC'));
    for (const r of near)
      expect(
        r.languages.some((l) => l === 'fr' || l === 'many'),
        r.id,
      ).toBe(true);
    await popup.close();
  });

  it('Scotland: the emergency number, then Scotland’s own line', async () => {
    const popup = await openPopup();
    await popup.getByRole('combobox', { name: messagesEn.regionLabel }).selectOption('GB-SCT');
    await expect.poll(async () => (await startLines(popup))[0]).toBe('emergency-gb');
    const ids = await startLines(popup);
    expect(byId.get(ids[1]!)!.regions).toContain('GB-SCT');
    await popup.close();
  });

  it('is remembered: reopened, the popup starts with Scotland; the choice is in storage.local only', async () => {
    const popup = await openPopup();
    expect(await popup.getByRole('combobox', { name: messagesEn.regionLabel }).inputValue()).toBe('GB-SCT');
    const ids = await startLines(popup);
    expect(ids[0]).toBe('emergency-gb');
    expect(byId.get(ids[1]!)!.regions).toContain('GB-SCT');
    const stored = await storedSettings();
    expect(stored.local?.region).toBe('GB-SCT');
    expect(stored.sync).toEqual({});
    await popup.close();
  });

  it('somewhere else: a word on local emergency numbers, and no province’s or nation’s own line', async () => {
    const popup = await openPopup();
    await popup.getByRole('combobox', { name: messagesEn.regionLabel }).selectOption('elsewhere');
    await popup.getByText(messagesEn.elsewhereNote).waitFor();
    for (const id of await startLines(popup))
      expect(
        byId.get(id)!.regions.some((c) => !c.includes('-')),
        id,
      ).toBe(true);
    await popup.close();
  });
});

describe('choosing French in an English browser', () => {
  beforeAll(() => resetBrowser(h));

  it('switches the popup to French in one tap, keeping focus on the switch', async () => {
    const popup = await openPopup();
    await popup.getByRole('searchbox', { name: messagesEn.searchLabel }).waitFor();
    await popup.getByRole('button', { name: 'Français' }).click();
    await popup.getByRole('searchbox', { name: messagesFr.searchLabel }).waitFor();
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('fr');
    await expect.poll(() => popup.evaluate(() => document.activeElement?.id)).toBe('language-switch');
    expect(await popup.locator('#language-switch').textContent()).toBe('English');
    const khp = byId.get('kids-help-phone')!;
    expect(await popup.locator('li.card[data-id="kids-help-phone"] .desc').textContent()).toBe(
      khp.description.fr,
    );
    expect((await storedSettings()).local?.language).toBe('fr');
    await popup.close();
  });

  it('stays French when reopened, and the guides follow', async () => {
    const popup = await openPopup();
    await popup.getByRole('searchbox', { name: messagesFr.searchLabel }).waitFor();
    await popup.close();
    const guide = await h.openExtensionPage('guide.html#safety_plan');
    await guide.getByRole('heading', { name: messagesFr.crisisHeading }).waitFor();
    expect(await guide.evaluate(() => document.documentElement.lang)).toBe('fr');
    await guide.close();
  });

  it('can be switched back from the options page', async () => {
    const options = await h.openExtensionPage('options.html');
    await options.getByRole('heading', { name: messagesFr.optionsTitle }).waitFor();
    await options.getByRole('radio', { name: 'English', exact: true }).check();
    await options.getByRole('heading', { name: messagesEn.optionsTitle }).waitFor();
    await expect
      .poll(() => options.evaluate(() => (document.activeElement as HTMLInputElement)?.value))
      .toBe('en');
    await options.close();
  });
});

describe('the guides and the options page follow the region', () => {
  beforeAll(() => resetBrowser(h));

  /** Ids of the lines a guide closes with. */
  const closing = async (region: string) => {
    await h.sw((r: string) => chrome.storage.local.set({ settings: { version: 1, region: r } }), region);
    const guide = await h.openExtensionPage('guide.html#safety_plan');
    const section = guide.locator('section[aria-labelledby="crisis"]');
    await section.locator('li.card').first().waitFor();
    const ids = await section
      .locator('li.card')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-id')!));
    await guide.close();
    return ids;
  };

  it.each([
    ['GB-SCT', 'emergency-gb', 'gb-sct-'],
    ['CA-QC', 'emergency-ca', 'qc-'],
    ['NZ', 'emergency-nz', 'nz-'],
  ])('%s: the guide closes with that region’s lines', async (region, emergency, prefix) => {
    const ids = await closing(region);
    expect(ids[0]).toBe(emergency);
    expect(ids.some((id) => id.startsWith(prefix))).toBe(true);
  });

  it.each([
    ['GB-SCT', 'en', 'your local emergency number (999 or 112)', true],
    ['CA-QC', 'fr', 'le numéro d’urgence local (911)', true],
    ['CA-NU', 'en', 'your local emergency number.', false],
  ])(
    '%s (%s): the law guide names the local emergency number and lists local help first',
    async (region, language, says, first) => {
      await h.sw(
        ([r, l]: string[]) => chrome.storage.local.set({ settings: { version: 2, region: r, language: l } }),
        [region, language],
      );
      const plan = await h.openExtensionPage('guide.html#safety_plan');
      await plan.locator('section[aria-labelledby="crisis"] li.card').first().waitFor();
      const text = await plan.locator('main').innerText();
      expect(text).toContain(says);
      expect(text).not.toMatch(/\{[a-z]+\}/);
      await plan.close();
      if (first) {
        const law = await h.openExtensionPage('guide.html#court_orders');
        const cards = law.locator('section[aria-labelledby="related"] li.card');
        await cards.first().waitFor();
        const ids = await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-id')!));
        // The lines for this province or nation come before any other place's.
        const local = ids.map((id) => (byId.get(id)!.regions as readonly string[]).includes(region));
        expect(local[0], ids.join(' ')).toBe(true);
        expect(local.indexOf(false), ids.join(' ')).toBeGreaterThan(local.lastIndexOf(true));
        await law.close();
      }
    },
  );

  it('the options page shows the choice, and a change there reaches the popup', async () => {
    await h.sw(() => chrome.storage.local.set({ settings: { version: 1, region: 'GB-WLS' } }));
    const options = await h.openExtensionPage('options.html');
    const select = options.getByRole('combobox', { name: messagesEn.regionLabel });
    await select.waitFor();
    expect(await select.inputValue()).toBe('GB-WLS');
    await select.selectOption('CA-AB');
    await options.getByRole('status').filter({ hasText: messagesEn.saved }).waitFor();
    await options.close();
    const popup = await openPopup();
    expect(await popup.getByRole('combobox', { name: messagesEn.regionLabel }).inputValue()).toBe('CA-AB');
    const ids = await startLines(popup);
    expect(ids[0]).toBe('emergency-ca');
    expect(byId.get(ids[1]!)!.regions).toContain('CA-AB');
    await popup.close();
  });
});

describe('privacy', () => {
  it('made no network request from any page', () => {
    expect(requests.length).toBeGreaterThan(10);
    expect(requests.filter((u) => !u.startsWith('chrome-extension://'))).toEqual([]);
  });
});
