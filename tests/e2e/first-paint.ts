/**
 * Which scripts a Waypoint page fetched before it first showed its content. Resource timing does
 * not list an extension's own files, so the requests are watched from outside (Playwright) and
 * compared with the moment the page first rendered a card (a mutation observer installed before
 * the page's own scripts): modules loaded on demand before that (the region's lines) count, those
 * loaded after it (the rest of the directory, the guides) do not.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Request } from 'playwright-core';
import { EXT_DIR } from './harness';

export interface FirstPaintScripts {
  /** Paths inside the extension, e.g. `/chunks/popup-….js`, in request order. */
  files: string[];
  /** Their total size on disk (minified). */
  bytes: number;
  /** Their concatenated text, to check what they hold. */
  text: string;
}

declare global {
  interface Window {
    __firstShownAt?: number;
  }
}

/** Opens `url` in a new tab and measures the scripts it loaded before `selector` first appeared. */
export async function firstPaintScripts(
  context: BrowserContext,
  url: string,
  selector = 'li.card',
  extDir = EXT_DIR,
): Promise<FirstPaintScripts> {
  const page = await context.newPage();
  await page.addInitScript((sel: string) => {
    new MutationObserver((_, observer) => {
      if (!document.querySelector(sel)) return;
      window.__firstShownAt = Date.now();
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  }, selector);
  const requests: Request[] = [];
  page.on('request', (r) => requests.push(r));
  await page.goto(url);
  await page.locator(selector).first().waitFor();
  const shownAt = await page.evaluate(() => window.__firstShownAt ?? Number.NaN);
  // Let the requests started so far finish, so each has its start time.
  await Promise.all(requests.map((r) => r.response().catch(() => null)));
  await page.close();
  const files = requests
    .filter((r) => r.url().endsWith('.js') && r.timing().startTime <= shownAt)
    .map((r) => new URL(r.url()).pathname);
  const texts = files.map((f) => readFileSync(resolve(extDir, `.${f}`), 'utf8'));
  return { files, bytes: texts.reduce((n, t) => n + Buffer.byteLength(t), 0), text: texts.join('\n') };
}
