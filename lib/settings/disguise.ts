/** The discreet looks: the toolbar button's title and icon, and the popup's title. */
import type { Disguise } from './settings';

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
