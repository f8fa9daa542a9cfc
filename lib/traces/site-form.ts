/**
 * The help-site list (`data/help-site-list.ts`) in the form the background script ships: each
 * entry with its host's labels reversed (`org.uk.womensaid`), so that sites under one suffix sort
 * together and share their start; the parts of addresses they share most ("violence", "women",
 * "shelter") written as tokens (`shared-pieces.ts`); then sorted and front-coded
 * (`vocabulary-form.ts`). The build writes `sitesModule` in place of the list's module
 * (`wxt.config.ts`). Order does not matter to the rules the list compiles into.
 *
 * One coded entry: the reversed host, then `!` for a `host:` rule, the path for a `prefix:` rule,
 * or nothing for a whole domain. A capital letter in a path (the coding keeps capitals for its
 * own use) is written as a backquote and the small letter.
 */
import { choosePieces, readPieces, tokens, withPieces } from './shared-pieces';
import { parseSiteEntry } from './site-rules';
import { frontCode, frontDecode } from './vocabulary-form';

/** Characters no coded entry holds. */
const TOKENS = tokens("#%&'()*+,:;<=>?@[]^{|}");

/**
 * Runs of 4 to 16 letters and digits inside an entry's labels and path, as earlier choices left
 * it: none begins with the letter of a `~` token, which a part would cut in two.
 */
function partsIn(entry: string): string[] {
  const out: string[] = [];
  for (const run of entry.match(/(?<!~)[a-z0-9]{4,}/g) ?? [])
    for (let i = 0; i + 4 <= run.length; i++)
      for (let n = 4; n <= 16 && i + n <= run.length; n++) out.push(run.slice(i, i + n));
  return out;
}

const replacePart = (entry: string, part: string, token: string) =>
  entry.replace(new RegExp(`(?<!~)${part}`, 'g'), token);

const reverseLabels = (host: string): string => host.split('.').reverse().join('.');

/** An entry as the list writes it (`parseSiteEntry` reads its grammar), coded. */
function codeEntry(entry: string): string {
  const rule = parseSiteEntry(entry);
  if (!rule || entry.includes('`')) throw new Error(`not a site entry: "${entry}"`);
  const coded =
    rule.type === 'domain'
      ? reverseLabels(rule.domain)
      : rule.type === 'host'
        ? `${reverseLabels(rule.host)}!`
        : reverseLabels(rule.host) + rule.path;
  return coded.replace(/[A-Z]/g, (c) => `\`${c.toLowerCase()}`);
}

function readEntry(coded: string): string {
  const text = coded.replace(/`([a-z])/g, (_, c: string) => c.toUpperCase());
  const end = text.search(/[!/]/);
  if (end < 0) return reverseLabels(text);
  const host = reverseLabels(text.slice(0, end));
  return text[end] === '!' ? `host:${host}` : `prefix:${host}${text.slice(end)}`;
}

export function encodeSites(entries: readonly string[]): string {
  const { pieces, coded } = choosePieces([...new Set(entries.map(codeEntry))], TOKENS, partsIn, replacePart);
  return withPieces(pieces, frontCode(coded.sort(), /^[^A-Z]+$/));
}

export function decodeSites(text: string): string[] {
  const { body, expand } = readPieces(text, TOKENS);
  return frontDecode(body).map((coded) => readEntry(expand(coded)));
}

/** The module the build writes in the site list's place. */
export const sitesModule = (entries: readonly string[]): string =>
  `import { decodeSites } from '../lib/traces/site-form';\nexport const HELP_SITE_LIST = decodeSites(${JSON.stringify(encodeSites(entries))});\n`;
