import { describe, expect, it } from 'vitest';
import { codeMatches } from '../../../lib/disguise/code';
import { MAX_NOTES, parseNotes, takeCodeLine } from '../../../lib/disguise/notes';

const isCode = (line: string) => codeMatches('marigold', line);

describe('takeCodeLine', () => {
  // `|` marks the caret.
  it.each<[string, string | null]>([
    ['marigold|', '|'],
    ['Marigold |', '|'],
    ['milk\nmarigold|', 'milk|'],
    ['milk\nmarigold|\neggs', 'milk\n|eggs'],
    ['marigold|\nmilk', '|milk'],
    ['milk\n\nmarigold|', 'milk\n|'],
    ['milk\nmarigold|   \neggs', 'milk\n|eggs'],
    ['buy marigold|', null],
    ['marigolds|', null],
    ['mari|gold', null],
    ['milk|\nmarigold', null],
    ['|', null],
    ['milk|', null],
  ])('%j → %j', (input, expected) => {
    const caret = input.indexOf('|');
    const taken = takeCodeLine(input.replace('|', ''), caret, isCode);
    if (expected === null) expect(taken).toBeNull();
    else {
      const at = expected.indexOf('|');
      expect(taken).toEqual({ text: expected.replace('|', ''), caret: at });
    }
  });
});

describe('parseNotes', () => {
  it.each<[unknown, string]>([
    ['milk', 'milk'],
    ['', ''],
    [undefined, ''],
    [42, ''],
    [{ text: 'x' }, ''],
  ])('%j → %j', (raw, text) => {
    expect(parseNotes(raw)).toBe(text);
  });

  it(`keeps at most ${MAX_NOTES} characters`, () => {
    expect(parseNotes('x'.repeat(MAX_NOTES + 10))).toHaveLength(MAX_NOTES);
  });
});
