/** The key as stored in `messages.json`: Chrome allows only `[A-Za-z0-9_@]`, so `-` becomes `_`. */
export function chromeKey(key: string): string {
  return key.replace(/[^A-Za-z0-9_@]/g, '_');
}

/** The interface languages. */
export type Lang = 'en' | 'fr';

/** `en` or `fr` from a BCP 47 tag such as the browser's UI language. */
export function toLang(tag: string | undefined): Lang {
  return tag?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
