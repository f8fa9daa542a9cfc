import { describe, expect, it } from 'vitest';
import {
  type ClosedSession,
  type ForgetPlan,
  isEmptyPlan,
  planForget,
} from '../../../lib/traces/recently-closed';

const isTrace = (url: string) => url.includes('help.example');
const HELP = 'https://help.example/';
const HELP2 = 'https://help.example/chat';
const NEWS = 'https://news.example/';

const empty: ForgetPlan = { tabs: [], windows: [], urls: [] };

describe('planForget', () => {
  it.each<[string, ClosedSession[], ForgetPlan]>([
    ['nothing closed', [], empty],
    ['an ordinary closed tab', [{ tab: { url: NEWS, sessionId: 's1', windowId: 1 } }], empty],
    [
      'a closed help tab',
      [{ tab: { url: HELP, sessionId: 's1', windowId: 1 } }],
      { tabs: [{ windowId: 1, sessionId: 's1' }], windows: [], urls: [HELP] },
    ],
    [
      'a help tab without a session id (Chromium): its URL only',
      [{ tab: { url: HELP, windowId: 1 } }],
      { tabs: [], windows: [], urls: [HELP] },
    ],
    [
      'a help tab without a window id: its URL only',
      [{ tab: { url: HELP, sessionId: 's1' } }],
      { tabs: [], windows: [], urls: [HELP] },
    ],
    [
      'a help tab in window 0 (a real id)',
      [{ tab: { url: HELP, sessionId: 's1', windowId: 0 } }],
      { tabs: [{ windowId: 0, sessionId: 's1' }], windows: [], urls: [HELP] },
    ],
    ['a tab without a URL', [{ tab: { sessionId: 's1', windowId: 1 } }], empty],
    [
      'a closed window holding a help tab: the whole window, and the help URLs only',
      [{ window: { sessionId: 'w1', tabs: [{ url: NEWS }, { url: HELP2 }] } }],
      { tabs: [], windows: ['w1'], urls: [HELP2] },
    ],
    [
      'a closed window without help tabs',
      [{ window: { sessionId: 'w1', tabs: [{ url: NEWS }, {}] } }],
      empty,
    ],
    [
      'a closed window without a session id',
      [{ window: { tabs: [{ url: HELP }] } }],
      { tabs: [], windows: [], urls: [HELP] },
    ],
    ['a closed window without tabs', [{ window: { sessionId: 'w1' } }], empty],
    ['an empty entry', [{}], empty],
    [
      'a mix, each URL listed once in first-seen order',
      [
        { tab: { url: NEWS, sessionId: 's0', windowId: 1 } },
        { tab: { url: HELP2, sessionId: 's1', windowId: 1 } },
        { window: { sessionId: 'w1', tabs: [{ url: HELP }, { url: HELP2 }] } },
        { tab: { url: HELP, sessionId: 's2', windowId: 2 } },
        { window: { sessionId: 'w2', tabs: [{ url: NEWS }] } },
      ],
      {
        tabs: [
          { windowId: 1, sessionId: 's1' },
          { windowId: 2, sessionId: 's2' },
        ],
        windows: ['w1'],
        urls: [HELP2, HELP],
      },
    ],
  ])('%s', (_, sessions, expected) => {
    const plan = planForget(sessions, isTrace);
    expect(plan).toEqual(expected);
    expect(isEmptyPlan(plan)).toBe(expected.urls.length === 0);
  });
});

describe('isEmptyPlan', () => {
  it.each<[ForgetPlan, boolean]>([
    [empty, true],
    [{ tabs: [{ windowId: 1, sessionId: 's' }], windows: [], urls: [] }, false],
    [{ tabs: [], windows: ['w'], urls: [] }, false],
    [{ tabs: [], windows: [], urls: [HELP] }, false],
  ])('%j → %s', (plan, expected) => {
    expect(isEmptyPlan(plan)).toBe(expected);
  });
});
