/**
 * The trail a help page starts, tab by tab: a page opened from a help search or help page (in
 * the same tab, or in a tab it opened) within a short chain is treated as help, so the shelter
 * clicked in the results leaves history too, as a visit, not as an address. The same record says
 * which open tabs hold a help page in their Back/Forward list, for the panic exit.
 *
 * Pure: each function takes the state and returns the next one (a plain JSON object, kept in
 * `storage.session` because the background can sleep between events).
 */

/** Link hops from a help page that still count as help: the results page's link, and one more. */
export const MAX_HOPS = 2;

export interface TabTrail {
  /** The address the tab is on. */
  url?: string;
  /** 0: a help page; 1…MAX_HOPS: that many link hops from one; absent: not on a trail. */
  hops?: number;
  /** Hops of the page that opened this tab, for the tab's first page. */
  openerHops?: number;
  /** The tab's Back/Forward list holds a help or trail page (or it is on one now). */
  helpInHistory?: boolean;
}

/** Tab id (as a string: JSON keys) → its trail. */
export type TrailState = Readonly<Record<string, TabTrail>>;

/** What the background does about a navigation. */
export type TrailStep = 'none' | 'trail';

const withTab = (state: TrailState, tabId: number, tab: TabTrail | undefined): TrailState => {
  const next = { ...state };
  if (tab) next[tabId] = tab;
  else delete next[tabId];
  return next;
};

/** A new-tab page: the person starts afresh there (typing, a tile, a bookmark), so no trail carries on. */
const NEW_TAB = /^(?:chrome|edge|brave):\/\/(?:newtab|new-tab-page)|^chrome-search:|^about:(?:newtab|home)/i;
/** Pages that are no visit of their own (about:blank first, then the real page): no hop. */
const WEB = /^(?:https?|file):/i;

/** Only the address's fragment changed: the same page, not a hop. */
function samePage(a: string | undefined, b: string): boolean {
  if (a === undefined) return false;
  const strip = (u: string) => (u.includes('#') ? u.slice(0, u.indexOf('#')) : u);
  return strip(a) === strip(b);
}

/** A tab was created; a tab opened from a help or trail page carries the trail into its first page. */
export function trailTabCreated(state: TrailState, tabId: number, openerTabId?: number): TrailState {
  const opener = openerTabId === undefined ? undefined : state[openerTabId];
  if (opener?.hops === undefined || opener.hops >= MAX_HOPS) return state;
  return withTab(state, tabId, { openerHops: opener.hops });
}

/**
 * A tab moved to `url`; `help` says whether that address is itself a help page. `trail` means
 * the visit is a trail page's: remove that visit (if it followed a link), not the address.
 */
export function trailNavigated(
  state: TrailState,
  tabId: number,
  url: string,
  help: boolean,
): { state: TrailState; step: TrailStep } {
  const tab = state[tabId];
  if (NEW_TAB.test(url)) {
    const fresh: TabTrail = { url, ...(tab?.helpInHistory ? { helpInHistory: true } : {}) };
    return { state: withTab(state, tabId, fresh), step: 'none' };
  }
  if (!WEB.test(url)) return { state, step: 'none' };
  if (samePage(tab?.url, url)) return { state: withTab(state, tabId, { ...tab, url }), step: 'none' };
  if (help) return { state: withTab(state, tabId, { url, hops: 0, helpInHistory: true }), step: 'none' };
  const from = tab?.hops ?? tab?.openerHops;
  if (from !== undefined && from < MAX_HOPS) {
    return { state: withTab(state, tabId, { url, hops: from + 1, helpInHistory: true }), step: 'trail' };
  }
  const kept: TabTrail = { url, ...(tab?.helpInHistory ? { helpInHistory: true } : {}) };
  return { state: withTab(state, tabId, kept), step: 'none' };
}

/** The tab's current page turned out to be a help page (its title arrived). */
export function trailRecognised(state: TrailState, tabId: number, url?: string): TrailState {
  const tab = state[tabId];
  return withTab(state, tabId, { url: url ?? tab?.url, hops: 0, helpInHistory: true });
}

/** The visit to `url` was typed, bookmarked or reloaded, not followed from the help page: the chain stops. */
export function trailBroken(state: TrailState, tabId: number, url: string): TrailState {
  const tab = state[tabId];
  if (!tab || tab.url !== url || !tab.hops) return state;
  const { hops: _hops, ...rest } = tab;
  return withTab(state, tabId, rest);
}

export const trailTabRemoved = (state: TrailState, tabId: number): TrailState =>
  state[tabId] ? withTab(state, tabId, undefined) : state;

/** Chromium swaps a tab for a prerendered one: the trail moves with it. */
export function trailTabReplaced(state: TrailState, addedTabId: number, removedTabId: number): TrailState {
  const tab = state[removedTabId];
  return tab ? withTab(withTab(state, removedTabId, undefined), addedTabId, tab) : state;
}

const ids = (state: TrailState, keep: (tab: TabTrail) => boolean): ReadonlySet<number> =>
  new Set(
    Object.entries(state)
      .filter(([, tab]) => keep(tab))
      .map(([id]) => Number(id)),
  );

/** Tabs on a help or trail page now. */
export const trailTabs = (state: TrailState) => ids(state, (tab) => tab.hops !== undefined);

/** Tabs whose Back/Forward list holds a help or trail page, or that are on one now. */
export const helpHistoryTabIds = (state: TrailState) =>
  ids(state, (tab) => tab.helpInHistory === true || tab.hops !== undefined);

/**
 * A navigation that continues a trail: a followed link or a submitted form, never one started
 * from the address bar. Typed addresses, bookmarks, address-bar searches, keywords and reloads
 * never do. Chromium's history records a link followed from a page no longer in history as
 * "typed", so there the navigation's own transition (from `webNavigation`) decides; where it is
 * missing, history's record decides, and a "typed" record keeps its visit (precision first).
 */
export const followsLink = (transition: string | undefined, qualifiers: readonly string[] = []): boolean =>
  (transition === 'link' || transition === 'form_submit') && !qualifiers.includes('from_address_bar');

/** How a tab reached its page, as the navigation itself reported it. */
export interface Reached {
  readonly url: string;
  readonly transition?: string;
  readonly qualifiers?: readonly string[];
}

/** The navigation that reached `url`, if `reached` is that navigation (a fragment change is the same page). */
export const reachedFor = (reached: Reached | undefined, url: string): Reached | undefined =>
  reached && samePage(reached.url, url) ? reached : undefined;

/** Reads a stored state field by field; anything malformed is dropped. */
export function parseTrail(raw: unknown): TrailState {
  if (!raw || typeof raw !== 'object') return {};
  const out: Record<string, TabTrail> = {};
  for (const [id, value] of Object.entries(raw as Record<string, unknown>)) {
    if (!/^\d+$/.test(id) || !value || typeof value !== 'object') continue;
    const v = value as Record<string, unknown>;
    const hop = (x: unknown) =>
      Number.isInteger(x) && (x as number) >= 0 && (x as number) <= MAX_HOPS ? (x as number) : undefined;
    const tab: TabTrail = {};
    if (typeof v.url === 'string') tab.url = v.url;
    if (hop(v.hops) !== undefined) tab.hops = hop(v.hops);
    if (hop(v.openerHops) !== undefined) tab.openerHops = hop(v.openerHops);
    if (v.helpInHistory === true) tab.helpInHistory = true;
    out[id] = tab;
  }
  return out;
}
