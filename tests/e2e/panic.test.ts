/// <reference types="chrome" />
/**
 * The panic exit in a real Chromium: the key sequence from every kind of focus, pages that fight
 * back, the browser shortcut's handler, the popup button, a sleeping service worker, and what is
 * left afterwards in tabs, history and recently-closed. The core shared with Firefox (Shift x3
 * from a field, help tabs closed in two windows, the neutral site with no Back history) runs
 * from `tests/scenarios/panic-core.ts` in `scenarios.test.ts`.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PANIC_URLS } from '../fixtures/urls';
import {
  freshPage,
  type Harness,
  historyUrls,
  launch,
  openTabUrls,
  recentlyClosedUrls,
  resetBrowser,
  waitFor,
} from './harness';

const { help: HELP, help2: HELP_2, helpSearch: HELP_SEARCH } = PANIC_URLS;
const { ordinary: ORDINARY, neutral: NEUTRAL } = PANIC_URLS;

let h: Harness;

beforeAll(async () => {
  h = await launch();
});
afterAll(() => h?.close());

beforeEach(async () => {
  await resetBrowser(h);
  h.server.log.length = 0;
});

/** Opens `url` in a tab of its own, opened by nobody (so not on another tab's help trail). */
async function open(url: string): Promise<Page> {
  const page = await freshPage(h);
  await page.goto(url);
  return page;
}

/** `holdMs`: how long each press holds the key (a person's tap holds it about 100 ms). */
async function pressShift(page: Page, times = 3, gapMs = 0, holdMs = 0): Promise<void> {
  for (let i = 0; i < times; i++) {
    await page.keyboard.press('Shift', { delay: holdMs });
    if (gapMs) await page.waitForTimeout(gapMs);
  }
}

const helpLeft = (urls: string[]) =>
  urls.filter((u) => /sheltersafe|thehotline|domestic\+violence|chrome-extension:/.test(u));

async function expectExited() {
  const tabs = await waitFor(async () => {
    const urls = await openTabUrls(h);
    return helpLeft(urls).length === 0 && urls.some((u) => u.startsWith(NEUTRAL)) ? urls : null;
  }, 8000);
  if (!tabs) console.log('tabs still open:', await openTabUrls(h));
  expect(tabs, 'help tabs closed and the neutral site open').toBeTruthy();
  const history = await waitFor(async () => {
    const urls = await historyUrls(h);
    return helpLeft(urls).length === 0 ? urls : null;
  }, 8000);
  expect(history, 'no help URL left in history').toBeTruthy();
  return { tabs: tabs!, history: history! };
}

