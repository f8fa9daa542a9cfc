/**
 * Trace cleaning, carried out: history entries of help sites, help searches and pages whose
 * address or title says they are about help are deleted as they appear (a page whose title comes
 * later goes when its title arrives), a trail page's single visit is deleted when it was followed
 * from a help page, and swept from the whole history at start-up, on an alarm, when the rules change
 * and on panic. Downloads from help sites and help sites' data go too when the person turned
 * those on. Nothing records what was removed: at most a count for this browser session, kept in
 * `storage.session` (memory only). No badge, notification or sound.
 */

import type { Settings } from '../lib/settings/settings';
import { hostnamesOf, siteDataOrigins } from '../lib/traces/site-data';
import type { SiteRule } from '../lib/traces/site-rules';
import { planSweep, SWEEP_QUERY } from '../lib/traces/sweep-plan';
import { followsLink, type Reached } from '../lib/traces/tab-trail';
import type { Matcher } from '../lib/traces/url-matcher';
import type { Browser } from './browser-type';
import { ignore } from './quiet';
import { forgetRecentlyClosed } from './recently-closed';

const COUNT_KEY = 'removedThisSession';

/** Firefox only: the deletion last queued (see `deleteHistoryUrl`). */
let deletions: Promise<void> = Promise.resolve();

/**
 * Deletes one URL from history; never rejects. Firefox's `history.deleteUrl` looks the page's
 * row up, then deletes by row id in a later step, so two deletions of one URL at once (a visit
 * seen by both `history.onVisited` and `tabs.onUpdated`, or a sweep meeting one) can delete a
 * page visited in between that reused the freed row id: ordinary pages vanished in a burst of
 * visits on Firefox 153 (`tests/e2e-firefox/cleaning.test.ts`). There deletions run one at a
 * time, each given at most 2 s; Chromium deletes by URL in one step, so all run at once.
 */
export function deleteHistoryUrl(browser: Browser, url: string): Promise<void> {
  return serially(() => browser.history.deleteUrl({ url }));
}

/** Runs a history deletion: at once in Chromium, queued behind the others in Firefox (see above). */
function serially(deletion: () => Promise<unknown>): Promise<void> {
  // Never rejects, even when the call throws at once: a rejected queue would stop every later deletion.
  const run = () => Promise.resolve().then(deletion).then(ignore, ignore);
  if (!import.meta.env.FIREFOX) return run();
  const capped = () => Promise.race([run(), new Promise<void>((done) => setTimeout(done, 2000))]);
  deletions = deletions.then(capped, capped);
  return deletions;
}

/** What became of a trail page's visit. */
export type VisitOutcome = 'deleted' | 'not-followed' | 'missing';

/** How long a trail page's visit may take to reach history, and how often to look. */
const VISIT_WAIT_MS = 3000;
const VISIT_POLL_MS = 100;
/** A visit this long before the navigation was seen is still the navigation's own. */
const VISIT_SLACK_MS = 2000;

type Visit = { visitTime?: number; transition?: string };

export interface CleanerDeps {
  browser: Browser;
  settings: () => Promise<Settings>;
  matcher: () => Promise<Matcher>;
  rules: () => Promise<readonly SiteRule[]>;
}

type DownloadItem = { id: number; url?: string; finalUrl?: string; referrer?: string; state?: string };

