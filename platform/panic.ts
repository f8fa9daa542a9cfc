/**
 * Carries out the panic exit with browser calls, fastest-visible first: the neutral site opens
 * in a fresh tab (no Back history); every frame of every tab about to close hides and falls
 * silent, so no page can ask "Leave site?" and bring itself to the front; the tabs close; tabs
 * with a help page one Back or Forward press away are replaced by a fresh copy; then the traces
 * leave history and the recently-closed list. Nothing about the exit is kept, except a note in
 * memory (`storage.session`) while it runs, so that a service worker stopped half-way finishes
 * the job when it wakes.
 */

import {
  type Closing,
  closeOrder,
  type PanicPlan,
  planPanic,
  type Replacement,
  type TabSnapshot,
} from '../lib/exit/panic-plan';
import { type ContentMessage, DISCARD } from '../lib/messages';
import type { Settings } from '../lib/settings/settings';
import type { Browser } from './browser-type';
import { deleteHistoryUrl } from './cleaner';
import { forgetExitTraces } from './exit-traces';
import { ignore } from './quiet';

export interface PanicDeps {
  browser: Browser;
  settings: () => Promise<Settings>;
  isTrace: () => Promise<(url: string, title?: string) => boolean>;
  /** Tabs on a help trail now (never waited on for long: the exit must not stall). */
  helpTabs?: () => Promise<ReadonlySet<number>>;
  /** Removes traces from history (the cleaner's sweep), run after the tabs are gone. */
  sweep: () => Promise<unknown>;
  /** Removes help pages from recently-closed. */
  forgetClosed: () => Promise<unknown>;
  /** Open tabs whose Back or Forward list holds a help page. Default: none known. */
  helpHistoryTabs?: () => Promise<ReadonlySet<number>>;
  /**
   * The help addresses in those lists, when known. Chromium drops an address from every open
   * tab's Back/Forward list and every recently-closed entry once its history is deleted; it
   * offers no other way to reach those lists. Default: none known.
   */
  helpHistoryUrls?: () => Promise<readonly string[]>;
  /**
   * Tabs that may still hold a copy of the exit from before an update, which only a hidden page
   * (its title) silences: a `quiet` answer from the fresh copy does not speak for it. Default: none.
   */
  oldCopies?: () => Promise<ReadonlySet<number>>;
}

export interface PanicRequest {
  sourceTabId?: number;
  /** The source tab's window, when known from the message: the neutral site opens there at once. */
  sourceWindowId?: number;
  /** Called once the neutral site is opening: the content script's "all is well". */
  onNeutralOpened?: () => void;
  /** Finishing an exit a stopped worker left half done: its neutral tab, if it was opened. */
  resume?: { neutralTabId?: number };
}

/** The note kept in `storage.session` while an exit runs. */
export const IN_FLIGHT_KEY = 'exitInFlight';
interface InFlight {
  source?: number;
  neutral?: number;
}

/** How long a tab's frames get to hide and fall silent before it closes anyway (a hung page). */
const SILENCE_MS = 100;

type Opened = { id?: number };

function openNeutral(browser: Browser, windowId: number | undefined, url: string): Promise<Opened> {
  if (windowId === undefined) return browser.windows.create({ url, focused: true }) as Promise<Opened>;
  const opened = browser.tabs.create({ windowId, url, active: true }) as Promise<Opened>;
  // Asked for second: the new tab is what the person sees first, the window is theirs already.
  browser.windows.update(windowId, { focused: true }).catch(ignore);
  return opened;
}

/** How long a `quiet` answer (the last press went down) speaks for a tab; its frames keep quiet for 5 s. */
const QUIET_FRESH_MS = 2000;

/**
 * Sends a message to every frame of the tab; settles once they have taken it. A tab one of whose
 * frames asks to be discarded before it closes (Chromium: see `DISCARD`) joins `discard`.
 */
function tell(
  browser: Browser,
  tabId: number,
  type: ContentMessage['type'],
  discard?: Set<number>,
): Promise<unknown> {
  const message: ContentMessage = { type };
  // Async, so that a synchronous throw (no such tab) becomes a rejection like any other.
  const send = async () => browser.tabs.sendMessage(tabId, message);
  return send().then((answer) => answer === DISCARD && discard?.add(tabId), ignore);
}

