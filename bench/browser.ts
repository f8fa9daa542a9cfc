/**
 * Browser-side measurements in Debian's Chromium with the built extension: popup open to first
 * paint, the content script's size and per-frame cost, and the panic exit's timings (warm, and
 * with the service worker stopped first).
 */
/// <reference types="chrome" />
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { firstPaintScripts } from '../tests/e2e/first-paint';
import { EXT_DIR, type Harness, launch, resetBrowser, waitFor } from '../tests/e2e/harness';
import { reportCleaning } from './cleaning';
import { median, ms, p95 } from './stats';

const RUNS = Number(process.env.BENCH_RUNS ?? 20);
/**
 * How long each press holds the key (Playwright's default is 0: keyup right behind keydown). A
 * person's tap holds a key about 100 ms; the exit fires on the keyup.
 */
const HOLD_MS = Number(process.env.BENCH_HOLD_MS ?? 0);
const CLICKED = process.env.BENCH_CLICKED === '1';
const HELP = [
  'https://sheltersafe.ca/bench.html',
  'https://www.thehotline.org/a',
  'https://kidshelpphone.ca/b',
];

export async function benchPopup(h: Harness) {
  const fcp: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await h.openExtensionPage('popup.html');
    await page.waitForSelector('li.card');
    const value = await page.evaluate(
      () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
    );
    fcp.push(value);
    await page.close();
  }
  // Baseline: the same browser painting a one-line page, to tell Waypoint's cost from the browser's.
  const base: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await h.context.newPage();
    await page.goto('http://ordinary.test/baseline');
    base.push(
      await page.evaluate(
        () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
      ),
    );
    await page.close();
  }
  // Every script the popup loaded before it first showed its lines: its entry, the shared chunks
  // and the region's lines (the rest of the directory and the guides load after).
  const first = await firstPaintScripts(h.context, `chrome-extension://${h.extensionId}/popup.html`);
  const js = Buffer.from(first.text);
  return {
    fcpMedian: median(fcp),
    fcpP95: p95(fcp),
    baselineMedian: median(base),
    bundle: first.bytes,
    bundleGzip: gzipSync(js).length,
    background: statSync(resolve(EXT_DIR, 'background.js')).size,
  };
}

export async function benchContentScript(h: Harness) {
  const source = readFileSync(resolve(EXT_DIR, 'content-scripts/panic.js'), 'utf8');
  const page = await h.context.newPage();
  await page.goto('http://ordinary.test/blank');
  // Each frame compiles and runs the script afresh, with the extension API stubbed.
  const costs = await page.evaluate(async (src) => {
    const stub =
      'globalThis.chrome={runtime:{sendMessage:()=>Promise.resolve(),onMessage:{addListener(){}}},' +
      'storage:{local:{get:()=>Promise.resolve({}),onChanged:{addListener(){}}}},i18n:{getMessage:()=>""}};';
    const out: number[] = [];
    for (let i = 0; i < 40; i++) {
      const frame = document.createElement('iframe');
      const done = new Promise<number>((r) =>
        addEventListener('message', (e) => r(e.data as number), { once: true }),
      );
      frame.srcdoc = `<script>${stub}const t=performance.now();${src.replaceAll('</script', '<\\/script')}\nparent.postMessage(performance.now()-t,'*')</script>`;
      document.body.append(frame);
      out.push(await done);
      frame.remove();
    }
    return out;
  }, source);
  await page.close();
  return {
    bytes: source.length,
    gzip: gzipSync(source).length,
    evalMedian: median(costs),
    evalP95: p95(costs),
  };
}

interface PanicRun {
  hiddenSameTask: boolean;
  /** From the third keydown (the page hides) to the neutral page's navigation start. */
  neutral: number;
  /** From the firing key (the third keyup) to the neutral page's navigation start. */
  neutralFromFire: number;
  /** From the firing key to the last help tab closed, seen by the test driver. */
  tabsClosed: number;
  /** The same, seen inside the service worker (`tabs.onRemoved`), without the driver's delay. */
  tabsClosedInWorker: number;
  /** Diagnostics, seen in the worker: the exit's message arrives; the neutral tab exists. */
  messageInWorker: number;
  createdInWorker: number;
  recentlyClosedClean: number;
}