export function createCleaner({ browser, settings, matcher, rules }: CleanerDeps) {
  /** How many traces went this browser session (kept in memory-only `storage.session`). */
  async function removedThisSession(): Promise<number> {
    const now = await browser.storage.session?.get(COUNT_KEY).catch(() => undefined);
    const value = now?.[COUNT_KEY];
    return typeof value === 'number' ? value : 0;
  }

  async function count(n: number) {
    if (!n || !browser.storage.session) return;
    const previous = await removedThisSession();
    await browser.storage.session.set({ [COUNT_KEY]: previous + n }).catch(ignore);
  }

  async function deleteUrls(urls: readonly string[]) {
    await Promise.all(urls.map((url) => deleteHistoryUrl(browser, url)));
    await count(urls.length);
  }

  /** One URL just visited or navigated to (SPA), or its title arrived: delete it now if it is a trace. */
  async function onUrl(url: string | undefined, title?: string) {
    if (url && (await matcher()).isTrace(url, title)) await deleteUrls([url]);
  }

  /**
   * Deletes the visit to `url` that a tab made on a help trail (seen at `seenAt`), leaving the
   * person's other visits to that address: found with `getVisits`, deleted with `deleteRange`
   * over its own instant, and only when no other page was visited in that instant. `reached`
   * is how the navigation itself came about (Chromium), when known; otherwise history's record.
   */
  async function deleteTrailVisit(
    url: string,
    seenAt: number,
    reached?: () => Reached | undefined,
  ): Promise<VisitOutcome> {
    const end = seenAt + VISIT_WAIT_MS;
    for (;;) {
      const visits = ((await browser.history.getVisits({ url }).catch(() => [])) as Visit[])
        .filter((v) => (v.visitTime ?? 0) >= seenAt - VISIT_SLACK_MS)
        .sort((a, b) => (b.visitTime ?? 0) - (a.visitTime ?? 0));
      const visit = visits[0];
      if (visit?.visitTime !== undefined) {
        const how = reached?.();
        if (!(how ? followsLink(how.transition, how.qualifiers) : followsLink(visit.transition)))
          return 'not-followed';
        const t = visit.visitTime;
        const around = await browser.history
          .search({ text: '', startTime: t - 1, endTime: t + 2, maxResults: 10 })
          .catch(() => null);
        if (!around || around.some((item) => item.url !== url)) return 'missing';
        // Chromium keeps microseconds (the range ends before the next instant); Firefox whole
        // milliseconds, both ends included.
        const range = import.meta.env.FIREFOX
          ? { startTime: Math.floor(t), endTime: Math.floor(t) + 1 }
          : { startTime: t - 0.5, endTime: t + 1 };
        await serially(() => browser.history.deleteRange(range));
        await count(1);
        return 'deleted';
      }
      if (Date.now() >= end) return 'missing';
      await new Promise((r) => setTimeout(r, VISIT_POLL_MS));
    }
  }

  // Listed sites, and addresses that say they are about help; never a search or a title alone.
  const isTraceDownload = (m: Matcher, d: DownloadItem) =>
    [d.url, d.finalUrl, d.referrer].some((u) => u && ['site', 'page'].includes(m.classify(u) ?? ''));

  /** Erases a finished download of a help site from the downloads list; the file stays on disk. */
  async function onDownload(d: DownloadItem) {
    if (!browser.downloads || d.state === 'in_progress' || !(await settings()).cleanDownloads) return;
    if (isTraceDownload(await matcher(), d)) await browser.downloads.erase({ id: d.id }).catch(ignore);
  }

  /** A download's state changed: once it has finished (or failed), look at it whole. */
  async function onDownloadChanged(delta: { id: number; state?: { current?: string } }) {
    if (!browser.downloads || !delta.state?.current || delta.state.current === 'in_progress') return;
    const [item] = await browser.downloads.search({ id: delta.id });
    if (item) await onDownload(item);
  }

  async function sweepDownloads(m: Matcher) {
    if (!browser.downloads) return;
    const items = (await browser.downloads.search({})) as DownloadItem[];
    const ids = items.filter((d) => d.state !== 'in_progress' && isTraceDownload(m, d)).map((d) => d.id);
    await Promise.all(ids.map((id) => browser.downloads.erase({ id }).catch(ignore)));
  }

  async function clearSiteData(traceUrls: readonly string[]) {
    if (!browser.browsingData) return;
    const open = (await browser.tabs.query({})).flatMap((t) => (t.url ? [t.url] : []));
    const origins = siteDataOrigins(await rules(), traceUrls, open);
    if (!origins.length) return;
    const types = { cookies: true, cache: true, localStorage: true, indexedDB: true, serviceWorkers: true };
    const filter = import.meta.env.FIREFOX ? { hostnames: hostnamesOf(origins) } : { origins };
    await browser.browsingData.remove(filter as never, types).catch(ignore);
  }

  /** Removes help pages from recently-closed (after a help tab or window closes, and on sweeps). */
  async function forgetClosed() {
    await forgetRecentlyClosed(browser, (await matcher()).isTrace);
  }

  // A closed tab or window reaches recently-closed a moment after its event: look shortly after.
  let forgetTimer: ReturnType<typeof setTimeout> | undefined;
  function forgetSoon() {
    clearTimeout(forgetTimer);
    forgetTimer = setTimeout(() => void forgetClosed().catch(ignore), 150);
  }

  /** Sweeps the whole history (and downloads and site data when turned on); returns how many went. */
  async function sweep(): Promise<number> {
    const [m, s] = await Promise.all([matcher(), settings()]);
    const items = await browser.history.search(SWEEP_QUERY);
    const urls = planSweep(items, (url, title) => m.isTrace(url, title));
    await deleteUrls(urls);
    await forgetClosed().catch(ignore);
    if (s.cleanDownloads) await sweepDownloads(m).catch(ignore);
    if (s.cleanSiteData) await clearSiteData(urls.filter((u) => m.classify(u) === 'site')).catch(ignore);
    return urls.length;
  }

  return {
    onUrl,
    deleteUrls,
    deleteTrailVisit,
    onDownload,
    onDownloadChanged,
    sweep,
    forgetClosed,
    forgetSoon,
    removedThisSession,
  };
}

export type Cleaner = ReturnType<typeof createCleaner>;
