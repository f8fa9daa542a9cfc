import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type MessageKey, messagesEn, messagesFr } from '../../data/messages';
import { chromeKey, fillMessage } from '../../lib/i18n-key';

describe('fillMessage', () => {
  it.each<[string, string[], string]>([
    ['$1 results', ['3'], '3 results'],
    ['Call $1', ['911'], 'Call 911'],
    ['$2 before $1', ['a', 'b'], 'b before a'],
    ['missing $1', [], 'missing '],
    ['a dollar: $$5', [], 'a dollar: $5'],
    ['no substitution', ['x'], 'no substitution'],
    ['$1$1', ['ab'], 'abab'],
    ['$10', ['a'], 'a0'],
  ])('%j with %j', (template, subs, expected) => {
    expect(fillMessage(template, subs)).toBe(expected);
  });
});

/** The browser's i18n as Chromium answers it: messages of its UI language, keys as stored. */
const browserUi = { lang: 'en' as 'en' | 'fr' };
const getMessage = vi.fn((name: string, subs?: string[]) => {
  const catalog = browserUi.lang === 'fr' ? messagesFr : messagesEn;
  const key = (Object.keys(catalog) as MessageKey[]).find((k) => chromeKey(k) === name);
  return key ? fillMessage(catalog[key], subs ?? []) : '';
});

let i18n: typeof import('../../platform/i18n');
beforeAll(async () => {
  Object.assign(fakeBrowser.i18n, { getMessage, getUILanguage: () => browserUi.lang });
  // Imported after the browser's i18n is in place: the module keeps a reference to it.
  i18n = await import('../../platform/i18n');
});
beforeEach(() => {
  browserUi.lang = 'en';
  i18n.setCatalog('en');
  getMessage.mockClear();
});

describe('t', () => {
  it('answers from the browser in the browser’s language by default', () => {
    expect(i18n.t('quickExit')).toBe('Quick exit');
    expect(i18n.t('resultsCount', 3)).toBe('3 results');
    expect(i18n.uiLang()).toBe('en');
    expect(getMessage).toHaveBeenCalled();
  });

  it('answers in French from the French catalog when French is chosen in an English browser', () => {
    i18n.setCatalog('fr', messagesFr);
    expect(i18n.uiLang()).toBe('fr');
    for (const key of Object.keys(messagesFr) as MessageKey[])
      expect(i18n.t(key, 'X', 'Y'), key).toBe(fillMessage(messagesFr[key], ['X', 'Y']));
    expect(getMessage).not.toHaveBeenCalled();
  });

  it('answers in English from the English catalog when English is chosen in a French browser', () => {
    browserUi.lang = 'fr';
    expect(i18n.t('quickExit')).toBe('Sortie rapide');
    i18n.setCatalog('en', messagesEn);
    expect(i18n.t('quickExit')).toBe('Quick exit');
    expect(i18n.uiLang()).toBe('en');
  });

  it('goes back to the browser when the chosen language is the browser’s', () => {
    i18n.setCatalog('fr', messagesFr);
    i18n.setCatalog('en');
    expect(i18n.t('quickExit')).toBe('Quick exit');
    browserUi.lang = 'fr';
    i18n.setCatalog('fr', messagesFr);
    expect(i18n.t('quickExit')).toBe('Sortie rapide');
    expect(getMessage).toHaveBeenCalled();
  });

  it('shows an unknown key rather than nothing, from the browser or a catalog', () => {
    expect(i18n.lookUp('region_XX')).toBe('region_XX');
    i18n.setCatalog('fr', messagesFr);
    expect(i18n.lookUp('region_XX')).toBe('region_XX');
  });
});
