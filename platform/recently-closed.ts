/** Removes help pages from the recently-closed list (see `lib/traces/recently-closed.ts` for how). */

import { isEmptyPlan, planForget } from '../lib/traces/recently-closed';
import type { Browser } from './browser-type';
import { ignore } from './quiet';

/** A removed entry can uncover an older help page in the same tab's history: look again, a few times. */
const ROUNDS = 5;

export async function forgetRecentlyClosed(
  browser: Browser,
  isTrace: (url: string, title?: string) => boolean,
): Promise<void> {
  const sessions = browser.sessions as
    | (Browser['sessions'] & {
        forgetClosedTab?: (windowId: number, sessionId: string) => Promise<void>;
        forgetClosedWindow?: (sessionId: string) => Promise<void>;
      })
    | undefined;
  if (!sessions?.getRecentlyClosed) return;
  for (let round = 0; round < ROUNDS; round++) {
    const plan = planForget(await sessions.getRecentlyClosed({}), isTrace);
    if (isEmptyPlan(plan)) return;
    if (sessions.forgetClosedTab && sessions.forgetClosedWindow) {
      for (const t of plan.tabs) await sessions.forgetClosedTab(t.windowId, t.sessionId).catch(ignore);
      for (const w of plan.windows) await sessions.forgetClosedWindow(w).catch(ignore);
      if (round > 0) return;
      continue;
    }
    for (const url of plan.urls) {
      await browser.history.addUrl({ url }).catch(ignore);
      await browser.history.deleteUrl({ url }).catch(ignore);
    }
  }
}
