import { describe, expect, it } from 'vitest';
import {
  CATEGORIES,
  convert,
  defaultPair,
  parseAmount,
  UNITS,
  type UnitId,
  unitsOf,
} from '../../../lib/disguise/converter';

describe('convert', () => {
  it.each<[number, UnitId, UnitId, number]>([
    [1, 'in', 'cm', 2.54],
    [1, 'mi', 'km', 1.609344],
    [1, 'ft', 'in', 12],
    [3, 'ft', 'yd', 1],
    [1000, 'mm', 'm', 1],
    [1, 'lb', 'kg', 0.45359237],
    [16, 'oz', 'lb', 1],
    [1, 'kg', 'g', 1000],
    [100, 'c', 'f', 212],
    [-40, 'f', 'c', -40],
    [0, 'c', 'k', 273.15],
    [32, 'f', 'k', 273.15],
    [1, 'gal', 'l', 3.785411784],
    [1, 'gal', 'cup', 16],
    [1, 'cup', 'floz', 8],
    [1, 'l', 'ml', 1000],
  ])('%d %s = %d %s', (value, from, to, expected) => {
    expect(convert(value, from, to)).toBeCloseTo(expected, 9);
  });

  it('refuses to convert across categories', () => {
    expect(convert(1, 'kg', 'm')).toBeNull();
    expect(convert(1, 'c', 'l')).toBeNull();
  });

  it('goes there and back for every pair in a category', () => {
    for (const category of CATEGORIES)
      for (const a of unitsOf(category))
        for (const b of unitsOf(category)) expect(convert(convert(37, a, b)!, b, a)).toBeCloseTo(37, 9);
  });

  it('offers a pair of different units for each category, and every unit in one category', () => {
    for (const category of CATEGORIES) {
      const [a, b] = defaultPair(category);
      expect(a).not.toBe(b);
      expect(UNITS[a].category).toBe(category);
      expect(UNITS[b].category).toBe(category);
    }
    expect(CATEGORIES.flatMap(unitsOf).sort()).toEqual(Object.keys(UNITS).sort());
  });
});

describe('parseAmount', () => {
  it.each<[string, number | null]>([
    ['12', 12],
    [' 12 ', 12],
    ['1.5', 1.5],
    ['1,5', 1.5],
    ['-3', -3],
    ['−3', -3],
    ['.5', 0.5],
    ['5.', 5],
    ['1 000', 1000],
    ['1e3', 1000],
    ['', null],
    ['abc', null],
    ['1.2.3', null],
    ['--1', null],
    ['1e999', null],
  ])('%j → %s', (typed, value) => {
    expect(parseAmount(typed)).toBe(value);
  });
});
