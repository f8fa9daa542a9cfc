/** What every Waypoint page (popup, options, guide) shares: its language and mounting. */
import { type ComponentType, render } from 'preact';
import { uiLang } from './i18n';

/** The interface language, read once per page. */
export const lang = uiLang();

/** Marks the page's language (screen readers and hyphenation read it) and renders the app. */
export function mountPage(App: ComponentType): void {
  document.documentElement.lang = lang;
  render(<App />, document.getElementById('app')!);
}
