/**
 * Help sites that trace cleaning removes from history and that the panic exit closes: the
 * verified list in `data/help-site-list.ts` (each rule's evidence is kept in
 * `data/sources/help-sites.json`, which only tests read), parsed once into site rules.
 *
 * `domain` is used for organisations whose whole site is about help or violence; `host` and
 * `prefix` for general sites (governments, publishers, unions, film boards) where only one part
 * is, so cleaning never wipes a person's ordinary browsing there.
 */
import { parseSiteEntry, type SiteRule } from '../lib/traces/site-rules';
import { HELP_SITE_LIST } from './help-site-list';

export type { SiteRule };

export const HELP_SITE_RULES: readonly SiteRule[] = HELP_SITE_LIST.flatMap((entry) => {
  const rule = parseSiteEntry(entry);
  return rule ? [rule] : [];
});