/**
 * Every frame of the tab hides, mutes and stops answering `beforeunload`; settles once done, or
 * after `SILENCE_MS` (a hung page).
 */
function silence(browser: Browser, tabId: number, discard?: Set<number>): Promise<unknown> {
  const hidden = tell(browser, tabId, 'hide', discard);
  return Promise.race([hidden, new Promise((done) => setTimeout(done, SILENCE_MS))]);
}

/**
 * Closes the tab; one in `discard` is discarded first, which leaves no page to ask "Leave site?"
 * (a discarded tab may come back under a new id).
 */
async function remove(browser: Browser, id: number, discard?: ReadonlySet<number>): Promise<void> {
  let to = id;
  if (discard?.has(id)) {
    const tab = (await browser.tabs.discard(id).catch(() => undefined)) as { id?: number } | undefined;
    to = tab?.id ?? id;
  }
  await browser.tabs.remove(to).catch(ignore);
}

/** Tabs told to keep quiet while the last press was down: when, each one's answer, and those heard. */
interface Quieted {
  at: number;
  answers: Map<number, Promise<unknown>>;
  heard: Set<number>;
  /** What each tab showed then: a tab that has moved on holds a page that was not told. */
  urls: Map<number | undefined, string>;
  /** Tabs to discard before they close (see `DISCARD`). */
  discard: Set<number>;
}

/**
 * Closes `ids` once every one of them is hidden and silent: a closing tab hands the window to a
 * neighbour, which must not show a help page even for a frame. One call per tab: they close in
 * parallel, and a tab already gone fails alone.
 */
export async function closeSilently(browser: Browser, ids: readonly number[]): Promise<void> {
  if (!ids.length) return;
  const discard = new Set<number>();
  await Promise.all(ids.map((id) => silence(browser, id, discard)));
  await Promise.all(ids.map((id) => remove(browser, id, discard)));
}

/** Opens the fresh copy; resolves to the id of the tab it replaces, or `undefined` to keep that tab. */
async function openReplacement(browser: Browser, r: Replacement): Promise<number | undefined> {
  const { windowId, index, url, active, pinned } = r;
  const fresh = await browser.tabs.create({ windowId, index, url, active, pinned }).catch(() => undefined);
  return fresh ? r.id : undefined;
}

const showing = (t: { url?: string; pendingUrl?: string }) => t.pendingUrl || t.url || 'about:blank';

/** The plan for these tabs, with what the trail knows (never waited on for long). */
async function planFor(
  deps: PanicDeps,
  settings: Settings,
  sourceTabId: number | undefined,
  tabs: TabSnapshot[],
  focused: Promise<{ id?: number } | undefined>,
): Promise<PanicPlan> {
  const [isTrace, focusedWindow, helpTabs, helpHistory] = await Promise.all([
    deps.isTrace(),
    focused,
    soon(deps.helpTabs),
    soon(deps.helpHistoryTabs),
  ]);
  return planPanic({
    tabs,
    sourceTabId,
    focusedWindowId: focusedWindow?.id,
    scope: settings.panicScope,
    isTrace,
    helpTabs,
    helpHistory,
  });
}

/**
 * Opens the neutral site first (before even listing the tabs when the source window is known),
 * then closes the planned tabs, never the neutral tab itself: each as soon as it (and, for the
 * shown tab of a window, the rest of its window) is hidden and silent.
 */
