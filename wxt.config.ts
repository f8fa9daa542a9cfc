import { existsSync } from 'node:fs';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { HELP_SEARCH_NAMES } from './data/help-search-names';
import { HELP_SITE_LIST } from './data/help-site-list';
import { vocabularyModule } from './lib/traces/help-vocabulary';
import { namesModule } from './lib/traces/name-form';
import { sitesModule } from './lib/traces/site-form';
import { MIN_CHROME, MIN_FIREFOX } from './modules/waypoint-build';

// Dev mode opens a browser with Waypoint loaded; on a machine without a display it prints where
// the build is instead. Debian's Chromium is used when present (it is on CI and this machine).
const hasDisplay =
  process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

/**
 * Shared chunks and styles of the pages are named by their hash only: a module's name
 * ("QuickExitButton", "directory") would otherwise show in the extension's file list and in the
 * scripts of a page behind a discreet look. WXT sets the pages' names at build time, so this
 * rewrites them as Rollup writes its output.
 */
const hashOnlyChunkNames: Plugin = {
  name: 'waypoint-hash-only-chunk-names',
  apply: 'build',
  outputOptions(options) {
    if (options.chunkFileNames !== 'chunks/[name]-[hash].js') return null;
    return { ...options, chunkFileNames: 'chunks/[hash].js', assetFileNames: 'assets/[hash].[ext]' };
  },
};

/**
 * The help vocabulary is compiled here, in Node, once per build: the background script gets the
 * compiled form (`lib/traces/vocabulary-form.ts`) in place of the phrase lists and their
 * compiler, and a woken worker reads it instead of compiling 18,000 phrases. The services' names
 * go in folded and front-coded (`lib/traces/name-form.ts`), and the help sites front-coded by
 * their hosts' reversed labels (`lib/traces/site-form.ts`).
 */
const compiledVocabulary: Plugin = {
  name: 'waypoint-compiled-vocabulary',
  enforce: 'pre',
  load(id) {
    const path = id.split('?')[0]!.replace(/\\/g, '/');
    if (path.endsWith('/lib/traces/help-vocabulary.ts')) return vocabularyModule();
    if (path.endsWith('/data/help-search-names.ts')) return namesModule(HELP_SEARCH_NAMES);
    if (path.endsWith('/data/help-site-list.ts')) return sitesModule(HELP_SITE_LIST);
    return null;
  },
};

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact(), hashOnlyChunkNames, compiledVocabulary] }),
  webExt: {
    disabled: !hasDisplay,
    ...(chromium ? { binaries: { chrome: chromium } } : {}),
  },
  manifest: ({ browser }) => ({
    name: 'Waypoint',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // The content script is compiled for exactly these (modules/waypoint-build.ts).
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: String(MIN_CHROME) }),
    // Each permission's reason is in the README. Chromium alone needs `scripting` and host access
    // to put the exit into tabs already open at install or update (Firefox does that itself).
    permissions: [
      'storage',
      'tabs',
      'history',
      'sessions',
      'alarms',
      ...(browser === 'firefox' ? [] : ['scripting', 'webNavigation']),
    ],
    ...(browser === 'firefox' ? {} : { host_permissions: ['<all_urls>'] }),
    optional_permissions: ['downloads', 'browsingData'],
    // The toolbar button as it shows before the background applies a discreet look. (Manifest
    // V2 calls it `browser_action`; WXT does not carry these fields over from `action`.)
    [browser === 'firefox' ? 'browser_action' : 'action']: {
      default_title: 'Waypoint',
      default_icon: { 16: 'icon/16.png', 32: 'icon/32.png' },
    },
    commands: {
      panic: {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_commandPanic__',
      },
    },
    // Firefox gets WXT's default, Manifest V2 (README, "Firefox"): its content-script origins
    // cannot be switched off the way MV3 host permissions can, which would silently disable the
    // panic keys, and its background page stays loaded.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              // A GUID that says nothing: the id shows in about:support, about:debugging and
              // file names in the profile folder.
              id: '{7ae1e910-e59e-4b8f-8150-0acc396d448d}',
              // 140 (ESR) is the first Firefox that reads data_collection_permissions.
              strict_min_version: `${MIN_FIREFOX}.0`,
              data_collection_permissions: { required: ['none'] },
            },
            // Only to state the version that reads data_collection_permissions on Android;
            // Waypoint needs history, sessions and commands, which Firefox for Android lacks.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
