/**
 * Puts the exit into the tabs already open when Waypoint is installed or updated. Chromium runs a
 * manifest's content scripts only in pages loaded afterwards, and an update leaves the old copy
 * orphaned: without this, Shift ×3 on those pages could only leave by itself. Firefox injects
 * the manifest's content scripts into open tabs itself.
 */
import { CONTENT_SCRIPT_PATH } from '../lib/exit/content-script-path';
import type { Browser } from './browser-type';
import { ignore } from './quiet';

/** Reasons `runtime.onInstalled` gives when this extension itself changed. */
const OWN_CHANGES = ['install', 'update'];

export async function injectIntoOpenTabs(browser: Browser, reason: string): Promise<void> {
  if (import.meta.env.FIREFOX || !OWN_CHANGES.includes(reason) || !browser.scripting) return;
  // A discarded tab loads afresh, with the manifest's script, when it is shown again.
  const tabs = await browser.tabs.query({ discarded: false }).catch(() => []);
  await Promise.all(
    tabs.map((t) =>
      t.id === undefined
        ? undefined
        : browser.scripting
            .executeScript({
              target: { tabId: t.id, allFrames: true },
              // Written by our build module, so WXT's list of known files does not name it.
              files: [CONTENT_SCRIPT_PATH as never],
              injectImmediately: true,
            })
            // Pages no extension may script (the browser's own, the web store): nothing to do.
            .catch(ignore),
    ),
  );
}