describe('key sequence', () => {
  it('leaves no trace on a page until triggered: same DOM as the server sent, no attributes', async () => {
    const page = await open('https://sheltersafe.ca/fields.html');
    await page.keyboard.press('Shift');
    await page.keyboard.type('typing on the page');
    const check = await page.evaluate(async () => {
      const source = await (await fetch(location.href)).text();
      const parsed = new DOMParser().parseFromString(source, 'text/html');
      return {
        served: parsed.querySelectorAll('*').length,
        live: document.querySelectorAll('*').length,
        htmlAttributes: [...document.documentElement.attributes].map((a) => a.name),
        bodyAttributes: [...document.body.attributes].map((a) => a.name),
        title: document.title,
      };
    });
    expect(check.live).toBe(check.served);
    expect(check.htmlAttributes).toEqual(['lang']);
    expect(check.bodyAttributes).toEqual([]);
    expect(check.title).toBe('Fields on sheltersafe.ca');
  });

  it('exits with focus in a cross-origin iframe, hiding the top page too', async () => {
    const page = await open('https://sheltersafe.ca/fields.html');
    const frame = page.frameLocator('#frame');
    await frame.locator('#inner').focus();
    await pressShift(page);
    await expectExited();
  });

  it('hides the page in the same event, before any page listener runs, and gives it a neutral title', async () => {
    const page = await open('https://sheltersafe.ca/fields.html');
    await page.focus('#input');
    await pressShift(page);
    const beacon = await waitFor(() => h.server.log.find((l) => l.includes('/beacon?press=3')));
    expect(beacon).toContain('display=none');
    // Not empty: the tab strip would show the page's address instead.
    expect(beacon).toMatch(/title=www\.bbc\.com$/);
    expect(h.server.log.find((l) => l.includes('/beacon?press=2'))).toContain('display=block');
  });

  it('works on a page that swallows keys and asks before unloading', async () => {
    const page = await open('https://sheltersafe.ca/hostile.html');
    await page.click('#input');
    let dialog = false;
    page.on('dialog', (d) => {
      dialog = true;
      void d.accept();
    });
    await pressShift(page);
    await expectExited();
    expect(dialog, 'no beforeunload prompt held the exit').toBe(false);
  });

  it.each([
    ['typing capitals', async (p: Page) => p.keyboard.type('Hello World And Some More Capitals')],
    ['two presses', (p: Page) => pressShift(p, 2)],
    ['presses 3 s apart', (p: Page) => pressShift(p, 3, 3000)],
    [
      'the third Shift used with another key',
      async (p: Page) => {
        await pressShift(p, 2);
        await p.keyboard.press('Shift+A');
      },
    ],
    [
      'Shift+click three times (selecting text)',
      async (p: Page) => {
        for (let i = 0; i < 3; i++) await p.click('h1', { modifiers: ['Shift'] });
      },
    ],
    [
      'Shift+drag three times',
      async (p: Page) => {
        for (let i = 0; i < 3; i++) {
          await p.keyboard.down('Shift');
          await p.mouse.move(20, 20);
          await p.mouse.down();
          await p.mouse.move(120, 40);
          await p.mouse.up();
          await p.keyboard.up('Shift');
        }
      },
    ],
    [
      'Shift+wheel three times (scrolling sideways)',
      async (p: Page) => {
        await p.mouse.move(50, 50);
        for (let i = 0; i < 3; i++) {
          await p.keyboard.down('Shift');
          await p.mouse.wheel(0, 100);
          await p.keyboard.up('Shift');
        }
      },
    ],
    [
      'a game: W held while Shift is tapped three times',
      async (p: Page) => {
        await p.keyboard.down('w');
        await pressShift(p);
        await p.keyboard.up('w');
      },
    ],
  ])('does not trigger on %s', async (_name, act) => {
    const page = await open('https://sheltersafe.ca/fields.html');
    await page.focus('#input');
    await act(page);
    await page.waitForTimeout(600);
    expect(await openTabUrls(h)).toContain('https://sheltersafe.ca/fields.html');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).display)).not.toBe('none');
  });
});

describe('what the exit closes and forgets', () => {
  it('is harmless when triggered again during an exit', async () => {
    const page = await open(HELP);
    await open(HELP_2);
    await pressShift(page);
    await pressShift(page).catch(() => {});
    await h.sw(() => chrome.runtime.sendMessage({ type: 'panic', source: 'popup' }).catch(() => null));
    const { tabs } = await expectExited();
    expect(tabs.filter((u) => u.startsWith(NEUTRAL)).length).toBeLessThanOrEqual(2);
  });

  it('handles 50 tabs across 3 windows', async () => {
    await h.sw(async () => {
      for (let w = 0; w < 3; w++) {
        const urls = Array.from({ length: 17 }, (_, i) =>
          i % 2 ? `https://sheltersafe.ca/p${w}-${i}` : `http://ordinary.test/p${w}-${i}`,
        );
        await chrome.windows.create({ url: urls });
      }
    });
    await waitFor(async () => (await openTabUrls(h)).length >= 51, 15000);
    const page = await open(HELP);
    await pressShift(page);
    const { tabs } = await expectExited();
    const ordinary = tabs.filter((u) => u.startsWith('http://ordinary.test/'));
    // It once counted 26 under CI load: name what was open, to tell a slow tab from a closed one.
    if (ordinary.length !== 27) console.log('tabs after the exit:', tabs, 'now:', await openTabUrls(h));
    expect(ordinary.length).toBe(27);
  });
});

