/** Whether the browser lets Waypoint run in private windows (off unless the person allowed it). */
import { browser } from 'wxt/browser';

export async function privateWindowsAllowed(): Promise<boolean> {
  try {
    return await browser.extension.isAllowedIncognitoAccess();
  } catch {
    return false;
  }
}
