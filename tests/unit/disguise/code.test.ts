import { describe, expect, it } from 'vitest';
import {
  type CodeError,
  type CodeKind,
  codeError,
  codeMatches,
  isStoredCode,
  normalizeCode,
} from '../../../lib/disguise/code';

describe('codeError', () => {
  it.each<[CodeKind, string, CodeError | null]>([
    ['digits', '2580', null],
    ['digits', ' 2580 ', null],
    ['digits', '314159265358', null],
    ['digits', '', 'empty'],
    ['digits', '   ', 'empty'],
    ['digits', '25a0', 'not-digits'],
    ['digits', '25 80', 'not-digits'],
    ['digits', '25.8', 'not-digits'],
    ['digits', '258', 'too-short'],
    ['digits', '3141592653589', 'too-long'],
    ['digits', '1111', 'guessable'],
    ['digits', '1234', 'guessable'],
    ['digits', '987654', 'guessable'],
    ['digits', '0123456789', 'guessable'],
    ['digits', '1235', null],
    ['digits', '1357', null],
    ['word', 'marigold', null],
    ['word', 'Marigold', null],
    ['word', 'étoile', null],
    ['word', 'e\u0301toile', null],
    ['word', 'rose2', null],
    ['word', '2580', null],
    ['word', '4444', 'guessable'],
    ['word', 'two words', 'not-word'],
    ['word', 'hi!', 'not-word'],
    ['word', 'sun', 'too-short'],
    ['word', 'a'.repeat(33), 'too-long'],
    ['word', '', 'empty'],
  ])('%s code %j → %s', (kind, code, error) => {
    expect(codeError(kind, code)).toBe(error);
  });
});

describe('codeMatches', () => {
  it.each<[string, string, boolean]>([
    ['2580', '2580', true],
    ['2580', ' 2580', true],
    ['2580', '25800', false],
    ['2580', '2+580', false],
    ['marigold', 'Marigold', true],
    ['marigold', 'MARIGOLD ', true],
    ['étoile', 'e\u0301toile', true],
    ['marigold', 'marigol', false],
    ['', '', false],
    ['', 'anything', false],
  ])('code %j, typed %j → %s', (code, typed, expected) => {
    expect(codeMatches(code, typed)).toBe(expected);
  });
});

describe('isStoredCode', () => {
  it.each<[unknown, boolean]>([
    ['', true],
    ['2580', true],
    ['marigold', true],
    ['Marigold', false],
    [' 2580', false],
    ['1234', false],
    ['two words', false],
    [2580, false],
    [null, false],
  ])('%j → %s', (raw, expected) => {
    expect(isStoredCode(raw)).toBe(expected);
  });

  it('stores what normalizeCode gives', () => {
    expect(isStoredCode(normalizeCode(' Étoile '))).toBe(true);
  });
});
