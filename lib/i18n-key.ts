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

/**
 * Fills `$1`…`$9` in a catalog message the way the browser's `i18n.getMessage` does (a missing
 * substitution becomes empty, `$$` is a dollar sign), for messages read from a catalog directly.
 */
export function fillMessage(template: string, substitutions: readonly string[]): string {
  return template.replace(/\$(\$|[1-9])/g, (_, c: string) =>
    c === '$' ? '$' : (substitutions[Number(c) - 1] ?? ''),
  );
}
