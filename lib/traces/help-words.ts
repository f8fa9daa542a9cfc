/**
 * Turns a title, a search or an address's words into the folded words the help vocabulary is
 * written in: lower case, no accents or ligatures, French elisions spelled out ("d'hébergement"
 * → "de hebergement", "m'a" → "me a"), English possessives and contractions settled ("women's"
 * → "women", "won't" → "wont", "I'm" and "im" → "i am"). Any string is accepted; nothing throws.
 */

/** Longest text read: titles and searches longer than this are cut (a 100 k-character title costs no more). */
export const MAX_TEXT = 400;

const NON_ASCII = /[\u0080-\uffff]/;
const MARKS = /\p{M}+/gu;
const APOSTROPHES = /['’‘ʼ`´′]/g;
const ASCII_WORDS = /[a-z0-9]+(?:'[a-z0-9]+)*/g;
const WORDS = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;

/** French elided words, spelled out. */
const ELISIONS: Readonly<Record<string, string>> = {
  l: 'le',
  d: 'de',
  j: 'je',
  m: 'me',
  t: 'te',
  s: 'se',
  n: 'ne',
  c: 'ce',
  qu: 'que',
  jusqu: 'jusque',
  lorsqu: 'lorsque',
  puisqu: 'puisque',
};
/** An own entry of `table` (never an inherited one: "constructor's" is a word, not a function). */
export const own = (table: Readonly<Record<string, string>>, key: string): string | undefined =>
  Object.hasOwn(table, key) ? table[key] : undefined;

/** English endings after an apostrophe that carry no meaning here ("women's", "he's", "you're"). */
const CLITICS = new Set(['s', 're', 've', 'll', 'd']);

/**
 * A partner's thing is not the partner ("scared of my boyfriend's dog", "leaving my husband's
 * family christmas"): the pair is read as "ofpartner", a word only phrases about a partner's
 * family have ("my husband's mother hits me"). A partner's temper or violence is still theirs
 * ("frightened of your partner's temper").
 */
const OWNERS = new Set(
  "husband's wife's boyfriend's girlfriend's partner's fiance's fiancee's spouse's hubby's bf's gf's".split(
    ' ',
  ),
);
const THEIR_HARM = /^(?:temper|anger|rage|abus|violen|jealous|threat|control|behavio|insult|outburst|mood)/;

function pushApostrophised(word: string, out: string[]): void {
  const parts = word.split("'");
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const next = parts[i + 1];
    if (next === undefined) {
      out.push(part);
    } else if (next === 't' && part.endsWith('n')) {
      out.push(`${part}t`); // don't, won't, doesn't
      i++;
    } else if (part === 'i' && next === 'm') {
      out.push('i', 'am');
      i++;
    } else if (CLITICS.has(next) && own(ELISIONS, part) === undefined) {
      out.push(part);
      i++;
    } else {
      out.push(own(ELISIONS, part) ?? part);
    }
  }
}

/** Elisions typed with a space instead of an apostrophe ("maison d hebergement", "il m a frappe"). */
const LONE: Readonly<Record<string, string>> = { ...ELISIONS, s: '', t: 'te' };

function pushLone(word: string, out: string[]): void {
  const previous = out[out.length - 1];
  if (word === 't' && previous?.endsWith('n'))
    out[out.length - 1] = `${previous}t`; // "won t"
  else {
    const spelt = own(LONE, word);
    if (spelt) out.push(spelt);
  }
}

/**
 * French "râper" (to grate) and its forms: without their accent they are the English "rape", so
 * "fromage râpé" is read as "grated cheese" before the accents go.
 */
const GRATED = /(?<![\p{L}])râp\p{L}*/gu;

/** Folds case, accents and ligatures; keeps every other character. */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  return lower
    .normalize('NFC')
    .replace(GRATED, 'grated')
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(APOSTROPHES, "'");
}

/** The first `max` characters of `text`, without a word cut in two at the end (a cut word is another word). */
function head(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return CUT_WORD.test(text.slice(max - 1, max + 1)) ? cut.replace(TRAILING_WORD, '') : cut;
}
const CUT_WORD = /^[\p{L}\p{N}\p{M}'’]{2}$/u;
const TRAILING_WORD = /[\p{L}\p{N}\p{M}'’]+$/u;

/** The folded words of `text` (at most its first `max` characters, no word cut in two). */
export function helpWords(text: unknown, max = MAX_TEXT): string[] {
  if (typeof text !== 'string' || text === '') return [];
  const folded = foldText(head(text, max));
  const ascii = !NON_ASCII.test(folded);
  const found = folded.match(ascii ? ASCII_WORDS : WORDS);
  if (!found) return [];
  const out: string[] = [];
  for (let i = 0; i < found.length; i++) {
    const word = found[i]!;
    if (OWNERS.has(word) && !THEIR_HARM.test(found[i + 1] ?? '')) out.push('ofpartner');
    else if (word.includes("'")) pushApostrophised(word, out);
    else if (word.length <= 2 && own(LONE, word) !== undefined) pushLone(word, out);
    // "I'm" typed without its apostrophe, as searches often are: "he says im crazy".
    else if (word === 'im') out.push('i', 'am');
    else out.push(word);
  }
  return out;
}

/** The folded words joined by single spaces: the form phrases are compared in. */
export const normalizeQuery = (text: unknown): string => helpWords(text).join(' ');
