import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Harness, historyUrls, launch, waitFor } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(() => h?.close());

it('loads fixture sites and records history', async () => {
  const page = await h.context.newPage();
  await page.goto('http://ordinary.test/hello');
  expect(await page.title()).toBe('ordinary.test/hello');
  await page.goto('https://www.google.com/search?q=pizza');
  expect(await page.title()).toContain('www.google.com/search?q=pizza');
  const urls = await waitFor(async () => {
    const u = await historyUrls(h);
    return u.length >= 2 ? u : null;
  });
  expect(urls).toContain('http://ordinary.test/hello');
});
