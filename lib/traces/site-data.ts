/**
 * Which origins' site data (cookies, cache, storage, service workers) to clear: the help sites'
 * own origins, and the origins of the traces just found, minus any a tab still has open (clearing
 * those would log the person out of a chat mid-conversation).
 */
import type { SiteRule } from './site-rules';

const originOf = (url: string): string | undefined => {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.origin : undefined;
  } catch {
    return undefined;
  }
};

/** The origins of `rules` (both schemes, with and without `www.`) and of `traceUrls` on those sites, except `openUrls`'. */
export function siteDataOrigins(
  rules: readonly SiteRule[],
  traceUrls: readonly string[],
  openUrls: readonly string[],
): string[] {
  const origins = new Set<string>();
  for (const rule of rules) {
    const host = rule.type === 'domain' ? rule.domain : rule.host;
    // Path rules share their host with unrelated pages: clearing the host's data would touch those.
    if (rule.type === 'prefix') continue;
    for (const h of rule.type === 'domain' && !host.startsWith('www.') ? [host, `www.${host}`] : [host])
      for (const scheme of ['https', 'http']) origins.add(`${scheme}://${h}`);
  }
  // Only traces on a whole-site rule: a help search's origin is the search engine's, and a path
  // rule's is a general site's; the person's sign-ins there are not ours to clear.
  const owned = (host: string) =>
    rules.some((r) =>
      r.type === 'domain'
        ? host === r.domain || host.endsWith(`.${r.domain}`)
        : r.type === 'host' && host === r.host,
    );
  for (const url of traceUrls) {
    const o = originOf(url);
    if (o && owned(new URL(o).hostname)) origins.add(o);
  }
  for (const url of openUrls) {
    const o = originOf(url);
    if (o) origins.delete(o);
  }
  return [...origins];
}

/** Hostnames of `origins`, for Firefox's `browsingData` filter (it has no `origins`). */
export function hostnamesOf(origins: readonly string[]): string[] {
  return [...new Set(origins.map((o) => new URL(o).hostname))];
}
