/**
 * The background's parts, put together: settings, matcher, cleaner, panic exit and message
 * handlers. `entrypoints/background.ts` only registers listeners that call into what this returns.
 */
import type { Settings } from '../lib/settings/settings';
import type { Browser } from './browser-type';
import { createCleaner } from './cleaner';
import { applyDisguise } from './disguise';
import { createHandlers } from './handlers';
import { injectIntoOpenTabs } from './inject';
import { createOldCopies } from './old-copies';
import { createPanic } from './panic';
import { ignore } from './quiet';
import { settingsCache } from './settings-cache';
import { createTabTrail } from './tab-trail';
import { matcherCache, siteRules } from './trace-matcher';

const SWEEP_ALARM = 'sweep';
const SWEEP_MINUTES = 15;

export function createBackgroundApp(browser: Browser) {
  const settings = settingsCache();
  const matchers = matcherCache(browser);
  const matcher = async () => matchers((await settings.get()).userSites);
  const rules = async () => siteRules((await settings.get()).userSites);
  const cleaner = createCleaner({ browser, settings: settings.get, matcher, rules });
  const trail = createTabTrail({ browser, matcher, cleaner });
  const oldCopies = createOldCopies(browser);
  const panic = createPanic({
    browser,
    settings: settings.get,
    isTrace: async () => (await matcher()).isTrace,
    helpTabs: trail.trailTabs,
    // Open tabs with a help page one Back or Forward press away: replaced by a fresh copy.
    helpHistoryTabs: trail.helpHistoryTabs,
    sweep: cleaner.sweep,
    forgetClosed: cleaner.forgetClosed,
    oldCopies: oldCopies.list,
  });
  const handlers = createHandlers({ browser, panic, arm: panic.arm, cleaner });
  const sweep = () => void cleaner.sweep().catch(ignore);

  const onSettingsChange = (next: Settings, previous: Settings | undefined) => {
    if (JSON.stringify(next.userSites) !== JSON.stringify(previous?.userSites)) sweep();
    if (next.disguise !== previous?.disguise) void applyDisguise(browser, next.disguise);
  };

  return {
    cleaner,
    trail,
    handlers,
    sweep,
    onAlarm: (alarm: { name: string }) => {
      if (alarm.name === SWEEP_ALARM) sweep();
    },
    onCommand: (name: string, tab?: { id?: number; windowId?: number }) => {
      if (name === 'panic') void panic({ sourceTabId: tab?.id, sourceWindowId: tab?.windowId });
    },
    onInstalled: ({ reason }: { reason: string }) => {
      sweep();
      // Listed before the fresh copy goes in: every tab open now may hold an old one.
      void oldCopies.onInstalled(reason).catch(ignore);
      void injectIntoOpenTabs(browser, reason);
    },
    /** Work to start once the listeners are registered. */
    start: () => {
      // A worker stopped in the middle of an exit wakes here: finish it.
      void panic.resume().catch(ignore);
      void browser.alarms.get(SWEEP_ALARM).then((a) => {
        if (!a) return browser.alarms.create(SWEEP_ALARM, { periodInMinutes: SWEEP_MINUTES });
      });
      settings.onChange(onSettingsChange);
      // The toolbar look is not kept by the browser across restarts: apply it whenever we start.
      void settings.get().then((s) => applyDisguise(browser, s.disguise));
    },
  };
}
