/**
 * The Firefox build and its archive for addons.mozilla.org (`npm run zip:firefox`): nothing the
 * browser shows about Waypoint gives it away (about:addons, the shortcuts page, the toolbar), in
 * every language, and the archive is what the store accepts (`npm run lint:firefox` then lints it).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { manifestProblems, readBuild } from '../fixtures/manifest-checks';
import { EXT_DIR } from './harness';

const ROOT = resolve(import.meta.dirname, '../..');
const unpacked: string[] = [];
afterAll(() => {
  for (const dir of unpacked) rmSync(dir, { recursive: true, force: true });
});

describe('the Firefox build', () => {
  it('shows the browser only plain words, and is what the store accepts', () => {
    const build = readBuild(EXT_DIR);
    expect(build.manifest.manifest_version).toBe(2);
    expect(build.manifest.browser_action.default_title).toBe('Waypoint');
    expect(manifestProblems(build)).toEqual([]);
  });
});

describe('npm run zip:firefox', () => {
  it('makes the add-on archive (checked the same way) and the sources archive AMO asks for', () => {
    execFileSync('npx', ['wxt', 'zip', '-b', 'firefox'], {
      cwd: ROOT,
      stdio: 'ignore',
      env: { ...process.env, CI: '1', NODE_ENV: 'production' },
    });
    const files = readdirSync(join(ROOT, '.output'));
    const zip = files.find((n) => n.endsWith('-firefox.zip'));
    expect(zip).toBeTruthy();
    expect(files.some((n) => n.endsWith('-sources.zip'))).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'waypoint-firefox-zip-'));
    unpacked.push(dir);
    execFileSync('python3', ['-m', 'zipfile', '-e', join(ROOT, '.output', zip!), dir]);
    const build = readBuild(dir);
    expect(build.manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({
      required: ['none'],
    });
    expect(manifestProblems(build)).toEqual([]);
  }, 120_000);
});
