/**
 * The help trail, carried out (see `lib/traces/tab-trail.ts`): tab events move each tab's trail,
 * a trail page's visit is deleted when it was followed from help, and titles that arrive after
 * the visit are judged then. The state lives in `storage.session` (memory only, this browser
 * session), since the background may sleep between two events; events are handled one at a
 * time so none is lost.
 */

import {
  helpHistoryTabIds,
  parseTrail,
  type Reached,
  reachedFor,
  type TrailState,
  trailBroken,
  trailNavigated,
  trailRecognised,
  trailTabCreated,
  trailTabRemoved,
  trailTabReplaced,
  trailTabs,
} from '../lib/traces/tab-trail';
import type { Matcher } from '../lib/traces/url-matcher';
import type { Browser } from './browser-type';
import type { Cleaner } from './cleaner';
import { ignore } from './quiet';

const KEY = 'tabTrail';

export interface TabTrailDeps {
  browser: Browser;
  matcher: () => Promise<Matcher>;
  cleaner: Pick<Cleaner, 'deleteUrls' | 'deleteTrailVisit'>;
}

export function createTabTrail({ browser, matcher, cleaner }: TabTrailDeps) {
  let state: TrailState | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  /** Chromium: how each tab reached its latest page, from `webNavigation` (memory only). */
  const reached = new Map<number, Reached>();

  async function current(): Promise<TrailState> {
    if (state) return state;
    const stored = await browser.storage.session?.get(KEY).catch(() => undefined);
    state ??= parseTrail(stored?.[KEY]);
    return state;
  }

  /** Applies one change to the state, in order with the others, and stores it. */
  function update<T>(
    change: (s: TrailState) => Promise<{ state: TrailState; result?: T }>,
  ): Promise<T | undefined> {
    const done = queue.then(async () => {
      const result = await change(await current());
      if (result.state !== state) {
        state = result.state;
        await browser.storage.session?.set({ [KEY]: state }).catch(ignore);
      }
      return result.result;
    });
    queue = done.catch(ignore);
    return done.catch(() => undefined);
  }

  /** A tab moved to `url`: a help page starts a trail; a page followed from one is a trail page. */
  async function navigated(tabId: number, url: string) {
    const seenAt = Date.now();
    const m = await matcher();
    const step = await update(async (s) => {
      const next = trailNavigated(s, tabId, url, m.isTrace(url));
      return { state: next.state, result: next.step };
    });
    if (step !== 'trail') return;
    const outcome = await cleaner.deleteTrailVisit(url, seenAt, () => reachedFor(reached.get(tabId), url));
    if (outcome === 'not-followed') await update(async (s) => ({ state: trailBroken(s, tabId, url) }));
  }

  /** A tab's title arrived or changed: a page that says it is about help goes, and starts a trail. */
  async function titled(tabId: number, url: string | undefined, title: string) {
    if (!url || !(await matcher()).isTrace(url, title)) return;
    await cleaner.deleteUrls([url]);
    await update(async (s) => ({ state: trailRecognised(s, tabId, url) }));
  }

  return {
    onCreated: (tab: { id?: number; openerTabId?: number }) => {
      if (tab.id !== undefined)
        void update(async (s) => ({ state: trailTabCreated(s, tab.id!, tab.openerTabId) }));
    },
    onUpdated: (tabId: number, change: { url?: string; title?: string }, tab?: { url?: string }) => {
      if (change.url) void navigated(tabId, change.url).catch(ignore);
      if (change.title) void titled(tabId, change.url ?? tab?.url, change.title).catch(ignore);
    },
    /** A top-level navigation committed (Chromium's `webNavigation`): remember how it came about. */
    onCommitted: (d: {
      tabId: number;
      frameId: number;
      url: string;
      transitionType?: string;
      transitionQualifiers?: string[];
    }) => {
      if (d.frameId === 0)
        reached.set(d.tabId, {
          url: d.url,
          transition: d.transitionType,
          qualifiers: d.transitionQualifiers,
        });
    },
    onRemoved: (tabId: number) => {
      reached.delete(tabId);
      void update(async (s) => ({ state: trailTabRemoved(s, tabId) }));
    },
    onReplaced: (added: number, removed: number) =>
      void update(async (s) => ({ state: trailTabReplaced(s, added, removed) })),
    /** Open tabs on a help or trail page now. */
    trailTabs: async (): Promise<ReadonlySet<number>> => {
      await queue;
      return trailTabs(await current());
    },
    /** Open tabs whose Back/Forward list holds a help or trail page, or that are on one now (issue 15). */
    helpHistoryTabs: async (): Promise<ReadonlySet<number>> => {
      await queue;
      return helpHistoryTabIds(await current());
    },
  };
}

export type TabTrail = ReturnType<typeof createTabTrail>;
