/**
 * Build steps WXT doesn't do for us:
 * - the panic content script, bundled by esbuild into one tiny IIFE with no WXT runtime and no
 *   polyfill (WXT's own content-script wrapper alone is ~2.8–3.6 KB, more than the whole script);
 * - `_locales/<lang>/messages.json`, generated from the typed catalogs in `data/messages/`.
 * Both are produced for `wxt build` and, under `wxt` (dev), again whenever a file they are made
 * from changes, followed by an extension reload, so dev never runs a stale script or string.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { build } from 'esbuild';
import type { Wxt } from 'wxt';
import { defineWxtModule } from 'wxt/modules';
import { CONTENT_SCRIPT_PATH } from '../lib/exit/content-script-path';

export { CONTENT_SCRIPT_PATH };
/**
 * The content script's budget, minified: it runs in every frame of every page. 2.625 KB: 2.5 KB
 * held until the exit's frames learned to let their `beforeunload` listener go (about 120 bytes,
 * for tabs that close on the browser's fast path).
 */
export const CONTENT_SCRIPT_BUDGET = 2688;

/** Oldest browsers the manifests accept; the bundle is compiled for exactly these. */
export const MIN_CHROME = 120;
export const MIN_FIREFOX = 140;

/** Bundles `content/panic.ts` into one dependency-free, minified IIFE for one browser. */
export async function bundleContentScript(root: string, browser = 'chrome'): Promise<string> {
  const firefox = browser === 'firefox';
  const result = await build({
    entryPoints: [resolve(root, 'content/panic.ts')],
    bundle: true,
    minify: true,
    write: false,
    format: 'iife',
    target: firefox ? `firefox${MIN_FIREFOX}` : `chrome${MIN_CHROME}`,
    legalComments: 'none',
    define: { 'import.meta.env.FIREFOX': String(firefox) },
    // No "use strict" prologue: bytes count in a script that runs in every frame.
    tsconfigRaw: { compilerOptions: { alwaysStrict: false } },
  });
  return result.outputFiles[0]!.text;
}

/** The generated files: the content script and one `messages.json` per language. */
async function generatedFiles(root: string, browser: string): Promise<{ path: string; contents: string }[]> {
  // Bundled and imported afresh on each call, so an edited catalog is read again in dev.
  const bundled = await build({
    entryPoints: [resolve(root, 'data/messages/index.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
  });
  const source = Buffer.from(bundled.outputFiles[0]!.text).toString('base64');
  const { LOCALES, toChromeMessages } = (await import(
    `data:text/javascript;base64,${source}`
  )) as typeof import('../data/messages');
  return [
    { path: CONTENT_SCRIPT_PATH, contents: await bundleContentScript(root, browser) },
    ...Object.entries(LOCALES).map(([lang, catalog]) => ({
      path: `_locales/${lang}/messages.json`,
      contents: JSON.stringify(toChromeMessages(catalog), null, 1),
    })),
  ];
}

/** Sources of the generated files: an edit under these rebuilds them in dev. */
const WATCHED = ['content', 'lib/exit', 'lib/settings', 'data/messages', 'data/guides'];

function watchInDev(wxt: Wxt): void {
  wxt.hook('server:started', (_wxt, server) => {
    const root = wxt.config.root;
    server.watcher.add(WATCHED.map((dir) => resolve(root, dir)));
    let queued: Promise<void> = Promise.resolve();
    server.watcher.on('change', (file: string) => {
      if (!WATCHED.some((dir) => !relative(resolve(root, dir), file).startsWith('..'))) return;
      queued = queued.then(async () => {
        let changed = false;
        for (const { path, contents } of await generatedFiles(root, wxt.config.browser)) {
          const target = resolve(wxt.config.outDir, path);
          if ((await readFile(target, 'utf8').catch(() => '')) === contents) continue;
          await mkdir(dirname(target), { recursive: true });
          await writeFile(target, contents);
          changed = true;
        }
        if (changed) server.reloadExtension();
      });
    });
  });
}

export default defineWxtModule({
  name: 'waypoint-build',
  setup(wxt) {
    wxt.hook('build:publicAssets', async (_wxt, files) => {
      for (const { path, contents } of await generatedFiles(wxt.config.root, wxt.config.browser))
        files.push({ relativeDest: path, contents });
    });
    wxt.hook('build:manifestGenerated', (_wxt, manifest) => {
      manifest.content_scripts = [
        ...(manifest.content_scripts ?? []),
        {
          matches: ['<all_urls>'],
          js: [CONTENT_SCRIPT_PATH],
          all_frames: true,
          match_about_blank: true,
          run_at: 'document_start',
          // Chromium: also run in about:blank/srcdoc/blob frames whose opener is a page.
          ...(wxt.config.browser === 'firefox' ? {} : { match_origin_as_fallback: true }),
        },
      ];
    });
    watchInDev(wxt);
  },
});
