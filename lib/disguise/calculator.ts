/**
 * The calculator look: a pure state machine over key presses, and an evaluator with the usual
 * precedence (× and ÷ before + and −). The expression is kept as typed, so the page can compare
 * it with the code when `=` is pressed.
 */

export const OPERATORS = ['+', '−', '×', '÷'] as const;
export type Operator = (typeof OPERATORS)[number];
export type Digit = '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9';
export type CalcKey = Digit | '.' | Operator | '=' | 'clear' | 'back';

export type CalcResult = { ok: true; value: number } | { ok: false };

export interface CalcState {
  /** The expression as typed: digits, `.` and operators, e.g. `12+3×4`. */
  expr: string;
  /** The result of the last `=`, until the next key. */
  result: CalcResult | null;
}

export const EMPTY_CALC: CalcState = { expr: '', result: null };

/** Longest expression kept: a calculator display, not a document. */
export const MAX_EXPR = 40;

const isOperator = (c: string | undefined): c is Operator => OPERATORS.includes(c as Operator);
const lastNumber = (expr: string) => expr.slice(Math.max(...OPERATORS.map((o) => expr.lastIndexOf(o))) + 1);

/** Writes a number the way the expression holds it (`.` decimal point, `−` for minus). */
export function plain(value: number): string {
  const text = Number(value.toPrecision(12)).toString();
  return text.startsWith('-') ? `−${text.slice(1)}` : text;
}

function pressOperator(s: CalcState, op: Operator): CalcState {
  if (s.result) return s.result.ok ? { expr: plain(s.result.value) + op, result: null } : s;
  const last = s.expr.at(-1);
  if (!s.expr) return op === '−' ? { expr: '−', result: null } : s;
  if (last === '.') return { expr: `${s.expr}0${op}`, result: null };
  if (isOperator(last)) {
    // `5×−3`: a minus after × or ÷ is the sign of the next number.
    if (op === '−' && (last === '×' || last === '÷')) return { expr: s.expr + op, result: null };
    const kept = s.expr.slice(0, isOperator(s.expr.at(-2)) ? -2 : -1);
    return kept ? { expr: kept + op, result: null } : s;
  }
  return { expr: s.expr + op, result: null };
}

/** The state after one key. Never throws; keys that make no sense here change nothing. */
export function press(s: CalcState, key: CalcKey): CalcState {
  if (key === 'clear') return EMPTY_CALC;
  if (key === 'back') return { expr: s.result ? '' : s.expr.slice(0, -1), result: null };
  if (key === '=') return s.expr ? { expr: s.expr, result: evaluate(s.expr) } : s;
  if (isOperator(key)) return pressOperator(s, key);
  const expr = s.result ? '' : s.expr;
  if (expr.length >= MAX_EXPR) return { expr, result: null };
  if (key === '.') {
    const number = lastNumber(expr);
    if (number.includes('.')) return { expr, result: null };
    return { expr: expr + (number ? '.' : '0.'), result: null };
  }
  return { expr: expr + key, result: null };
}

type Token = number | Operator;

function tokenize(expr: string): Token[] | null {
  const tokens: Token[] = [];
  let i = 0;
  while (i < expr.length) {
    const unary = expr[i] === '−' && (i === 0 || isOperator(expr[i - 1]));
    const start = unary ? i + 1 : i;
    let end = start;
    while (end < expr.length && /[\d.]/.test(expr[end]!)) end++;
    if (end > start) {
      const value = Number(expr.slice(start, end));
      if (Number.isNaN(value)) return null;
      tokens.push(unary ? -value : value);
      i = end;
    } else if (isOperator(expr[i])) {
      tokens.push(expr[i] as Operator);
      i++;
    } else return null;
  }
  // A trailing operator (`12+`) is ignored, as pocket calculators do.
  while (tokens.length && typeof tokens.at(-1) !== 'number') tokens.pop();
  return tokens;
}

/** Evaluates an expression as typed; `ok: false` for division by zero or anything unreadable. */
export function evaluate(expr: string): CalcResult {
  const tokens = tokenize(expr);
  if (!tokens?.length || typeof tokens[0] !== 'number') return { ok: false };
  let sum = 0;
  let term = tokens[0];
  let sign = 1;
  for (let i = 1; i < tokens.length; i += 2) {
    const op = tokens[i] as Operator;
    const next = tokens[i + 1];
    if (typeof next !== 'number') return { ok: false };
    if (op === '×') term *= next;
    else if (op === '÷') {
      if (next === 0) return { ok: false };
      term /= next;
    } else {
      sum += sign * term;
      sign = op === '+' ? 1 : -1;
      term = next;
    }
  }
  const value = sum + sign * term;
  return Number.isFinite(value) ? { ok: true, value } : { ok: false };
}

/** Decimal places shown: `auto` (up to 12 significant digits) or a fixed number. */
export type Decimals = 'auto' | 2 | 4 | 6;
export const DECIMALS: readonly Decimals[] = ['auto', 2, 4, 6];

/** A result for the display, with the language's decimal separator. */
export function formatResult(value: number, decimals: Decimals, separator: '.' | ','): string {
  const abs = Math.abs(value);
  let text: string;
  if (abs !== 0 && (abs >= 1e15 || abs < 1e-9)) text = value.toExponential(6).replace(/\.?0+e/, 'e');
  else if (decimals === 'auto') text = Number(value.toPrecision(12)).toString();
  else text = value.toFixed(decimals);
  if (text === '-0' || /^-0\.0*$/.test(text)) text = text.slice(1);
  return text.replace('-', '−').replace('.', separator);
}

/** An expression for the display, with the language's decimal separator. */
export function formatExpr(expr: string, separator: '.' | ','): string {
  return separator === '.' ? expr : expr.replaceAll('.', separator);
}

/** The calculator key for a keyboard key (`KeyboardEvent.key`), or `null`. */
export function calcKeyFor(key: string): CalcKey | null {
  if (/^\d$/.test(key)) return key as Digit;
  const map: Record<string, CalcKey> = {
    '.': '.',
    ',': '.',
    '+': '+',
    '-': '−',
    '*': '×',
    x: '×',
    X: '×',
    '/': '÷',
    '=': '=',
    Enter: '=',
    Backspace: 'back',
    Delete: 'clear',
  };
  return map[key] ?? null;
}