async function execute(
  deps: PanicDeps,
  request: PanicRequest,
  note: (neutral?: number) => void,
  quieted?: Quieted,
): Promise<PanicPlan> {
  const { browser } = deps;
  const { sourceTabId, resume } = request;
  const settings = await deps.settings();
  const { neutralUrl } = settings;
  // The tab list is asked for before the neutral tab is made (the browser answers in order), so
  // the plan can never include the neutral tab and the closing need not wait for it to exist.
  const listed = browser.tabs.query({});
  let opened =
    request.sourceWindowId === undefined || resume
      ? undefined
      : openNeutral(browser, request.sourceWindowId, neutralUrl);
  // Each tab is told to hide at most once. One whose frames answered `quiet` a moment ago (the
  // last press's keydown) need not be told again to close: nobody sees a tab in the background.
  const fresh = quieted && Date.now() - quieted.at < QUIET_FRESH_MS ? quieted : undefined;
  const told = new Map<number, Promise<unknown>>();
  // The answers to `quiet` may still be on their way: the same set, not a copy.
  const discard = fresh?.discard ?? new Set<number>();
  const hidden = (id: number) => {
    const done = told.get(id) ?? silence(browser, id, discard);
    told.set(id, done);
    return done;
  };
  /** Tabs that moved to another address since they were told to keep quiet: told again. */
  const moved = new Set<number>();
  const silent = (id: number): Promise<unknown> => {
    if (moved.has(id)) return hidden(id);
    if (fresh?.heard.has(id)) return Promise.resolve();
    const answer = fresh?.answers.get(id);
    return answer ? Promise.race([answer, hidden(id)]) : hidden(id);
  };
  // Right behind it: the frames beside the one that fired (a chat in an iframe) hide and fall
  // silent, and the note for a worker stopped from here on is written.
  if (sourceTabId !== undefined) void silent(sourceTabId);
  note();
  const tabs = await listed;
  for (const t of tabs) if (t.id !== undefined && fresh?.urls.get(t.id) !== showing(t)) moved.add(t.id);
  const plan = await planFor(
    deps,
    settings,
    sourceTabId,
    tabs,
    opened ? Promise.resolve(undefined) : browser.windows.getLastFocused().catch(() => undefined),
  );
  if (resume) {
    // Opened before the worker stopped (or by the page leaving by itself): never a second one.
    const existing =
      tabs.find((t) => t.id === resume.neutralTabId) ?? tabs.find((t) => showing(t) === neutralUrl);
    if (existing) opened = Promise.resolve(existing);
  }
  opened ??= openNeutral(browser, plan.windowId, neutralUrl);
  // Should a browser ever list the new tab anyway, any tab that could be it waits until its id
  // is known (when resuming, in any window), and is never told to hide.
  const couldBeNeutral = new Set(
    tabs
      .filter(
        (t) => (resume || t.windowId === plan.windowId) && ['about:blank', neutralUrl].includes(showing(t)),
      )
      .map((t) => t.id),
  );
  // Read once the tab is ready to close: a frame's answer may have asked for a discard first.
  const close = (id: number) => remove(browser, id, discard);
  const closeWhenSilent = (closing: Closing[]) =>
    Promise.all(
      closing.map(({ id, after }) => {
        // The shown tab of a window waits until its window is hidden (never the neutral tab).
        const ready =
          after.length === 1
            ? silent(id)
            : Promise.all(after.filter((other) => !couldBeNeutral.has(other)).map(hidden));
        return ready.then(() => close(id));
      }),
    );
  const order = closeOrder(tabs, plan.close, plan.windowId);
  const replaced = Promise.all(plan.replace.map((r) => openReplacement(browser, r)));
  const closing = closeWhenSilent(order.filter((c) => !couldBeNeutral.has(c.id)));
  const neutral = await opened.catch(() => undefined);
  note(neutral?.id);
  request.onNeutralOpened?.();
  await Promise.all([
    closing,
    closeWhenSilent(order.filter((c) => couldBeNeutral.has(c.id) && c.id !== neutral?.id)),
    // A replaced tab hands its place to its fresh copy: only its own silence matters.
    replaced.then((ids) =>
      Promise.all(ids.map((id) => id !== undefined && silent(id).then(() => close(id)))),
    ),
  ]);
  await Promise.all(plan.forget.map((url) => deleteHistoryUrl(browser, url)));
  return plan;
}

/** How long the exit waits for the trail's tab lists before going on without them. */
const TRAIL_WAIT_MS = 100;

