/**
 * Decides whether a history entry is a trace Waypoint removes: a help site, a help search, a
 * page whose address or title says it is about violence, abuse or help for it, or one of
 * Waypoint's own pages. Everything else must stay. Hosts are read the way `new URL()` reads
 * them, but plain `https://host/…` URLs (nearly all of a history) go through the allocation-free
 * host and word screens; only addresses that might matter, and anything unusual, reach
 * `new URL()`, the string-based rules and the topic classifier.
 */

import { ADDRESS_KEYS } from './address-keys';
import { type AddressScreen, createAddressScreen } from './address-screen';
import { createTopicReaders } from './help-topic';
import { helpWords } from './help-words';
import { createHostScreen, SCREEN_PARSE, SCREEN_SITE, SCREEN_SKIP } from './host-screen';
import { addressSpellsHelp, addressText, JOINED_HOST_WORDS } from './page-words';
import { findEngine, queryFromUrl } from './search-engines';
import { compileSiteRules, matchesHost, matchesPath, type SiteRule } from './site-rules';

/**
 * Why an entry is a trace: a listed help site, a help search, a page recognised by its address
 * or title (never a whole site: its data and downloads are not cleared for that), or Waypoint's own.
 */
export type TraceKind = 'site' | 'search' | 'page' | 'extension';

/** What the matcher is built from. */
export interface MatcherOptions {
  readonly rules: readonly SiteRule[];
  /** Names of help resources; a search containing one (or a domain/host rule's name) as whole words is a help search. */
  readonly resourceNames: readonly string[];
  /** `chrome-extension://<id>/` or `moz-extension://<uuid>/`; pages under it are traces. */
  readonly extensionOrigin?: string;
  /** False reads every address in full (tests hold the screen to this); the default screens them first. */
  readonly screenAddresses?: boolean;
}

/** A compiled matcher; every method accepts any input and never throws. */
export interface Matcher {
  /** Why the entry at `url` (titled `title`, when known) is a trace, or null. */
  classify(url: string, title?: string): TraceKind | null;
  isTrace(url: string, title?: string): boolean;
  /** True when a search typed into an engine is a help search. */
  isHelpQuery(query: string): boolean;
}

const VIEW_SOURCE = 'view-source:';

/** Characters of an address read for its words: what a page is comes first; tracking tails are long. */
export const ADDRESS_READ = 512;

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

/** A page without a title shows its address instead (one word with dots or slashes): not a title. */
const isAddressAsTitle = (title: string) => !/\s/.test(title.trim()) && /[./]/.test(title);

/** An address history can hold and a title can describe: http(s) or a local file. */
function parseAddress(url: string): URL | null {
  try {
    const parsed = new URL(url);
    return ['https:', 'http:', 'file:'].includes(parsed.protocol) ? parsed : null;
  } catch {
    return null;
  }
}

/** An engine's result page whose search is not a help search: judged by its search alone, never by its words or title. */
const ORDINARY_SEARCH = 'ordinary search';

/** Addresses read in full by a matcher before it builds (or takes) the address screen. */
const SCREEN_AFTER = 32;

let addressScreen: AddressScreen | undefined;
/** The address screen depends on the vocabulary only: built once, kept when the matcher is rebuilt. */
const sharedScreen = (): AddressScreen => {
  addressScreen ??= createAddressScreen(ADDRESS_KEYS, JOINED_HOST_WORDS);
  return addressScreen;
};

