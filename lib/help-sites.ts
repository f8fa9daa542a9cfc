/**
 * The help-site list trace cleaning and the panic exit use: the curated rules in
 * `data/help-sites.ts` (every website in the data set is covered, tested in `data.test.ts`) plus
 * the names people search for.
 */
import { HELP_SITE_RULES } from '../data/help-sites';
import type { Resource } from './resource-schema';
import type { SiteRule } from './site-rules';

export { HELP_SITE_RULES };

/** Names (and aliases, French names) of resources: searching for one is a help search. */
export function helpResourceNames(resources: readonly Resource[]): string[] {
  const names = resources.flatMap((r) => [r.name, ...(r.nameFr ? [r.nameFr] : []), ...(r.aliases ?? [])]);
  // Very short aliases ("988", "SAFE") would turn ordinary searches into help searches.
  return [...new Set(names.filter((n) => n.replace(/[^\p{L}\p{N}]/gu, '').length >= 5))];
}

/** The built-in rules followed by the person's own sites. */
export function allSiteRules(userSites: readonly SiteRule[]): SiteRule[] {
  return [...HELP_SITE_RULES, ...userSites];
}
