import { launch } from './tests/e2e/harness';

const h = await launch({ timezoneId: 'America/Toronto' });
const set = (s: object) =>
  h.sw(async (v) => {
    await chrome.storage.local.set({ settings: v });
  }, s);
for (const look of ['calculator', 'notes', 'converter']) {
  await set({ version: 2, disguise: look, unlockCode: look === 'notes' ? 'marigold' : '2580' });
  const p = await h.openExtensionPage('popup.html');
  await p.setViewportSize({ width: 340, height: 480 });
  await p.waitForTimeout(500);
  await p.screenshot({ path: `/tmp/cdx/${look}.png` });
  console.log(
    look,
    await p.title(),
    (await p.locator('body').innerText()).slice(0, 200).replace(/\n/g, ' | '),
  );
  const o = await h.openExtensionPage('options.html#new-code');
  await o.waitForTimeout(500);
  await o.screenshot({ path: `/tmp/cdx/${look}-options.png`, fullPage: true });
}
await h.close();
