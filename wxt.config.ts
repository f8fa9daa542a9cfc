import { existsSync } from 'node:fs';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Dev mode opens a browser with Waypoint loaded; on a machine without a display it prints where
// the build is instead. Debian's Chromium is used when present (it is on CI and this machine).
const hasDisplay =
  process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

export default defineConfig({
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
    // Each permission's reason is in the README.
    permissions: ['storage', 'tabs', 'history', 'sessions', 'alarms'],
    optional_permissions: ['downloads', 'browsingData'],
    action: { default_title: 'Waypoint', default_icon: { 16: 'icon/16.png', 32: 'icon/32.png' } },
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
