/**
 * Decides whether a history URL is a trace Waypoint removes: a help site, a help search or one
 * of Waypoint's own pages. Everything else must stay. Hosts are read the way `new URL()` reads
 * them, but plain `https://host/…` URLs (nearly all of a history) go through the allocation-free
 * host screen; only hosts that might matter, and anything unusual, reach `new URL()` and the
 * string-based rules.
 */

import { createTermMatcher, normalizeQuery } from './help-terms';
import { createHostScreen, SCREEN_PARSE, SCREEN_SITE, SCREEN_SKIP } from './host-screen';
import { findEngine, queryFromUrl } from './search-engines';
import { compileSiteRules, matchesHost, matchesPath, type SiteRule } from './site-rules';

/** Why a URL is a trace. */
export type TraceKind = 'site' | 'search' | 'extension';

/** What the matcher is built from. */
export interface MatcherOptions {
  readonly rules: readonly SiteRule[];
  /** Names of help resources; a search containing one (or a domain/host rule's name) as whole words is a help search. */
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

/** Index just after `http://` or `https://` (lower-case, as browsers store them), else 0. */
function afterHttpSlashes(url: string): number {
  // Character codes rather than `startsWith`: this runs on every URL and built-in calls cost more.
  if (url.charCodeAt(0) !== 104 || url.charCodeAt(1) !== 116 || url.charCodeAt(2) !== 116) return 0;
  if (url.charCodeAt(3) !== 112) return 0;
  const colon = url.charCodeAt(4) === 115 ? 5 : 4;
  const slashes = url.charCodeAt(colon + 1) === 47 && url.charCodeAt(colon + 2) === 47;
  return url.charCodeAt(colon) === 58 && slashes ? colon + 3 : 0;
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
  const screen = createHostScreen(rules);
  // Typing a help site's address into a search box ("sheltersafe.ca") is a help search too.
  const siteNames = options.rules.flatMap((r) =>
    r.type === 'domain' ? [r.domain] : r.type === 'host' ? [r.host] : [],
  );
  const isHelpQuery = createTermMatcher([...options.resourceNames, ...siteNames]);
  const origin = options.extensionOrigin?.trim().replace(/\/+$/, '') ?? '';
  const originSlash = `${origin}/`;

  const classifyWeb = (url: string): TraceKind | null => {
    const start = afterHttpSlashes(url);
    const end = start > 0 ? screen(url, start) : SCREEN_PARSE;
    if (end === SCREEN_SITE) return 'site';
    if (end === SCREEN_SKIP) return null;
    let parsed: URL | null = null;
    let host: string;
    if (end !== SCREEN_PARSE) {
      host = url.slice(start, end);
      // The screen has already ruled out every domain rule.
      if (rules.hosts.has(host)) return 'site';
    } else {
      if (start === 0 && !mayBeHttp(url)) return null;
      parsed = parseHttp(url);
      if (!parsed) return null;
      host = parsed.hostname.endsWith('.') ? parsed.hostname.slice(0, -1) : parsed.hostname;
      if (matchesHost(rules, host)) return 'site';
    }
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
    const maybeOrigin = origin !== '' && url.charCodeAt(0) === origin.charCodeAt(0);
    if (maybeOrigin && (url === origin || url.startsWith(originSlash))) return 'extension';
    return classifyWeb(url);
  };

  return { classify, isTrace: (url) => classify(url) !== null };
}
