/**
 * A discreet look in a real Firefox: the toolbar window is a working calculator with nothing of
 * Waypoint in it, and the code loads the directory (a dynamic import in a Manifest V2 page).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Harness, launch, waitFor } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(() => h?.close());

it('is a calculator until the code, then the directory', async () => {
  await h.ext(async (b) => {
    await b.storage.local.set({ settings: { version: 2, disguise: 'calculator', unlockCode: '2580' } });
  });
  const popup = await h.openExtensionPage('popup.html', true);
  const seen = await waitFor(
    () => h.ext(() => (document.querySelector('.calc') ? document.body.textContent : null), null, popup),
    15_000,
  );
  expect(seen).toBeTruthy();
  expect(seen!.toLowerCase()).not.toMatch(/waypoint|help|aide|exit/);
  expect(await waitFor(() => h.ext(() => document.title, null, popup))).toBe('Calculator');
  const press = (keys: string) =>
    h.ext(
      async (_b, list) => {
        const buttons = [...document.querySelectorAll<HTMLButtonElement>('.calc-keys button')];
        for (const k of list)
          buttons.find((x) => (x.getAttribute('aria-label') ?? x.textContent) === k)!.click();
        // The display shows the keys once Preact has rendered them.
        await new Promise((r) => setTimeout(r, 50));
        return document.querySelector('.calc-result')?.textContent ?? '';
      },
      keys.split(' '),
      popup,
    );
  expect(await press('1 2 plus 3 times 4 equals')).toBe('24');
  await press('2 5 8 1 equals');
  await new Promise((r) => setTimeout(r, 300));
  expect(await h.ext(() => Boolean(document.querySelector('input[type=search]')), null, popup)).toBe(false);
  await press('2 5 8 0 equals');
  const directory = await waitFor(() =>
    h.ext(() => document.querySelectorAll('li.card').length, null, popup),
  );
  expect(directory).toBeGreaterThan(5);
});