describe('other ways in', () => {
  it('the browser shortcut has a key on a fresh profile, and its handler exits', async () => {
    const shortcut = await h.sw(
      async () => (await chrome.commands.getAll()).find((c) => c.name === 'panic')?.shortcut,
    );
    expect(shortcut).toBeTruthy();
    await open(HELP);
    await h.sw(async () => {
      const [tab] = await chrome.tabs.query({ url: 'https://sheltersafe.ca/*' });
      // Synthetic keys never reach `commands`; dispatching the event runs our real listener.
      (
        chrome.commands.onCommand as unknown as { dispatch(name: string, tab?: chrome.tabs.Tab): void }
      ).dispatch('panic', tab);
    });
    await expectExited();
  });

  it('the popup Quick exit button exits', async () => {
    await open(HELP);
    const popup = await h.openExtensionPage('popup.html');
    // The exit closes the popup, sometimes before the click's own bookkeeping ends: that error is
    // the exit working, so it is ignored only once the popup is in fact closed.
    await popup
      .getByRole('button', { name: 'Quick exit' })
      .click()
      .catch(async (error: unknown) => {
        if (popup.isClosed()) return;
        await popup.waitForEvent('close', { timeout: 2000 }).catch(() => {
          throw error;
        });
      });
    const { tabs } = await expectExited();
    expect(tabs.some((u) => u.includes('popup.html'))).toBe(false);
  });

  it('still exits when the service worker was stopped first', async () => {
    const page = await open(HELP);
    await open(HELP_2);
    await h.stopWorkers();
    await page.bringToFront();
    await pressShift(page);
    await expectExited();
  });

  it('leaves by itself when the background does not answer within 300 ms', async () => {
    const page = await open(HELP);
    const worker = await h.worker();
    // Keep the worker's thread busy so it cannot answer.
    const busy = worker.evaluate(() => {
      const end = Date.now() + 2500;
      while (Date.now() < end) {}
    });
    await page.waitForTimeout(100);
    const navigated = page
      .waitForURL((u) => u.href.startsWith(NEUTRAL), { timeout: 2000 })
      .then(
        () => true,
        () => false,
      );
    await pressShift(page);
    expect(await navigated).toBe(true);
    await busy.catch(() => {});
    await expectExited();
  });
});

/**
 * Starts recording, in the service worker, which tabs the browser brings to the front and every
 * dialog any page opens; `stop` returns what was seen.
 */
async function watchFront(): Promise<{ stop(): Promise<{ activated: string[]; dialogs: string[] }> }> {
  const dialogs: string[] = [];
  const onDialog = (d: { type(): string; accept(): Promise<void> }) => {
    dialogs.push(d.type());
    void d.accept().catch(() => {});
  };
  h.context.on('dialog', onDialog);
  await h.sw(() => {
    const g = globalThis as unknown as { activated: number[]; onActivated?: (i: { tabId: number }) => void };
    g.activated = [];
    g.onActivated = (i) => g.activated.push(i.tabId);
    chrome.tabs.onActivated.addListener(g.onActivated);
  });
  return {
    async stop() {
      h.context.off('dialog', onDialog);
      // The address each activated tab had before the exit, read from the list taken then.
      const activated = await h.sw(async () => {
        const g = globalThis as unknown as {
          activated: number[];
          onActivated: (i: { tabId: number }) => void;
        };
        chrome.tabs.onActivated.removeListener(g.onActivated);
        return g.activated;
      });
      return { activated: activated.map((id) => before.get(id) ?? `tab ${id}`), dialogs };
    },
  };
}
let before = new Map<number, string>();
async function rememberTabs(): Promise<void> {
  const tabs = await h.sw(async () =>
    (await chrome.tabs.query({})).map((t) => [t.id!, t.url ?? ''] as const),
  );
  before = new Map(tabs);
}

