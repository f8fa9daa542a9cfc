/**
 * The names of help services (`data/help-search-names.ts`) in the form the background script
 * ships: folded as the classifier reads them (case and accents go, so nothing it compares
 * changes), once each, sorted and front-coded (`vocabulary-form.ts`). The build writes
 * `namesModule` in place of the list's module (`wxt.config.ts`); a woken worker decodes it in
 * well under a millisecond.
 */
import { foldText } from './help-words';
import { frontCode, frontDecode } from './vocabulary-form';

/** A folded name: any text but capital letters, which begin each name in the coded form. */
const FOLDED_NAME = /^[^A-Z]+$/;

export const encodeNames = (names: readonly string[]): string =>
  frontCode([...new Set(names.map(foldText))].sort(), FOLDED_NAME);

export const decodeNames = (text: string): string[] => frontDecode(text);

/** The module the build writes in the name list's place. */
export const namesModule = (names: readonly string[]): string =>
  `import { decodeNames } from '../lib/traces/name-form';\nexport const HELP_SEARCH_NAMES = decodeNames(${JSON.stringify(encodeNames(names))});\n`;
