/** What every Waypoint page (popup, options, guide) shares: its language, labels and mounting. */
import { type ComponentType, render } from 'preact';
import { makeLabels } from '../lib/directory/labels';
import { lookUp, uiLang } from './i18n';

/** The interface language, read once per page. */
export const lang = uiLang();

/** Labels for kinds, audiences, regions and languages in that language. */
export const labels = makeLabels(lookUp, lang);

/** Marks the page's language (screen readers and hyphenation read it) and renders the app. */
export function mountPage(App: ComponentType): void {
  document.documentElement.lang = lang;
  render(<App />, document.getElementById('app')!);
}
