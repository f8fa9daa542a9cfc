/**
 * Carries out the panic exit with browser calls, fastest-visible first: the neutral site opens
 * in a fresh tab (no Back history); every frame of every tab about to close hides and falls
 * silent, so no page can ask "Leave site?" and bring itself to the front; the tabs close; tabs
 * with a help page one Back or Forward press away are replaced by a fresh copy; then the traces
 * leave history and the recently-closed list. Nothing about the exit is kept, except a note in
 * memory (`storage.session`) while it runs, so that a service worker stopped half-way finishes
 * the job when it wakes.
 */

import { type PanicPlan, planPanic, type Replacement } from '../lib/exit/panic-plan';
import type { ContentMessage } from '../lib/messages';
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
  browser.windows.update(windowId, { focused: true }).catch(ignore);
  return browser.tabs.create({ windowId, url, active: true }) as Promise<Opened>;
}

/** Every frame of the tab hides, mutes and stops answering `beforeunload`; settles once done. */
function silence(browser: Browser, tabId: number): Promise<unknown> {
  const hide: ContentMessage = { type: 'hide' };
  // Async, so that a synchronous throw (no such tab) becomes a rejection like any other.
  const send = async () => browser.tabs.sendMessage(tabId, hide);
  return Promise.race([send().catch(ignore), new Promise((done) => setTimeout(done, SILENCE_MS))]);
}

/**
 * Closes `ids` once every one of them is hidden and silent: a closing tab hands the window to a
 * neighbour, which must not show a help page even for a frame. One call per tab: they close in
 * parallel, and a tab already gone fails alone.
 */
export async function closeSilently(browser: Browser, ids: readonly number[]): Promise<void> {
  if (!ids.length) return;
  await Promise.all(ids.map((id) => silence(browser, id)));
  await Promise.all(ids.map((id) => browser.tabs.remove(id).catch(ignore)));
}

/** Opens the fresh copy; resolves to the id of the tab it replaces, or `undefined` to keep that tab. */
async function openReplacement(browser: Browser, r: Replacement): Promise<number | undefined> {
  const { windowId, index, url, active, pinned } = r;
  const fresh = await browser.tabs.create({ windowId, index, url, active, pinned }).catch(() => undefined);
  return fresh ? r.id : undefined;
}

const showing = (t: { url?: string; pendingUrl?: string }) => t.pendingUrl || t.url || 'about:blank';

/**
 * Opens the neutral site first (before even listing the tabs when the source window is known),
 * then closes the planned tabs, never the neutral tab itself.
 */
async function execute(
  deps: PanicDeps,
  request: PanicRequest,
  note: (neutral?: number) => void,
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
  // Right behind it: the frames beside the one that fired (a chat in an iframe) hide and fall
  // silent, and the note for a worker stopped from here on is written.
  if (sourceTabId !== undefined) void silence(browser, sourceTabId);
  note();
  const [isTrace, tabs, focused, helpTabs, helpHistory] = await Promise.all([
    deps.isTrace(),
    listed,
    opened ? undefined : browser.windows.getLastFocused().catch(() => undefined),
    soon(deps.helpTabs),
    soon(deps.helpHistoryTabs),
  ]);
  const plan = planPanic({
    tabs,
    sourceTabId,
    focusedWindowId: focused?.id,
    scope: settings.panicScope,
    isTrace,
    helpTabs,
    helpHistory,
  });
  if (resume) {
    // Opened before the worker stopped (or by the page leaving by itself): never a second one.
    const existing =
      tabs.find((t) => t.id === resume.neutralTabId) ?? tabs.find((t) => showing(t) === neutralUrl);
    if (existing) opened = Promise.resolve(existing);
  }
  opened ??= openNeutral(browser, plan.windowId, neutralUrl);
  // Should a browser ever list the new tab anyway, any tab that could be it waits until its id
  // is known (when resuming, in any window).
  const couldBeNeutral = new Set(
    tabs
      .filter(
        (t) => (resume || t.windowId === plan.windowId) && ['about:blank', neutralUrl].includes(showing(t)),
      )
      .map((t) => t.id),
  );
  const replaced = Promise.all(plan.replace.map((r) => openReplacement(browser, r)));
  const closing = closeSilently(
    browser,
    plan.close.filter((id) => !couldBeNeutral.has(id)),
  );
  const neutral = await opened.catch(() => undefined);
  note(neutral?.id);
  request.onNeutralOpened?.();
  await Promise.all([
    closing,
    closeSilently(
      browser,
      plan.close.filter((id) => couldBeNeutral.has(id) && id !== neutral?.id),
    ),
    replaced.then((ids) =>
      closeSilently(
        browser,
        ids.filter((id): id is number => id !== undefined),
      ),
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
    const executing = execute(deps, request, (neutral) => {
      current.neutral = neutral;
      note({ source: request.sourceTabId, neutral });
    });
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

  return Object.assign(run, { resume });
}
