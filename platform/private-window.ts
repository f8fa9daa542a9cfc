/**
 * Opening a help site (or, in Firefox, a guide) in a private window, so nothing is written to
 * history in the first place. Only when the browser lets Waypoint run in private windows: then
 * its quick exit works there too. Without that, Chromium gives the extension no handle on the
 * window it would open (`windows.create` answers null), so Waypoint does not try.
 */
import type { Browser } from './browser-type';

/** Whether the browser lets Waypoint run in private windows (off unless the person allowed it). */
export async function privateWindowsAllowed(browser: Browser): Promise<boolean> {
  return browser.extension.isAllowedIncognitoAccess().catch(() => false);
}

export type PrivateOpen = 'opened' | 'not-allowed' | 'failed';

export async function openPrivately(browser: Browser, url: string): Promise<PrivateOpen> {
  if (!(await privateWindowsAllowed(browser))) return 'not-allowed';
  try {
    // One private window is enough: a second help page opens as a tab in it.
    const windows = await browser.windows.getAll({ windowTypes: ['normal'] });
    const open = windows.find((w) => w.incognito && w.id !== undefined);
    if (open) {
      await browser.tabs.create({ windowId: open.id, url, active: true });
      await browser.windows.update(open.id!, { focused: true });
      return 'opened';
    }
    const created = await browser.windows.create({ incognito: true, url });
    return created ? 'opened' : 'failed';
  } catch {
    return 'failed';
  }
}

/** Guides are Waypoint's own pages: Chromium cannot show an extension's pages in an incognito
 * window unless the extension runs split in two (which would split the quick exit too), so only
 * Firefox offers to open them privately. Their history entries are removed either way. */
export const GUIDES_OPEN_PRIVATELY = import.meta.env.FIREFOX;
