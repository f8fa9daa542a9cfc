/**
 * The search engines whose result pages can record a help search, and how to read the query
 * out of one of their URLs.
 */

/** One engine: which hosts and result-page paths it uses and which parameters carry the query. */
export interface SearchEngine {
  readonly name: string;
  /** Exact hosts; engines with many country domains also use `hostMatch`. */
  readonly hosts: readonly string[];
  /** `pattern` is tried only on hosts that have `label` as one of their labels. */
  readonly hostMatch?: { readonly label: string; readonly pattern: RegExp };
  readonly path: RegExp;
  /** Query parameters in order of preference; the first non-empty one wins. */
  readonly params: readonly string[];
  /** Sample result pages for a query "x": used by tests and to refuse rules that would swallow an engine. */
  readonly examples: readonly string[];
}

/** Every engine Waypoint reads queries from. */
export const SEARCH_ENGINES: readonly SearchEngine[] = [
  {
    name: 'google',
    hosts: [],
    // google.com, google.ca, google.co.uk, google.com.au, google.cat … with or without `www.`.
    hostMatch: { label: 'google', pattern: /^(?:www\.)?google\.(?:com|cat|[a-z]{2}|com?\.[a-z]{2})$/ },
    path: /^\/(?:search|webhp)?$/,
    params: ['q'],
    examples: [
      'https://www.google.com/search?q=x',
      'https://www.google.ca/webhp?q=x',
      'https://google.co.uk/?q=x',
    ],
  },
  {
    name: 'bing',
    hosts: ['www.bing.com', 'bing.com', 'cn.bing.com'],
    path: /^\/(?:(?:images|videos|news|shop)\/)?search$/,
    params: ['q'],
    examples: ['https://www.bing.com/search?q=x'],
  },
  {
    name: 'duckduckgo',
    hosts: ['duckduckgo.com', 'www.duckduckgo.com', 'html.duckduckgo.com', 'lite.duckduckgo.com'],
    path: /^\/(?:html\/?|lite\/?)?$/,
    params: ['q'],
    examples: [
      'https://duckduckgo.com/?q=x',
      'https://html.duckduckgo.com/html/?q=x',
      'https://lite.duckduckgo.com/lite/?q=x',
    ],
  },
  {
    name: 'yahoo',
    hosts: [],
    hostMatch: { label: 'yahoo', pattern: /^(?:[a-z-]+\.)?search\.yahoo\.(?:com|co\.jp)$/ },
    // Yahoo puts tracking in matrix parameters: `/search;_ylt=…;_ylc=…?p=`.
    path: /^\/(?:yhs\/)?search(?:;|$)/,
    params: ['p'],
    examples: ['https://search.yahoo.com/search?p=x', 'https://ca.search.yahoo.com/search;_ylt=A;_ylc=B?p=x'],
  },
  {
    name: 'ecosia',
    hosts: ['www.ecosia.org', 'ecosia.org'],
    path: /^\/(?:search|images|news|videos)$/,
    params: ['q'],
    examples: ['https://www.ecosia.org/search?q=x'],
  },
  {
    name: 'brave',
    hosts: ['search.brave.com'],
    path: /^\/(?:search|images|news|videos)$/,
    params: ['q'],
    examples: ['https://search.brave.com/search?q=x'],
  },
  {
    name: 'startpage',
    hosts: ['www.startpage.com', 'startpage.com', 'eu.startpage.com', 'us.startpage.com'],
    path: /^\/(?:(?:do|sp)\/)?[ad]?search$/,
    params: ['query', 'q'],
    examples: ['https://www.startpage.com/do/search?query=x', 'https://www.startpage.com/sp/search?q=x'],
  },
  {
    name: 'qwant',
    hosts: ['www.qwant.com', 'qwant.com', 'lite.qwant.com'],
    path: /^\/$/,
    params: ['q'],
    examples: ['https://www.qwant.com/?q=x'],
  },
  {
    name: 'yandex',
    hosts: ['ya.ru'],
    hostMatch: { label: 'yandex', pattern: /^(?:www\.)?yandex\.(?:com|[a-z]{2}|com\.[a-z]{2}|co\.il)$/ },
    path: /^\/search\/?$/,
    params: ['text'],
    examples: ['https://yandex.com/search/?text=x', 'https://yandex.ru/search/?text=x'],
  },
];

const BY_HOST = new Map<string, SearchEngine>(
  SEARCH_ENGINES.flatMap((engine) => engine.hosts.map((host) => [host, engine] as const)),
);
const BY_PATTERN = SEARCH_ENGINES.flatMap((engine) =>
  engine.hostMatch ? [{ engine, ...engine.hostMatch }] : [],
);

/** The `hostMatch` labels: a host with none of them among its labels is no pattern engine's. */
export const ENGINE_HOST_LABELS: readonly string[] = BY_PATTERN.map((entry) => entry.label);

/** The engine serving results on this normalised (lower-case, no trailing dot) host, if any. */
export function findEngine(host: string): SearchEngine | undefined {
  const exact = BY_HOST.get(host);
  if (exact) return exact;
  for (const { engine, label, pattern } of BY_PATTERN) {
    if (host.includes(label) && pattern.test(host)) return engine;
  }
  return undefined;
}

/** The decoded query of a parsed result-page URL of `engine`, or null if it isn't a result page with a query. */
export function queryFromUrl(engine: SearchEngine, url: URL): string | null {
  if (!engine.path.test(url.pathname)) return null;
  for (const param of engine.params) {
    // URLSearchParams turns `+` into a space and percent-decodes, leaving malformed escapes as-is.
    const value = url.searchParams.get(param);
    if (value !== null && value.trim() !== '') return value;
  }
  return null;
}

/** The search typed into a known engine, decoded but not normalised; null for anything else. Never throws. */
export function extractSearchQuery(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url.replace(/^view-source:/i, ''));
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  const host = parsed.hostname.endsWith('.') ? parsed.hostname.slice(0, -1) : parsed.hostname;
  const engine = findEngine(host);
  return engine ? queryFromUrl(engine, parsed) : null;
}
