/**
 * The panic exit in a real Firefox: the key sequence (over WebDriver BiDi, and typed through the
 * browser window as a keyboard does), the browser shortcut, the popup button, and what is left
 * afterwards in tabs, history and recently-closed, live and on disk once Firefox has quit.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PANIC_URLS } from '../fixtures/urls';
import {
  type ChromeGlobal,
  type Harness,
  historyUrls,
  launch,
  openTabUrls,
  recentlyClosedUrls,
  reset,
  typeInWindow,
  waitFor,
} from './harness';
import { readPlaces, sessionFileUrls } from './profile-files';

const { help: HELP, help2: HELP_2, helpSearch: HELP_SEARCH } = PANIC_URLS;
const FIELDS = PANIC_URLS.fields;
const { ordinary: ORDINARY, neutral: NEUTRAL } = PANIC_URLS;

let h: Harness;

beforeAll(async () => {
  h = await launch();
});
afterAll(() => h?.close());

beforeEach(async () => {
  // Let a previous test's exit finish before tidying up after it.
  await new Promise((r) => setTimeout(r, 300));
  await reset(h);
});

async function pressShift(page: Page, times = 3): Promise<void> {
  for (let i = 0; i < times; i++) await page.keyboard.press('Shift');
}

const helpLeft = (urls: string[]) =>
  urls.filter((u) => /sheltersafe|thehotline|domestic\+violence|moz-extension:/.test(u));

async function expectExited() {
  const tabs = await waitFor(async () => {
    const urls = await openTabUrls(h);
    return helpLeft(urls).length === 0 && urls.some((u) => u.startsWith(NEUTRAL)) ? urls : null;
  }, 8000);
  expect(tabs, 'help tabs closed and the neutral site open').toBeTruthy();
  const history = await waitFor(async () => {
    const urls = await historyUrls(h);
    return helpLeft(urls).length === 0 ? urls : null;
  }, 8000);
  expect(history, 'no help URL left in history').toBeTruthy();
  const closed = await waitFor(async () => {
    const urls = await recentlyClosedUrls(h);
    return helpLeft(urls).length === 0 ? urls : null;
  }, 5000);
  expect(closed, 'recently-closed holds no help page').toBeTruthy();
  return { tabs: tabs!, history: history!, closed: closed! };
}

/** Reports, from a page listener that runs after Waypoint's, whether the page's content still shows. */
function reportVisibility(page: Page) {
  return page.evaluate(() => {
    let shifts = 0;
    addEventListener('keydown', (e) => {
      if (e.key !== 'Shift') return;
      shifts++;
      const shown = document.querySelector('h1')!.checkVisibility();
      navigator.sendBeacon(`/beacon?firefox-press=${shifts}&shown=${shown}&title=${document.title}`);
    });
  });
}

describe('key sequence', () => {
  it('exits with focus in a cross-origin iframe', async () => {
    const page = await h.open(FIELDS);
    const frame = await waitFor(() => page.frames().find((f) => f.url().includes('frame-origin.test')));
    await frame!.focus('#inner');
    await pressShift(page);
    await expectExited();
  });

  it('exits with the keys typed through the browser window, the way a keyboard sends them', async () => {
    const page = await h.open(FIELDS);
    await page.focus('#input');
    await typeInWindow(h, ['Shift']);
    await typeInWindow(h, ['Shift']);
    await typeInWindow(h, ['Shift']);
    await expectExited();
  });

  it('hides the page in the same keydown, before any page listener runs, and gives it a neutral title', async () => {
    const page = await h.open(FIELDS);
    await reportVisibility(page);
    await page.focus('#input');
    await pressShift(page);
    const third = await waitFor(() => h.server.log.find((l) => l.includes('firefox-press=3')));
    expect(third).toContain('shown=false');
    expect(third).toMatch(/title=www\.bbc\.com$/);
    expect(h.server.log.find((l) => l.includes('firefox-press=2'))).toContain('shown=true');
    await expectExited();
  });

  it('works on a page that swallows keys and asks before unloading', async () => {
    const page = await h.open('https://sheltersafe.ca/hostile.html');
    await page.click('#input');
    await pressShift(page);
    await expectExited();
  });

  it.each([
    ['typing capitals', (p: Page) => p.keyboard.type('Hello World And Some More Capitals')],
    ['two presses', (p: Page) => pressShift(p, 2)],
    [
      'the third Shift used with another key',
      async (p: Page) => {
        await pressShift(p, 2);
        await p.keyboard.down('Shift');
        await p.keyboard.press('A');
        await p.keyboard.up('Shift');
      },
    ],
  ])('does not trigger on %s, and the page still shows', async (_name, act) => {
    const page = await h.open(FIELDS);
    await page.focus('#input');
    await act(page);
    await new Promise((r) => setTimeout(r, 600));
    expect(await openTabUrls(h)).toContain(FIELDS);
    expect(await page.evaluate(() => document.querySelector('h1')!.checkVisibility())).toBe(true);
  });
});

