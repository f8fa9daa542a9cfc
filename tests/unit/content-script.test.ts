/**
 * The content script runs in every frame of every page: it must stay tiny, self-contained and
 * silent until the person acts.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleContentScript, CONTENT_SCRIPT_BUDGET } from '../../modules/waypoint-build';

const root = resolve(import.meta.dirname, '../..');

describe.each(['chrome', 'firefox'])('content script bundle (%s)', async (browser) => {
  const code = await bundleContentScript(root, browser);

  it(`fits the ${CONTENT_SCRIPT_BUDGET}-byte budget`, () => {
    expect(code.length).toBeLessThanOrEqual(CONTENT_SCRIPT_BUDGET);
  });

  it('pulls in no polyfill, framework or search library', () => {
    for (const marker of ['webextension-polyfill', 'preact', 'Fuse', '__vite', 'wxt'])
      expect(code).not.toContain(marker);
  });

  it('defines no globals: everything lives inside one IIFE', () => {
    expect(code.startsWith('(()=>{')).toBe(true);
    expect(code.trimEnd().endsWith('})();')).toBe(true);
  });
});
