/** Applies the discreet look to the toolbar button (title and icon). */
import type { MessageKey } from '../data/messages';
import { lookOf } from '../lib/settings/disguise';
import type { Disguise } from '../lib/settings/settings';
import type { Browser } from './browser-type';
import { t } from './i18n';
import { ignore } from './quiet';

export async function applyDisguise(browser: Browser, disguise: Disguise): Promise<void> {
  // MV3 has `action`; Firefox MV2 has `browserAction`.
  const action = browser.action ?? browser.browserAction;
  if (!action) return;
  const look = lookOf(disguise);
  await Promise.all([
    action.setTitle({ title: t(look.titleKey as MessageKey) }),
    action.setIcon({ path: look.icon }),
  ]).catch(ignore);
}
