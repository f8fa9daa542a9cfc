/**
 * Wiring only: listeners registered synchronously (so events wake the service worker), each
 * handing over to the cleaner or the panic exit in `platform/`, which follow plans from `lib/`.
 */
import { browser } from 'wxt/browser';
import { allSiteRules } from '../lib/help-sites';
import { parseMessage } from '../lib/messages';
import { createCleaner } from '../platform/cleaner';
import { applyDisguise } from '../platform/disguise';
import { createPanic } from '../platform/panic';
import { settingsCache } from '../platform/settings-cache';
import { matcherCache } from '../platform/trace-matcher';

const SWEEP_ALARM = 'sweep';
const SWEEP_MINUTES = 15;

export default defineBackground(() => {
  const settings = settingsCache();
  const matchers = matcherCache(browser);
  const matcher = async () => matchers((await settings.get()).userSites);
  const rules = async () => allSiteRules((await settings.get()).userSites);
  const cleaner = createCleaner({ browser, settings: settings.get, matcher, rules });
  const panic = createPanic({
    browser,
    settings: settings.get,
    isTrace: async () => (await matcher()).isTrace,
    sweep: cleaner.sweep,
    forgetClosed: cleaner.forgetClosed,
  });
  const sweep = () => void cleaner.sweep().catch(() => {});

  browser.history.onVisited.addListener((item) => void cleaner.onUrl(item.url));
  // Single-page apps change the URL without a new visit event in every browser.
  browser.tabs.onUpdated.addListener((_id, change) => {
    if (change.url) void cleaner.onUrl(change.url);
  });
  browser.downloads?.onCreated.addListener((item) => void cleaner.onDownload(item));
  browser.downloads?.onChanged.addListener(async (delta) => {
    if (!delta.state?.current || delta.state.current === 'in_progress') return;
    const [item] = await browser.downloads.search({ id: delta.id });
    if (item) await cleaner.onDownload(item);
  });
  browser.permissions.onAdded.addListener(sweep);
  // A closed tab or window goes to recently-closed a moment after the event: look shortly after.
  let forgetTimer: ReturnType<typeof setTimeout> | undefined;
  const forgetSoon = () => {
    clearTimeout(forgetTimer);
    forgetTimer = setTimeout(() => void cleaner.forgetClosed().catch(() => {}), 150);
  };
  browser.tabs.onRemoved.addListener(forgetSoon);
  browser.windows.onRemoved.addListener(forgetSoon);

  browser.runtime.onStartup.addListener(sweep);
  browser.runtime.onInstalled.addListener(sweep);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SWEEP_ALARM) sweep();
  });
  void browser.alarms.get(SWEEP_ALARM).then((a) => {
    if (!a) return browser.alarms.create(SWEEP_ALARM, { periodInMinutes: SWEEP_MINUTES });
  });
  settings.onChange((next, previous) => {
    if (JSON.stringify(next.userSites) !== JSON.stringify(previous?.userSites)) sweep();
    if (next.disguise !== previous?.disguise) void applyDisguise(browser, next.disguise);
  });
  // The toolbar look is not kept by the browser across restarts: apply it whenever we start.
  void settings.get().then((s) => applyDisguise(browser, s.disguise));

  browser.commands.onCommand.addListener((name, tab) => {
    if (name === 'panic') void panic({ sourceTabId: tab?.id, sourceWindowId: tab?.windowId });
  });

  browser.runtime.onMessage.addListener((raw, sender) => {
    const message = parseMessage(raw);
    if (!message) return undefined;
    if (message.type === 'panic') {
      const tabId = sender.tab?.id;
      // A frame inside the page started it: hide the top frame too, at once.
      if (tabId !== undefined && sender.frameId)
        browser.tabs.sendMessage(tabId, { type: 'hide' }, { frameId: 0 }).catch(() => {});
      return new Promise((resolve) => {
        const onNeutralOpened = () => resolve({ ok: true });
        const started =
          tabId !== undefined
            ? panic({ sourceTabId: tabId, sourceWindowId: sender.tab?.windowId, onNeutralOpened })
            : activeTabId().then((sourceTabId) => panic({ sourceTabId, onNeutralOpened }));
        started.catch(() => resolve({ ok: false }));
      });
    }
    if (message.type === 'getStatus') return status();
    return undefined;
  });

  async function activeTabId(): Promise<number | undefined> {
    const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id;
  }

  async function status() {
    const [commands, session] = await Promise.all([
      browser.commands.getAll(),
      browser.storage.session?.get(cleaner.COUNT_KEY).catch(() => ({})) ?? {},
    ]);
    const count = (session as Record<string, unknown>)[cleaner.COUNT_KEY];
    return {
      shortcut: commands.find((c) => c.name === 'panic')?.shortcut ?? '',
      removedThisSession: typeof count === 'number' ? count : 0,
    };
  }
});
