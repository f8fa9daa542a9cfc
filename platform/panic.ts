/**
 * Carries out the panic exit with browser calls, fastest-visible first: the neutral site opens
 * in a fresh tab (no Back history), then help tabs close, then their traces leave history and,
 * the recently-closed list. Nothing about the exit is stored.
 */

import { type PanicPlan, planPanic } from '../lib/panic-plan';
import type { Settings } from '../lib/settings';
import type { Browser } from './browser-type';

export interface PanicDeps {
  browser: Browser;
  settings: () => Promise<Settings>;
  isTrace: () => Promise<(url: string) => boolean>;
  /** Removes traces from history (the cleaner's sweep), run after the tabs are gone. */
  sweep: () => Promise<unknown>;
  /** Removes help pages from recently-closed. */
  forgetClosed: () => Promise<unknown>;
}

export interface PanicRequest {
  sourceTabId?: number;
  /** Resolved once the neutral site is opening: the content script's "all is well". */
  onNeutralOpened?: () => void;
}

async function execute(deps: PanicDeps, plan: PanicPlan, neutralUrl: string, onOpened?: () => void) {
  const { browser } = deps;
  if (plan.windowId === undefined) await browser.windows.create({ url: neutralUrl, focused: true });
  else {
    await browser.tabs.create({ windowId: plan.windowId, url: neutralUrl, active: true });
    browser.windows.update(plan.windowId, { focused: true }).catch(() => {});
  }
  onOpened?.();
  if (plan.close.length)
    await browser.tabs.remove(plan.close).catch(() => closeOneByOne(browser, plan.close));
  await Promise.all(plan.forget.map((url) => browser.history.deleteUrl({ url }).catch(() => {})));
}

// A tab that vanished between query and remove makes the batch call fail: close the rest singly.
async function closeOneByOne(browser: Browser, ids: number[]) {
  await Promise.all(ids.map((id) => browser.tabs.remove(id).catch(() => {})));
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
    const done = (async () => {
      const [settings, isTrace, tabs, focused] = await Promise.all([
        deps.settings(),
        deps.isTrace(),
        deps.browser.tabs.query({}),
        deps.browser.windows.getLastFocused().catch(() => undefined),
      ]);
      const plan = planPanic({
        tabs,
        sourceTabId: request.sourceTabId,
        focusedWindowId: focused?.id,
        scope: settings.panicScope,
        isTrace,
      });
      await execute(deps, plan, settings.neutralUrl, request.onNeutralOpened);
    })();
    const current = { done, since: Date.now() };
    running = current;
    void done
      .finally(() => {
        if (running === current) running = undefined;
      })
      .then(
        async () => {
          await deps.forgetClosed().catch(() => {});
          await deps.sweep().catch(() => {});
        },
        () => {},
      );
    return done;
  };
}
