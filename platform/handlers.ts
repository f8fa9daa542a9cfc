/** The background's answers to the message protocol (`lib/messages.ts`), one handler per request. */
import type { Handlers } from '../lib/messages';
import type { Browser } from './browser-type';
import type { Cleaner } from './cleaner';
import type { PanicRequest } from './panic';
import { ignore } from './quiet';

/** What the background knows about a message's sender (`runtime.MessageSender`). */
export interface Sender {
  tab?: { id?: number; windowId?: number };
  frameId?: number;
}

export interface HandlerDeps {
  browser: Browser;
  panic: (request: PanicRequest) => Promise<void>;
  /** The last press of the exit's keys is down in the sender's tab: get ready. */
  arm?: (request: { sourceTabId?: number }) => Promise<void>;
  cleaner: Pick<Cleaner, 'removedThisSession'>;
}

export function createHandlers({ browser, panic, arm, cleaner }: HandlerDeps): Handlers<Sender> {
  return {
    panic: async (_message, sender) => {
      const tabId = sender.tab?.id;
      // The reply is the content script's "all is well": it goes as soon as the neutral site is
      // opening, not when the whole exit is done.
      return new Promise((resolve) => {
        const onNeutralOpened = () => resolve({ ok: true });
        const started =
          tabId !== undefined
            ? panic({ sourceTabId: tabId, sourceWindowId: sender.tab?.windowId, onNeutralOpened })
            : activeTabId(browser).then((sourceTabId) => panic({ sourceTabId, onNeutralOpened }));
        started.catch(() => resolve({ ok: false }));
      });
    },
    // No answer to wait for: the content script goes on at once.
    arm: async (_message, sender) => {
      void arm?.({ sourceTabId: sender.tab?.id }).catch(ignore);
      return undefined;
    },
    getStatus: async () => ({ removedThisSession: await cleaner.removedThisSession() }),
  };
}

/** The tab the person is looking at (for exits started from the popup, which has no tab). */
async function activeTabId(browser: Browser): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id;
}
