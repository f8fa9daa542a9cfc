/**
 * The discreet looks: the toolbar button's title and icon, what each look's code is made of, and
 * whether Waypoint is behind a look right now.
 */
import { type CodeKind, codeError } from '../disguise/code';
import type { Disguise, Settings } from './settings';

export interface Look {
  /** i18n key of the title (`disguise_<id>`). */
  titleKey: `disguise_${Disguise}`;
  /** Icon paths for `action.setIcon`, relative to the extension root. */
  icon: Record<16 | 32, string>;
}

/** The look for a disguise; `none` is Waypoint's own. */
export function lookOf(disguise: Disguise): Look {
  return {
    titleKey: `disguise_${disguise}`,
    icon:
      disguise === 'none'
        ? { 16: '/icon/16.png', 32: '/icon/32.png' }
        : { 16: `/disguise/${disguise}-16.png`, 32: `/disguise/${disguise}-32.png` },
  };
}

/** The notepad opens with a word on a line of its own; the calculator and converter with digits. */
export function codeKindOf(disguise: Disguise): CodeKind {
  return disguise === 'notes' ? 'word' : 'digits';
}

/**
 * True when the popup and the options page show the look instead of Waypoint: a look is chosen
 * and its code is set. A look without a code (settings from version 1) only changes the toolbar
 * button, as it did then, so nobody is locked out by an update.
 */
export function isDisguised(settings: Pick<Settings, 'disguise' | 'unlockCode'>): boolean {
  return (
    settings.disguise !== 'none' && codeError(codeKindOf(settings.disguise), settings.unlockCode) === null
  );
}
