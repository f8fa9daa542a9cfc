/**
 * Draws Waypoint's toolbar icons (the default and the discreet looks) as PNGs with Debian's
 * Chromium. Run once after changing a drawing: `npx tsx scripts/make-icons.ts`; the PNGs are
 * committed in `public/`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';

const ICONS: Record<string, string> = {
  waypoint: `<rect x="4" y="4" width="120" height="120" rx="28" fill="#0b57a4"/>
    <path d="M64 22c-17 0-30 13-30 30 0 22 30 54 30 54s30-32 30-54c0-17-13-30-30-30z" fill="#fff"/>
    <circle cx="64" cy="52" r="11" fill="#0b57a4"/>`,
  notes: `<rect x="18" y="8" width="92" height="112" rx="10" fill="#f6c945"/>
    <rect x="18" y="8" width="92" height="22" rx="10" fill="#d9a514"/>
    <g stroke="#7a5a00" stroke-width="6" stroke-linecap="round"><path d="M34 52h60M34 72h60M34 92h40"/></g>`,
  calculator: `<rect x="20" y="6" width="88" height="116" rx="12" fill="#4b5563"/>
    <rect x="32" y="18" width="64" height="24" rx="4" fill="#d1fae5"/>
    <g fill="#e5e7eb">${[0, 1, 2]
      .flatMap((r) =>
        [0, 1, 2].map((c) => `<rect x="${32 + c * 23}" y="${52 + r * 22}" width="18" height="16" rx="3"/>`),
      )
      .join('')}</g>`,
  converter: `<rect x="8" y="8" width="112" height="112" rx="24" fill="#0f766e"/>
    <g stroke="#fff" stroke-width="10" stroke-linecap="round" stroke-linejoin="round" fill="none">
      <path d="M30 46h64M78 30l16 16-16 16"/><path d="M98 82H34M50 66 34 82l16 16"/></g>`,
};

const SIZES = [16, 32, 48, 128];

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const [name, body] of Object.entries(ICONS)) {
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<style>*{margin:0}svg{display:block}</style><svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 128 128">${body}</svg>`,
    );
    const png = await page.locator('svg').screenshot({ omitBackground: true });
    const dir = resolve(import.meta.dirname, '..', 'public', name === 'waypoint' ? 'icon' : 'disguise');
    mkdirSync(dir, { recursive: true });
    writeFileSync(resolve(dir, name === 'waypoint' ? `${size}.png` : `${name}-${size}.png`), png);
  }
}
await browser.close();
