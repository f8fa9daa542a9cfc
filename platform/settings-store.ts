/** Reading, saving and watching the one settings item in `storage.local` (never `sync`). */
import { browser } from 'wxt/browser';
import { type ParsedSettings, parseSettings, type Settings } from '../lib/settings/settings';
import { SETTINGS_KEY } from '../lib/settings/storage-keys';

export async function loadSettings(): Promise<ParsedSettings> {
  try {
    const stored = await browser.storage.local.get(SETTINGS_KEY);
    return parseSettings(stored[SETTINGS_KEY]);
  } catch {
    return parseSettings(undefined);
  }
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: parseSettings(settings).settings });
}

/** Calls `listener` with freshly parsed settings whenever they change; returns an unsubscribe. */
export function watchSettings(listener: (parsed: ParsedSettings) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) listener(parseSettings(changes[SETTINGS_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
