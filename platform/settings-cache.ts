/** The background's view of settings: read once, kept current by `storage.onChanged`. */
import type { Settings } from '../lib/settings/settings';
import { loadSettings, watchSettings } from './settings-store';

export function settingsCache() {
  let current: Promise<Settings> | undefined;
  const listeners: ((next: Settings, previous: Settings | undefined) => void)[] = [];
  watchSettings(async ({ settings }) => {
    const previous = current ? await current : undefined;
    current = Promise.resolve(settings);
    for (const listener of listeners) listener(settings, previous);
  });
  return {
    get: (): Promise<Settings> => {
      current ??= loadSettings().then((p) => p.settings);
      return current;
    },
    onChange: (listener: (next: Settings, previous: Settings | undefined) => void) => {
      listeners.push(listener);
    },
  };
}