describe('chats that warn before leaving', () => {
  /** Opens a chat and types in it, so that leaving it asks first (the browser wants a real keystroke). */
  async function typeIn(page: Page, frame?: string): Promise<void> {
    const target = frame ? page.frameLocator(frame).locator('#message') : page.locator('#message');
    await target.click();
    await page.keyboard.type('hello, I need help');
  }

  // Held: the tabs to close answer `quiet` while the key is down, and the exit goes on their word.
  it.each([
    ['tapped', 0],
    ['held as a person does', 200],
  ])(
    'asks nothing and brings no help tab to the front: chats in other tabs and windows, and in a frame of the tab that exits (keys %s)',
    async (_, holdMs) => {
      // Window 2: a chat, shown, and a help page holding a chat in a frame behind it.
      await h.sw(async () => {
        await chrome.windows.create({ url: 'https://sheltersafe.ca/chat-frame.html' });
      });
      const inFrame = await waitFor(() => h.context.pages().find((p) => p.url().includes('chat-frame.html')));
      await inFrame!.waitForLoadState();
      await typeIn(inFrame!, '#chat');
      const chat = await open('https://chat.thehotline.org/chat.html');
      await typeIn(chat);
      // Window 1: the tab the exit starts in, with a chat in a frame, focus on the page around it.
      const source = await open('https://www.thehotline.org/chat-frame.html');
      await typeIn(source, '#chat');
      const other = await open('https://www.thehotline.org/chat.html');
      await typeIn(other);
      await source.bringToFront();
      await source.click('#input');
      await rememberTabs();
      const watch = await watchFront();
      await pressShift(source, 3, 0, holdMs);
      await expectExited();
      await new Promise((r) => setTimeout(r, 500));
      const seen = await watch.stop();
      expect(seen.dialogs, 'no "Leave site?" prompt').toEqual([]);
      expect(helpLeft(seen.activated), 'no help tab brought to the front').toEqual([]);
    },
  );

  // Chromium: a frame nobody has used lets its beforeunload listener go once an exit may be coming
  // (it cannot ask "Leave site?", and the listener would slow its tab's closing). Used later, it
  // can never be first again, so it has its tab discarded rather than closed.
  it('a chat first typed in after a false start (a capital typed on the last press) asks nothing either', async () => {
    const chat = await open('https://chat.thehotline.org/chat.html');
    const source = await open('https://www.thehotline.org/a');
    await source.bringToFront();
    // Shift, Shift, then Shift held for a capital: the exit gets ready, then stands down.
    await source.keyboard.press('Shift');
    await source.keyboard.press('Shift');
    await source.keyboard.down('Shift');
    await source.keyboard.press('KeyA');
    await source.keyboard.up('Shift');
    await source.waitForTimeout(300);
    await chat.bringToFront();
    await typeIn(chat);
    await source.bringToFront();
    await rememberTabs();
    const watch = await watchFront();
    await pressShift(source, 3, 0, 100);
    await expectExited();
    await new Promise((r) => setTimeout(r, 500));
    const seen = await watch.stop();
    expect(seen.dialogs, 'no "Leave site?" prompt').toEqual([]);
    expect(helpLeft(seen.activated), 'no help tab brought to the front').toEqual([]);
  });

  it('the popup and the shortcut close chats without a prompt too', async () => {
    const chat = await open('https://chat.thehotline.org/chat.html');
    await typeIn(chat);
    const framed = await open('https://sheltersafe.ca/chat-frame.html');
    await typeIn(framed, '#chat');
    await open(ORDINARY);
    await rememberTabs();
    const watch = await watchFront();
    await h.sw(async () => {
      const [tab] = await chrome.tabs.query({ url: 'http://ordinary.test/*' });
      (
        chrome.commands.onCommand as unknown as { dispatch(name: string, tab?: chrome.tabs.Tab): void }
      ).dispatch('panic', tab);
    });
    await expectExited();
    await new Promise((r) => setTimeout(r, 500));
    const seen = await watch.stop();
    expect(seen.dialogs).toEqual([]);
    expect(helpLeft(seen.activated)).toEqual([]);
  });
});

describe('pages that rewrite themselves with document.open()', () => {
  it('exits from a page that replaced itself, listeners and all', async () => {
    const page = await open('https://sheltersafe.ca/written.html');
    await waitFor(() => page.title().then((t) => t.startsWith('Written')));
    await page.locator('#input').focus();
    await page.keyboard.type('some text');
    await pressShift(page);
    await expectExited();
  });

  it('exits from a rich-text editor frame written with document.open/write', async () => {
    const page = await open('https://sheltersafe.ca/editor.html');
    await page.frameLocator('#editor').locator('body').click();
    await page.keyboard.type('some text');
    await pressShift(page);
    await expectExited();
  });
});

