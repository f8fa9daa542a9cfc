/**
 * Property test: on a seeded stream of generated URLs, the fast matcher agrees with a slow,
 * obviously-correct reference that parses every URL with `new URL()` and loops over every rule.
 */
import { describe, expect, it } from 'vitest';
import { createTopicClassifier } from '../../../lib/traces/help-topic';
import { helpWords } from '../../../lib/traces/help-words';
import { addressSpellsHelp, addressText } from '../../../lib/traces/page-words';
import { SEARCH_ENGINES } from '../../../lib/traces/search-engines';
import type { SiteRule } from '../../../lib/traces/site-rules';
import { ADDRESS_READ, createMatcher, type TraceKind } from '../../../lib/traces/url-matcher';
import { prng } from '../../fixtures/prng';

const CASES = 30_000;
const RULES: SiteRule[] = [
  { type: 'domain', domain: 'sheltersafe.ca' },
  { type: 'domain', domain: 'awhl.org' },
  { type: 'domain', domain: 'femaide.ca' },
  { type: 'domain', domain: 'hébergement-femmes.ca' },
  { type: 'host', host: 'chat.helpchat.org' },
  { type: 'prefix', host: 'www.canada.ca', path: '/en/stop-family-violence/' },
  { type: 'prefix', host: 'example.org', path: '/aide' },
];
const NAMES = ["Assaulted Women's Helpline", "Fem'aide", 'Shelter Safe'];
const ORIGIN = 'moz-extension://2d4f6a8c-0000-4000-8000-000000000000';

// ---- Reference implementation: slow and plain on purpose. ----

const refHost = (h: string) => new URL(`http://${h}/`).hostname;
const SITE_NAMES = RULES.flatMap((r) =>
  r.type === 'domain' ? [r.domain] : r.type === 'host' ? [r.host] : [],
);
const TOPIC = createTopicClassifier([...NAMES, ...SITE_NAMES]);
const ADDRESS_TOPIC = createTopicClassifier();
const refIsHelp = (query: string) => TOPIC.isHelpQuery(query);

/** Address words, read the slow way: every address parsed (its first ADDRESS_READ characters), no screen. */
function refPage(raw: string, resultPage: boolean): boolean {
  if (resultPage) return false;
  let url: URL;
  try {
    url = new URL(raw.slice(0, ADDRESS_READ));
  } catch {
    return false;
  }
  if (!['http:', 'https:', 'file:'].includes(url.protocol)) return false;
  if (addressSpellsHelp(url)) return true;
  const { host, path } = addressText(url);
  return (
    ADDRESS_TOPIC.isHelpWords(helpWords(path), 'title') || ADDRESS_TOPIC.isHelpWords(helpWords(host), 'title')
  );
}

function refSite(host: string, path: string): boolean {
  for (const rule of RULES) {
    if (rule.type === 'domain') {
      const d = refHost(rule.domain);
      if (host === d || host.endsWith(`.${d}`)) return true;
    } else if (rule.type === 'host') {
      if (host === refHost(rule.host)) return true;
    } else {
      const h = refHost(rule.host);
      const bare = h.startsWith('www.') ? h.slice(4) : h;
      const p = new URL(rule.path, 'http://h').pathname;
      const hostOk = host === bare || host === `www.${bare}`;
      if (hostOk && (path.startsWith(p) || `${path}/` === p)) return true;
    }
  }
  return false;
}

/** The query of an engine's result page, or null. */
function refQuery(host: string, url: URL): string | null {
  for (const engine of SEARCH_ENGINES) {
    if (!engine.hosts.includes(host) && !engine.hostMatch?.pattern.test(host)) continue;
    if (!engine.path.test(url.pathname)) return null;
    const query = engine.params
      .map((p) => url.searchParams.get(p))
      .find((v) => v !== null && v.trim() !== '');
    return query ?? null;
  }
  return null;
}