/** Builds a matcher over the given rules, resource names and extension origin. */
export function createMatcher(options: MatcherOptions): Matcher {
  const rules = compileSiteRules(options.rules);
  const hostScreen = createHostScreen(rules);
  // Typing a help site's address into a search box ("sheltersafe.ca") is a help search too.
  const siteNames = options.rules.flatMap((r) =>
    r.type === 'domain' ? [r.domain] : r.type === 'host' ? [r.host] : [],
  );
  // Searches know help sites' names too ("sheltersafe.ca"); titles know the services' names;
  // addresses know no names at all (a look-alike host is not a help page for its name).
  // One compilation, three readers, made on the first text to read: a worker woken for a
  // listed site's visit answers from the site rules and never compiles the vocabulary.
  let readers: ReturnType<typeof compileReaders> | undefined;
  const compileReaders = () => {
    const all = createTopicReaders([options.resourceNames, siteNames]);
    return { topic: all.reader(0b11), title: all.reader(0b01), address: all.reader(0) };
  };
  const vocabulary = () => {
    readers ??= compileReaders();
    return readers;
  };
  // The screen pays off over many addresses (a sweep); building it costs more than reading a
  // few addresses in full, as the worker does for each visit when it wakes. Its answers are the
  // full reading's, so which one reads an address changes nothing but speed.
  let reads = options.screenAddresses === false ? -1 : 0;
  const screenNow = (): AddressScreen | undefined =>
    reads >= 0 && (addressScreen !== undefined || ++reads > SCREEN_AFTER) ? sharedScreen() : undefined;
  const origin = options.extensionOrigin?.trim().replace(/\/+$/, '') ?? '';
  const originSlash = `${origin}/`;

  const classifyWeb = (url: string): TraceKind | typeof ORDINARY_SEARCH | null => {
    const start = afterHttpSlashes(url);
    const end = start > 0 ? hostScreen(url, start) : SCREEN_PARSE;
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
    if (query === null) return null;
    return vocabulary().topic.isHelpQuery(query) ? 'search' : ORDINARY_SEARCH;
  };

  /** The address, split into words, is a help page's. */
  const addressIsHelp = (url: string): boolean => {
    const from = afterHttpSlashes(url);
    const end = Math.min(url.length, ADDRESS_READ);
    const screenAddress = from > 0 ? screenNow() : undefined;
    if (screenAddress !== undefined && !screenAddress(url, from, end)) return false;
    const parsed = parseAddress(url);
    if (!parsed) return false;
    const read = end < url.length ? parseAddress(url.slice(0, end)) : parsed;
    if (!read) return false;
    if (addressSpellsHelp(read)) return true;
    const { host, path } = addressText(read);
    const { address } = vocabulary();
    return address.isHelpWords(helpWords(path), 'title') || address.isHelpWords(helpWords(host), 'title');
  };

  /** The title says the page is about help. */
  const titleIsHelp = (url: string, title: string | undefined): boolean => {
    if (typeof title !== 'string' || title === '' || isAddressAsTitle(title)) return false;
    return vocabulary().title.isHelpTitle(title) && parseAddress(url) !== null;
  };

  const classify = (input: string, title?: string): TraceKind | null => {
    if (typeof input !== 'string') return null;
    // Test the first letter before slicing: this runs on every URL in the history.
    const hasViewSource =
      (input.charCodeAt(0) | 32) === 118 && input.slice(0, VIEW_SOURCE.length).toLowerCase() === VIEW_SOURCE;
    const url = hasViewSource ? input.slice(VIEW_SOURCE.length) : input;
    const maybeOrigin = origin !== '' && url.charCodeAt(0) === origin.charCodeAt(0);
    if (maybeOrigin && (url === origin || url.startsWith(originSlash))) return 'extension';
    const kind = classifyWeb(url);
    if (kind === ORDINARY_SEARCH) return null;
    if (kind !== null) return kind;
    return addressIsHelp(url) || titleIsHelp(url, title) ? 'page' : null;
  };

  const safeClassify = (input: string, title?: string): TraceKind | null => {
    try {
      return classify(input, title);
    } catch {
      return null;
    }
  };

  return {
    classify: safeClassify,
    isTrace: (url, title) => safeClassify(url, title) !== null,
    isHelpQuery: (query) => vocabulary().topic.isHelpQuery(query),
  };
}
