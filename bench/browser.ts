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
  neutral: number;
  tabsClosed: number;
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
  await pages[0]!.bringToFront();
  await pages[0]!.focus('#input');
  if (cold) await h.stopWorkers();
  h.server.log.length = 0;
  for (let i = 0; i < 3; i++) await pages[0]!.keyboard.press('Shift');
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
  const beacons = h.server.log.filter((l) => l.startsWith('sheltersafe.ca/beacon?'));
  const third = new URLSearchParams(beacons[2]?.split('?')[1] ?? '');
  const t0 = Number(third.get('t'));
  return {
    hiddenSameTask: third.get('hidden') === 'true',
    neutral: neutralStart - t0,
    tabsClosed: Math.max(...closedAt) - t0,
    recentlyClosedClean: clean ? clean - t0 : Number.NaN,
  };
}

export async function benchPanic(h: Harness, cold: boolean) {
  const runs: PanicRun[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await panicOnce(h, cold));
  const pick = (k: Exclude<keyof PanicRun, 'hiddenSameTask'>) => runs.map((r) => r[k]);
  return {
    runs: runs.length,
    hiddenSameTask: runs.filter((r) => r.hiddenSameTask).length,
    neutral: { median: median(pick('neutral')), p95: p95(pick('neutral')) },
    tabsClosed: { median: median(pick('tabsClosed')), p95: p95(pick('tabsClosed')) },
    recentlyClosedClean: {
      median: median(pick('recentlyClosedClean')),
      p95: p95(pick('recentlyClosedClean')),
    },
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
      console.log(`  last help tab closed: median ${ms(r.tabsClosed.median)}, p95 ${ms(r.tabsClosed.p95)}`);
      console.log(
        `  help history and recently-closed clean: median ${ms(r.recentlyClosedClean.median)}, p95 ${ms(r.recentlyClosedClean.p95)}`,
      );
    }
    await reportCleaning(h);
  } finally {
    await h.close();
  }
}
