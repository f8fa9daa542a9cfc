/**
 * What every Waypoint page (popup, options, guide) shares: its language and mounting. The page
 * renders in the language the person chose (settings), else the browser's; when they change it,
 * the page renders again from scratch in the new language.
 */
import { type ComponentType, render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { chosenLang, type LanguageChoice } from '../lib/directory/region-choice';
import type { Lang } from '../lib/i18n-key';
import { browserLang, type Catalog, setCatalog, uiLang } from './i18n';
import { ignore } from './quiet';
import { loadSettings, watchSettings } from './settings-store';

/** The interface language, set before the page first renders (read it at render time). */
export let lang: Lang = uiLang();

const catalogs = new Map<Lang, Promise<Catalog>>();
// The other language's strings, fetched from the extension's own files only when chosen.
const loadCatalog = (l: Lang): Promise<Catalog> => {
  let loading = catalogs.get(l);
  if (!loading) {
    loading =
      l === 'fr'
        ? import('../data/messages/fr').then((m) => m.uiMessagesFr)
        : import('../data/messages/en').then((m) => m.uiMessagesEn);
    catalogs.set(l, loading);
  }
  return loading;
};

/** Makes the interface speak the chosen language; resolves once its strings are ready. */
export async function applyLanguage(choice: LanguageChoice): Promise<Lang> {
  const next = chosenLang(choice, browserLang());
  setCatalog(next, next === browserLang() ? undefined : await loadCatalog(next));
  lang = uiLang();
  document.documentElement.lang = lang;
  return lang;
}

/** Where focus was, as a selector that finds the same control once the page is rendered again. */
function focusSelector(el: Element | null): string | null {
  if (!el || el === document.body) return null;
  if (el.id) return `#${CSS.escape(el.id)}`;
  const name = el.getAttribute('name');
  const value = el.getAttribute('value');
  return name && value ? `[name="${CSS.escape(name)}"][value="${CSS.escape(value)}"]` : null;
}

/** Puts focus back on that control as soon as it is rendered (a page may render after loading). */
function refocus(selector: string): void {
  const tryFocus = () => {
    const el = document.querySelector<HTMLElement>(selector);
    el?.focus();
    return Boolean(el);
  };
  if (tryFocus()) return;
  const watcher = new MutationObserver(() => tryFocus() && watcher.disconnect());
  watcher.observe(document.body, { childList: true, subtree: true });
  setTimeout(() => watcher.disconnect(), 2000);
}

/** What a mounted page receives: the interface language it renders in. */
export interface PageProps {
  lang: Lang;
}

function Localized({ App, remount }: { App: ComponentType<PageProps>; remount: boolean }) {
  const [current, setCurrent] = useState(lang);
  const shown = useRef(lang);
  const focused = useRef<string | null>(null);
  useEffect(
    () =>
      watchSettings(({ settings }) => {
        void applyLanguage(settings.language).then((next) => {
          if (next === shown.current) return;
          shown.current = next;
          focused.current = focusSelector(document.activeElement);
          setCurrent(next);
        }, ignore);
      }),
    [],
  );
  useEffect(() => {
    if (focused.current) refocus(focused.current);
    focused.current = null;
  }, [current]);
  // A new key renders the page afresh, so every string and label is read in the new language. A
  // page that must keep its state (a shell whose look is unlocked) re-renders itself instead.
  return remount ? <App key={current} lang={current} /> : <App lang={current} />;
}

/**
 * Marks the page's language (screen readers and hyphenation read it) and renders the app, again
 * whenever the person changes the language (from scratch unless `remount` is false).
 */
export function mountPage(App: ComponentType<PageProps>, { remount = true } = {}): void {
  const show = () => render(<Localized App={App} remount={remount} />, document.getElementById('app')!);
  document.documentElement.lang = lang;
  void loadSettings()
    .then(({ settings }) => applyLanguage(settings.language))
    .catch(ignore)
    .then(show);
}
