import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Size budgets of the built extension (KB = 1024 bytes), shared by the Chromium and Firefox tests. */

/** The popup's scripts before its first paint: no more than before the directory grew (issue 13). */
export const POPUP_FIRST_PAINT_BUDGET = 127 * 1024;

/** The background script: the cleaner, the exit and the messages, without the directory. */
export const BACKGROUND_BUDGET = 40 * 1024;

/**
 * Whether the background still reads the directory for resource names (until a curated names
 * module replaces it in `platform/trace-matcher.ts`); the background budget applies once it doesn't.
 */
export function backgroundLoadsDirectory(root: string): boolean {
  return readFileSync(resolve(root, 'platform/trace-matcher.ts'), 'utf8').includes('data/directory');
}
