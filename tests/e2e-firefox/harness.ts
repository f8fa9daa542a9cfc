/**
 * Launches Debian's Firefox ESR over WebDriver BiDi (puppeteer-core) with the built Firefox
 * add-on installed as a temporary add-on, every host sent to the local fixture sites through
 * `proxy.ts`, and two ways in besides pages:
 * - `chrome()`: privileged script in a browser window (Firefox's `-remote-allow-system-access`),
 *   to read tabs, history (Places) and recently-closed (SessionStore) independently of the
 *   add-on, and to type keys the way a keyboard does (through the browser window, where add-on
 *   shortcuts live; keys sent to a page over BiDi never reach them);
 * - `ext()`: script in an add-on page, with the add-on's `browser.*`. Firefox keeps the
 *   background page out of reach of WebDriver, so this stands in for the Chromium harness's `sw`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { Browser as WebExtBrowser } from '../../platform/browser-type';
import { type FixtureServer, startFixtureServer } from '../e2e/fixture-server';
import { startFixtureProxy } from './proxy';

export const EXT_DIR =
  process.env.WAYPOINT_FIREFOX_EXT || resolve(import.meta.dirname, '../../.output/firefox-mv2');
export const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

/** The privileged globals of a browser window that the helpers use (all loosely typed). */
// biome-ignore lint/suspicious/noExplicitAny: Firefox's chrome globals have no TypeScript types.
export type ChromeGlobal = Record<string, any>;

export interface Harness {
  browser: Browser;
  server: FixtureServer;
  /** The profile folder (kept after `close` when passed in). */
  profile: string;
  extensionId: string;
  /** `moz-extension://<uuid>/` of this install. */
  extensionBase: string;
  /** Runs `fn(window, arg)` in a browser window with chrome privileges; `arg` and the result go through JSON. */
  chrome<T, A = null>(fn: (g: ChromeGlobal, arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /**
   * Runs `fn(browser, arg)` in an add-on page: the one whose BiDi `context` is given, or any
   * (a popup page opened in a background tab when none is open).
   */
  ext<T, A = null>(
    fn: (browser: WebExtBrowser, arg: A) => T | Promise<T>,
    arg?: A,
    context?: string,
  ): Promise<T>;
  /** Opens an add-on page (`options.html`) in a tab, in front or behind; returns its BiDi context. */
  openExtensionPage(path: string, front?: boolean): Promise<string>;
  /** Opens `url` in a new tab and waits for it to load. */
  open(url: string): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Reuse this profile folder (kept on close) instead of a fresh one. */
  profile?: string;
  /** Launch without Waypoint (install it later with `install`). */
  withoutExtension?: boolean;
}

function prefs(proxyPort: number): Record<string, unknown> {
  return {
    // Every request, whatever the host, goes to the fixture proxy (Firefox has no resolver rules).
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    // http://ordinary.test/ must stay http (HTTPS-First would upgrade it: the proxy serves both).
    'dom.security.https_first': false,
    'dom.security.https_first_schemeless': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    // Quiet background traffic that would otherwise reach the fixture sites.
    'browser.region.network.url': '',
    'browser.topsites.contile.enabled': false,
  };
}

type Send = (method: string, params: object) => Promise<{ result: Record<string, unknown> }>;
type Context = { context: string; url: string; children?: Context[] | null };

export async function launch(options: LaunchOptions = {}): Promise<Harness & { install(): Promise<void> }> {
  const server = await startFixtureServer();
  const proxy = await startFixtureProxy(server.httpPort, server.httpsPort);
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'waypoint-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: profile,
    acceptInsecureCerts: true,
    args: ['-remote-allow-system-access'],
    extraPrefsFirefox: prefs(proxy.port),
  });
  // puppeteer-core keeps the raw BiDi connection internal; chrome scope needs raw commands.
  const connection = (browser as unknown as { connection: { send: Send } }).connection;
  const send: Send = (method, params) => connection.send(method, params);

  const tree = async (scope?: 'chrome'): Promise<Context[]> => {
    const { result } = await send('browsingContext.getTree', scope ? { 'moz:scope': scope } : {});
    return result.contexts as Context[];
  };

