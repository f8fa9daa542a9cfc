import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DISCARD } from '../../lib/messages';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/settings';
import type { Browser } from '../../platform/browser-type';
import { createPanic, type PanicDeps } from '../../platform/panic';

const NEUTRAL = 'https://duckduckgo.com/';
const HELP = 'https://sheltersafe.ca/';
const HELP2 = 'https://www.awhl.org/safety';
const NEWS = 'https://news.example/';
const MAIL = 'https://mail.example/';
const isTrace = (url: string) => url.startsWith(HELP) || url.startsWith(HELP2);

type Tab = { id?: number; windowId?: number; url?: string };

/**
 * fakeBrowser with its tabs and windows, plus spies that log every call in order. `tabs.remove`
 * is faked (fakeBrowser's looks up the tab id as a window id), and history is added.
 */
async function setUp(settings: Partial<Settings> = {}) {
  // reset() leaves window 0 with one blank tab (id 0).
  const w1 = (await fakeBrowser.windows.create({ focused: true }))!.id!;
  const w2 = (await fakeBrowser.windows.create({}))!.id!;
  const news = (await fakeBrowser.tabs.create({ windowId: w1, url: NEWS })).id!;
  const help = (await fakeBrowser.tabs.create({ windowId: w1, url: HELP })).id!;
  const help2 = (await fakeBrowser.tabs.create({ windowId: w2, url: HELP2 })).id!;
  const mail = (await fakeBrowser.tabs.create({ windowId: w2, url: MAIL })).id!;
  const log: string[] = [];
  const answers = new Map<number, unknown>();
  const tabs = {
    ...fakeBrowser.tabs,
    create: vi.fn(async (props: { windowId?: number; url?: string; active?: boolean }) => {
      log.push(`open ${props.url} in window ${props.windowId}`);
      return fakeBrowser.tabs.create(props);
    }),
    remove: vi.fn(async (ids: number | number[]) => {
      log.push(`close ${[ids].flat().join(',')}`);
    }),
    query: vi.fn((q: object) => fakeBrowser.tabs.query(q) as Promise<Tab[]>),
    update: vi.fn(async (id: number, info: object) => {
      log.push(`navigate ${id}`);
      return fakeBrowser.tabs.update(id, info);
    }),
    // Every frame of the tab hides and falls silent; resolves once they have (with the answer
    // `answers` holds for the tab, if any: a frame asking for a discard).
    sendMessage: vi.fn(async (id: number, message: { type: string }) => {
      log.push(`${message.type} ${id}`);
      return answers.get(id);
    }),
    // A discarded tab comes back under a new id.
    discard: vi.fn(async (id: number) => {
      log.push(`discard ${id}`);
      return { id: id + 1000, discarded: true };
    }),
  };
  const windows = {
    ...fakeBrowser.windows,
    create: vi.fn(async (props: { url?: string; focused?: boolean }) => {
      log.push(`open ${props.url} in a new window`);
      return fakeBrowser.windows.create(props);
    }),
    update: vi.fn(async (id: number, info: { focused?: boolean }) => {
      log.push(`focus window ${id}: ${info.focused}`);
      return fakeBrowser.windows.update(id, info);
    }),
    getLastFocused: vi.fn(async (): Promise<{ id?: number } | undefined> => undefined),
  };
  const history = {
    deleteUrl: vi.fn(async ({ url }: { url: string }) => {
      log.push(`delete ${url}`);
    }),
    addUrl: vi.fn(async ({ url }: { url: string }) => {
      log.push(`add ${url}`);
    }),
  };
  const deps = {
    browser: { ...fakeBrowser, tabs, windows, history } as unknown as Browser,
    settings: vi.fn(async () => ({ ...DEFAULT_SETTINGS, neutralUrl: NEUTRAL, ...settings })),
    isTrace: vi.fn(async () => isTrace),
    sweep: vi.fn(async () => {
      log.push('sweep');
    }),
    forgetClosed: vi.fn(async () => {
      log.push('forget closed');
    }),
  } satisfies PanicDeps;
  const onNeutralOpened = vi.fn(() => {
    log.push('neutral opened');
  });
  return {
    deps,
    tabs,
    windows,
    history,
    log,
    answers,
    onNeutralOpened,
    ids: { news, help, help2, mail, w1, w2 },
  };
}