async function panicOnce(h: Harness, cold: boolean): Promise<PanicRun> {
  await resetBrowser(h, { keepData: true });
  const pages: Page[] = [];
  for (const url of HELP) {
    const p = await h.context.newPage();
    await p.goto(url);
    pages.push(p);
  }
  const ordinary = await h.context.newPage();
  await ordinary.goto('http://ordinary.test/stays');
  const closedAt: number[] = [];
  for (const p of pages) p.on('close', () => closedAt.push(Date.now()));
  const neutralPage = h.context.waitForEvent('page');
  // A page someone has clicked or typed in may ask "Leave site?", and closes by a slower path:
  // `BENCH_CLICKED=1` clicks each help page first. By default the pages were only read (Playwright's
  // focus() would count as a click: it is not used).
  if (CLICKED) for (const p of pages) await p.click('h1');
  await pages[0]!.bringToFront();
  // Recorded in the worker (a cold one is woken by this, as by any event it listens to).
  const ids = await h.sw(async (urls) => {
    const g = globalThis as unknown as {
      removedAt: number[];
      messageAt: number;
      createdAt: number;
      onRemovedBench?: (id: number) => void;
      onMessageBench?: (m: unknown) => void;
      onCreatedBench?: () => void;
    };
    const tabs = await chrome.tabs.query({ url: urls.map((u) => `${u.split('/').slice(0, 3).join('/')}/*`) });
    const watched = new Set(tabs.map((t) => t.id));
    g.removedAt = [];
    if (g.onRemovedBench) chrome.tabs.onRemoved.removeListener(g.onRemovedBench);
    g.onRemovedBench = (id) => {
      if (watched.has(id)) g.removedAt.push(Date.now());
    };
    chrome.tabs.onRemoved.addListener(g.onRemovedBench);
    g.messageAt = 0;
    g.createdAt = 0;
    if (g.onMessageBench) chrome.runtime.onMessage.removeListener(g.onMessageBench);
    g.onMessageBench = (m) => {
      if ((m as { type?: string }).type === 'panic' && !g.messageAt) g.messageAt = Date.now();
    };
    chrome.runtime.onMessage.addListener(g.onMessageBench);
    if (g.onCreatedBench) chrome.tabs.onCreated.removeListener(g.onCreatedBench);
    g.onCreatedBench = () => {
      g.createdAt ||= Date.now();
    };
    chrome.tabs.onCreated.addListener(g.onCreatedBench);
    return tabs.length;
  }, HELP);
  // Cold: the worker (and this listener with it) stops, so only the driver sees the tabs close.
  if (cold) await h.stopWorkers();
  h.server.log.length = 0;
  for (let i = 0; i < 3; i++) await pages[0]!.keyboard.press('Shift', { delay: HOLD_MS });
  const neutral = await neutralPage;
  const neutralStart = await waitFor(
    () => neutral.evaluate(() => performance.timeOrigin).catch(() => 0),
    5000,
    5,
  );
  await waitFor(() => closedAt.length === HELP.length, 5000);
  const clean = await waitFor(
    () =>
      h.sw(async () => {
        const s = await chrome.sessions.getRecentlyClosed({});
        const urls = s.flatMap((e) =>
          e.tab ? [e.tab.url ?? ''] : (e.window?.tabs ?? []).map((t) => t.url ?? ''),
        );
        return urls.some((u) => /sheltersafe|thehotline|kidshelpphone/.test(u)) ? 0 : Date.now();
      }),
    5000,
    5,
  );
  const beacons = h.server.log
    .filter((l) => l.startsWith('sheltersafe.ca/beacon?'))
    .map((l) => new URLSearchParams(l.split('?')[1]));
  const third = beacons.filter((b) => b.get('type') === 'keydown')[2];
  const fire = beacons.filter((b) => b.get('type') === 'keyup')[2];
  const t0 = Number(third?.get('t'));
  const tFire = Number(fire?.get('t'));
  const seen = await h.sw(() => {
    const g = globalThis as unknown as { removedAt?: number[]; messageAt?: number; createdAt?: number };
    return {
      removed: g.removedAt ?? [],
      message: g.messageAt ?? 0,
      created: g.createdAt ?? 0,
    };
  });
  const inWorker = seen.removed;
  const fromFire = (t: number) => (t ? t - tFire : Number.NaN);
  return {
    hiddenSameTask: third?.get('hidden') === 'true',
    neutral: neutralStart - t0,
    neutralFromFire: neutralStart - tFire,
    tabsClosed: Math.max(...closedAt) - tFire,
    tabsClosedInWorker: inWorker.length === ids ? Math.max(...inWorker) - tFire : Number.NaN,
    messageInWorker: fromFire(seen.message),
    createdInWorker: fromFire(seen.created),
    recentlyClosedClean: clean ? clean - tFire : Number.NaN,
  };
}

