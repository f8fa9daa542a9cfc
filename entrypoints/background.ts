/**
 * Wiring only: listeners registered synchronously (so events wake the service worker), each
 * calling into the parts `platform/background-app.ts` puts together.
 */
import { browser } from 'wxt/browser';
import { dispatch } from '../lib/messages';
import { createBackgroundApp } from '../platform/background-app';

export default defineBackground(() => {
  const app = createBackgroundApp(browser);
  const { cleaner, trail } = app;

  browser.history.onVisited.addListener((item) => void cleaner.onUrl(item.url, item.title));
  // Firefox tells when a stored title arrives; Chromium's tabs report it below.
  const history = browser.history as typeof browser.history & {
    onTitleChanged?: { addListener(fn: (item: { url: string; title: string }) => void): void };
  };
  history.onTitleChanged?.addListener((item) => void cleaner.onUrl(item.url, item.title));
  // Single-page apps change the URL without a new visit event in every browser; titles arrive
  // after the visit; the trail follows each tab.
  browser.tabs.onUpdated.addListener((id, change, tab) => {
    if (change.url) void cleaner.onUrl(change.url);
    trail.onUpdated(id, change, tab);
  });
  // Chromium only: whether a trail page was reached by a link or typed (its history cannot tell).
  browser.webNavigation?.onCommitted.addListener(trail.onCommitted);
  browser.webNavigation?.onHistoryStateUpdated.addListener(trail.onCommitted);
  browser.tabs.onCreated.addListener(trail.onCreated);
  browser.tabs.onReplaced?.addListener(trail.onReplaced);
  browser.tabs.onRemoved.addListener(trail.onRemoved);
  browser.downloads?.onCreated.addListener((item) => void cleaner.onDownload(item));
  browser.downloads?.onChanged.addListener((delta) => void cleaner.onDownloadChanged(delta));
  browser.permissions.onAdded.addListener(app.sweep);
  browser.tabs.onRemoved.addListener(cleaner.forgetSoon);
  browser.windows.onRemoved.addListener(cleaner.forgetSoon);
  browser.runtime.onStartup.addListener(app.sweep);
  browser.runtime.onInstalled.addListener(app.onInstalled);
  browser.alarms.onAlarm.addListener(app.onAlarm);
  browser.commands.onCommand.addListener(app.onCommand);
  browser.runtime.onMessage.addListener((raw, sender) => dispatch(app.handlers, raw, sender));
  app.start();
});
