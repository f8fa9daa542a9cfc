/**
 * Decides whether a history URL is a trace Waypoint removes: a help site, a help search or one
 * of Waypoint's own pages. Everything else must stay, so the matcher errs only where the URL
 * parser itself would: it reads hosts the way `new URL()` does, but without paying for
 * `new URL()` on the plain `https://host/...` URLs that make up nearly all of a history.
 */

import { createTermMatcher, normalizeQuery } from './help-terms';
import { findEngine, queryFromUrl } from './search-engines';
import { compileSiteRules, matchesHost, matchesPath, type SiteRule } from './site-rules';

/** Why a URL is a trace. */
export type TraceKind = 'site' | 'search' | 'extension';

/** What the matcher is built from. */
export interface MatcherOptions {
  readonly rules: readonly SiteRule[];
  /** Names of help resources; a search containing one (as whole words) is a help search. */
  readonly resourceNames: readonly string[];
  /** `chrome-extension://<id>/` or `moz-extension://<uuid>/`; pages under it are traces. */
  readonly extensionOrigin?: string;
}

/** A compiled matcher; both methods accept any string and never throw. */
export interface Matcher {
  classify(url: string): TraceKind | null;
  isTrace(url: string): boolean;
}

const VIEW_SOURCE = 'view-source:';

/**
 * The host of `https://host/…` as `new URL()` would report it (minus a trailing dot), or
 * undefined when the authority holds anything the parser transforms (user-info, ports, escapes,
 * IDN, IPv4 forms, backslashes, whitespace) so the caller must fall back to the real parser.
 */
export function fastHost(url: string, start: number): string | undefined {
  let upper = false;
  let end = start;
  for (; end < url.length; end++) {
    const c = url.charCodeAt(end);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || c === 46) continue;
    if (c >= 65 && c <= 90) upper = true;
    else if (c === 47 || c === 63 || c === 35) break;
    else return undefined;
  }
  let host = url.slice(start, end);
  if (upper) host = host.toLowerCase();
  if (host.endsWith('.')) host = host.slice(0, -1);
  if (host === '' || host.startsWith('.') || host.includes('..') || host.includes('xn--')) return undefined;
  // A last label starting with a digit sends the parser down its IPv4 path (`1.2.3.4`, `0x7f.1`, `a.123`).
  const last = host.charCodeAt(host.lastIndexOf('.') + 1);
  return last >= 48 && last <= 57 ? undefined : host;
}

/**
 * Whether a string the fast path didn't take could still parse as http(s): its scheme reads
 * http/https in any case, or it has whitespace the parser strips before reading the scheme.
 */
function mayBeHttp(url: string): boolean {
  for (let i = 0; i < url.length; i++) {
    const c = url.charCodeAt(i);
    if (c <= 32) return true;
    const alpha = (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
    if (c === 58) return i > 0 && /^https?$/i.test(url.slice(0, i));
    if (!alpha && (i === 0 || !((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46))) return false;
  }
  return false;
}

function parseHttp(url: string): URL | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed : null;
  } catch {
    return null;
  }
}

/** Builds a matcher over the given rules, resource names and extension origin. */
export function createMatcher(options: MatcherOptions): Matcher {
  const rules = compileSiteRules(options.rules);
  const isHelpQuery = createTermMatcher(options.resourceNames);
  const origin = options.extensionOrigin?.trim().replace(/\/+$/, '') ?? '';

  const classifyWeb = (url: string): TraceKind | null => {
    const start = url.startsWith('https://') ? 8 : url.startsWith('http://') ? 7 : 0;
    let host = start > 0 ? fastHost(url, start) : undefined;
    let parsed: URL | null = null;
    if (host === undefined) {
      if (start === 0 && !mayBeHttp(url)) return null;
      parsed = parseHttp(url);
      if (!parsed) return null;
      host = parsed.hostname.endsWith('.') ? parsed.hostname.slice(0, -1) : parsed.hostname;
    }
    if (matchesHost(rules, host)) return 'site';
    const prefixes = rules.prefixes.get(host);
    const engine = findEngine(host);
    if (!prefixes && !engine) return null;
    parsed ??= parseHttp(url);
    if (!parsed) return null;
    if (prefixes && matchesPath(prefixes, parsed.pathname)) return 'site';
    const query = engine ? queryFromUrl(engine, parsed) : null;
    return query !== null && isHelpQuery(normalizeQuery(query)) ? 'search' : null;
  };

  const classify = (input: string): TraceKind | null => {
    if (typeof input !== 'string') return null;
    // Test the first letter before slicing: this runs on every URL in the history.
    const hasViewSource =
      (input.charCodeAt(0) | 32) === 118 && input.slice(0, VIEW_SOURCE.length).toLowerCase() === VIEW_SOURCE;
    const url = hasViewSource ? input.slice(VIEW_SOURCE.length) : input;
    if (origin !== '' && (url === origin || url.startsWith(`${origin}/`))) return 'extension';
    return classifyWeb(url);
  };

  return { classify, isTrace: (url) => classify(url) !== null };
}
