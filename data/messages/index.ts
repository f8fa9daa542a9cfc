/** All interface catalogs, merged per language; the build writes them as `_locales`. */
import { chromeKey } from '../../lib/i18n-key';
import { uiMessagesEn } from './en';
import { uiMessagesFr } from './fr';

export const messagesEn = uiMessagesEn;
export type MessageKey = keyof typeof messagesEn;
export const messagesFr: Record<MessageKey, string> = uiMessagesFr;

export const LOCALES = { en: messagesEn, fr: messagesFr } as const;
export type Locale = keyof typeof LOCALES;

/** Chrome's `messages.json` shape. */
export function toChromeMessages(catalog: Record<string, string>): Record<string, { message: string }> {
  return Object.fromEntries(Object.entries(catalog).map(([k, v]) => [chromeKey(k), { message: v }]));
}
