/** The browser's i18n, typed by our catalogs. */
import { browser } from 'wxt/browser';
import type { MessageKey } from '../data/messages';
import { chromeKey, type Lang, toLang } from '../lib/i18n-key';

export type Translate = (key: MessageKey, ...substitutions: (string | number)[]) => string;

/** Looks a message up; an unknown key shows itself rather than an empty string. */
// WXT types message names from `public/_locales`; ours are generated at build from typed catalogs.
const getMessage = browser.i18n.getMessage as (name: string, substitutions?: string[]) => string;

export const t: Translate = (key, ...subs) => getMessage(chromeKey(key), subs.map(String)) || key;

/** The interface language: French when the browser's UI is in French, otherwise English. */
export function uiLang(): Lang {
  return toLang(browser.i18n.getUILanguage());
}

/** The same look-up for keys built at run time (`kind_${kind}`), which the catalogs' type can't name. */
export const lookUp = (key: string): string => t(key as MessageKey);
