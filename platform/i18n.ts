/**
 * The interface's strings, typed by our catalogs: the browser's i18n in the browser's language,
 * or, when the person chose the other language, that language's catalog.
 */
import { browser } from 'wxt/browser';
import type { MessageKey } from '../data/messages';
import { chromeKey, fillMessage, type Lang, toLang } from '../lib/i18n-key';

export type Translate = (key: MessageKey, ...substitutions: (string | number)[]) => string;

// WXT types message names from `public/_locales`; ours are generated at build from typed catalogs.
const getMessage = browser.i18n.getMessage as (name: string, substitutions?: string[]) => string;

export type Catalog = Readonly<Record<MessageKey, string>>;

/** The chosen catalog, when it is not the browser's language. */
let chosen: { lang: Lang; catalog: Catalog } | undefined;

/** Looks a message up; an unknown key shows itself rather than an empty string. */
export const t: Translate = (key, ...subs) => {
  const strings = subs.map(String);
  if (chosen) {
    const template = chosen.catalog[key];
    return template === undefined ? key : fillMessage(template, strings);
  }
  return getMessage(chromeKey(key), strings) || key;
};

/** The browser's interface language: French when its UI is in French, otherwise English. */
export function browserLang(): Lang {
  return toLang(browser.i18n.getUILanguage());
}

/** The language `t` answers in. */
export function uiLang(): Lang {
  return chosen?.lang ?? browserLang();
}

/**
 * Makes `t` answer from `catalog` in `lang`, or (no catalog) from the browser's own strings. The
 * pages load the catalog (`page-language.ts`); the background never does, so it carries neither.
 */
export function setCatalog(lang: Lang, catalog?: Catalog): void {
  chosen = catalog && lang !== browserLang() ? { lang, catalog } : undefined;
}

/** The same look-up for keys built at run time (`kind_${kind}`), which the catalogs' type can't name. */
export const lookUp = (key: string): string => t(key as MessageKey);
