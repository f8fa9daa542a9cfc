/**
 * The code that opens Waypoint from a discreet look: digits typed into the calculator or the unit
 * converter, or a word typed into the notepad. Pure: the pages compare what was typed with
 * `codeMatches`, the options form checks a new code with `codeError`.
 */

/** What a look's code is made of. */
export type CodeKind = 'digits' | 'word';

export const CODE_DIGITS = { min: 4, max: 12 } as const;
export const CODE_WORD = { min: 4, max: 32 } as const;

const DIGITS_RE = /^\d+$/;
const WORD_RE = /^[\p{L}\p{N}]+$/u;

/** Why a code cannot be used; `null` when it can. */
export type CodeError = 'empty' | 'not-digits' | 'not-word' | 'too-short' | 'too-long' | 'guessable';

/** A code as compared: Unicode-composed, trimmed, and (words) lower-case. */
export function normalizeCode(typed: string): string {
  return typed.normalize('NFC').trim().toLocaleLowerCase();
}

/**
 * Codes anyone would try first on a calculator (`1111`, `1234`, `9876`) would open Waypoint by
 * accident or on a guess: the same digit throughout, or a run that goes up or down by one.
 */
function isGuessable(digits: string): boolean {
  const steps = new Set<number>();
  for (let i = 1; i < digits.length; i++) steps.add(digits.charCodeAt(i) - digits.charCodeAt(i - 1));
  return steps.size === 1 && [0, 1, -1].includes([...steps][0]!);
}

/** Checks a new code for a look whose code is made of `kind`. */
export function codeError(kind: CodeKind, typed: string): CodeError | null {
  const code = normalizeCode(typed);
  if (!code) return 'empty';
  const { min, max } = kind === 'digits' ? CODE_DIGITS : CODE_WORD;
  if (kind === 'digits' && !DIGITS_RE.test(code)) return 'not-digits';
  if (kind === 'word' && !WORD_RE.test(code)) return 'not-word';
  if ([...code].length < min) return 'too-short';
  if ([...code].length > max) return 'too-long';
  if (DIGITS_RE.test(code) && isGuessable(code)) return 'guessable';
  return null;
}

/** True when `raw` is no code ('') or a code some look could use (the settings parser's check). */
export function isStoredCode(raw: unknown): raw is string {
  if (raw === '') return true;
  return (
    typeof raw === 'string' &&
    raw === normalizeCode(raw) &&
    (codeError('digits', raw) === null || codeError('word', raw) === null)
  );
}

/** True when what was typed is the code. An empty code never matches. */
export function codeMatches(code: string, typed: string): boolean {
  return code !== '' && normalizeCode(typed) === normalizeCode(code);
}
