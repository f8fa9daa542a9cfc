/**
 * What the panic exit does, decided from a snapshot of the tabs: where the neutral site opens,
 * which tabs close, which URLs leave history. The background only carries the plan out.
 */
import type { PanicScope } from '../settings/settings';

export interface TabSnapshot {
  id?: number;
  windowId: number;
  url?: string;
  /** The page's title: a page that says it is about help is a help tab wherever it is. */
  title?: string;
  /** A navigation in flight: a tab still loading a help site counts as one. */
  pendingUrl?: string;
  incognito?: boolean;
}

export interface PanicInput {
  tabs: readonly TabSnapshot[];
  /** The tab the exit started in (content script, or the active tab for a shortcut). */
  sourceTabId?: number;
  /** The window the person is looking at, when no tab started the exit (popup, shortcut). */
  focusedWindowId?: number;
  scope: PanicScope;
  /** Whether an address (with its title, for the page a tab is on) is a help trace. */
  isTrace: (url: string, title?: string) => boolean;
  /** Tabs known to be on a help trail (opened from a help page or search): they close too. */
  helpTabs?: ReadonlySet<number>;
}

export interface PanicPlan {
  /** Window to open the neutral site in; `undefined`: open a new window. */
  windowId?: number;
  /** Tabs to close, the source tab first. */
  close: number[];
  /** Help URLs of the closed tabs, to delete from history and recently-closed (a trail page's address is not one: its visit already went). */
  forget: string[];
}

/** The tab's help addresses: its page (judged with its title) and a navigation in flight. */
function helpUrlsOf(t: TabSnapshot, isTrace: PanicInput['isTrace']): string[] {
  const help: string[] = [];
  if (t.url && isTrace(t.url, t.title)) help.push(t.url);
  if (t.pendingUrl && t.pendingUrl !== t.url && isTrace(t.pendingUrl)) help.push(t.pendingUrl);
  return help;
}

/** Plans the exit. Pure: the same snapshot always yields the same plan. */
export function planPanic({
  tabs,
  sourceTabId,
  focusedWindowId,
  scope,
  isTrace,
  helpTabs,
}: PanicInput): PanicPlan {
  const source = tabs.find((t) => t.id === sourceTabId);
  const windows = new Set(tabs.map((t) => t.windowId));
  const windowId =
    source?.windowId ??
    (focusedWindowId !== undefined && windows.has(focusedWindowId) ? focusedWindowId : tabs[0]?.windowId);

  const close: number[] = [];
  const forget = new Set<string>();
  for (const tab of tabs) {
    if (tab.id === undefined) continue;
    const help = helpUrlsOf(tab, isTrace);
    const onTrail = helpTabs?.has(tab.id) === true;
    const closing = scope === 'all-tabs' || tab.id === sourceTabId || help.length > 0 || onTrail;
    if (!closing) continue;
    if (tab.id === sourceTabId) close.unshift(tab.id);
    else close.push(tab.id);
    for (const url of help) forget.add(url);
  }
  return { windowId, close, forget: [...forget] };
}