/** Lets the detached tail (recently-closed, sweep) run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('createPanic', () => {
  it('opens the neutral site in the source tab’s window, then closes the source and help tabs', async () => {
    const { deps, log, onNeutralOpened, ids } = await setUp();
    await createPanic(deps)({ sourceTabId: ids.mail, onNeutralOpened });
    await settle();
    expect(log).toEqual([
      // The source tab's frames at once (the window is not known before the tab list).
      `hide ${ids.mail}`,
      `open ${NEUTRAL} in window ${ids.w2}`,
      `focus window ${ids.w2}: true`,
      // Each tab is told once, and closes once it is hidden and silent.
      `hide ${ids.help}`,
      `hide ${ids.help2}`,
      `close ${ids.mail}`,
      `close ${ids.help}`,
      `close ${ids.help2}`,
      'neutral opened',
      `delete ${HELP}`,
      `delete ${HELP2}`,
      'forget closed',
      'sweep',
    ]);
    expect(onNeutralOpened).toHaveBeenCalledTimes(1);
  });

  it('with the source window known, opens the neutral site right behind the tab list, without waiting for it', async () => {
    const { deps, tabs, log, ids } = await setUp();
    tabs.query.mockImplementation(async (q: object) => {
      log.push('list tabs');
      return fakeBrowser.tabs.query(q) as Promise<Tab[]>;
    });
    await createPanic(deps)({ sourceTabId: ids.mail, sourceWindowId: ids.w2 });
    expect(log.slice(0, 4)).toEqual([
      'list tabs',
      `open ${NEUTRAL} in window ${ids.w2}`,
      `focus window ${ids.w2}: true`,
      // Then at once the source tab's other frames.
      `hide ${ids.mail}`,
    ]);
    expect(tabs.create).toHaveBeenCalledTimes(1);
  });

  it('opens the neutral site as a new active tab, never navigating an existing one', async () => {
    const { deps, tabs, ids } = await setUp();
    await createPanic(deps)({ sourceTabId: ids.help });
    expect(tabs.create).toHaveBeenCalledWith({ windowId: ids.w1, url: NEUTRAL, active: true });
    expect(tabs.remove.mock.calls.map(([id]) => id)).toEqual([ids.help, ids.help2]);
    expect(tabs.update).not.toHaveBeenCalled();
  });

  it('without a source tab, opens in the focused window', async () => {
    const { deps, tabs, windows, ids } = await setUp();
    windows.getLastFocused.mockResolvedValue({ id: ids.w2 });
    await createPanic(deps)({});
    expect(tabs.create).toHaveBeenCalledWith({ windowId: ids.w2, url: NEUTRAL, active: true });
    expect(tabs.remove.mock.calls.map(([id]) => id)).toEqual([ids.help, ids.help2]);
  });

  it('when the focused window cannot be read, opens in the first tab’s window', async () => {
    const { deps, tabs, windows } = await setUp();
    windows.getLastFocused.mockRejectedValue(new Error('no window'));
    await createPanic(deps)({});
    // reset() left a blank tab in window 0, first in the list.
    expect(tabs.create).toHaveBeenCalledWith({ windowId: 0, url: NEUTRAL, active: true });
  });

  it('with no tabs at all, opens a new focused window', async () => {
    const { deps, tabs, windows, log } = await setUp();
    tabs.query.mockResolvedValue([]);
    await createPanic(deps)({});
    expect(windows.create).toHaveBeenCalledWith({ url: NEUTRAL, focused: true });
    expect(tabs.create).not.toHaveBeenCalled();
    expect(tabs.remove).not.toHaveBeenCalled();
    expect(log[0]).toBe(`open ${NEUTRAL} in a new window`);
  });

  it('all-tabs scope closes every tab that was open, never the neutral one', async () => {
    const { deps, tabs, ids } = await setUp({ panicScope: 'all-tabs' });
    // The neutral tab is already in the list when the tabs are read.
    tabs.create.mockResolvedValueOnce({ id: 99, windowId: ids.w1 } as never);
    tabs.query.mockImplementation(async (q: object) => [
      ...((await fakeBrowser.tabs.query(q)) as Tab[]),
      { id: 99, windowId: ids.w1, url: NEUTRAL },
    ]);
    await createPanic(deps)({ sourceTabId: ids.news, sourceWindowId: ids.w1 });
    expect(tabs.remove.mock.calls.map(([id]) => id)).toEqual([ids.news, 0, ids.help, ids.help2, ids.mail]);
  });

  it('a tab that fails to close does not stop the others', async () => {
    const { deps, tabs, ids } = await setUp();
    tabs.remove.mockRejectedValueOnce(new Error('No tab with id'));
    await createPanic(deps)({ sourceTabId: ids.help });
    expect(tabs.remove.mock.calls.map(([id]) => id)).toEqual([ids.help, ids.help2]);
    expect(deps.browser.history.deleteUrl).toHaveBeenCalledTimes(2);
  });

  it('a second call while the first is in flight joins it: one neutral tab, both told', async () => {
    const { deps, tabs, windows, ids } = await setUp();
    const first = vi.fn();
    const second = vi.fn();
    const run = createPanic(deps);
    const a = run({ sourceTabId: ids.help, onNeutralOpened: first });
    const b = run({ onNeutralOpened: second });
    await Promise.all([a, b]);
    await settle();
    expect(tabs.create).toHaveBeenCalledTimes(1);
    expect(windows.create).not.toHaveBeenCalled();
    expect(tabs.remove).toHaveBeenCalledTimes(2);
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(1);
    expect(deps.sweep).toHaveBeenCalledTimes(1);
  });

  it('a call after the first one finished runs again', async () => {
    const { deps, tabs, ids } = await setUp();
    const run = createPanic(deps);
    await run({ sourceTabId: ids.help });
    await settle();
    await run({ sourceTabId: ids.help });
    expect(tabs.create).toHaveBeenCalledTimes(2);
  });

  it('an exit stuck on a browser call stops blocking new ones after a few seconds', async () => {
    const { deps, tabs, ids } = await setUp();
    const now = vi.spyOn(Date, 'now').mockReturnValue(1_000_000);
    tabs.create.mockImplementationOnce(() => new Promise(() => {}));
    const run = createPanic(deps);
    void run({ sourceTabId: ids.help });
    await settle();
    const joined = vi.fn();
    void run({ onNeutralOpened: joined });
    await settle();
    expect(tabs.create).toHaveBeenCalledTimes(1);
    expect(joined).not.toHaveBeenCalled();
    now.mockReturnValue(1_005_000);
    await run({ sourceTabId: ids.help });
    expect(tabs.create).toHaveBeenCalledTimes(2);
  });

  it('still forgets and sweeps when closing tabs fails', async () => {
    const { deps, tabs, ids } = await setUp();
    tabs.remove.mockRejectedValue(new Error('nope'));
    await createPanic(deps)({ sourceTabId: ids.help });
    await settle();
    expect(deps.forgetClosed).toHaveBeenCalledTimes(1);
    expect(deps.sweep).toHaveBeenCalledTimes(1);
  });
});

describe('createPanic: no prompt, no help page in front', () => {
  it('closes each tab once it has hidden; a tab that never answers closes after a moment', async () => {
    const { deps, tabs, log, ids } = await setUp();
    let answer: () => void = () => {};
    tabs.sendMessage.mockImplementation(async (id: number) => {
      log.push(`hide ${id}`);
      // The help tab in window 2 answers late; the other help tab never does (a hung page).
      if (id === ids.help2) await new Promise<void>((done) => (answer = done));
      if (id === ids.help) await new Promise(() => {});
    });
    const run = createPanic(deps)({ sourceTabId: ids.mail, sourceWindowId: ids.w2 });
    await new Promise((r) => setTimeout(r, 20));
    expect(log.filter((l) => l.startsWith('close'))).toEqual([`close ${ids.mail}`]);
    answer();
    await run;
    expect(log.filter((l) => l.startsWith('close'))).toEqual([
      `close ${ids.mail}`,
      `close ${ids.help2}`,
      `close ${ids.help}`,
    ]);
  });

  it('the shown tab of another window closes only once every tab closing in its window has hidden', async () => {
    const { deps, tabs, log, ids } = await setUp();
    // Window 1 shows a help tab, with another one behind it that answers late.
    const behind = (await fakeBrowser.tabs.create({ windowId: ids.w1, url: `${HELP}b` })).id!;
    tabs.query.mockImplementation(async (q: object) =>
      ((await fakeBrowser.tabs.query(q)) as Tab[]).map((t) => ({ ...t, active: t.id === ids.help })),
    );
    let answer: () => void = () => {};
    tabs.sendMessage.mockImplementation(async (id: number) => {
      log.push(`hide ${id}`);
      if (id === behind) await new Promise<void>((done) => (answer = done));
    });
    const run = createPanic(deps)({ sourceTabId: ids.mail, sourceWindowId: ids.w2 });
    await new Promise((r) => setTimeout(r, 20));
    expect(log.filter((l) => l.startsWith('close'))).not.toContain(`close ${ids.help}`);
    answer();
    await run;
    const closes = log.filter((l) => l.startsWith('close'));
    expect(closes.indexOf(`close ${behind}`)).toBeLessThan(closes.indexOf(`close ${ids.help}`));
  });

  it('a tab without a content script (the browser’s own page) still closes', async () => {
    const { deps, tabs, ids } = await setUp();
    tabs.sendMessage.mockRejectedValue(new Error('Receiving end does not exist'));
    await createPanic(deps)({ sourceTabId: ids.help });
    expect(tabs.remove.mock.calls.map(([id]) => id)).toEqual([ids.help, ids.help2]);
  });
});

describe('createPanic: Back and Forward lists', () => {
  it('replaces an ordinary tab with a help page in its Back list by a fresh one in its place, then closes it', async () => {
    const { deps, tabs, log, ids } = await setUp();
    const deps2: PanicDeps = { ...deps, helpHistoryTabs: async () => new Set([ids.news, ids.mail]) };
    const [news] = await fakeBrowser.tabs.query({ url: NEWS });
    await createPanic(deps2)({ sourceTabId: ids.help });
    expect(tabs.create).toHaveBeenCalledWith({
      windowId: ids.w1,
      index: news!.index,
      url: NEWS,
      active: false,
      pinned: false,
    });
    expect(tabs.create).toHaveBeenCalledWith(expect.objectContaining({ windowId: ids.w2, url: MAIL }));
    // Open first, then hidden and closed.
    const opened = log.indexOf(`open ${NEWS} in window ${ids.w1}`);
    expect(opened).toBeGreaterThan(-1);
    expect(log.lastIndexOf(`hide ${ids.news}`)).toBeGreaterThan(opened);
    expect(log.indexOf(`close ${ids.news}`)).toBeGreaterThan(log.lastIndexOf(`hide ${ids.news}`));
    expect(tabs.remove.mock.calls.map(([id]) => id)).toEqual([ids.help, ids.help2, ids.news, ids.mail]);
  });

  it('keeps the tab when its replacement cannot open', async () => {
    const { deps, tabs, ids } = await setUp();
    tabs.create.mockImplementation(async (props: { url?: string; windowId?: number }) => {
      if (props.url === NEWS) throw new Error('cannot open');
      return fakeBrowser.tabs.create(props);
    });
    await createPanic({ ...deps, helpHistoryTabs: async () => new Set([ids.news]) })({
      sourceTabId: ids.help,
    });
    expect(tabs.remove.mock.calls.map(([id]) => id)).not.toContain(ids.news);
  });

  it('a failing memory of Back lists does not stop the exit', async () => {
    const { deps, tabs, ids } = await setUp();
    await createPanic({ ...deps, helpHistoryTabs: async () => Promise.reject(new Error('x')) })({
      sourceTabId: ids.help,
    });
    expect(tabs.remove.mock.calls.map(([id]) => id)).toEqual([ids.help, ids.help2]);
  });

  it('Chromium: briefly adds back each known help address, then deletes it, after the tabs are gone', async () => {
    const { deps, log, ids } = await setUp();
    const gone = 'https://sheltersafe.ca/earlier';
    await createPanic({ ...deps, helpHistoryUrls: async () => [gone] })({ sourceTabId: ids.help });
    await settle();
    await settle();
    const added = log.indexOf(`add ${gone}`);
    expect(added).toBeGreaterThan(log.indexOf(`close ${ids.help}`));
    expect(log.indexOf(`delete ${gone}`)).toBeGreaterThan(added);
  });
});

describe('createPanic: one exit at a time, finished even after the worker stops', () => {
  const note = async () => (await fakeBrowser.storage.session.get('exitInFlight')).exitInFlight;

  it('keeps a note of the exit in memory while it runs, with the neutral tab once open, then drops it', async () => {
    const { deps, tabs, ids } = await setUp();
    const seen: unknown[] = [];
    const set = fakeBrowser.storage.session.set.bind(fakeBrowser.storage.session);
    vi.spyOn(fakeBrowser.storage.session, 'set').mockImplementation(async (items) => {
      if ('exitInFlight' in items) seen.push(items.exitInFlight);
      return set(items);
    });
    await createPanic(deps)({ sourceTabId: ids.help, sourceWindowId: ids.w1 });
    const neutral = (await tabs.create.mock.results[0]!.value) as { id: number };
    expect(seen).toEqual([{ source: ids.help }, { source: ids.help, neutral: neutral.id }]);
    await settle();
    await settle();
    expect(await note()).toBeUndefined();
  });

  it('resumes a note left by a stopped worker: help tabs close, and the neutral tab it opened is kept', async () => {
    const { deps, tabs, ids } = await setUp();
    const neutral = (await fakeBrowser.tabs.create({ windowId: ids.w1, url: NEUTRAL })).id!;
    await fakeBrowser.storage.session.set({ exitInFlight: { source: ids.news, neutral } });
    await createPanic(deps).resume();
    expect(tabs.create).not.toHaveBeenCalled();
    expect(tabs.remove.mock.calls.map(([id]) => id)).toEqual([ids.news, ids.help, ids.help2]);
  });

  it('resuming before the neutral tab existed opens it', async () => {
    const { deps, tabs, ids } = await setUp();
    await fakeBrowser.storage.session.set({ exitInFlight: { source: ids.help } });
    await createPanic(deps).resume();
    expect(tabs.create).toHaveBeenCalledWith(expect.objectContaining({ url: NEUTRAL }));
  });

  it('nothing to resume: nothing happens', async () => {
    const { deps, tabs } = await setUp();
    await createPanic(deps).resume();
    expect(tabs.query).not.toHaveBeenCalled();
  });

  it('an exit asked for from another tab while one runs closes that tab too, never the neutral one', async () => {
    const { deps, tabs, ids } = await setUp();
    // The exit is held up hiding a slow tab: the other requests arrive meanwhile.
    let answer: () => void = () => {};
    tabs.sendMessage.mockImplementation(async (id: number) => {
      if (id === ids.help2) await new Promise<void>((done) => (answer = done));
    });
    const run = createPanic(deps);
    const first = run({ sourceTabId: ids.help, sourceWindowId: ids.w1 });
    await new Promise((r) => setTimeout(r, 10));
    const neutral = ((await tabs.create.mock.results[0]!.value) as { id: number }).id;
    const others = [run({ sourceTabId: ids.news }), run({ sourceTabId: neutral })];
    answer();
    await Promise.all([first, ...others]);
    await settle();
    const closed = tabs.remove.mock.calls.map(([id]) => id);
    expect(closed).toContain(ids.news);
    expect(closed).not.toContain(neutral);
    expect(tabs.create).toHaveBeenCalledTimes(1);
  });
});

describe('createPanic: getting ready while the last press is down', () => {
  it('arm tells each tab the exit would close to keep quiet, and hides, opens and closes nothing', async () => {
    const { deps, tabs, log, ids } = await setUp();
    await createPanic(deps).arm({ sourceTabId: ids.mail });
    await settle();
    expect(log).toEqual([`quiet ${ids.mail}`, `quiet ${ids.help}`, `quiet ${ids.help2}`]);
    expect(tabs.create).not.toHaveBeenCalled();
    expect(tabs.remove).not.toHaveBeenCalled();
  });

  it('once they answered, the exit closes them without telling them again', async () => {
    const { deps, log, ids } = await setUp();
    const panic = createPanic(deps);
    await panic.arm({ sourceTabId: ids.mail });
    await settle();
    log.length = 0;
    await panic({ sourceTabId: ids.mail, sourceWindowId: ids.w2 });
    expect(log.filter((l) => /^(hide|quiet|close|open)/.test(l))).toEqual([
      `open ${NEUTRAL} in window ${ids.w2}`,
      `close ${ids.mail}`,
      `close ${ids.help}`,
      `close ${ids.help2}`,
    ]);
  });

  it('a tab that moved to another address since, or that may hold a copy from before an update, is hidden first', async () => {
    const { deps, log, ids } = await setUp();
    const panic = createPanic({ ...deps, oldCopies: async () => new Set([ids.help2]) });
    await panic.arm({ sourceTabId: ids.mail });
    await settle();
    expect(log).toEqual([`quiet ${ids.mail}`, `quiet ${ids.help}`]);
    await fakeBrowser.tabs.update(ids.help, { url: `${HELP}chat` });
    log.length = 0;
    await panic({ sourceTabId: ids.mail, sourceWindowId: ids.w2 });
    const told = log.filter((l) => /^(hide|close)/.test(l));
    expect(told.indexOf(`hide ${ids.help}`)).toBeLessThan(told.indexOf(`close ${ids.help}`));
    expect(told.indexOf(`hide ${ids.help2}`)).toBeLessThan(told.indexOf(`close ${ids.help2}`));
    expect(told).not.toContain(`hide ${ids.mail}`);
  });

  it('answers from long ago no longer count: every tab is hidden again', async () => {
    const { deps, log, ids } = await setUp();
    const panic = createPanic(deps);
    const now = Date.now();
    const clock = vi.spyOn(Date, 'now').mockReturnValue(now);
    await panic.arm({ sourceTabId: ids.mail });
    await settle();
    clock.mockReturnValue(now + 10_000);
    log.length = 0;
    await panic({ sourceTabId: ids.mail, sourceWindowId: ids.w2 });
    expect(log.filter((l) => l.startsWith('hide'))).toEqual([
      `hide ${ids.mail}`,
      `hide ${ids.help}`,
      `hide ${ids.help2}`,
    ]);
  });

  it('a tab one of whose frames answers `discard` is discarded, then closed under its new id; the others just close', async () => {
    const { deps, log, answers, ids } = await setUp();
    answers.set(ids.help, DISCARD);
    const panic = createPanic(deps);
    await panic.arm({ sourceTabId: ids.mail });
    await settle();
    log.length = 0;
    await panic({ sourceTabId: ids.mail, sourceWindowId: ids.w2 });
    const closing = log.filter((l) => /^(discard|close)/.test(l));
    expect(closing).toEqual([
      `close ${ids.mail}`,
      `discard ${ids.help}`,
      `close ${ids.help2}`,
      `close ${ids.help + 1000}`,
    ]);
  });

  it('the same answer to `hide` (no arm: the shortcut) discards the tab too', async () => {
    const { deps, log, answers, ids } = await setUp();
    answers.set(ids.help2, DISCARD);
    await createPanic(deps)({ sourceTabId: ids.mail, sourceWindowId: ids.w2 });
    const closing = log.filter((l) => /^(discard|close)/.test(l));
    expect(closing).toContain(`discard ${ids.help2}`);
    expect(closing).toContain(`close ${ids.help2 + 1000}`);
    expect(closing).not.toContain(`close ${ids.help2}`);
    expect(closing).not.toContain(`discard ${ids.help}`);
  });

  it('a tab the browser will not discard still closes', async () => {
    const { deps, tabs, log, answers, ids } = await setUp();
    answers.set(ids.help, DISCARD);
    tabs.discard.mockRejectedValue(new Error('cannot discard'));
    await createPanic(deps)({ sourceTabId: ids.mail, sourceWindowId: ids.w2 });
    expect(log).toContain(`close ${ids.help}`);
  });

  it('an arm while an exit runs does nothing', async () => {
    const { deps, log, ids } = await setUp();
    const panic = createPanic(deps);
    const running = panic({ sourceTabId: ids.mail, sourceWindowId: ids.w2 });
    await panic.arm({ sourceTabId: ids.mail });
    await running;
    expect(log.filter((l) => l.startsWith('quiet'))).toEqual([]);
  });
});
