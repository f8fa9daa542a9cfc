/**
 * What to remove from the browser's recently-closed list: entries (tabs, or windows holding a
 * tab) whose page is a trace. Firefox can forget entries directly; Chromium drops an entry when
 * its URL's history is deleted, which only happens if the URL is in history at that moment
 * (the cleaner removed it at visit time), so the URLs are briefly re-added, then deleted.
 */

export interface ClosedTab {
  url?: string;
  title?: string;
  sessionId?: string;
  windowId?: number;
}

export interface ClosedSession {
  tab?: ClosedTab;
  window?: { sessionId?: string; tabs?: ClosedTab[] };
}

export interface ForgetPlan {
  /** Firefox: `sessions.forgetClosedTab(windowId, sessionId)`. */
  tabs: { windowId: number; sessionId: string }[];
  /** Firefox: `sessions.forgetClosedWindow(sessionId)`. */
  windows: string[];
  /** Chromium: URLs to re-add and delete from history. */
  urls: string[];
}

/** Plans the removal; an empty plan means recently-closed holds no trace. */
export function planForget(
  sessions: readonly ClosedSession[],
  isTrace: (url: string, title?: string) => boolean,
): ForgetPlan {
  const plan: ForgetPlan = { tabs: [], windows: [], urls: [] };
  const urls = new Set<string>();
  for (const s of sessions) {
    if (s.tab?.url && isTrace(s.tab.url, s.tab.title)) {
      urls.add(s.tab.url);
      if (s.tab.sessionId && s.tab.windowId !== undefined)
        plan.tabs.push({ windowId: s.tab.windowId, sessionId: s.tab.sessionId });
    }
    const helpTabs = (s.window?.tabs ?? []).filter((t) => t.url && isTrace(t.url, t.title));
    if (!helpTabs.length) continue;
    for (const t of helpTabs) urls.add(t.url!);
    if (s.window?.sessionId) plan.windows.push(s.window.sessionId);
  }
  plan.urls = [...urls];
  return plan;
}

/** True when the plan has nothing to do. */
export const isEmptyPlan = (p: ForgetPlan): boolean => !p.tabs.length && !p.windows.length && !p.urls.length;
