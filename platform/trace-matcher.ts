/** The current matcher, rebuilt only when the person's own sites change. */

import { RESOURCES } from '../data/resources';
import { allSiteRules, helpResourceNames } from '../lib/help-sites';
import type { UserSite } from '../lib/settings';
import { createMatcher, type Matcher } from '../lib/url-matcher';
import type { Browser } from './browser-type';

const names = helpResourceNames(RESOURCES);

export function matcherCache(browser: Browser) {
  let key = '';
  let matcher: Matcher | undefined;
  return (userSites: readonly UserSite[]): Matcher => {
    const next = JSON.stringify(userSites);
    if (!matcher || next !== key) {
      key = next;
      matcher = createMatcher({
        rules: allSiteRules(userSites),
        resourceNames: names,
        extensionOrigin: browser.runtime.getURL('/'),
      });
    }
    return matcher;
  };
}