describe('Back, Forward and restore after an exit', () => {
  /** Restores the most recently closed tab and returns its page, with its Back list. */
  async function restoreLast(): Promise<Page | undefined> {
    const opened = h.context.waitForEvent('page', { timeout: 5000 }).catch(() => undefined);
    const restored = await h.sw(async () => {
      const [last] = await chrome.sessions.getRecentlyClosed({ maxResults: 1 });
      const id = last?.tab?.sessionId ?? last?.window?.sessionId;
      return id ? Boolean(await chrome.sessions.restore(id)) : false;
    });
    return restored ? await opened : undefined;
  }

  /** Every address one can reach with Back from `page` (up to the blank page it opened with). */
  async function backList(page: Page): Promise<string[]> {
    const seen = [page.url()];
    for (let i = 0; i < 6; i++) {
      const moved = await page.goBack({ timeout: 3000 }).catch(() => null);
      if (!moved) break;
      seen.push(page.url());
    }
    return seen;
  }

  it('a help tab reached from a help search and an ordinary page: once closed, restoring it brings back no help page', async () => {
    const page = await open('http://ordinary.test/before');
    await page.goto(HELP_SEARCH);
    await page.goto(HELP);
    await pressShift(page);
    await expectExited();
    // Let the exit's tail clean recently-closed.
    await waitFor(async () => helpLeft(await recentlyClosedUrls(h)).length === 0, 5000);
    await new Promise((r) => setTimeout(r, 500));
    const restored = await restoreLast();
    const reachable = restored ? await backList(restored) : [];
    expect(helpLeft(reachable)).toEqual([]);
  });

  it('an ordinary tab with a help page behind it (another window, shown) is replaced by a fresh copy in its place', async () => {
    const page = await open(HELP);
    // Past the trail (pages a few steps from a help page close with it): an ordinary tab again.
    const behind = await open(HELP_2);
    for (const step of ['a', 'b', 'c']) await behind.goto(`http://ordinary.test/step-${step}`);
    await behind.goto(ORDINARY);
    await h.sw(async () => {
      const [tab] = await chrome.tabs.query({ url: 'http://ordinary.test/*' });
      const w = await chrome.windows.create({ url: 'http://ordinary.test/other' });
      await chrome.tabs.move(tab!.id!, { windowId: w!.id!, index: 0 });
      await chrome.tabs.update(tab!.id!, { active: true });
    });
    const before = await h.sw(async () => {
      const [tab] = await chrome.tabs.query({ url: 'http://ordinary.test/recipes' });
      return { id: tab!.id, windowId: tab!.windowId, index: tab!.index };
    });
    await page.bringToFront();
    await pressShift(page);
    await expectExited();
    const fresh = await waitFor(
      () =>
        h.sw(async (old) => {
          const [tab] = await chrome.tabs.query({ url: 'http://ordinary.test/recipes' });
          return tab && tab.id !== old
            ? { windowId: tab.windowId, index: tab.index, active: tab.active }
            : null;
        }, before.id),
      5000,
    );
    expect(fresh, 'a fresh tab at the same address, window and place, still shown').toEqual({
      windowId: before.windowId,
      index: before.index,
      active: true,
    });
    // The old tab (`behind`) may still be listed while it closes: look only at the fresh one.
    const copy = await waitFor(() =>
      h.context.pages().find((p) => p !== behind && !p.isClosed() && p.url() === ORDINARY),
    );
    expect(await copy!.evaluate(() => history.length), 'no Back history').toBe(1);
  });

  it('Chromium drops a help address from open tabs’ Back lists and closed tabs once its history is deleted while present (what the exit relies on)', async () => {
    const open1 = await open('http://ordinary.test/a');
    await open1.goto('https://sheltersafe.ca/back');
    await open1.goto('http://ordinary.test/b');
    const closing = await open('http://ordinary.test/c');
    await closing.goto('https://sheltersafe.ca/back');
    await closing.goto('http://ordinary.test/d');
    await closing.close();
    await new Promise((r) => setTimeout(r, 300));
    await h.sw(async (url) => {
      await chrome.history.addUrl({ url });
      await chrome.history.deleteUrl({ url });
    }, 'https://sheltersafe.ca/back');
    await new Promise((r) => setTimeout(r, 300));
    expect(await backList(open1)).toEqual(['http://ordinary.test/b', 'http://ordinary.test/a']);
    const restored = await restoreLast();
    expect(restored && (await backList(restored))).toEqual([
      'http://ordinary.test/d',
      'http://ordinary.test/c',
    ]);
  });
});

