/** The notepad look's text in `storage.local` (its own key, never `sync`). */
import { browser } from 'wxt/browser';
import { NOTES_KEY, parseNotes } from '../lib/disguise/notes';
import { ignore } from './quiet';

export async function loadNotes(): Promise<string> {
  try {
    return parseNotes((await browser.storage.local.get(NOTES_KEY))[NOTES_KEY]);
  } catch {
    return '';
  }
}

export function saveNotes(text: string): Promise<void> {
  return browser.storage.local.set({ [NOTES_KEY]: parseNotes(text) }).catch(ignore);
}