/**
 * Starts recording, in the browser itself, every prompt shown and every tab brought to the front
 * (in every window open now); `stop` returns what was seen.
 */
async function watchFront() {
  await h.chrome((g) => {
    const seen = { selected: [] as string[], prompts: 0 };
    const onSelect = (e: ChromeGlobal) => seen.selected.push(e.target.linkedBrowser.currentURI.spec);
    const onPrompt = () => {
      seen.prompts++;
    };
    const windows = [...g.Services.wm.getEnumerator('navigator:browser')];
    for (const w of windows) w.gBrowser.tabContainer.addEventListener('TabSelect', onSelect);
    for (const topic of ['common-dialog-loaded', 'tabmodal-dialog-loaded'])
      g.Services.obs.addObserver(onPrompt, topic);
    g.waypointWatch = { seen, windows, onSelect, onPrompt };
  });
  return {
    stop: () =>
      h.chrome((g) => {
        const { seen, windows, onSelect, onPrompt } = g.waypointWatch;
        for (const w of windows) w.gBrowser?.tabContainer.removeEventListener('TabSelect', onSelect);
        for (const topic of ['common-dialog-loaded', 'tabmodal-dialog-loaded'])
          g.Services.obs.removeObserver(onPrompt, topic);
        return seen as { selected: string[]; prompts: number };
      }),
  };
}

/** Types into a chat (the page, or its frame from `frameHost`), so that leaving it asks first. */
async function typeIn(page: Page, frameHost?: string): Promise<void> {
  const frame = frameHost
    ? await waitFor(() => page.frames().find((f) => f.url().includes(frameHost)))
    : page.mainFrame();
  await frame!.click('#message');
  await page.keyboard.type('hello, I need help');
}

const pageAt = (part: string) =>
  waitFor(async () => (await h.browser.pages()).find((p) => p.url().includes(part)));

describe('chats that warn before leaving', () => {
  it('asks nothing and brings no help tab to the front: chats in other tabs and windows, and in a frame of the tab that exits', async () => {
    await h.ext(async (b) => {
      await b.windows.create({ url: 'https://sheltersafe.ca/chat-frame.html' });
    });
    const inFrame = await pageAt('sheltersafe.ca/chat-frame.html');
    await typeIn(inFrame!, 'chat.thehotline.org');
    const chat = await h.open('https://chat.thehotline.org/chat.html');
    await typeIn(chat);
    const source = await h.open('https://www.thehotline.org/chat-frame.html');
    await typeIn(source, 'chat.thehotline.org');
    const other = await h.open('https://www.thehotline.org/chat.html');
    await typeIn(other);
    await source.bringToFront();
    await source.click('#input');
    const watch = await watchFront();
    await pressShift(source);
    await expectExited();
    await new Promise((r) => setTimeout(r, 500));
    const seen = await watch.stop();
    expect(seen.prompts, 'no "Leave page?" prompt').toBe(0);
    expect(helpLeft(seen.selected), 'no help tab brought to the front').toEqual([]);
  });
});

describe('pages that rewrite themselves with document.open()', () => {
  it('exits from a page that replaced itself, listeners and all', async () => {
    const page = await h.open('https://sheltersafe.ca/written.html');
    await waitFor(async () => (await page.title()).startsWith('Written'));
    await page.focus('#input');
    await page.keyboard.type('some text');
    await pressShift(page);
    await expectExited();
  });

  it('exits from a rich-text editor frame written with document.open/write', async () => {
    const page = await h.open('https://sheltersafe.ca/editor.html');
    const frame = await waitFor(() => page.frames().find((f) => f !== page.mainFrame()));
    await frame!.click('body');
    await page.keyboard.type('some text');
    await pressShift(page);
    await expectExited();
  });
});

