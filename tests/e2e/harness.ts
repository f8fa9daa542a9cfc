/// <reference types="chrome" />
/**
 * Launches Debian's Chromium with the built e2e variant of Waypoint and the fixture sites, and
 * gives tests handles on the extension's service worker.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { type FixtureServer, startFixtureServer } from './fixture-server';

/** The built extension; the exit bench's A/B rounds point it at another build (`WAYPOINT_EXT_DIR`). */
export const EXT_DIR =
  process.env.WAYPOINT_EXT_DIR ?? resolve(import.meta.dirname, '../../.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Harness {
  context: BrowserContext;
  server: FixtureServer;
  extensionId: string;
  /** The live service worker (waits for a new one after the worker was stopped). */
  worker(): Promise<Worker>;
  /** Evaluates in the service worker, where `chrome.*` is available. */
  sw<T>(fn: () => T | Promise<T>): Promise<T>;
  sw<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  /** Opens an extension page (e.g. `popup.html`) in a tab. */
  openExtensionPage(path: string): Promise<Page>;
  /** Stops every service worker through CDP, as the browser does when it idles one out. */
  stopWorkers(): Promise<void>;
  /**
   * Runs `fn(id)` in chrome://extensions, where `chrome.developerPrivate` works as the page's own
   * switches do (developer mode, "Allow in Incognito"). An unpacked extension reloaded without
   * developer mode on is disabled, so this turns it on first.
   */
  extensionsPage<T>(fn: (extensionId: string) => Promise<T>): Promise<T>;
  /** Reloads Waypoint as an update does (`runtime.reload()`) and waits for its new worker. */
  reloadExtension(): Promise<void>;
  close(): Promise<void>;
}

/** The part of chrome://extensions' private API the tests use. */
export interface DeveloperPrivate {
  updateProfileConfiguration(update: { inDeveloperMode: boolean }): Promise<void>;
  updateExtensionConfiguration(update: { extensionId: string; incognitoAccess?: boolean }): Promise<void>;
}

export interface LaunchOptions {
  lang?: string;
  /** Reuse this profile folder (kept on close) instead of a fresh one. */
  profile?: string;
  /** Launch without Waypoint (to make history before it is installed). */
  withoutExtension?: boolean;
  /** IANA zone the pages see (the popup guesses the region from it). */
  timezoneId?: string;
  args?: string[];
  /** Allow Waypoint in incognito windows, as chrome://extensions' "Allow in Incognito" does. */
  incognito?: boolean;
}

/** The id Chromium gives an unpacked extension: a SHA-256 of its folder's path, in letters a–p. */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(dir).digest('hex').slice(0, 32);
  return [...hex].map((d) => String.fromCharCode(97 + Number.parseInt(d, 16))).join('');
}

/**
 * Pre-sets "Allow in Incognito" for the unpacked build in a fresh profile: Chromium reads the
 * per-extension `incognito` flag from the profile's Preferences when it loads the extension
 * (there is no command-line switch or CDP call for it).
 */
function allowIncognito(profile: string): void {
  mkdirSync(join(profile, 'Default'), { recursive: true });
  const settings = { [unpackedExtensionId(EXT_DIR)]: { incognito: true } };
  writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({ extensions: { settings } }));
}