function reference(input: string): TraceKind | null {
  let raw = input;
  if (raw.length > 12 && raw.slice(0, 12).toLowerCase() === 'view-source:') raw = raw.slice(12);
  if (raw === ORIGIN || raw.startsWith(`${ORIGIN}/`)) return 'extension';
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol === 'file:') return refPage(raw, false) ? 'page' : null;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const host = url.hostname.endsWith('.') ? url.hostname.slice(0, -1) : url.hostname;
  if (refSite(host, url.pathname)) return 'site';
  const query = refQuery(host, url);
  if (query !== null && refIsHelp(query)) return 'search';
  return refPage(raw, query !== null) ? 'page' : null;
}

// ---- Generator. ----

const rand = prng(0x5eed);
const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
const chance = (p: number) => rand() < p;

const HELP_HOSTS = [
  'sheltersafe.ca',
  'awhl.org',
  'femaide.ca',
  'hébergement-femmes.ca',
  'xn--hbergement-femmes-btb.ca',
];
const OTHER_HOSTS = [
  ...['chat.helpchat.org', 'helpchat.org', 'www.canada.ca', 'canada.ca', 'example.org', 'www.example.org'],
  ...[
    'www.google.com',
    'www.google.ca',
    'google.co.uk',
    'www.bing.com',
    'duckduckgo.com',
    'html.duckduckgo.com',
  ],
  ...['search.yahoo.com', 'ca.search.yahoo.com', 'www.ecosia.org', 'search.brave.com', 'www.startpage.com'],
  ...['www.qwant.com', 'yandex.ru', 'mail.google.com', 'www.google.community', 'google.example.com'],
  ...['www.youtube.com', 'en.wikipedia.org', 'github.com', 'münchen.de', '1.2.3.4', '[::1]', 'a..b'],
  ...[
    'xn--hbergement-femmes-c2b.ca',
    'xn--zz.ca',
    'foo.123',
    '0x7f.1',
    '%73heltersafe.ca',
    'sheltersafe.ca%2eevil.test',
    'localhost',
  ],
];
const PATHS = [
  ...['', '/', '/search', '/webhp', '/html/', '/lite/', '/do/search', '/sp/search', '/search/', '/maps'],
  ...['/en/stop-family-violence/', '/en/stop-family-violence', '/en/stop-family-violence/x.html', '/EN/stop'],
  ...['/aide', '/aide/', '/aides', '/x/aide', '/a/../aide', '/%61ide', '/search;_ylt=x', '/images/search'],
  ...['/é x', '/a\\b', '/..', '/en/./stop-family-violence/', `/${'long-segment/'.repeat(8)}`],
];
const QUERIES = [
  ...['domestic violence', "women's shelter", 'violence conjugale', "maison d'hébergement", 'weather'],
  ...['abuse of notation', 'tax shelter', 'mon mari me frappe', "Fem'aide", 'shelter safe', 'pizza'],
  ...['is my partner abusive', 'hotline bling', 'DOMESTIC-VIOLENCE', 'rapeseed', 'violence'],
  ...['sheltersafe.ca', 'sheltersafe', 'chat.helpchat.org', 'hébergement-femmes.ca', 'violence femme'],
];
const PARAMS = ['q', 'p', 'text', 'query', 'oq', 'u'];
const SCHEMES = [
  ...Array(12).fill('https://'),
  ...Array(4).fill('http://'),
  ...['HTTPS://', 'Http://', 'ftp://', 'ws://', 'view-source:https://', 'https:', 'https:///', ' https://'],
  ...['https:\\\\', 'javascript:', 'data:,', `${ORIGIN}/`, 'chrome-extension://x/', 'file://'],
];