describe('fewer false exits', () => {
  it.each([
    [
      'Shift+click three times',
      async (p: Page) => {
        for (let i = 0; i < 3; i++) {
          await p.keyboard.down('Shift');
          await p.click('h1');
          await p.keyboard.up('Shift');
        }
      },
    ],
    [
      'Shift+wheel three times',
      async (p: Page) => {
        await p.mouse.move(50, 50);
        for (let i = 0; i < 3; i++) {
          await p.keyboard.down('Shift');
          await p.mouse.wheel({ deltaY: 100 });
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
  ])('does not trigger on %s, and the page still shows', async (_name, act) => {
    const page = await h.open(FIELDS);
    await page.focus('#input');
    await act(page);
    await new Promise((r) => setTimeout(r, 600));
    expect(await openTabUrls(h)).toContain(FIELDS);
    expect(await page.evaluate(() => document.querySelector('h1')!.checkVisibility())).toBe(true);
  });
});

describe('Back, Forward and restore after an exit', () => {
  it('the tab the exit starts in, on an ordinary page with help pages behind it, cannot be brought back', async () => {
    const page = await h.open(HELP_SEARCH);
    await page.goto(HELP);
    await page.goto(ORDINARY);
    await pressShift(page);
    // Reads every entry of every closed tab's Back/Forward list.
    await expectExited();
  });
});

describe('an ordinary tab with a help page behind it', () => {
  it('is replaced by a fresh copy in its place, and the one it replaced cannot be brought back', async () => {
    const page = await h.open(HELP);
    // Past the trail (pages a few steps from a help page close with it): an ordinary tab again.
    const behind = await h.open(HELP_2);
    for (const step of ['a', 'b', 'c']) await behind.goto(`http://ordinary.test/step-${step}`);
    await behind.goto(ORDINARY);
    await page.bringToFront();
    await pressShift(page);
    // Reads every entry of every closed tab's Back/Forward list too.
    await expectExited();
    const copy = await waitFor(async () => {
      for (const p of await h.browser.pages()) if (p.url() === ORDINARY && p !== behind) return p;
      return undefined;
    });
    expect(copy, 'a fresh copy is open').toBeTruthy();
    expect(await copy!.evaluate(() => history.length), 'no Back history').toBe(1);
  });
});

describe('odd pages', () => {
  it('exits from an XML page (its root has no style to hide)', async () => {
    const page = await h.open('https://sheltersafe.ca/feed.xml');
    await page.mouse.click(10, 10);
    await pressShift(page);
    await expectExited();
  });
});

describe('other ways in', () => {
  it('the browser shortcut has a key on a fresh profile, and pressing it exits', async () => {
    const shortcut = await h.ext(
      async (b) => (await b.commands.getAll()).find((c) => c.name === 'panic')?.shortcut,
    );
    expect(shortcut).toBe('Alt+Shift+K');
    const page = await h.open(HELP);
    await h.open(HELP_2);
    await page.bringToFront();
    await typeInWindow(h, ['Alt', 'Shift', 'K']);
    await expectExited();
  });

  it("exits on Waypoint's own pages too (options), where the content script does not run", async () => {
    await h.open(HELP);
    const options = await h.openExtensionPage('options.html', true);
    // Rendered (the keys are listened for from the first render) and holding the focus.
    const ready = await waitFor(() =>
      h.ext(() => Boolean(document.querySelector('h1')) && document.hasFocus(), null, options),
    );
    expect(ready).toBe(true);
    await typeInWindow(h, ['Shift']);
    await typeInWindow(h, ['Shift']);
    await typeInWindow(h, ['Shift']);
    await expectExited();
  });

  it('the popup Quick exit button exits', async () => {
    await h.open(HELP);
    // In front, as the toolbar window is when it is open: shown, not a throttled background tab.
    const popup = await h.openExtensionPage('popup.html', true);
    // The popup shows Waypoint once it has read the settings (it could be behind a discreet look).
    const clicked = await waitFor(() =>
      h.ext(
        async () => {
          const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Quick exit');
          button?.click();
          return Boolean(button);
        },
        null,
        popup,
      ),
    );
    expect(clicked).toBe(true);
    await expectExited();
  });
});
// Last: it quits Firefox.
it('leaves no help page in the profile on disk once Firefox has quit', async () => {
  // Opened first: a tab opened from a help page is on its trail, and its visit goes too.
  await h.open(ORDINARY);
  const page = await h.open(HELP);
  const closing = await h.open('https://www.thehotline.org/closing');
  await closing.close();
  await page.bringToFront();
  await pressShift(page);
  await expectExited();
  await h.browser.close();
  const places = readPlaces(h.profile);
  expect(helpLeft([...places.places, ...places.visits])).toEqual([]);
  expect(places.visits).toContain(ORDINARY);
  expect(places.origins.filter((o) => /sheltersafe|thehotline/.test(o))).toEqual([]);
  const session = sessionFileUrls(h.profile);
  expect(session, 'Firefox wrote its session file').toBeTruthy();
  expect(helpLeft([...session!.open, ...session!.closed])).toEqual([]);
});