/** A tab list from the trail's memory, or `undefined` if it is missing, fails or is late. */
function soon(list?: () => Promise<ReadonlySet<number>>): Promise<ReadonlySet<number> | undefined> {
  if (!list) return Promise.resolve(undefined);
  const late = new Promise<undefined>((done) => setTimeout(() => done(undefined), TRAIL_WAIT_MS));
  return Promise.race([list().catch(() => undefined), late]);
}

/** An exit stuck longer than this (a browser call that never settles) no longer blocks a new one. */
const STALE_MS = 4000;

/**
 * Returns `run`, and `run.resume` to call when the worker starts. Calls made while an exit is
 * opening the neutral site and closing tabs join it instead of starting another (their own tab
 * closes too, once it is done); the slower tail (history, recently-closed) runs detached.
 */
export function createPanic(deps: PanicDeps) {
  const { browser } = deps;
  const store = browser.storage.session;
  const note = (n: InFlight) => void store?.set({ [IN_FLIGHT_KEY]: n }).catch(ignore);
  let running: { done: Promise<void>; since: number; neutral?: number } | undefined;
  let quieted: Quieted | undefined;

  /**
   * The last press is down: every tab the exit would close is told to keep quiet for a moment,
   * so that when the key comes back up, the tabs can close without asking their pages first.
   * Nothing is hidden or closed: the press may still turn out to be a capital being typed.
   */
  const arm = async (request: { sourceTabId?: number }): Promise<void> => {
    if (running) return;
    const answers = new Map<number, Promise<unknown>>();
    const heard = new Set<number>();
    const urls = new Map<number | undefined, string>();
    const discard = new Set<number>();
    quieted = { at: Date.now(), answers, heard, urls, discard };
    const [settings, tabs, old] = await Promise.all([
      deps.settings(),
      browser.tabs.query({}) as Promise<TabSnapshot[]>,
      deps.oldCopies?.().catch(() => undefined),
    ]);
    const focused = browser.windows.getLastFocused().catch(() => undefined);
    const plan = await planFor(deps, settings, request.sourceTabId, tabs, focused);
    for (const t of tabs) urls.set(t.id, showing(t));
    for (const id of [...plan.close, ...plan.replace.map((r) => r.id)])
      if (!old?.has(id))
        answers.set(
          id,
          tell(browser, id, 'quiet', discard).then(() => heard.add(id)),
        );
  };

  const run = (request: PanicRequest): Promise<void> => {
    const joined = running;
    if (joined && Date.now() - joined.since < STALE_MS) {
      joined.done.then(request.onNeutralOpened, request.onNeutralOpened);
      const id = request.sourceTabId;
      void joined.done.then(() => {
        if (id !== undefined && id !== joined.neutral) return closeSilently(browser, [id]);
      }, ignore);
      return joined.done;
    }
    const since = Date.now();
    const current: { done: Promise<void>; since: number; neutral?: number } = {
      done: Promise.resolve(),
      since,
    };
    const ready = quieted;
    quieted = undefined;
    const executing = execute(
      deps,
      request,
      (neutral) => {
        current.neutral = neutral;
        note({ source: request.sourceTabId, neutral });
      },
      ready,
    );
    current.done = executing.then(() => {});
    running = current;
    void current.done
      .finally(() => {
        if (running === current) running = undefined;
      })
      .then(
        async () => {
          const plan = await executing;
          await deps.forgetClosed().catch(ignore);
          const helpUrls = (await deps.helpHistoryUrls?.().catch(() => undefined)) ?? [];
          await forgetExitTraces(browser, plan.closedUrls, since, helpUrls).catch(ignore);
          await deps.sweep().catch(ignore);
        },
        () => {},
      )
      .finally(() => store?.remove(IN_FLIGHT_KEY).catch(ignore));
    return current.done;
  };

  /** Finishes an exit that a stopped worker left half done, if any. */
  const resume = async (): Promise<void> => {
    const found = await store?.get(IN_FLIGHT_KEY).catch(() => undefined);
    const left = found?.[IN_FLIGHT_KEY] as InFlight | undefined;
    if (left) await run({ sourceTabId: left.source, resume: { neutralTabId: left.neutral } });
  };

  return Object.assign(run, { resume, arm });
}
