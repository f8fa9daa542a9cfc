/**
 * What Waypoint cannot do, chosen for the state it is in. One list (`data/limits.ts`) feeds the
 * guide "Browsing more safely", the options page and the README, so the three cannot disagree.
 */
import type { Lang } from './i18n-key';
import type { PanicScope, Settings } from './settings/settings';

/** The state an item depends on; an item without one is always true. */
export type LimitWhen =
  /** Waypoint may not run in private windows (the browsers' default). */
  | 'no-private'
  /** The quick exit closes only help tabs. */
  | 'help-tabs-only'
  /** "Downloads from help sites" is off. */
  | 'downloads-off'
  /** "Cookies and stored data of help sites" is off. */
  | 'site-data-off';

export interface LimitItem {
  /** Stable snake_case id. */
  id: string;
  en: string;
  fr: string;
  when?: LimitWhen;
}

export interface LimitState {
  /** The browser lets Waypoint run in private windows (`extension.isAllowedIncognitoAccess`). */
  privateAllowed: boolean;
  panicScope: PanicScope;
  cleanDownloads: boolean;
  cleanSiteData: boolean;
}

/** The state from the settings and the browser's private-window switch for Waypoint. */
export function limitStateOf(settings: Settings, privateAllowed: boolean): LimitState {
  const { panicScope, cleanDownloads, cleanSiteData } = settings;
  return { privateAllowed, panicScope, cleanDownloads, cleanSiteData };
}

/** Whether an item with this condition is true in `state`. */
export function limitApplies(when: LimitWhen | undefined, state: LimitState): boolean {
  switch (when) {
    case undefined:
      return true;
    case 'no-private':
      return !state.privateAllowed;
    case 'help-tabs-only':
      return state.panicScope === 'help-tabs';
    case 'downloads-off':
      return !state.cleanDownloads;
    case 'site-data-off':
      return !state.cleanSiteData;
  }
}

/** The items true in `state`, in their order, as text in `lang`. */
export function limitsFor(items: readonly LimitItem[], state: LimitState, lang: Lang): string[] {
  return items.filter((item) => limitApplies(item.when, state)).map((item) => item[lang]);
}

const CONDITION: Record<LimitWhen, string> = {
  'no-private': 'while Waypoint may not run in private windows, the default',
  'help-tabs-only': 'while the quick exit closes only help tabs, the default',
  'downloads-off': 'while that cleanup is off, the default',
  'site-data-off': 'while that cleanup is off, the default',
};

/** Every item, in English, as the README's Markdown list (conditional items say when). */
export function limitsMarkdown(items: readonly LimitItem[]): string {
  return items
    .map((item) => `- ${item.en}${item.when ? ` _(Shown ${CONDITION[item.when]}.)_` : ''}`)
    .join('\n');
}
