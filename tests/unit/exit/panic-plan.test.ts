import { describe, expect, it } from 'vitest';
import {
  closeOrder,
  type PanicInput,
  type PanicPlan,
  planPanic,
  type TabSnapshot,
} from '../../../lib/exit/panic-plan';

const isTrace = (url: string) => /^https:\/\/(?:[\w-]+\.)*(?:sheltersafe\.ca|awhl\.org)\//.test(url);

const HELP = 'https://sheltersafe.ca/';
const HELP2 = 'https://www.awhl.org/safety';
const NEWS = 'https://news.example/';
const MAIL = 'https://mail.example/inbox';

/** Window 1: news (id 11), help (12), mail (13). Window 2: help (21), news (22). Window 3: mail (31). */
const TABS: TabSnapshot[] = [
  { id: 11, windowId: 1, url: NEWS },
  { id: 12, windowId: 1, url: HELP },
  { id: 13, windowId: 1, url: MAIL },
  { id: 21, windowId: 2, url: HELP2 },
  { id: 22, windowId: 2, url: NEWS },
  { id: 31, windowId: 3, url: MAIL },
];

const plan = (input: Partial<PanicInput>): PanicPlan =>
  planPanic({ tabs: TABS, scope: 'help-tabs', isTrace, ...input });

describe('planPanic', () => {
  it.each<[string, Partial<PanicInput>, Omit<PanicPlan, 'replace' | 'closedUrls'>]>([
    [
      'from a help tab: help tabs close in every window, the source first',
      { sourceTabId: 21 },
      { windowId: 2, close: [21, 12], forget: [HELP, HELP2] },
    ],
    [
      'from an unrelated tab: the source closes first even though it is not a help page',
      { sourceTabId: 13 },
      { windowId: 1, close: [13, 12, 21], forget: [HELP, HELP2] },
    ],
    [
      'no source: the focused window',
      { focusedWindowId: 3 },
      { windowId: 3, close: [12, 21], forget: [HELP, HELP2] },
    ],
    [
      'the source window wins over the focused one',
      { sourceTabId: 22, focusedWindowId: 3 },
      { windowId: 2, close: [22, 12, 21], forget: [HELP, HELP2] },
    ],
    [
      'no source and a focused window without tabs: the first tab’s window',
      { focusedWindowId: 9 },
      { windowId: 1, close: [12, 21], forget: [HELP, HELP2] },
    ],
    [
      'a source id that is not open: treated as no source',
      { sourceTabId: 99, focusedWindowId: 2 },
      { windowId: 2, close: [12, 21], forget: [HELP, HELP2] },
    ],
    [
      'all-tabs scope closes everything, the source first',
      { sourceTabId: 13, scope: 'all-tabs' },
      { windowId: 1, close: [13, 11, 12, 21, 22, 31], forget: [HELP, HELP2] },
    ],
  ])('%s', (_, input, expected) => {
    expect(plan(input)).toEqual({ replace: [], closedUrls: expect.any(Array), ...expected });
  });

  it('counts a tab still loading a help site (pendingUrl)', () => {
    const tabs: TabSnapshot[] = [
      { id: 1, windowId: 1, url: NEWS },
      { id: 2, windowId: 1, url: 'about:blank', pendingUrl: HELP },
      { id: 3, windowId: 1, url: HELP2, pendingUrl: NEWS },
      { id: 4, windowId: 1, pendingUrl: 'https://sheltersafe.ca/find' },
    ];
    expect(planPanic({ tabs, scope: 'help-tabs', isTrace })).toMatchObject({
      windowId: 1,
      close: [2, 3, 4],
      forget: [HELP, HELP2, 'https://sheltersafe.ca/find'],
    });
  });

  it('lists each help URL once and only help URLs', () => {
    const tabs: TabSnapshot[] = [
      { id: 1, windowId: 1, url: HELP },
      { id: 2, windowId: 2, url: HELP },
      { id: 3, windowId: 1, url: NEWS },
      { id: 4, windowId: 1, url: HELP, pendingUrl: HELP },
    ];
    const result = planPanic({ tabs, sourceTabId: 3, scope: 'all-tabs', isTrace });
    expect(result.forget).toEqual([HELP]);
    expect(result.close).toEqual([3, 1, 2, 4]);
  });

  it('skips tabs without an id (devtools, some incognito snapshots)', () => {
    const tabs: TabSnapshot[] = [
      { windowId: 5, url: HELP2 },
      { id: 1, windowId: 1, url: HELP },
      { id: 2, windowId: 1, url: NEWS },
    ];
    expect(planPanic({ tabs, scope: 'all-tabs', isTrace })).toMatchObject({
      windowId: 5,
      close: [1, 2],
      forget: [HELP],
    });
  });

  it('closes incognito help tabs like any other', () => {
    const tabs: TabSnapshot[] = [
      { id: 1, windowId: 1, url: NEWS },
      { id: 2, windowId: 2, url: HELP, incognito: true },
    ];
    expect(planPanic({ tabs, sourceTabId: 1, scope: 'help-tabs', isTrace })).toMatchObject({
      windowId: 1,
      close: [1, 2],
      forget: [HELP],
    });
  });

  it('with no tabs at all: a new window, nothing to close', () => {
    expect(planPanic({ tabs: [], scope: 'help-tabs', isTrace, focusedWindowId: 4 })).toEqual({
      windowId: undefined,
      close: [],
      replace: [],
      forget: [],
      closedUrls: [],
    });
  });

  it('with no help tab and no source: nothing closes', () => {
    const tabs: TabSnapshot[] = [
      { id: 1, windowId: 1, url: NEWS },
      { id: 2, windowId: 1, url: MAIL },
    ];
    expect(planPanic({ tabs, scope: 'help-tabs', isTrace })).toEqual({
      windowId: 1,
      close: [],
      replace: [],
      forget: [],
      closedUrls: [],
    });
  });

  it('never asks about tabs without a URL', () => {
    const asked: string[] = [];
    const spy = (url: string) => {
      asked.push(url);
      return isTrace(url);
    };
    planPanic({
      tabs: [{ id: 1, windowId: 1 }, { id: 2, windowId: 1, url: '' }, ...TABS],
      scope: 'help-tabs',
      isTrace: spy,
    });
    expect(asked).toEqual([NEWS, HELP, MAIL, HELP2, NEWS, MAIL]);
  });

  it('is pure: the same snapshot gives the same plan and the snapshot is untouched', () => {
    const before = JSON.stringify(TABS);
    expect(plan({ sourceTabId: 13 })).toEqual(plan({ sourceTabId: 13 }));
    expect(JSON.stringify(TABS)).toBe(before);
  });

  describe('tabs with a help page in their Back or Forward list', () => {
    /** Window 1: news (11, shown, pinned), help (12), mail (13). Window 2: news (22, shown), mail (23). */
    const tabs: TabSnapshot[] = [
      { id: 11, windowId: 1, index: 0, url: NEWS, active: true, pinned: true },
      { id: 12, windowId: 1, index: 1, url: HELP },
      { id: 13, windowId: 1, index: 2, url: MAIL },
      { id: 22, windowId: 2, index: 0, url: NEWS, active: true },
      { id: 23, windowId: 2, index: 1, url: MAIL, pendingUrl: NEWS },
    ];

    it('replaces each one showing an ordinary page, at its address and place; the source window’s is not shown', () => {
      const result = planPanic({
        tabs,
        sourceTabId: 12,
        scope: 'help-tabs',
        isTrace,
        helpHistory: new Set([11, 22, 23]),
      });
      expect(result.close).toEqual([12]);
      expect(result.replace).toEqual([
        { id: 11, windowId: 1, index: 0, url: NEWS, active: false, pinned: true },
        { id: 22, windowId: 2, index: 0, url: NEWS, active: true, pinned: false },
        // The address it shows, not the one it is loading.
        { id: 23, windowId: 2, index: 1, url: MAIL, active: false, pinned: false },
      ]);
      expect(result.closedUrls).toEqual([NEWS, HELP, MAIL]);
    });

    it('a source or help tab with such a list just closes: nothing to replace', () => {
      const result = planPanic({
        tabs,
        sourceTabId: 13,
        scope: 'help-tabs',
        isTrace,
        helpHistory: new Set([12, 13]),
      });
      expect(result.close).toEqual([13, 12]);
      expect(result.replace).toEqual([]);
    });

    it('all-tabs scope closes them with the rest', () => {
      const result = planPanic({ tabs, scope: 'all-tabs', isTrace, helpHistory: new Set([11, 22]) });
      expect(result.close).toEqual([11, 12, 13, 22, 23]);
      expect(result.replace).toEqual([]);
    });

    it('a tab with no address to reopen, or an id no longer open, is left alone', () => {
      const result = planPanic({
        tabs: [...tabs, { id: 30, windowId: 2 }],
        scope: 'help-tabs',
        isTrace,
        helpHistory: new Set([30, 99]),
      });
      expect(result.replace).toEqual([]);
      expect(result.close).toEqual([12]);
    });

    it('without that knowledge, nothing is replaced', () => {
      expect(planPanic({ tabs, scope: 'help-tabs', isTrace }).replace).toEqual([]);
    });
  });

  it('lists the address of every tab it closes, pending ones too, once each', () => {
    const result = planPanic({
      tabs: [
        { id: 1, windowId: 1, url: NEWS },
        { id: 2, windowId: 1, url: HELP, pendingUrl: HELP2 },
        { id: 3, windowId: 1, url: HELP },
      ],
      sourceTabId: 1,
      scope: 'help-tabs',
      isTrace,
    });
    expect(result.closedUrls).toEqual([NEWS, HELP, HELP2]);
  });

  it('closes a tab whose title says it is about help, and forgets its address', () => {
    const titled = (url: string, title?: string) => isTrace(url) || /violence/i.test(title ?? '');
    const tabs: TabSnapshot[] = [
      ...TABS,
      { id: 41, windowId: 1, url: 'https://news.example/dv', title: 'Family violence' },
    ];
    expect(planPanic({ tabs, scope: 'help-tabs', isTrace: titled })).toMatchObject({
      windowId: 1,
      close: [12, 21, 41],
      forget: [HELP, HELP2, 'https://news.example/dv'],
    });
  });

  it("closes tabs on a help trail, but never forgets a trail page's address (its visit already went)", () => {
    expect(plan({ helpTabs: new Set([22, 99]) })).toMatchObject({
      windowId: 1,
      close: [12, 21, 22],
      forget: [HELP, HELP2],
    });
  });
});

