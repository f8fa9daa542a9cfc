/**
 * The Chromium build and its store archive (`npm run zip`): nothing the browser shows about
 * Waypoint gives it away (name, description, toolbar titles, shortcut description, in every
 * language), and the archive is what the Chrome Web Store accepts.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { browserFacingTexts, manifestProblems, readBuild } from '../fixtures/manifest-checks';
import { EXT_DIR } from './harness';

const ROOT = resolve(import.meta.dirname, '../..');
const unpacked: string[] = [];
afterAll(() => {
  for (const dir of unpacked) rmSync(dir, { recursive: true, force: true });
});

describe('the Chromium build', () => {
  const build = readBuild(EXT_DIR);

  it('shows the browser only plain words, and is what the store accepts', () => {
    expect(manifestProblems(build)).toEqual([]);
  });

  it('checks every text the browser shows, in English and French', () => {
    const where = browserFacingTexts(build).map((t) => t.where);
    for (const lang of ['en', 'fr'])
      for (const field of ['name', 'description', 'action title', 'command panic'])
        expect(where).toContain(`${lang} ${field}`);
    expect(build.manifest.description).toBe('__MSG_extDescription__');
    expect(build.manifest.commands.panic.description).toBe('__MSG_commandPanic__');
  });

  it('asks for no incognito mode of its own (spanning: one quick exit for every window)', () => {
    expect(build.manifest.incognito).toBeUndefined();
  });
});

describe('npm run zip', () => {
  it('makes an archive with the manifest at its root and the same checks passing', () => {
    execFileSync('npx', ['wxt', 'zip'], {
      cwd: ROOT,
      stdio: 'ignore',
      env: { ...process.env, CI: '1', NODE_ENV: 'production' },
    });
    const zip = readdirSync(join(ROOT, '.output')).find((n) => n.endsWith('-chrome.zip'));
    expect(zip).toBeTruthy();
    const dir = mkdtempSync(join(tmpdir(), 'waypoint-zip-'));
    unpacked.push(dir);
    execFileSync('python3', ['-m', 'zipfile', '-e', join(ROOT, '.output', zip!), dir]);
    const build = readBuild(dir);
    expect(build.manifest.manifest_version).toBe(3);
    expect(manifestProblems(build)).toEqual([]);
  }, 120_000);
});
