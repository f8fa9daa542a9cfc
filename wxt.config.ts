import { existsSync } from 'node:fs';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Dev mode opens a browser with Waypoint loaded; on a machine without a display it prints where
// the build is instead. Debian's Chromium is used when present (it is on CI and this machine).
const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

export default defineConfig({
  // The e2e variant (one extra permission, see below) builds beside the real one, never over it.
  outDir: process.env.WAYPOINT_E2E ? '.output/e2e' : '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  webExt: {
    disabled: !hasDisplay,
    ...(chromium ? { binaries: { chrome: chromium } } : {}),
  },
  manifest: ({ browser }) => ({
    name: 'Waypoint',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Each permission's reason is in the README. `sessions` is only needed where Firefox offers
    // forgetClosedTab; the e2e build adds it in Chromium so tests can read recently-closed.
    permissions: [
      'storage',
      'tabs',
      'history',
      'alarms',
      ...(browser === 'firefox' || process.env.WAYPOINT_E2E ? ['sessions'] : []),
    ],
    optional_permissions: ['downloads', 'browsingData'],
    action: { default_title: 'Waypoint' },
    commands: {
      panic: {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_commandPanic__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'waypoint@waypoint.invalid',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
