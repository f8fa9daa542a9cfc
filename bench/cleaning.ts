/**
 * Trace cleaning in Chromium: how fast a visit's entry disappears, and how long a full sweep
 * takes as history grows (2,000 to 20,000 entries, 5% of them traces), until the traces are
 * really gone from the database (`history.deleteUrl` answers before Chromium's history thread
 * has deleted anything, so the sweep's own promise is not the finish line). Timed inside the
 * browser, in the service worker.
 */
/// <reference types="chrome" />
import type { Harness } from '../tests/e2e/harness';
import { median, ms, p95 } from './stats';

const VISITS = Number(process.env.BENCH_RUNS ?? 20);

/**
 * Run where history is listened to (the service worker, or an extension page): records when
 * each URL was visited and when it left history. Self-contained: it is sent to the browser.
 */
const listen = () => {
  const g = globalThis as unknown as { added: Map<string, number>; gone: Map<string, number> };
  g.added = new Map();
  g.gone = new Map();
  chrome.history.onVisited.addListener((item) => g.added.set(item.url ?? '', performance.now()));
  chrome.history.onVisitRemoved.addListener((r) => {
    for (const url of r.urls ?? []) if (!g.gone.has(url)) g.gone.set(url, performance.now());
  });
};

/** Run in the same place afterwards: each URL's visit → removal time (NaN if it stayed). */
const elapsed = (list: string[]) => {
  const g = globalThis as unknown as { added: Map<string, number>; gone: Map<string, number> };
  return list.map((u) => (g.gone.get(u) ?? Number.NaN) - (g.added.get(u) ?? Number.NaN));
};

const summary = (times: number[]) => ({
  median: median(times),
  p95: p95(times),
  gone: times.filter(Number.isFinite).length,
  visits: times.length,
});

/** Navigates to help pages one by one; returns visit-recorded → entry-removed times. */
export async function benchVisit(h: Harness) {
  await h.sw(listen);
  const page = await h.context.newPage();
  const urls = Array.from({ length: VISITS }, (_, i) => `https://sheltersafe.ca/bench-visit/${i}`);
  for (const url of urls) {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(100);
  }
  await page.close();
  return summary(await h.sw(elapsed, urls));
}

const COLD_VISITS = Number(process.env.BENCH_COLD_RUNS ?? 12);

/**
 * The same, with the service worker stopped before each visit: the visit wakes it, and it
 * judges the visit before anything else. Timed by an extension page that listens to history
 * itself (the worker's own memory is gone each time it stops). `titled` visits an unlisted
 * news page recognised only by its title, which makes the woken worker compile the vocabulary;
 * a listed site is judged from the site rules alone.
 */
export async function benchColdVisit(h: Harness, titled = false) {
  const watcher = await h.openExtensionPage('options.html');
  await watcher.evaluate(listen);
  const page = await h.context.newPage();
  const urls = Array.from({ length: COLD_VISITS }, (_, i) =>
    titled ? `https://news.test/world/story-${i}` : `https://sheltersafe.ca/bench-cold-visit/${i}`,
  );
  if (titled)
    for (const url of urls)
      h.server.pages.set(url.slice('https://'.length), {
        title: 'Shelters for women leaving domestic violence turn people away, report says',
      });
  for (const url of urls) {
    await h.stopWorkers();
    await page.waitForTimeout(300);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(700);
  }
  await page.close();
  const times = await watcher.evaluate(elapsed, urls);
  await watcher.close();
  return summary(times);
}

/** Seeds `size` entries (5% on a site that is not a help site yet), then makes it one: a sweep. */
async function sweepOnce(h: Harness, size: number) {
  const matches = Math.round(size * 0.05);
  return h.sw(
    async ({ size, matches }) => {
      await chrome.storage.local.set({ settings: { version: 1, userSites: [] } });
      await chrome.history.deleteAll();
      const adds: Promise<void>[] = [];
      for (let i = 0; i < size; i++) {
        const url =
          i < matches ? `http://bench-help.test/page/${i}` : `http://ordinary.test/page/${i}?ref=${i * 7}`;
        adds.push(chrome.history.addUrl({ url }));
        if (adds.length >= 500) await Promise.all(adds.splice(0));
      }
      await Promise.all(adds);
      // Chromium commits history to disk every ~10 s; a query while thousands of fresh addUrl rows
      // are uncommitted is many times slower (with or without Waypoint). Real histories grow a
      // visit at a time, so let it commit, then warm the query path once.
      await new Promise((r) => setTimeout(r, 12_000));
      await chrome.history.search({ text: '', startTime: 0, maxResults: 1_000_000 });
      const t0 = performance.now();
      await chrome.storage.local.set({
        settings: { version: 1, userSites: [{ type: 'domain', domain: 'bench-help.test' }] },
      });
      // The sweep deletes newest first; done when the oldest trace (added first) has no visit
      // left. A cheap indexed lookup, polled every 10 ms; a full check follows.
      let t1 = Number.NaN;
      while (performance.now() - t0 < 60_000) {
        const visits = await chrome.history.getVisits({ url: 'http://bench-help.test/page/0' });
        if (!visits.length) {
          t1 = performance.now();
          break;
        }
        await new Promise((r) => setTimeout(r, 10));
      }
      const left = await chrome.history.search({ text: 'bench-help.test', startTime: 0, maxResults: 100000 });
      const total = await chrome.history.search({ text: '', startTime: 0, maxResults: 100000 });
      return { ms: t1 - t0, left: left.length, kept: total.length };
    },
    { size, matches },
  );
}

export async function benchSweep(h: Harness) {
  const out: { size: number; matches: number; ms: number; left: number; kept: number }[] = [];
  for (const size of [2000, 5000, 10000, 20000]) {
    const r = await sweepOnce(h, size);
    out.push({ size, matches: Math.round(size * 0.05), ms: r.ms, left: r.left, kept: r.kept });
  }
  return out;
}

export async function reportCleaning(h: Harness) {
  const visit = await benchVisit(h);
  console.log('Trace cleaning (Chromium):');
  console.log(
    `  visit recorded to entry gone: median ${ms(visit.median)}, p95 ${ms(visit.p95)} (${visit.gone}/${visit.visits} visits removed)`,
  );
  const cold = await benchColdVisit(h);
  console.log(
    `  same, service worker stopped before each visit: median ${ms(cold.median)}, p95 ${ms(cold.p95)} (${cold.gone}/${cold.visits} visits removed)`,
  );
  const titled = await benchColdVisit(h, true);
  console.log(
    `  an unlisted page known only by its title, worker stopped first: median ${ms(titled.median)}, p95 ${ms(titled.p95)} (${titled.gone}/${titled.visits} visits removed)`,
  );
  for (const s of await benchSweep(h))
    console.log(
      `  sweep of ${String(s.size).padStart(6)} entries, ${s.matches} traces: ${ms(s.ms)} (${s.left} traces left, ${s.kept} entries kept)`,
    );
}