function mutateHost(host: string): string {
  let h = host;
  if (chance(0.3))
    h = `${pick(['www', 'fr', 'a.b', 'not', 'x-', 'xn--zz', 'xn--mnchen-3ya', '0x7f', `${'b.'.repeat(40)}c`])}.${h}`;
  if (chance(0.1)) h = `not${h}`;
  if (chance(0.1)) h = `${h}${pick(['.example.com', 'b', '.', '..', '-', 'x'])}`;
  if (chance(0.2)) h = [...h].map((c) => (chance(0.5) ? c.toUpperCase() : c)).join('');
  if (chance(0.15)) h = `${h}.`;
  return h;
}

function encodeQuery(q: string): string {
  return pick([
    () => encodeURIComponent(q),
    () => encodeURIComponent(q).replace(/%20/g, '+'),
    () => q,
    () => q.replace(/ /g, '+'),
  ])();
}

// Real result-page shapes, so that a good share of the stream reaches the query-matching stage.
const RESULT_PAGES = SEARCH_ENGINES.flatMap((engine) =>
  engine.examples.map((example) => {
    const url = new URL(example);
    const param = [...url.searchParams.keys()][0]!;
    return { host: url.hostname, path: url.pathname, param };
  }),
);

function generateSearch(): string {
  const page = pick(RESULT_PAGES);
  const host = chance(0.3) ? mutateHost(page.host) : page.host;
  const extra = chance(0.3) ? `&${pick(PARAMS)}=${encodeQuery(pick(QUERIES))}` : '';
  const path = chance(0.9) ? page.path : pick(PATHS);
  return `${pick(SCHEMES)}${host}${path}?${page.param}=${encodeQuery(pick(QUERIES))}${extra}`;
}

function generate(): string {
  if (chance(0.25)) return generateSearch();
  const host = mutateHost(chance(0.4) ? pick(HELP_HOSTS) : pick(OTHER_HOSTS));
  const user = chance(0.1)
    ? pick(['user@', 'user:pw@', 'sheltersafe.ca@', 'a%40b@', ':@', 'www.google.com@'])
    : '';
  const port = chance(0.1) ? pick([':443', ':80', ':8080', ':99999', ':', ':abc']) : '';
  const params = chance(0.5)
    ? `?${Array.from({ length: 1 + Math.floor(rand() * 3) }, () => `${pick(PARAMS)}=${encodeQuery(pick(QUERIES))}`).join('&')}`
    : '';
  const fragment = chance(0.1) ? pick(['#', '#top', '#q=domestic+violence', '#sheltersafe.ca']) : '';
  let url = `${pick(SCHEMES)}${user}${host}${port}${pick(PATHS)}${params}${fragment}`;
  if (chance(0.03)) {
    const at = Math.floor(rand() * url.length);
    url =
      url.slice(0, at) +
      pick(['\t', '\n', '\\', '@', '%', ' ', '\u0000', 'é', '#', '?', '/']) +
      url.slice(at);
  }
  return url;
}

describe('classify agrees with the new URL() reference', () => {
  const matcher = createMatcher({ rules: RULES, resourceNames: NAMES, extensionOrigin: `${ORIGIN}/` });
  const urls = Array.from({ length: CASES }, generate);

  it(`on ${CASES} generated URLs`, () => {
    const mismatches: string[] = [];
    const counts: Record<string, number> = {};
    for (const url of urls) {
      const expected = reference(url);
      const actual = matcher.classify(url);
      counts[String(expected)] = (counts[String(expected)] ?? 0) + 1;
      if (actual !== expected && mismatches.length < 20) {
        mismatches.push(`${JSON.stringify(url)}: got ${actual}, expected ${expected}`);
      }
    }
    expect(mismatches).toEqual([]);
    // The stream must exercise every outcome, or agreement would prove little.
    expect(counts.site).toBeGreaterThan(CASES / 10);
    expect(counts.search).toBeGreaterThan(CASES / 100);
    expect(counts.extension).toBeGreaterThan(CASES / 100);
    expect(counts.page).toBeGreaterThan(CASES / 100);
    expect(counts.null).toBeGreaterThan(CASES / 4);
  }, 60_000);
});
