/**
 * Shared pieces of a shipped list written as tokens: the build picks the pieces (words, phrases,
 * parts of addresses) whose token saves most, one at a time, each counted on the entries as the
 * earlier choices left them; the single-character tokens go first, then `~` and a letter or digit.
 * Used by the names (`name-form.ts`) and the sites (`site-form.ts`) the background script ships.
 */

const TAIL = 'abcdefghijklmnopqrstuvwxyz0123456789';

export interface Tokens {
  /** Every token, in the order pieces take them. */
  readonly list: readonly string[];
  /** Characters no entry may hold: the single tokens and `~`. */
  readonly reserved: readonly string[];
  /** Matches one token in coded text. */
  readonly pattern: RegExp;
}

/** Tokens from characters that the entries never hold and that a JSON string keeps as they are. */
export function tokens(single: string): Tokens {
  const chars = [...single];
  if (chars.includes('~') || new Set(chars).size !== chars.length) throw new Error('bad tokens');
  const escaped = chars.map((c) => c.replace(/[\]\\^-]/g, '\\$&')).join('');
  return {
    list: [...chars, ...[...TAIL].map((c) => `~${c}`)],
    reserved: [...chars, '~'],
    pattern: new RegExp(`~[${TAIL}]|[${escaped}]`, 'g'),
  };
}

/**
 * Picks the pieces and writes them as tokens. `candidates` lists the pieces an entry holds;
 * `replace` writes one piece's token wherever the piece stands in an entry.
 */
export function choosePieces(
  entries: readonly string[],
  t: Tokens,
  candidates: (entry: string) => Iterable<string>,
  replace: (entry: string, piece: string, token: string) => string,
): { pieces: string[]; coded: string[] } {
  for (const e of entries)
    if (t.reserved.some((c) => e.includes(c)) || e.includes('\n'))
      throw new Error(`an entry holds a reserved character: "${e}"`);
  let coded = [...entries];
  const pieces: string[] = [];
  for (const token of t.list) {
    const counts = new Map<string, number>();
    for (const e of coded)
      for (const p of new Set(candidates(e))) if (!/[,\n]/.test(p)) counts.set(p, (counts.get(p) ?? 0) + 1);
    let best = '';
    let most = 0;
    for (const [p, n] of counts) {
      const saved = n * (p.length - token.length) - (p.length + 1);
      if (saved > most || (saved === most && saved > 0 && p < best)) [best, most] = [p, saved];
    }
    if (!best) break;
    pieces.push(best);
    coded = coded.map((e) => replace(e, best, token));
  }
  return { pieces, coded };
}

/** The pieces (comma-separated; no piece holds a comma), a line break, then `body`. */
export const withPieces = (pieces: readonly string[], body: string): string => `${pieces.join(',')}\n${body}`;

/** Splits `withPieces`' text, and returns a function that writes each token back as its piece. */
export function readPieces(text: string, t: Tokens): { body: string; expand: (coded: string) => string } {
  const end = text.indexOf('\n');
  if (end < 0) throw new Error('malformed list');
  const pieces = end === 0 ? [] : text.slice(0, end).split(',');
  if (pieces.length > t.list.length) throw new Error('malformed list');
  const back = new Map(pieces.map((p, i) => [t.list[i]!, p]));
  return { body: text.slice(end + 1), expand: (coded) => coded.replace(t.pattern, (k) => back.get(k) ?? k) };
}
