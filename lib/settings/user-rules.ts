/**
 * Validation of the help sites a person adds on the options page. `example.org`,
 * `www.example.org`, `*.example.org` and `https://example.org/` all become a domain rule for
 * `example.org` (the person means "that site", subdomains included); a URL with a path becomes a
 * prefix rule for that page and what is under it.
 */

import { findEngine, SEARCH_ENGINES } from '../traces/search-engines';
import {
  compileSiteRules,
  matchesHost,
  matchesPath,
  matchesSite,
  normalizePathPrefix,
  type SiteRule,
} from '../traces/site-rules';
import { isHostName, isLocalHost, isSiteHost, schemeOf } from '../web-address';

/** Why an entry was refused; the UI translates by reason. */
export type UserRuleError =
  | 'empty'
  | 'invalid'
  | 'duplicate'
  | 'search-engine'
  | 'public-suffix'
  | 'not-http'
  | 'ip-or-local';

/** Outcome of parseUserRule: the rule to store, or why not (the options page words it from the catalog). */
export type UserRuleResult = { ok: true; rule: SiteRule } | { ok: false; reason: UserRuleError };

/**
 * Suffixes under which anyone can register a name. Bundling the full Public Suffix List (~250 KB)
 * for one form field is not worth it: every ICANN TLD is a single label, which we refuse outright,
 * and this list adds the multi-label suffixes people in our regions are likely to type, plus the
 * big hosting platforms. A suffix we miss yields an over-broad rule the person chose themselves;
 * it never stops a help site from being cleaned.
 */
export const MULTI_LABEL_SUFFIXES: ReadonlySet<string> = new Set([
  ...['gc.ca', 'ab.ca', 'bc.ca', 'mb.ca', 'nb.ca', 'nf.ca', 'nl.ca', 'ns.ca', 'nt.ca', 'nu.ca'],
  ...['on.ca', 'pe.ca', 'qc.ca', 'sk.ca', 'yk.ca'],
  ...['co.uk', 'org.uk', 'me.uk', 'ltd.uk', 'plc.uk', 'net.uk', 'ac.uk', 'gov.uk', 'nhs.uk', 'sch.uk'],
  ...['police.uk', 'com.au', 'net.au', 'org.au', 'edu.au', 'gov.au', 'asn.au', 'id.au'],
  ...['co.nz', 'org.nz', 'net.nz', 'govt.nz', 'ac.nz', 'school.nz', 'gouv.fr', 'asso.fr', 'com.fr'],
  ...['co.za', 'org.za', 'gov.za', 'co.in', 'org.in', 'gov.in', 'co.jp', 'ne.jp', 'or.jp', 'go.jp'],
  ...['com.br', 'com.mx', 'gob.mx', 'com.ar', 'co.il', 'com.tr', 'com.cn', 'com.hk', 'com.sg', 'co.kr'],
  ...['github.io', 'gitlab.io', 'netlify.app', 'vercel.app', 'pages.dev', 'web.app', 'firebaseapp.com'],
  ...['herokuapp.com', 'appspot.com', 'azurewebsites.net', 'cloudfront.net', 'blogspot.com'],
  ...['wordpress.com', 'wixsite.com', 'weebly.com', 'tumblr.com', 'square.site', 'carrd.co'],
]);

function refuse(reason: UserRuleError): UserRuleResult {
  return { ok: false, reason };
}

// Paths under which engines serve result pages; a prefix rule reaching any of them swallows the engine.
const RESULT_PATHS = [
  '/',
  '/search',
  '/webhp',
  '/html/',
  '/lite/',
  '/do/search',
  '/sp/search',
  '/images/search',
];

/** Rules that would cover a search engine's result pages (`google.ca`, `yahoo.com`, `www.bing.com/`). */
function coversSearchEngine(rule: SiteRule, site: string): boolean {
  const reachesResults =
    rule.type !== 'prefix' || RESULT_PATHS.some((path) => matchesPath([rule.path], path));
  if (reachesResults && (findEngine(site) || findEngine(`www.${site}`))) return true;
  const compiled = compileSiteRules([rule]);
  return SEARCH_ENGINES.some((engine) =>
    engine.examples.some((example) => {
      const url = new URL(example);
      return matchesSite(compiled, url.hostname, url.pathname);
    }),
  );
}

/** True if every URL `rule` matches is already matched by one of `existing`. */
function isCovered(rule: SiteRule, existing: readonly SiteRule[]): boolean {
  if (rule.type === 'domain') {
    // Only a domain rule covers every subdomain of another domain.
    return matchesHost(compileSiteRules(existing.filter((r) => r.type === 'domain')), rule.domain);
  }
  const compiled = compileSiteRules(existing);
  const hosts = rule.type === 'prefix' ? [rule.host, `www.${rule.host}`] : [rule.host];
  // `~` stands for "anything further down": it is covered only by a prefix of the rule's own path.
  const probe = rule.type === 'prefix' ? `${rule.path}~` : '/~';
  return hosts.every((host) => matchesSite(compiled, host, probe));
}

/** Parses what a person typed into a site rule, refusing entries that are empty, unsafe or too broad. Never throws. */
export function parseUserRule(input: string, existing: readonly SiteRule[]): UserRuleResult {
  let text = input.trim();
  if (text === '') return refuse('empty');
  const scheme = schemeOf(text);
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') return refuse('not-http');
  // `*.example.org` and `.example.org` both mean "example.org and everything under it".
  const wildcard = text.startsWith('*.') || text.startsWith('.');
  if (wildcard) text = text.slice(text.indexOf('.') + 1);
  let url: URL;
  try {
    url = new URL(scheme ? text : `https://${text}`);
  } catch {
    return refuse('invalid');
  }
  // User-info means an email address or a disguised host; a port is harmless (matching ignores it).
  if (url.username !== '' || url.password !== '') return refuse('invalid');
  const host = url.hostname.replace(/\.$/, '');
  if (isLocalHost(host)) return refuse('ip-or-local');
  // Browsers escape what WHATWG refuses (a space becomes %20): check the labels ourselves.
  if (!isHostName(host)) return refuse('invalid');
  const site = host.startsWith('www.') ? host.slice(4) : host;
  if (!site.includes('.') || MULTI_LABEL_SUFFIXES.has(site)) return refuse('public-suffix');
  if (!isSiteHost(site)) return refuse('invalid');
  const path = normalizePathPrefix(url.pathname);
  if (path === null) return refuse('invalid');
  const rule: SiteRule =
    wildcard || path === '/' ? { type: 'domain', domain: site } : { type: 'prefix', host: site, path };
  if (coversSearchEngine(rule, site)) return refuse('search-engine');
  if (isCovered(rule, existing)) return refuse('duplicate');
  return { ok: true, rule };
}
