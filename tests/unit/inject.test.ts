import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from '../../platform/browser-type';
import { injectIntoOpenTabs } from '../../platform/inject';

function browserWith(tabs: { id?: number; discarded?: boolean }[]) {
  const executeScript = vi.fn(async (_: object) => []);
  const query = vi.fn(async (q: { discarded?: boolean }) =>
    tabs.filter((t) => !q.discarded === !t.discarded),
  );
  const browser = { ...fakeBrowser, tabs: { ...fakeBrowser.tabs, query }, scripting: { executeScript } };
  return { browser: browser as unknown as Browser, executeScript };
}

beforeEach(() => fakeBrowser.reset());

describe('injectIntoOpenTabs', () => {
  it.each(['install', 'update'])(
    'on %s, puts the exit into every frame of every open tab at once',
    async (reason) => {
      const { browser, executeScript } = browserWith([{ id: 1 }, { id: 2 }, { id: 3, discarded: true }, {}]);
      await injectIntoOpenTabs(browser, reason);
      expect(executeScript.mock.calls.map(([call]) => call)).toEqual(
        [1, 2].map((tabId) => ({
          target: { tabId, allFrames: true },
          files: ['content-scripts/panic.js'],
          injectImmediately: true,
        })),
      );
    },
  );

  it.each(['chrome_update', 'shared_module_update'])(
    'on %s (not our own change), does nothing',
    async (reason) => {
      const { browser, executeScript } = browserWith([{ id: 1 }]);
      await injectIntoOpenTabs(browser, reason);
      expect(executeScript).not.toHaveBeenCalled();
    },
  );

  it('a page that cannot be scripted does not stop the others', async () => {
    const { browser, executeScript } = browserWith([{ id: 1 }, { id: 2 }]);
    executeScript.mockRejectedValueOnce(new Error('Cannot access a chrome:// URL'));
    await injectIntoOpenTabs(browser, 'update');
    expect(executeScript).toHaveBeenCalledTimes(2);
  });
});