export async function launch(options: LaunchOptions = {}): Promise<Harness> {
  const server = await startFixtureServer();
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'waypoint-profile-'));
  if (options.incognito) allowIncognito(profile);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    locale: options.lang,
    timezoneId: options.timezoneId,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--ignore-certificate-errors',
      ...(options.withoutExtension
        ? []
        : [`--disable-extensions-except=${EXT_DIR}`, `--load-extension=${EXT_DIR}`]),
      `--host-resolver-rules=${server.resolverRules}`,
      ...(options.lang ? [`--lang=${options.lang}`] : []),
      ...(options.args ?? []),
    ],
  });
  if (options.withoutExtension) return bareHarness(context, server, profile, options);
  let current =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  context.on('serviceworker', (w) => {
    current = w;
  });
  const extensionId = new URL(current.url()).host;

  const worker = async () => {
    const alive = await Promise.race([
      current.evaluate(() => true).catch(() => false),
      new Promise<boolean>((done) => setTimeout(() => done(false), 1000)),
    ]);
    if (alive) return current;
    // Wake it with an event it listens to, then take the new worker. The wait's failure is
    // handled at once: if opening the page throws or outlasts the wait (a loaded machine, a context
    // closing), a rejection nobody has caught yet would fail the whole run.
    const waiting = context.waitForEvent('serviceworker', { timeout: 10_000 }).catch(() => undefined);
    const page = await context.newPage();
    try {
      await page.goto(`chrome-extension://${extensionId}/popup.html`).catch(() => {});
      current = (await waiting) ?? current;
    } finally {
      await page.close().catch(() => {});
    }
    return current;
  };

  const harness: Harness = {
    context,
    server,
    extensionId,
    worker,
    sw: (async (fn: (arg: unknown) => unknown, arg?: unknown) =>
      (await worker()).evaluate(fn, arg)) as Harness['sw'],
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async stopWorkers() {
      const page = context.pages()[0] ?? (await context.newPage());
      const cdp = await context.newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await cdp.detach();
    },
    async extensionsPage(fn) {
      const page = await context.newPage();
      await page.goto('chrome://extensions/');
      await page.evaluate(() =>
        (
          chrome as unknown as { developerPrivate: DeveloperPrivate }
        ).developerPrivate.updateProfileConfiguration({
          inDeveloperMode: true,
        }),
      );
      const result = await page.evaluate(fn, extensionId);
      await page.close();
      return result;
    },
    async reloadExtension() {
      const next = context.waitForEvent('serviceworker', { timeout: 15_000 });
      await harness.extensionsPage(async () => undefined);
      await current.evaluate(() => setTimeout(() => chrome.runtime.reload(), 10));
      current = await next;
    },
    async close() {
      await context.close().catch(() => {});
      await server.close();
      if (!options.profile) rmSync(profile, { recursive: true, force: true });
    },
  };
  return harness;
}

function bareHarness(
  context: BrowserContext,
  server: FixtureServer,
  profile: string,
  options: LaunchOptions,
): Harness {
  const none = () => Promise.reject(new Error('launched without the extension'));
  return {
    context,
    server,
    extensionId: '',
    worker: none,
    sw: none as Harness['sw'],
    openExtensionPage: none,
    stopWorkers: none,
    extensionsPage: none,
    reloadExtension: none,
    async close() {
      await context.close().catch(() => {});
      await server.close();
      if (!options.profile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Polls `check` until it returns a truthy value or `timeout` ms pass; returns the last value. */
export async function waitFor<T>(check: () => Promise<T> | T, timeout = 5000, every = 50): Promise<T> {
  const end = Date.now() + timeout;
  let value = await check();
  while (!value && Date.now() < end) {
    await new Promise((r) => setTimeout(r, every));
    value = await check();
  }
  return value;
}

/**
 * A clean slate between tests: one blank tab, and (unless `keepData`) empty history and settings.
 * Waits a moment first so a previous test's exit can finish before its tabs are touched.
 */
export async function resetBrowser(h: Harness, { keepData = false } = {}): Promise<void> {
  await new Promise((r) => setTimeout(r, 300));
  await h.sw(async (keep: boolean) => {
    const tabs = await chrome.tabs.query({});
    const blank = await chrome.tabs.create({ url: 'about:blank' });
    await Promise.all(
      tabs.filter((t) => t.id !== blank.id).map((t) => chrome.tabs.remove(t.id!).catch(() => {})),
    );
    if (keep) return;
    await chrome.history.deleteAll();
    await chrome.storage.local.clear();
  }, keepData);
}

/** Every URL in the profile's history. */
export function historyUrls(h: Harness): Promise<string[]> {
  return h.sw(async () => {
    const items = await chrome.history.search({ text: '', startTime: 0, maxResults: 100000 });
    return items.map((i) => i.url ?? '');
  });
}

/** URLs in the recently-closed list (tabs, and tabs inside closed windows). */
export function recentlyClosedUrls(h: Harness): Promise<string[]> {
  return h.sw(async () => {
    const sessions = await chrome.sessions.getRecentlyClosed({});
    return sessions.flatMap((s) =>
      s.tab ? [s.tab.url ?? ''] : (s.window?.tabs ?? []).map((t) => t.url ?? ''),
    );
  });
}

/**
 * A new tab opened by nobody (`context.newPage()` makes the active tab its opener, as a link
 * opened in a new tab would: after a help page, that tab would be on the help trail).
 */
export async function freshPage(h: Harness): Promise<Page> {
  const opened = h.context.waitForEvent('page');
  await h.sw(() => chrome.tabs.create({ url: 'about:blank', active: true }));
  return opened;
}

/** URLs of every open tab in every window. */
export function openTabUrls(h: Harness): Promise<string[]> {
  return h.sw(async () => (await chrome.tabs.query({})).map((t) => t.pendingUrl || t.url || ''));
}
