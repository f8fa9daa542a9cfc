import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
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
  return { deps, tabs, windows, history, log, onNeutralOpened, ids: { news, help, help2, mail, w1, w2 } };
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
      `focus window ${ids.w2}: true`,
      `open ${NEUTRAL} in window ${ids.w2}`,
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
    expect(log.slice(0, 3)).toEqual([
      'list tabs',
      `focus window ${ids.w2}: true`,
      `open ${NEUTRAL} in window ${ids.w2}`,
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
