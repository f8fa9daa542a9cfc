/**
 * Which recently-closed entries the panic exit itself made, for browsers that can forget entries
 * one by one (Firefox). A closed tab's entry keeps its whole Back/Forward list, so an ordinary
 * page closed by the exit may bring a help page back with Back once restored: every entry the
 * exit made goes, not only those showing a help page.
 */
import type { ClosedSession } from '../traces/recently-closed';

export interface TimedSession extends ClosedSession {
  /** When it closed: milliseconds in Firefox, seconds in Chromium. */
  lastModified?: number;
}

export interface ExitEntries {
  tabs: { windowId: number; sessionId: string }[];
  windows: string[];
}

/** Either unit to milliseconds: no date in seconds reaches 10^12 before the year 33658. */
const toMs = (t: number) => (t < 1e12 ? t * 1000 : t);

/**
 * Entries closed at or after `since` (ms) whose tab showed one of `closedUrls`; windows closed
 * since then whose every tab did (the exit closed a window's last tab).
 */
export function planExitEntries(
  sessions: readonly TimedSession[],
  closedUrls: readonly string[],
  since: number,
): ExitEntries {
  const closed = new Set(closedUrls);
  const plan: ExitEntries = { tabs: [], windows: [] };
  for (const s of sessions) {
    if (s.lastModified === undefined || toMs(s.lastModified) < since) continue;
    const t = s.tab;
    if (t?.url && closed.has(t.url) && t.sessionId && t.windowId !== undefined)
      plan.tabs.push({ windowId: t.windowId, sessionId: t.sessionId });
    const tabs = s.window?.tabs ?? [];
    if (s.window?.sessionId && tabs.length && tabs.every((w) => w.url && closed.has(w.url)))
      plan.windows.push(s.window.sessionId);
  }
  return plan;
}
