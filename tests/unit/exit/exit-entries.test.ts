import { describe, expect, it } from 'vitest';
import { planExitEntries, type TimedSession } from '../../../lib/exit/exit-entries';

const NEWS = 'https://news.example/';
const HELP = 'https://sheltersafe.ca/';
const MAIL = 'https://mail.example/';
const SINCE = 1_800_000_000_000;

describe('planExitEntries', () => {
  it.each<[string, TimedSession, boolean]>([
    [
      'a tab the exit closed',
      { lastModified: SINCE + 5, tab: { url: NEWS, sessionId: 't1', windowId: 1 } },
      true,
    ],
    [
      'the same address closed before the exit',
      { lastModified: SINCE - 1, tab: { url: NEWS, sessionId: 't1', windowId: 1 } },
      false,
    ],
    [
      'a tab closed since, at an address the exit did not close',
      { lastModified: SINCE + 5, tab: { url: MAIL, sessionId: 't1', windowId: 1 } },
      false,
    ],
    [
      'Chromium’s seconds',
      { lastModified: SINCE / 1000, tab: { url: NEWS, sessionId: 't1', windowId: 1 } },
      true,
    ],
    ['no time at all', { tab: { url: NEWS, sessionId: 't1', windowId: 1 } }, false],
    ['no session id to forget it by', { lastModified: SINCE + 5, tab: { url: NEWS, windowId: 1 } }, false],
  ])('%s', (_, session, forgotten) => {
    expect(planExitEntries([session], [NEWS, HELP], SINCE).tabs.length).toBe(forgotten ? 1 : 0);
  });

  it('forgets a window only when the exit closed every tab in it', () => {
    const sessions: TimedSession[] = [
      { lastModified: SINCE + 1, window: { sessionId: 'w1', tabs: [{ url: NEWS }, { url: HELP }] } },
      { lastModified: SINCE + 1, window: { sessionId: 'w2', tabs: [{ url: NEWS }, { url: MAIL }] } },
      { lastModified: SINCE + 1, window: { sessionId: 'w3', tabs: [] } },
      { lastModified: SINCE - 9, window: { sessionId: 'w4', tabs: [{ url: HELP }] } },
    ];
    expect(planExitEntries(sessions, [NEWS, HELP], SINCE)).toEqual({ tabs: [], windows: ['w1'] });
  });
});
