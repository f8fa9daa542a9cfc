/** `storage.local` key of the settings item. Never `storage.sync`: sync would copy settings to every signed-in device. */
export const SETTINGS_KEY = 'settings';
