/**
 * Whether the quick-exit keys can work on the page a tab shows. Browsers run no extension script
 * in their PDF viewer, their own pages (new tab, settings), other extensions' pages or their
 * add-on stores, so the keys are never heard there: the browser shortcut and the popup's button
 * still work, and the person must be told so at that moment.
 */

export type KeyReach = 'keys' | 'pdf' | 'browser-page';

/** Hosts where browsers let no extension script run: their add-on stores and accounts pages. */
const SHIELDED_HOSTS = ['chromewebstore.google.com', 'addons.mozilla.org', 'accounts.firefox.com'];

/**
 * `url`: the tab's address; `ownOrigin`: Waypoint's own pages' origin (they listen for the keys
 * themselves). An unknown address is given the benefit of the doubt: nothing to warn about.
 */
export function keyReach(url: string | undefined, ownOrigin: string): KeyReach {
  if (!url || url.startsWith(ownOrigin)) return 'keys';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'keys';
  }
  if (/\.pdf$/i.test(parsed.pathname)) return 'pdf';
  const web = parsed.protocol === 'http:' || parsed.protocol === 'https:';
  const store = parsed.hostname === 'chrome.google.com' && parsed.pathname.startsWith('/webstore');
  if (!web || store || SHIELDED_HOSTS.includes(parsed.hostname)) return 'browser-page';
  return 'keys';
}
