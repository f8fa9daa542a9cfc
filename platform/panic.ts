/**
 * Carries out the panic exit with browser calls, fastest-visible first: the neutral site opens
 * in a fresh tab (no Back history), then help tabs close, then their traces leave history and,
 * in Firefox, the recently-closed list. Nothing about the exit is stored.
 */
import type { Browser } from 'wxt/browser';
import { type PanicPlan, planPanic } from '../lib/panic-plan';
import type { Settings } from '../lib/settings';

export interface PanicDeps {
  browser: Browser;
  settings: () => Promise<Settings>;
  isTrace: () => Promise<(url: string) => boolean>;
  /** Removes traces from history (the cleaner's sweep), run after the tabs are gone. */
  sweep: () => Promise<unknown>;
}

export interface PanicRequest {
  sourceTabId?: number;
  /** Resolved once the neutral site is opening: the content script's "all is well". */
  onNeutralOpened?: () => void;
}

async function forgetRecentlyClosed(browser: Browser, isTrace: (url: string) => boolean): Promise<void> {
  const sessions = browser.sessions as (typeof browser.sessions & { forgetClosedTab?: unknown }) | undefined;
  if (!sessions?.forgetClosedTab) return; // Chromium: deleting the history entry drops it (tested).
  const recent = await sessions.getRecentlyClosed({});
  for (const s of recent) {
    if (s.tab?.sessionId && s.tab.url && isTrace(s.tab.url))
      await sessions.forgetClosedTab(s.tab.windowId, s.tab.sessionId).catch(() => {});
    else if (s.window?.sessionId && s.window.tabs?.some((t) => t.url && isTrace(t.url)))
      await sessions.forgetClosedWindow(s.window.sessionId).catch(() => {});
  }
}

async function execute(deps: PanicDeps, plan: PanicPlan, neutralUrl: string, onOpened?: () => void) {
  const { browser } = deps;
  if (plan.windowId === undefined) await browser.windows.create({ url: neutralUrl, focused: true });
  else {
    await browser.tabs.create({ windowId: plan.windowId, url: neutralUrl, active: true });
    browser.windows.update(plan.windowId, { focused: true }).catch(() => {});
  }
  onOpened?.();
  if (plan.close.length) await browser.tabs.remove(plan.close).catch(() => closeOneByOne(browser, plan.close));
  await Promise.all(plan.forget.map((url) => browser.history.deleteUrl({ url }).catch(() => {})));
}

// A tab that vanished between query and remove makes the batch call fail: close the rest singly.
async function closeOneByOne(browser: Browser, ids: number[]) {
  await Promise.all(ids.map((id) => browser.tabs.remove(id).catch(() => {})));
}

/** Returns `run`: repeated calls while an exit is under way join it instead of starting another. */
export function createPanic(deps: PanicDeps): (request: PanicRequest) => Promise<void> {
  let running: Promise<void> | undefined;
  return (request) => {
    if (running) {
      running.then(request.onNeutralOpened, request.onNeutralOpened);
      return running;
    }
    running = (async () => {
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
      await deps.sweep().catch(() => {});
      await forgetRecentlyClosed(deps.browser, isTrace).catch(() => {});
    })().finally(() => {
      running = undefined;
    });
    return running;
  };
}
