import { describe, expect, it } from 'vitest';
import {
  type CalcKey,
  type CalcState,
  calcKeyFor,
  EMPTY_CALC,
  evaluate,
  formatExpr,
  formatResult,
  MAX_EXPR,
  press,
} from '../../../lib/disguise/calculator';

/** Presses each key of `keys` (one character each; `C` clear, `<` back) from an empty calculator. */
function type(keys: string, from: CalcState = EMPTY_CALC): CalcState {
  const named: Record<string, CalcKey> = { C: 'clear', '<': 'back' };
  return [...keys].reduce((s, k) => press(s, named[k] ?? (k as CalcKey)), from);
}

describe('evaluate', () => {
  it.each<[string, number]>([
    ['2+3', 5],
    ['2+3×4', 14],
    ['2×3+4', 10],
    ['10−4−3', 3],
    ['8÷4÷2', 1],
    ['2−3×4+10÷5', -8],
    ['−5+2', -3],
    ['5×−3', -15],
    ['0.1+0.2', 0.30000000000000004],
    ['1.5×4', 6],
    ['.5+.5', 1],
    ['7', 7],
    ['12+', 12],
    ['3×', 3],
  ])('%s = %d', (expr, value) => {
    expect(evaluate(expr)).toEqual({ ok: true, value });
  });

  it.each(['1÷0', '5+3÷0', '', '−', '+', '1..2', 'abc', `${'9'.repeat(400)}×${'9'.repeat(400)}`])(
    '%s cannot be computed',
    (expr) => {
      expect(evaluate(expr)).toEqual({ ok: false });
    },
  );
});

describe('press', () => {
  it.each<[string, string, number | null]>([
    ['12+3×4=', '12+3×4', 24],
    ['2+=', '2+', 2],
    ['2+×3=', '2×3', 6],
    ['5×−2=', '5×−2', -10],
    ['5×−+2=', '5+2', 7],
    ['−−3=', '−3', -3],
    ['..5+1=', '0.5+1', 1.5],
    ['1.2.3=', '1.23', 1.23],
    ['7.+1=', '7.0+1', 8],
    ['12<3=', '13', 13],
    ['12C3=', '3', 3],
  ])('%s shows %s and %d', (keys, expr, value) => {
    const s = type(keys);
    expect(s.expr).toBe(expr);
    expect(s.result).toEqual(value === null ? null : { ok: true, value });
  });

  it('starts afresh on a digit after a result, and goes on from the result after an operator', () => {
    expect(type('2+3=4').expr).toBe('4');
    expect(type('2+3=×2=').result).toEqual({ ok: true, value: 10 });
    expect(type('2−5=×2').expr).toBe('−3×2');
    expect(type('2+3=.').expr).toBe('0.');
  });

  it('ignores operators first (except minus) and after an error', () => {
    expect(type('×+÷').expr).toBe('');
    expect(type('1÷0=+').expr).toBe('1÷0');
    expect(type('1÷0=+').result).toEqual({ ok: false });
    expect(type('1÷0=5').expr).toBe('5');
  });

  it('= on nothing does nothing; back after a result empties', () => {
    expect(type('=')).toEqual(EMPTY_CALC);
    expect(type('4+4=<')).toEqual(EMPTY_CALC);
  });

  it('keeps the expression the way it was typed, so the page can compare it with a code', () => {
    expect(type('2580').expr).toBe('2580');
    expect(type('2580=').expr).toBe('2580');
  });

  it(`stops at ${MAX_EXPR} characters`, () => {
    expect(type('9'.repeat(60)).expr).toHaveLength(MAX_EXPR);
  });
});

describe('formatResult', () => {
  it.each<[number, 'auto' | 2 | 4 | 6, '.' | ',', string]>([
    [0.30000000000000004, 'auto', '.', '0.3'],
    [1 / 3, 'auto', '.', '0.333333333333'],
    [1 / 3, 2, '.', '0.33'],
    [2 / 3, 4, ',', '0,6667'],
    [-1.5, 'auto', ',', '−1,5'],
    [-0.0001, 2, '.', '0.00'],
    [1e20, 'auto', '.', '1e+20'],
    [1.23456789e-12, 2, '.', '1.234568e−12'],
    [123456789012, 'auto', '.', '123456789012'],
  ])('%d with %s decimals and "%s" reads %s', (value, decimals, sep, text) => {
    expect(formatResult(value, decimals, sep)).toBe(text);
  });

  it('writes the expression with the decimal comma in French', () => {
    expect(formatExpr('1.5+2', ',')).toBe('1,5+2');
    expect(formatExpr('1.5+2', '.')).toBe('1.5+2');
  });
});

describe('calcKeyFor', () => {
  it.each<[string, CalcKey | null]>([
    ['7', '7'],
    ['.', '.'],
    [',', '.'],
    ['-', '−'],
    ['*', '×'],
    ['x', '×'],
    ['/', '÷'],
    ['Enter', '='],
    ['=', '='],
    ['Backspace', 'back'],
    ['Delete', 'clear'],
    ['Escape', null],
    ['Shift', null],
    ['a', null],
    ['F2', null],
  ])('%s → %s', (key, expected) => {
    expect(calcKeyFor(key)).toBe(expected);
  });
});
