/**
 * What the exit's own closing leaves behind, removed: recently-closed entries (Firefox), and help
 * pages one Back or Forward press away, in open tabs and in closed ones (Chromium).
 */
import { planExitEntries, type TimedSession } from '../lib/exit/exit-entries';
import type { Browser } from './browser-type';
import { deleteHistoryUrl } from './cleaner';
import { ignore } from './quiet';

/** A closed window reaches the list a moment after its last tab: look a few times. */
const ROUNDS = 3;
const ROUND_MS = 250;

type Sessions = {
  getRecentlyClosed(filter: object): Promise<TimedSession[]>;
  forgetClosedTab?: (windowId: number, sessionId: string) => Promise<void>;
  forgetClosedWindow?: (sessionId: string) => Promise<void>;
};

/**
 * Firefox: every recently-closed entry the exit made since `since` (ms) goes, since a closed
 * tab's entry keeps its Back/Forward list (an ordinary page there may hide a help page behind it).
 * Chromium cannot forget an entry, but drops an address from every open tab's Back/Forward list
 * and every closed entry once that address's history is deleted while it is in history: the
 * known help addresses (`helpUrls`) are briefly added back, then deleted.
 */
export async function forgetExitTraces(
  browser: Browser,
  closedUrls: readonly string[],
  since: number,
  helpUrls: readonly string[],
): Promise<void> {
  const sessions = browser.sessions as unknown as Sessions | undefined;
  if (import.meta.env.FIREFOX) {
    if (!sessions?.forgetClosedTab || !sessions.forgetClosedWindow) return;
    for (let round = 0; round < ROUNDS; round++) {
      if (round) await new Promise((done) => setTimeout(done, ROUND_MS));
      // Chromium dates entries in whole seconds: a second of slack for either unit.
      const plan = planExitEntries(await sessions.getRecentlyClosed({}), closedUrls, since - 1000);
      for (const t of plan.tabs) await sessions.forgetClosedTab(t.windowId, t.sessionId).catch(ignore);
      for (const w of plan.windows) await sessions.forgetClosedWindow(w).catch(ignore);
    }
    return;
  }
  for (const url of helpUrls) {
    await browser.history.addUrl({ url }).catch(ignore);
    await deleteHistoryUrl(browser, url);
  }
}