describe('where the keys cannot reach', () => {
  const dispatchOn = (urlPattern: string) =>
    h.sw(async (pattern) => {
      const [tab] = await chrome.tabs.query({ url: pattern });
      (
        chrome.commands.onCommand as unknown as { dispatch(name: string, tab?: chrome.tabs.Tab): void }
      ).dispatch('panic', tab);
    }, urlPattern);

  it('the shortcut exits from a PDF in the browser’s viewer', async () => {
    await open(HELP);
    const pdf = await open('https://sheltersafe.ca/plan/inline.pdf');
    await pdf.bringToFront();
    await dispatchOn('https://sheltersafe.ca/plan/*');
    const { tabs } = await expectExited();
    expect(tabs.some((u) => u.endsWith('.pdf'))).toBe(false);
  });

  it('the shortcut exits from the new tab page, which it closes as the tab it started from', async () => {
    await open(HELP);
    await h.sw(async () => {
      await chrome.tabs.create({ url: 'chrome://newtab/' });
    });
    await waitFor(async () => (await openTabUrls(h)).some((u) => u.startsWith('chrome://new')));
    await dispatchOn('chrome://*/*');
    await expectExited();
    // The help tabs may go first: the new tab page closes right behind them, not with them.
    const left = await waitFor(async () => !(await openTabUrls(h)).some((u) => u.startsWith('chrome://new')));
    expect(left).toBe(true);
  });

  it('the popup tells the person, on such a tab, that the keys do not work there and names the shortcut', async () => {
    await open('https://sheltersafe.ca/plan/inline.pdf');
    const popup = await h.sw(async () => {
      await chrome.windows.create({ url: chrome.runtime.getURL('popup.html'), type: 'popup' });
    });
    void popup;
    const page = await waitFor(() => h.context.pages().find((p) => p.url().endsWith('popup.html')));
    const notice = page!.getByRole('status').filter({ hasText: 'Alt+Shift+K' });
    await notice.first().waitFor({ timeout: 5000 });
    expect(await notice.first().textContent()).toMatch(/PDF|this page/i);
  });
});

describe('odd pages', () => {
  it('from a sandboxed frame with the background hung, the frame leaves at once and the exit follows when the background answers', async () => {
    const page = await open('https://sheltersafe.ca/sandboxed.html');
    const frame = page.frames().find((f) => f !== page.mainFrame())!;
    await frame.focus('#inner');
    const worker = await h.worker();
    const busy = worker.evaluate(() => {
      const end = Date.now() + 2500;
      while (Date.now() < end) {}
    });
    await page.waitForTimeout(100);
    await pressShift(page);
    // The sandbox keeps the frame from moving the page (README, "What Waypoint cannot remove").
    await waitFor(() => frame.url().startsWith(NEUTRAL), 2000);
    expect(frame.url()).toMatch(/^https:\/\/www\.bbc\.com/);
    await busy.catch(() => {});
    await expectExited();
  });

  it('exits from an XML page (its root has no style to hide)', async () => {
    const page = await open('https://sheltersafe.ca/feed.xml');
    await page.mouse.click(10, 10);
    await pressShift(page);
    await expectExited();
  });
});

describe('a worker stopped in the middle of an exit', () => {
  it('finishes the exit when it wakes: help tabs close and history is clean', async () => {
    const page = await open(HELP);
    await open(HELP_2);
    // Tabs cannot close in this worker (a call that never returns), as if it stopped right there.
    await h.sw(() => {
      (chrome.tabs as unknown as { remove: () => Promise<void> }).remove = () => new Promise(() => {});
    });
    await page.bringToFront();
    await pressShift(page);
    // The note is written first without the neutral tab, then again once that tab has opened.
    const note = await waitFor(async () => {
      const n = await h.sw(
        async () => (await chrome.storage.session.get('exitInFlight')).exitInFlight as { neutral?: number },
      );
      return n?.neutral ? n : null;
    }, 5000);
    expect(note?.neutral, 'the neutral tab opened before the stop').toBeTruthy();
    expect(helpLeft(await openTabUrls(h)).length).toBeGreaterThan(0);
    await h.stopWorkers();
    // Woken by anything it listens to; `sw` wakes it with an extension page.
    await expectExited();
    const neutralTabs = (await openTabUrls(h)).filter((u) => u.startsWith(NEUTRAL));
    expect(neutralTabs.length, 'no second neutral tab').toBe(1);
    // The note goes last, after the slower tail (history, recently-closed, the sweep) is done.
    const cleared = await waitFor(
      async () =>
        (await h.sw(async () => (await chrome.storage.session.get('exitInFlight')).exitInFlight)) ===
        undefined,
      10000,
    );
    expect(cleared, 'the note is gone once the exit has finished').toBe(true);
  });
});
