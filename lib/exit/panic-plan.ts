/**
 * What the panic exit does, decided from a snapshot of the tabs: where the neutral site opens,
 * which tabs close, which are replaced by a fresh copy, which URLs leave history. The background
 * only carries the plan out.
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
  /** Its place in the window, and whether it is the window's shown tab or pinned (for a replacement). */
  index?: number;
  active?: boolean;
  pinned?: boolean;
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
  /** Open tabs whose Back or Forward list holds a help page (their current page may be ordinary). */
  helpHistory?: ReadonlySet<number>;
}

/** A fresh tab to open in place of one whose Back or Forward list holds a help page. */
export interface Replacement {
  /** The tab it replaces, closed once the replacement exists. */
  id: number;
  windowId: number;
  index?: number;
  url: string;
  active: boolean;
  pinned: boolean;
}

export interface PanicPlan {
  /** Window to open the neutral site in; `undefined`: open a new window. */
  windowId?: number;
  /** Tabs to close, the source tab first. */
  close: number[];
  /**
   * Tabs showing an ordinary page with a help page one Back or Forward press away: each gets a
   * fresh tab at the same address, window and place (no Back history), then closes.
   */
  replace: Replacement[];
  /** Help URLs of the closed tabs, to delete from history and recently-closed (a trail page's address is not one: its visit already went). */
  forget: string[];
  /** Addresses of every tab the exit closes (replaced ones included): their recently-closed entries go. */
  closedUrls: string[];
}

/** Every address a tab shows or is loading. */
const urlsOf = (t: TabSnapshot) => [t.url, t.pendingUrl].filter((u): u is string => Boolean(u));

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
  helpHistory,
}: PanicInput): PanicPlan {
  const source = tabs.find((t) => t.id === sourceTabId);
  const windows = new Set(tabs.map((t) => t.windowId));
  const windowId =
    source?.windowId ??
    (focusedWindowId !== undefined && windows.has(focusedWindowId) ? focusedWindowId : tabs[0]?.windowId);

  const close: number[] = [];
  const replace: Replacement[] = [];
  const forget = new Set<string>();
  const closedUrls = new Set<string>();
  for (const tab of tabs) {
    if (tab.id === undefined) continue;
    const help = helpUrlsOf(tab, isTrace);
    const onTrail = helpTabs?.has(tab.id) === true;
    const closing = scope === 'all-tabs' || tab.id === sourceTabId || help.length > 0 || onTrail;
    if (!closing) {
      if (helpHistory?.has(tab.id) && tab.url) {
        replace.push({
          id: tab.id,
          windowId: tab.windowId,
          index: tab.index,
          url: tab.url,
          // The neutral site is the shown tab of its window; elsewhere the window keeps showing this page.
          active: Boolean(tab.active) && tab.windowId !== windowId,
          pinned: Boolean(tab.pinned),
        });
        closedUrls.add(tab.url);
      }
      continue;
    }
    if (tab.id === sourceTabId) close.unshift(tab.id);
    else close.push(tab.id);
    for (const url of help) forget.add(url);
    for (const url of urlsOf(tab)) closedUrls.add(url);
  }
  return { windowId, close, replace, forget: [...forget], closedUrls: [...closedUrls] };
}

/** One tab to close, and the tabs that must be hidden and silent before it may. */
export interface Closing {
  id: number;
  /** Itself, or, for the shown tab of a window, every tab closing in that window. */
  after: number[];
}

/**
 * When each tab may close. A tab in the background closes as soon as it is silent: closing it
 * shows nothing new. The shown tab of a window hands the window to a neighbour, so it waits until
 * every tab closing in its window is hidden, so that no help page shows even for a frame. In the
 * neutral site's window the neutral tab, asked for before any tab closes, takes the window.
 */
export function closeOrder(
  tabs: readonly TabSnapshot[],
  close: readonly number[],
  neutralWindowId?: number,
): Closing[] {
  const byId = new Map(tabs.map((t) => [t.id, t]));
  return close.map((id) => {
    const tab = byId.get(id);
    if (!tab?.active || tab.windowId === neutralWindowId) return { id, after: [id] };
    return { id, after: close.filter((other) => byId.get(other)?.windowId === tab.windowId) };
  });
}
