/**
 * The names of help services (`data/help-search-names.ts`) in the form the background script
 * ships: folded as the classifier reads them (case and accents go, so nothing it compares
 * changes), once each; the runs of words names share most ("women s aid", "violence", "maison")
 * written as tokens (`shared-pieces.ts`); then sorted and front-coded (`vocabulary-form.ts`). The
 * build writes `namesModule` in place of the list's module (`wxt.config.ts`); a woken worker
 * decodes it in well under a millisecond.
 */
import { foldText } from './help-words';
import { choosePieces, readPieces, tokens, withPieces } from './shared-pieces';
import { frontCode, frontDecode } from './vocabulary-form';

/** A folded name: any text but capital letters, which begin each name in the coded form. */
const FOLDED_NAME = /^[^A-Z]+$/;

/** Characters a folded name never holds. */
const TOKENS = tokens('!#%*;<=>@[]^_{|}');

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Runs of one to three words (joined by a space, an apostrophe or a hyphen) in a name, as earlier
 * choices left it: the letter of a `~` token is not a word ("ecoute ~o conjugales" holds no "o
 * conjugales", which would cut the token in two).
 */
function phrasesIn(name: string): string[] {
  const words = [...name.matchAll(/(?<!~)[a-z0-9]+/g)];
  const out: string[] = [];
  for (let i = 0; i < words.length; i++)
    for (let j = i; j < Math.min(words.length, i + 3); j++) {
      if (j > i) {
        const gap = name.slice(words[j - 1]!.index! + words[j - 1]![0].length, words[j]!.index!);
        if (!/^[ '-]$/.test(gap)) break;
      }
      out.push(name.slice(words[i]!.index!, words[j]!.index! + words[j]![0].length));
    }
  return out;
}

/** A phrase as whole words: "aid" is not the end of "said", and "o" not the letter of a token "~o". */
const replacePhrase = (name: string, phrase: string, token: string) =>
  name.replace(new RegExp(`(?<![a-z0-9~])${escaped(phrase)}(?![a-z0-9])`, 'g'), token);

export function encodeNames(names: readonly string[]): string {
  const folded = [...new Set(names.map(foldText))];
  const { pieces, coded } = choosePieces(folded, TOKENS, phrasesIn, replacePhrase);
  return withPieces(pieces, frontCode(coded.sort(), FOLDED_NAME));
}

export function decodeNames(text: string): string[] {
  const { body, expand } = readPieces(text, TOKENS);
  return frontDecode(body).map(expand);
}

/** The module the build writes in the name list's place. */
export const namesModule = (names: readonly string[]): string =>
  `import { decodeNames } from '../lib/traces/name-form';\nexport const HELP_SEARCH_NAMES = decodeNames(${JSON.stringify(encodeNames(names))});\n`;
