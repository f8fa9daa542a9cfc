/**
 * What a shared browser scenario (`tests/scenarios/*.ts`) asks of a browser. Chromium satisfies
 * it through Playwright (`tests/e2e/driver.ts`), Firefox through WebDriver BiDi
 * (`tests/e2e-firefox/driver.ts`); each is built on its suite's harness. Every read (tabs,
 * history, recently-closed, visits) is made by the browser itself, not through Waypoint.
 */
import type { Browser as WebExtBrowser } from '../../platform/browser-type';
import type { FixtureServer } from '../e2e/fixture-server';

/** One tab the scenario drives. */
export interface Tab {
  /**
   * Goes to `url` in this tab by the automation protocol. Browsers record such a visit
   * differently: Chromium as typed, Firefox (over BiDi) as a followed link; where that matters,
   * use `typeAddress`. `commit`: Chromium may return once the navigation commits rather than
   * when the page has loaded (quicker for long runs); Firefox always waits for load.
   */
  goto(url: string, options?: { commit?: boolean }): Promise<void>;
  /** Goes to `url` as a person typing it into the address bar does, and waits for it to load. */
  typeAddress(url: string): Promise<void>;
  /** Clicks the link at `selector` and waits until this tab is at `url`. */
  follow(selector: string, url: string): Promise<void>;
  /** Focuses the element at `selector` (in the page itself, not in a frame). */
  focus(selector: string): Promise<void>;
  /** Types `text` into the focused element, key by key. */
  type(text: string): Promise<void>;
  /** Presses Shift alone `times` times, as the quick-exit sequence does. */
  pressShift(times?: number): Promise<void>;
  /** Brings this tab to the front of its window. */
  bringToFront(): Promise<void>;
  /** Runs `fn` in the page. */
  evaluate<T>(fn: () => T | Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface Driver {
  readonly name: 'chromium' | 'firefox';
  /** The fixture sites every host resolves to (pages can be given titles and bodies). */
  readonly server: FixtureServer;
  /** A new blank tab opened by nobody (so on no other tab's help trail). */
  newTab(): Promise<Tab>;
  /** Opens a new window with a tab at each of `urls`. */
  openWindow(urls: string[]): Promise<void>;
  /** How many browser windows are open. */
  windowCount(): Promise<number>;
  /** The open tab whose address starts with `prefix`, if any. */
  tabAt(prefix: string): Promise<Tab | undefined>;
  /** Opens one of Waypoint's own pages (`popup.html`) in a tab, then closes it. */
  visitExtensionPage(path: string): Promise<void>;
  /** URLs of every open tab in every window. */
  openTabUrls(): Promise<string[]>;
  /** Every URL with a visit in history. */
  historyUrls(): Promise<string[]>;
  /** URLs in the recently-closed lists (closed tabs and the tabs of closed windows). */
  recentlyClosedUrls(): Promise<string[]>;
  /** How many visits of `url` history holds. */
  visitCount(url: string): Promise<number>;
  /**
   * Runs `fn` with Waypoint's extension API (`chrome` in the Chromium service worker, `browser`
   * in a Firefox add-on page); `arg` and the result go through JSON.
   */
  ext<T, A = null>(fn: (api: WebExtBrowser, arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /**
   * A clean slate: one blank tab, empty history and an empty server log, after a moment for a
   * previous test's work to finish. A scenario that changes Waypoint's settings restores them.
   */
  reset(): Promise<void>;
  close(): Promise<void>;
}

export type DriverFactory = () => Promise<Driver>;