export async function benchPanic(h: Harness, cold: boolean, count = RUNS) {
  const runs: PanicRun[] = [];
  for (let i = 0; i < count; i++) runs.push(await panicOnce(h, cold));
  const pick = (k: Exclude<keyof PanicRun, 'hiddenSameTask'>) => runs.map((r) => r[k]);
  return {
    runs: runs.length,
    hiddenSameTask: runs.filter((r) => r.hiddenSameTask).length,
    neutral: { median: median(pick('neutral')), p95: p95(pick('neutral')) },
    neutralFromFire: { median: median(pick('neutralFromFire')), p95: p95(pick('neutralFromFire')) },
    tabsClosed: { median: median(pick('tabsClosed')), p95: p95(pick('tabsClosed')) },
    tabsClosedInWorker: {
      median: median(pick('tabsClosedInWorker')),
      p95: p95(pick('tabsClosedInWorker')),
    },
    recentlyClosedClean: {
      median: median(pick('recentlyClosedClean')),
      p95: p95(pick('recentlyClosedClean')),
    },
    messageInWorker: { median: median(pick('messageInWorker')), p95: p95(pick('messageInWorker')) },
    createdInWorker: { median: median(pick('createdInWorker')), p95: p95(pick('createdInWorker')) },
  };
}

export async function main() {
  // Toronto, as in the end-to-end suite: the popup loads Canada's lines before its first paint.
  const h = await launch({ timezoneId: 'America/Toronto' });
  try {
    const popup = await benchPopup(h);
    console.log('Popup (Chromium):');
    console.log(
      `  open to first results painted (first contentful paint): median ${ms(popup.fcpMedian)}, p95 ${ms(popup.fcpP95)} (${RUNS} opens)`,
    );
    console.log(`  same browser, a one-line web page: median ${ms(popup.baselineMedian)}`);
    console.log(
      `  popup scripts loaded before first paint (time zone Toronto): ${(popup.bundle / 1024).toFixed(1)} KB minified, ${(popup.bundleGzip / 1024).toFixed(1)} KB gzip`,
    );
    console.log(`Background script: ${(popup.background / 1024).toFixed(1)} KB minified`);
    const cs = await benchContentScript(h);
    console.log('Content script:');
    console.log(`  size: ${cs.bytes} B minified, ${cs.gzip} B gzip`);
    console.log(
      `  compile + run per frame: median ${ms(cs.evalMedian)}, p95 ${ms(cs.evalP95)} (40 fresh frames)`,
    );
    for (const cold of [false, true]) {
      const r = await benchPanic(h, cold);
      console.log(
        `Panic exit, ${cold ? 'service worker stopped first' : 'warm'} (${r.runs} runs, from the third keydown):`,
      );
      console.log(`  page hidden in the same task: ${r.hiddenSameTask}/${r.runs}`);
      console.log(
        `  neutral page navigation start: median ${ms(r.neutral.median)}, p95 ${ms(r.neutral.p95)}`,
      );
      console.log(
        `  from the firing key (third keyup) to the neutral page: median ${ms(r.neutralFromFire.median)}, p95 ${ms(r.neutralFromFire.p95)}`,
      );
      console.log(
        `  firing key → last help tab closed: median ${ms(r.tabsClosed.median)}, p95 ${ms(r.tabsClosed.p95)} (test driver); median ${ms(r.tabsClosedInWorker.median)}, p95 ${ms(r.tabsClosedInWorker.p95)} (in the worker)`,
      );
      console.log(
        `  firing key → help history and recently-closed clean: median ${ms(r.recentlyClosedClean.median)}, p95 ${ms(r.recentlyClosedClean.p95)}`,
      );
    }
    await reportCleaning(h);
  } finally {
    await h.close();
  }
}
