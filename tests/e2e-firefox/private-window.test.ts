/**
 * Opening help privately in a real Firefox. Without "Run in Private Windows", the popup says why
 * and how to allow it and opens nothing; once allowed (granted here the way about:addons does:
 * the hidden `internal:privateBrowsingAllowed` permission, then a reload of the add-on), a
 * resource's website and a guide open in a private window, nothing reaches history, and the
 * browser shortcut's exit closes them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_RESOURCES as RESOURCES } from '../../data/directory';
import { type Harness, historyUrls, launch, typeInWindow, waitFor } from './harness';

const KHP = RESOURCES.find((r) => r.id === 'kids-help-phone')!;
let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(() => h?.close());

/** Tabs of private windows, as Firefox itself sees them. */
const privateTabs = () =>
  h.chrome(async (g) => {
    const { PrivateBrowsingUtils } = g.ChromeUtils.importESModule(
      'resource://gre/modules/PrivateBrowsingUtils.sys.mjs',
    );
    return [...g.Services.wm.getEnumerator('navigator:browser')]
      .filter((w) => PrivateBrowsingUtils.isWindowPrivate(w))
      .flatMap((w) =>
        w.gBrowser.tabs.map((t: Record<string, Record<string, unknown>>) => ({
          url: (t.linkedBrowser!.currentURI as { spec: string }).spec,
          title: t.linkedBrowser!.contentTitle as string,
        })),
      );
  });

/** Opens the popup in a tab, searches, and clicks a card's private-window button. */
async function clickPrivate(query: string, card: string): Promise<{ popup: string; alert: string | null }> {
  const popup = await h.openExtensionPage('popup.html', true);
  const rendered = await waitFor(() =>
    h.ext(() => Boolean(document.querySelector('input[type=search]')), null, popup),
  );
  expect(rendered, 'the popup shows its search field').toBe(true);
  await h.ext(
    (_b, q) => {
      const input = document.querySelector<HTMLInputElement>('input[type=search]')!;
      input.value = q;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    },
    query,
    popup,
  );
  const clicked = await waitFor(() =>
    h.ext(
      (_b, id) => {
        const button = document.querySelector<HTMLButtonElement>(`li.card[data-id="${id}"] .action-private`);
        button?.click();
        return Boolean(button);
      },
      card,
      popup,
    ),
  );
  expect(clicked, `a private-window button on ${card}`).toBe(true);
  await new Promise((r) => setTimeout(r, 500));
  const alert = await h
    .ext(() => document.querySelector('[role=alert]')?.textContent ?? null, null, popup)
    .catch(() => null);
  return { popup, alert };
}

describe('not allowed in private windows (the default)', () => {
  it('says why and how to allow it, for a website and for a guide, and opens nothing', async () => {
    expect(await h.ext((b) => b.extension.isAllowedIncognitoAccess())).toBe(false);
    const site = await clickPrivate('kids help phone', KHP.id);
    expect(site.alert).toContain('about:addons');
    expect(site.alert).toContain('Run in Private Windows');
    const guide = await clickPrivate('safety plan', 'guide:safety_plan');
    expect(guide.alert).toContain('about:addons');
    expect(await privateTabs()).toEqual([]);
  });
});

describe('allowed in private windows', () => {
  beforeAll(async () => {
    await h.chrome(async (g, id) => {
      const { ExtensionPermissions } = g.ChromeUtils.importESModule(
        'resource://gre/modules/ExtensionPermissions.sys.mjs',
      );
      const { AddonManager } = g.ChromeUtils.importESModule('resource://gre/modules/AddonManager.sys.mjs');
      await ExtensionPermissions.add(id, { permissions: ['internal:privateBrowsingAllowed'], origins: [] });
      await (await AddonManager.getAddonByID(id)).reload();
    }, h.extensionId);
    const ready = await waitFor(
      () => h.ext((b) => b.runtime.sendMessage({ type: 'getStatus' })).catch(() => null),
      10_000,
    );
    expect(ready, 'the add-on is back after its reload').toBeTruthy();
  });

  it('opens a website and a guide in a private window, writes no history, and the exit closes them', async () => {
    expect(await h.ext((b) => b.extension.isAllowedIncognitoAccess())).toBe(true);
    const site = await clickPrivate('kids help phone', KHP.id);
    expect(site.alert).toBeNull();
    const guide = await clickPrivate('safety plan', 'guide:safety_plan');
    expect(guide.alert).toBeNull();
    const tabs = await waitFor(async () => {
      const all = await privateTabs();
      return all.some((t) => t.url === KHP.website) &&
        all.some((t) => t.title && t.url.endsWith('#safety_plan'))
        ? all
        : null;
    }, 8000);
    expect(tabs, 'the website and the guide, loaded in private tabs').toBeTruthy();
    expect(
      tabs!.filter((t) => t.url.startsWith('http') || t.url.startsWith('moz-extension')),
      JSON.stringify(tabs),
    ).toHaveLength(2);
    expect(await historyUrls(h)).not.toContain(KHP.website);

    // The browser shortcut, typed in the private window, closes its help tabs.
    await typeInWindow(h, ['Alt', 'Shift', 'K']);
    const helpTabs = (tabs: { url: string }[]) =>
      tabs.filter((t) => /kidshelpphone|moz-extension:/.test(t.url));
    const left = await waitFor(async () => (helpTabs(await privateTabs()).length === 0 ? true : null), 8000);
    expect(left, 'no private help tab left').toBe(true);
    // The ordinary site opened where the person was: in the private window.
    // (A new tab reads about:blank until its first page commits, so wait for it to arrive.)
    const neutral = await waitFor(async () => {
      const urls = (await privateTabs()).map((t) => t.url);
      return urls.includes('https://www.bbc.com/weather') ? urls : null;
    }, 8000);
    expect(neutral, 'the neutral site, in the private window').toBeTruthy();
  });
});
