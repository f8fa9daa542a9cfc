/**
 * Build steps WXT doesn't do for us:
 * - the panic content script, bundled by esbuild into one tiny IIFE with no WXT runtime and no
 *   polyfill (WXT's own content-script wrapper alone would exceed the 2 KB budget);
 * - `_locales/<lang>/messages.json`, generated from the typed catalogs in `data/messages/`.
 */
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { defineWxtModule } from 'wxt/modules';
import { LOCALES, toChromeMessages } from '../data/messages';
import { CONTENT_SCRIPT_PATH } from '../lib/exit/content-script-path';

export { CONTENT_SCRIPT_PATH };
/** The content script's budget, minified: it runs in every frame of every page. */
export const CONTENT_SCRIPT_BUDGET = 2560;

/** Bundles `content/panic.ts` into one dependency-free, minified IIFE. */
export async function bundleContentScript(root: string, browser = 'chrome'): Promise<string> {
  const result = await build({
    entryPoints: [resolve(root, 'content/panic.ts')],
    bundle: true,
    minify: true,
    write: false,
    format: 'iife',
    target: ['chrome110', 'firefox115'],
    legalComments: 'none',
    define: { 'import.meta.env.FIREFOX': String(browser === 'firefox') },
    // No "use strict" prologue: bytes count in a script that runs in every frame.
    tsconfigRaw: { compilerOptions: { alwaysStrict: false } },
  });
  return result.outputFiles[0]!.text;
}

export default defineWxtModule({
  name: 'waypoint-build',
  setup(wxt) {
    wxt.hook('build:publicAssets', async (_wxt, files) => {
      files.push({
        relativeDest: CONTENT_SCRIPT_PATH,
        contents: await bundleContentScript(wxt.config.root, wxt.config.browser),
      });
      for (const [lang, catalog] of Object.entries(LOCALES)) {
        files.push({
          relativeDest: `_locales/${lang}/messages.json`,
          contents: JSON.stringify(toChromeMessages(catalog), null, 1),
        });
      }
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
  },
});