  async function call(context: string, source: string): Promise<unknown> {
    const { result } = await send('script.callFunction', {
      functionDeclaration: source,
      target: { context },
      awaitPromise: true,
      resultOwnership: 'none',
    });
    if (result.type === 'exception') {
      const details = result.exceptionDetails as { text?: string };
      throw new Error(`in browser: ${details.text ?? 'exception'}`);
    }
    const value = (result.result as { value?: string }).value;
    return value === undefined ? undefined : JSON.parse(value);
  }

  const wrap = (fn: string, first: string, arg: unknown) =>
    `async function () { const r = await (${fn})(${first}, ${JSON.stringify(arg ?? null)}); return JSON.stringify(r === undefined ? null : r); }`;

  const chrome: Harness['chrome'] = async (fn, arg) => {
    const [window] = await tree('chrome');
    return call(window!.context, wrap(fn.toString(), 'window', arg)) as never;
  };

  const harness: Harness & { install(): Promise<void> } = {
    browser,
    server,
    profile,
    extensionId: '',
    extensionBase: '',
    chrome,
    async ext(fn, arg, page) {
      const base = harness.extensionBase;
      const context =
        page ??
        (await tree()).find((c) => c.url.startsWith(base))?.context ??
        (await harness.openExtensionPage('popup.html'));
      return call(context, wrap(fn.toString(), 'browser', arg)) as never;
    },
    async openExtensionPage(path, front = false) {
      const url = `${harness.extensionBase}${path}`;
      if (!harness.extensionBase) throw new Error('launched without the extension');
      // The new page's context, not an older tab showing the same page.
      const before = new Set((await tree()).map((c) => c.context));
      // BiDi refuses to navigate to add-on pages; the browser window opens them as a link would.
      await chrome(
        (g, tab) => {
          const w = g.Services.wm.getMostRecentWindow('navigator:browser');
          const triggeringPrincipal = g.Services.scriptSecurityManager.getSystemPrincipal();
          const opened = w.gBrowser.addTab(tab.url, { triggeringPrincipal, inBackground: !tab.front });
          if (tab.front) w.gBrowser.selectedTab = opened;
        },
        { url, front },
      );
      const context = await waitFor(
        async () => (await tree()).find((c) => c.url === url && !before.has(c.context))?.context,
        // A loaded 2-core machine has taken over 10 s to list a new add-on page.
        20_000,
      );
      if (!context) throw new Error(`${path} did not open`);
      // Selected, but hidden to its own document in headless Firefox until BiDi activates it: a
      // hidden page's timers are throttled to one a second, and it renders in seconds, not at once
      // as the page a person opens does.
      if (front) await send('browsingContext.activate', { context });
      // The page's `browser` appears with its document.
      await waitFor(() => call(context, 'function () { return JSON.stringify(Boolean(window.browser)); }'));
      return context;
    },
    async open(url) {
      const page = await browser.newPage();
      await page.goto(url);
      return page;
    },
    async install() {
      harness.extensionId = await browser.installExtension(EXT_DIR);
      harness.extensionBase = await chrome(
        (g, id) => `moz-extension://${g.WebExtensionPolicy.getByID(id).mozExtensionHostname}/`,
        harness.extensionId,
      );
      // Ready when the background answers a message.
      const ready = await waitFor(
        () => harness.ext((b) => b.runtime.sendMessage({ type: 'getStatus' })).catch(() => null),
        10_000,
      );
      if (!ready) throw new Error('the background page never answered');
    },
    async close() {
      await browser.close().catch(() => {});
      await proxy.close();
      await server.close();
      if (!options.profile) rmSync(profile, { recursive: true, force: true });
    },
  };
  if (!options.withoutExtension) await harness.install();
  return harness;
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

/** URLs of every open tab in every window (as the browser shows them, not as the add-on sees them). */
export function openTabUrls(h: Harness): Promise<string[]> {
  return h.chrome((g) =>
    [...g.Services.wm.getEnumerator('navigator:browser')].flatMap((w: ChromeGlobal) =>
      w.gBrowser.tabs.map((t: ChromeGlobal) => t.linkedBrowser.currentURI.spec as string),
    ),
  );
}

/** Every URL with a visit in Places (the history database), read directly. */
export function historyUrls(h: Harness): Promise<string[]> {
  return h.chrome(async (g) => {
    const { PlacesUtils } = g.ChromeUtils.importESModule('resource://gre/modules/PlacesUtils.sys.mjs');
    const db = await PlacesUtils.promiseDBConnection();
    const rows = await db.execute(
      'SELECT DISTINCT p.url FROM moz_places p JOIN moz_historyvisits v ON v.place_id = p.id',
    );
    return rows.map((r: ChromeGlobal) => r.getResultByName('url') as string);
  });
}

/**
 * Every URL in the recently-closed lists, read from SessionStore itself: the closed tabs of open
 * windows and the tabs (and closed tabs) of closed windows, each with its whole Back/Forward list.
 */
export function recentlyClosedUrls(h: Harness): Promise<string[]> {
  return h.chrome((g) => {
    const { SessionStore } = g.ChromeUtils.importESModule(
      'resource:///modules/sessionstore/SessionStore.sys.mjs',
    );
    type Tab = { state?: { entries?: { url?: string }[] }; entries?: { url?: string }[] };
    const urls = (tab: Tab) => (tab.state?.entries ?? tab.entries ?? []).map((e) => e.url ?? '');
    const tabs: Tab[] = SessionStore.getClosedTabData({ closedTabsFromAllWindows: true });
    const windows: { tabs?: Tab[]; _closedTabs?: Tab[] }[] = SessionStore.getClosedWindowData();
    return [
      ...tabs.flatMap(urls),
      ...windows.flatMap((w) => [...(w.tabs ?? []), ...(w._closedTabs ?? [])].flatMap(urls)),
    ];
  });
}

/** Closes every tab and window but one blank tab, and empties history and recently-closed. */
export async function reset(h: Harness): Promise<void> {
  const keep = await h.browser.newPage();
  await Promise.all(
    (await h.browser.pages()).filter((p) => p !== keep).map((p) => p.close().catch(() => {})),
  );
  await h.chrome(async (g) => {
    const { PlacesUtils } = g.ChromeUtils.importESModule('resource://gre/modules/PlacesUtils.sys.mjs');
    await PlacesUtils.history.clear();
    // What Clear History does to the recently-closed lists.
    g.Services.obs.notifyObservers(null, 'browser:purge-session-history');
  });
  h.server.log.length = 0;
}

/**
 * Types keys into the front browser window as a keyboard does: trusted events that go through
 * the window's add-on shortcuts and on to the focused page, each key held 50 ms (keydown and
 * keyup sent in one go would reach the page before it has repainted, which a hand never does).
 * `keys` are `KeyboardEvent.key` values; modifiers are held until the end (`['Alt', 'Shift',
 * 'K']` is Alt+Shift+K).
 */
export function typeInWindow(h: Harness, keys: string[]): Promise<void> {
  return h.chrome(async (g, list) => {
    const w = g.Services.wm.getMostRecentWindow('navigator:browser');
    const tip = g.Cc['@mozilla.org/text-input-processor;1'].createInstance(g.Ci.nsITextInputProcessor);
    if (!tip.beginInputTransactionForTests(w)) throw new Error('no input transaction');
    const codes: Record<string, [string, number]> = {
      Alt: ['AltLeft', 18],
      Shift: ['ShiftLeft', 16],
      Control: ['ControlLeft', 17],
    };
    const event = (key: string) => {
      const [code, keyCode] = codes[key] ?? [`Key${key.toUpperCase()}`, key.toUpperCase().charCodeAt(0)];
      return new w.KeyboardEvent('', { key, code, keyCode });
    };
    const hold = () => new Promise((done) => w.setTimeout(done, 50));
    const held: string[] = [];
    for (const key of list) {
      tip.keydown(event(key));
      await hold();
      if (key in codes) held.push(key);
      else tip.keyup(event(key));
    }
    for (const key of held.reverse()) tip.keyup(event(key));
    await hold();
  }, keys);
}
