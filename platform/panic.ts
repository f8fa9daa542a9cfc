/**
 * Carries out the panic exit with browser calls, fastest-visible first: the neutral site opens
 * in a fresh tab (no Back history), then help tabs close, then their traces leave history and,
 * the recently-closed list. Nothing about the exit is stored.
 */

import { type PanicPlan, planPanic } from '../lib/exit/panic-plan';
import type { Settings } from '../lib/settings/settings';
import type { Browser } from './browser-type';
import { deleteHistoryUrl } from './cleaner';
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
}

export interface PanicRequest {
  sourceTabId?: number;
  /** The source tab's window, when known from the message: the neutral site opens there at once. */
  sourceWindowId?: number;
  /** Called once the neutral site is opening: the content script's "all is well". */
  onNeutralOpened?: () => void;
}

type Opened = { id?: number };

function openNeutral(browser: Browser, windowId: number | undefined, url: string): Promise<Opened> {
  if (windowId === undefined) return browser.windows.create({ url, focused: true }) as Promise<Opened>;
  browser.windows.update(windowId, { focused: true }).catch(ignore);
  return browser.tabs.create({ windowId, url, active: true }) as Promise<Opened>;
}

/**
 * Opens the neutral site first (before even listing the tabs when the source window is known),
 * then closes the planned tabs all at once, never the neutral tab itself.
 */
async function execute(deps: PanicDeps, request: PanicRequest): Promise<PanicPlan> {
  const { browser } = deps;
  const settings = await deps.settings();
  // The tab list is asked for before the neutral tab is made (the browser answers in order), so
  // the plan can never include the neutral tab and the closing need not wait for it to exist.
  const listed = browser.tabs.query({});
  let opened =
    request.sourceWindowId === undefined
      ? undefined
      : openNeutral(browser, request.sourceWindowId, settings.neutralUrl);
  const [isTrace, tabs, focused, helpTabs] = await Promise.all([
    deps.isTrace(),
    listed,
    opened ? undefined : browser.windows.getLastFocused().catch(() => undefined),
    trailTabsSoon(deps),
  ]);
  const plan = planPanic({
    tabs,
    sourceTabId: request.sourceTabId,
    focusedWindowId: focused?.id,
    scope: settings.panicScope,
    isTrace,
    helpTabs,
  });
  opened ??= openNeutral(browser, plan.windowId, settings.neutralUrl);
  // Asked for right behind the neutral tab: a window losing its last tab keeps the new one.
  // One call per tab: they close in parallel, and a tab already gone fails alone. Should a
  // browser ever list the new tab anyway, any tab that could be it waits until its id is known.
  const showing = (t: { url?: string; pendingUrl?: string }) => t.pendingUrl || t.url || 'about:blank';
  const couldBeNeutral = new Set(
    tabs
      .filter(
        (t) => t.windowId === plan.windowId && ['about:blank', settings.neutralUrl].includes(showing(t)),
      )
      .map((t) => t.id),
  );
  const close = (ids: number[]) => Promise.all(ids.map((id) => browser.tabs.remove(id).catch(ignore)));
  const closing = close(plan.close.filter((id) => !couldBeNeutral.has(id)));
  const neutral = await opened.catch(() => undefined);
  request.onNeutralOpened?.();
  await Promise.all([
    closing,
    close(plan.close.filter((id) => couldBeNeutral.has(id) && id !== neutral?.id)),
  ]);
  await Promise.all(plan.forget.map((url) => deleteHistoryUrl(browser, url)));
  return plan;
}

/** How long the exit waits for the trail's tab list before going on without it. */
const TRAIL_WAIT_MS = 100;

function trailTabsSoon(deps: PanicDeps): Promise<ReadonlySet<number> | undefined> {
  if (!deps.helpTabs) return Promise.resolve(undefined);
  const late = new Promise<undefined>((done) => setTimeout(() => done(undefined), TRAIL_WAIT_MS));
  return Promise.race([deps.helpTabs().catch(() => undefined), late]);
}

/** An exit stuck longer than this (a browser call that never settles) no longer blocks a new one. */
const STALE_MS = 4000;

/**
 * Returns `run`. Calls made while an exit is opening the neutral site and closing tabs join it
 * instead of starting another; the slower tail (history, recently-closed) runs detached.
 */
export function createPanic(deps: PanicDeps): (request: PanicRequest) => Promise<void> {
  let running: { done: Promise<void>; since: number } | undefined;
  return (request) => {
    if (running && Date.now() - running.since < STALE_MS) {
      running.done.then(request.onNeutralOpened, request.onNeutralOpened);
      return running.done;
    }
    const done = execute(deps, request).then(() => {});
    const current = { done, since: Date.now() };
    running = current;
    void done
      .finally(() => {
        if (running === current) running = undefined;
      })
      .then(
        async () => {
          await deps.forgetClosed().catch(ignore);
          await deps.sweep().catch(ignore);
        },
        () => {},
      );
    return done;
  };
}
