import { describe, expect, it } from 'vitest';
import { type Message, PANIC_SOURCES, parseMessage } from '../../lib/messages';

describe('parseMessage: accepted', () => {
  it.each<[string, unknown, Message]>([
    [
      'panic from the content script',
      { type: 'panic', source: 'content' },
      { type: 'panic', source: 'content' },
    ],
    // The content script leaves the source out to save bytes.
    ['panic without a source (the content script)', { type: 'panic' }, { type: 'panic', source: 'content' }],
    ['getStatus', { type: 'getStatus' }, { type: 'getStatus' }],
    ['hide', { type: 'hide' }, { type: 'hide' }],
    ['getStatus with extra fields (dropped)', { type: 'getStatus', secret: 1 }, { type: 'getStatus' }],
    [
      'panic with extra fields (dropped)',
      { type: 'panic', source: 'guide', tabId: 5, url: 'https://x/' },
      { type: 'panic', source: 'guide' },
    ],
  ])('%s', (_, raw, expected) => {
    expect(parseMessage(raw)).toEqual(expected);
  });

  it.each(PANIC_SOURCES)('panic from %s', (source) => {
    expect(parseMessage({ type: 'panic', source })).toEqual({ type: 'panic', source });
  });

  it.each<[string, unknown]>([
    ['a finite number', 1_700_000_000_000.5],
    ['0', 0],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['a string', '1700000000000'],
    ['null', null],
  ])('drops a trigger time `at` that is %s (not part of the protocol)', (_, at) => {
    const parsed = parseMessage({ type: 'panic', source: 'command', at });
    expect(parsed).toEqual({ type: 'panic', source: 'command' });
    expect(parsed && 'at' in parsed).toBe(false);
  });
});

describe('parseMessage: refused', () => {
  it.each<[string, unknown]>([
    ['an unknown type', { type: 'sweep' }],
    ['a type in the wrong case', { type: 'Panic', source: 'content' }],
    ['no type', { source: 'content' }],
    ['panic from an unknown source', { type: 'panic', source: 'page' }],
    ['panic with a source in the wrong case', { type: 'panic', source: 'Content' }],
    ['panic with a source that is a list', { type: 'panic', source: ['content'] }],
    ['a type that is a String object', { type: new String('hide') }],
    ['null', null],
    ['undefined', undefined],
    ['a string', 'panic'],
    ['a number', 1],
    ['true', true],
    ['an array', [{ type: 'hide' }]],
    ['a function', () => ({ type: 'hide' })],
  ])('%s', (_, raw) => {
    expect(parseMessage(raw)).toBeNull();
  });
});