describe('closeOrder', () => {
  // Window 1: the neutral site's (tab 1 shown); window 2: another (tab 4 shown).
  const tabs: TabSnapshot[] = [
    { id: 1, windowId: 1, active: true },
    { id: 2, windowId: 1 },
    { id: 3, windowId: 1 },
    { id: 4, windowId: 2, active: true },
    { id: 5, windowId: 2 },
    { id: 6, windowId: 3, active: true },
  ];

  it.each<[string, number[], number | undefined, ReturnType<typeof closeOrder>]>([
    [
      'a background tab waits only for its own silence',
      [2, 5],
      1,
      [
        { id: 2, after: [2] },
        { id: 5, after: [5] },
      ],
    ],
    [
      "a window's shown tab waits for every tab closing in its window",
      [4, 5, 2],
      1,
      [
        { id: 4, after: [4, 5] },
        { id: 5, after: [5] },
        { id: 2, after: [2] },
      ],
    ],
    [
      "in the neutral site's window, the neutral tab takes the window: the shown tab waits only for itself",
      [1, 3],
      1,
      [
        { id: 1, after: [1] },
        { id: 3, after: [3] },
      ],
    ],
    [
      'the neutral site in a new window: every shown tab waits for its window',
      [1, 2, 6],
      undefined,
      [
        { id: 1, after: [1, 2] },
        { id: 2, after: [2] },
        { id: 6, after: [6] },
      ],
    ],
    ['a tab missing from the snapshot waits for its own silence', [9], 1, [{ id: 9, after: [9] }]],
  ])('%s', (_name, close, neutralWindowId, expected) => {
    expect(closeOrder(tabs, close, neutralWindowId)).toEqual(expected);
  });
});
