/** The help-site rules and the current matcher, rebuilt only when the person's own sites change. */

import { HELP_SEARCH_NAMES } from '../data/help-search-names';
import { HELP_SITE_RULES } from '../data/help-sites';
import type { UserSite } from '../lib/settings/settings';
import type { SiteRule } from '../lib/traces/site-rules';
import { createMatcher, type Matcher } from '../lib/traces/url-matcher';
import type { Browser } from './browser-type';

/** The built-in rules followed by the person's own sites. */
export const siteRules = (userSites: readonly UserSite[]): SiteRule[] => [...HELP_SITE_RULES, ...userSites];

export function matcherCache(browser: Browser) {
  let key = '';
  let matcher: Matcher | undefined;
  return (userSites: readonly UserSite[]): Matcher => {
    const next = JSON.stringify(userSites);
    if (!matcher || next !== key) {
      key = next;
      matcher = createMatcher({
        rules: siteRules(userSites),
        resourceNames: HELP_SEARCH_NAMES,
        extensionOrigin: browser.runtime.getURL('/'),
      });
    }
    return matcher;
  };
}
