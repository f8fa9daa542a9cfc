/**
 * Tabs open when Waypoint was installed or updated. Their pages may still run the copy of the exit
 * from before (orphaned: it cannot hear the background), and only that copy, the first one in,
 * can stop the page's own "Leave site?": it learns of the exit from the hidden page's title, never
 * from a message. The exit must therefore hide those tabs, not only tell them to keep quiet. Kept
 * in `storage.session` (memory only), since the worker may stop in between.
 */
import type { Browser } from './browser-type';
import { ignore } from './quiet';

const KEY = 'oldCopies';
/** Reasons `runtime.onInstalled` gives when this extension itself changed. */
const OWN_CHANGES = ['install', 'update'];

export function createOldCopies(browser: Browser) {
  const store = browser.storage.session;
  return {
    /** Remembers every tab open now, on our own install or update. */
    onInstalled: async (reason: string): Promise<void> => {
      if (!OWN_CHANGES.includes(reason) || !store) return;
      const tabs = await browser.tabs.query({}).catch(() => []);
      const found = await store.get(KEY).catch(() => undefined);
      const before = Array.isArray(found?.[KEY]) ? (found[KEY] as number[]) : [];
      const ids = tabs.flatMap((t) => (t.id === undefined ? [] : [t.id]));
      await store.set({ [KEY]: [...new Set([...before, ...ids])] }).catch(ignore);
    },
    list: async (): Promise<ReadonlySet<number>> => {
      const found = await store?.get(KEY);
      return new Set(Array.isArray(found?.[KEY]) ? (found[KEY] as number[]) : []);
    },
  };
}
