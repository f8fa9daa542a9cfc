import { describe, expect, it, vi } from 'vitest';
import {
  type ContentMessage,
  dispatch,
  type Handlers,
  type Message,
  parseContentMessage,
  parseMessage,
} from '../../lib/messages';

describe('parseMessage: accepted', () => {
  it.each<[string, unknown, Message]>([
    ['panic', { type: 'panic' }, { type: 'panic' }],
    ['arm', { type: 'arm' }, { type: 'arm' }],
    ['getStatus', { type: 'getStatus' }, { type: 'getStatus' }],
    ['getStatus with extra fields (dropped)', { type: 'getStatus', secret: 1 }, { type: 'getStatus' }],
    ['panic with extra fields (dropped)', { type: 'panic', source: 'guide', tabId: 5 }, { type: 'panic' }],
    ['panic with a trigger time (not part of the protocol)', { type: 'panic', at: 17e11 }, { type: 'panic' }],
  ])('%s', (_, raw, expected) => {
    expect(parseMessage(raw)).toEqual(expected);
  });
});

describe('parseMessage: refused', () => {
  it.each<[string, unknown]>([
    ['an unknown type', { type: 'sweep' }],
    ['a message meant for content scripts', { type: 'hide' }],
    ['another message meant for content scripts', { type: 'quiet' }],
    ['a type in the wrong case', { type: 'Panic' }],
    ['no type', { source: 'content' }],
    ['a type that is a String object', { type: new String('panic') }],
    ['a type that is a list', { type: ['panic'] }],
    ['null', null],
    ['undefined', undefined],
    ['a string', 'panic'],
    ['a number', 1],
    ['true', true],
    ['an array', [{ type: 'panic' }]],
    ['a function', () => ({ type: 'panic' })],
  ])('%s', (_, raw) => {
    expect(parseMessage(raw)).toBeNull();
  });
});

describe('parseContentMessage', () => {
  it.each<[string, unknown, ContentMessage | null]>([
    ['hide', { type: 'hide' }, { type: 'hide' }],
    ['hide with extra fields (dropped)', { type: 'hide', url: 'x' }, { type: 'hide' }],
    ['quiet', { type: 'quiet' }, { type: 'quiet' }],
    ['a request meant for the background: arm', { type: 'arm' }, null],
    ['a request meant for the background', { type: 'panic' }, null],
    ['garbage', 'hide', null],
  ])('%s', (_, raw, expected) => {
    expect(parseContentMessage(raw)).toEqual(expected);
  });
});

describe('dispatch', () => {
  const handlers: Handlers<string> = {
    panic: vi.fn(async () => ({ ok: true })),
    arm: vi.fn(async () => undefined),
    getStatus: vi.fn(async () => ({ removedThisSession: 3 })),
  };

  it('hands a well-formed request and its sender to that request’s handler', async () => {
    expect(await dispatch(handlers, { type: 'getStatus', junk: 1 }, 'tab 4')).toEqual({
      removedThisSession: 3,
    });
    expect(handlers.getStatus).toHaveBeenCalledWith({ type: 'getStatus' }, 'tab 4');
    expect(await dispatch(handlers, { type: 'panic' }, 'popup')).toEqual({ ok: true });
  });

  it.each([{ type: 'hide' }, { type: 'nope' }, null, 'panic'])('gives no answer to %j', (raw) => {
    expect(dispatch(handlers, raw, 'x')).toBeUndefined();
  });
});
