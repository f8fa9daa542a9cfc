/**
 * Throughput of the trace matcher on a realistic, seeded 100,000-URL history.
 * Run with `npx tsx bench/matcher.ts`; `bench/run.ts` can import `main()`.
 */
import { pathToFileURL } from 'node:url';
import type { SiteRule } from '../lib/traces/site-rules';
import { createMatcher, type TraceKind } from '../lib/traces/url-matcher';
import { prng } from './stats';

const CORPUS_SIZE = 100_000;
const PASSES = 5;

/** What one benchmark run measured. */
export interface MatcherBenchResult {
  urls: number;
  rules: number;
  rulesSource: 'data/help-sites.ts' | 'inline sample';
  medianUrlsPerSecond: number;
  minUrlsPerSecond: number;
  nsPerUrl: number;
  matches: Record<TraceKind, number>;
}

// Shaped like the real list (mostly whole domains, a few hosts and path prefixes); not a curated list.
const INLINE_RULES: SiteRule[] = [
  'sheltersafe.ca awhl.org femaide.ca kidshelpphone.ca thehotline.org loveisrespect.org rainn.org',
  'sosviolenceconjugale.ca endvaw.ca techsafety.ca owjn.org metrac.org neverokay.ca ocrcc.ca',
  'ywcatoronto.org interval-house.ca womanact.ca oaith.ca maisons-femmes.qc.ca fmhf.ca rmfvvc.org',
  'calacs.qc.ca cavac.qc.ca bcsth.ca endingviolence.org acws.ca nwac.ca refuge.org.uk womensaid.org.uk',
  '1800respect.org.au nationaldahelpline.org.uk respect.uk.net ncadv.org futureswithoutviolence.org',
  'safehorizon.org shelternet.ca tel-jeunes.com ligneparents.com harcelementcriminel.ca hébergement-femmes.ca',
]
  .join(' ')
  .split(' ')
  .map((domain): SiteRule => ({ type: 'domain', domain }))
  .concat([
    { type: 'host', host: 'chat.kidshelpphone.ca' },
    {
      type: 'prefix',
      host: 'www.canada.ca',
      path: '/en/public-health/services/health-promotion/stop-family-violence/',
    },
    { type: 'prefix', host: 'www.justice.gc.ca', path: '/eng/cj-jp/fv-vf/' },
    { type: 'prefix', host: 'www.quebec.ca', path: '/famille-et-soutien-aux-personnes/violence/' },
    { type: 'prefix', host: 'www.ontario.ca', path: '/page/domestic-violence' },
    { type: 'prefix', host: 'www.cbc.ca', path: '/news/canada/domestic-violence' },
    { type: 'prefix', host: 'www.thecanadianencyclopedia.ca', path: '/en/article/family-violence' },
  ]);
const INLINE_NAMES = [
  "Assaulted Women's Helpline",
  "Fem'aide",
  'Kids Help Phone',
  'Shelter Safe',
  'loveisrespect',
];

async function loadInputs(): Promise<{
  rules: readonly SiteRule[];
  names: readonly string[];
  fromData: boolean;
}> {
  try {
    const [{ HELP_SITE_RULES }, { HELP_SEARCH_NAMES }] = await Promise.all([
      import('../data/help-sites'),
      import('../data/help-search-names'),
    ]);
    return { rules: HELP_SITE_RULES, names: HELP_SEARCH_NAMES, fromData: true };
  } catch {
    return { rules: INLINE_RULES, names: INLINE_NAMES, fromData: false };
  }
}

const rand = prng(20_240_601);
const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
const word = () =>
  pick(['news', 'article', 'watch', 'recipes', 'products', 'item', 'user', 'video', 'page', 'docs']);
const token = (n: number) =>
  Array.from({ length: n }, () => 'abcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(rand() * 36)]).join('');

const ORDINARY_HOSTS = [
  'www.youtube.com www.facebook.com www.amazon.ca en.wikipedia.org fr.wikipedia.org github.com',
  'www.reddit.com mail.google.com docs.google.com www.netflix.com www.cbc.ca ici.radio-canada.ca',
  'www.theweathernetwork.com www.lapresse.ca www.kijiji.ca www.canada.ca www.ontario.ca x.com',
  'www.instagram.com www.linkedin.com stackoverflow.com www.bbc.co.uk www.lemonde.fr outlook.live.com',
  'www.walmart.ca www.costco.ca www.tdbank.com www.rbcroyalbank.com www.desjardins.com web.whatsapp.com',
]
  .join(' ')
  .split(' ');
const HELP_QUERIES = [
  'domestic violence',
  "women's shelter near me",
  'violence conjugale',
  "maison d'hébergement",
  'is my partner abusive',
  'kids help phone',
];
const ORDINARY_QUERIES = [
  'weather toronto',
  'pizza near me',
  'abuse of notation',
  'tax shelter',
  'hotline bling',
  'météo montréal',
  'how to help a friend move',
  'cheap flights to vancouver',
];
const SEARCHES = [
  (q: string) =>
    `https://www.google.com/search?q=${q}&sca_esv=${token(16)}&source=hp&ei=${token(22)}&oq=${q}`,
  (q: string) => `https://www.google.ca/search?client=firefox-b-d&q=${q}`,
  (q: string) => `https://www.bing.com/search?q=${q}&form=QBLH&sp=-1&pq=${q}&cvid=${token(32)}`,
  (q: string) => `https://duckduckgo.com/?q=${q}&t=h_&ia=web`,
  (q: string) => `https://search.yahoo.com/search;_ylt=${token(20)}?p=${q}&fr=yfp-t`,
  (q: string) => `https://www.ecosia.org/search?method=index&q=${q}`,
];

function ordinaryUrl(): string {
  const segments = Array.from({ length: 2 + Math.floor(rand() * 6) }, () =>
    rand() < 0.5 ? word() : token(8 + Math.floor(rand() * 24)),
  );
  const params = Array.from(
    { length: Math.floor(rand() * 5) },
    () => `${word()}=${token(4 + Math.floor(rand() * 30))}`,
  );
  return `https://${pick(ORDINARY_HOSTS)}/${segments.join('/')}${params.length ? `?${params.join('&')}` : ''}${rand() < 0.1 ? '#section' : ''}`;
}

function helpUrl(rules: readonly SiteRule[]): string {
  const rule = pick(rules);
  if (rule.type === 'domain')
    return `https://${pick(['', 'www.', 'fr.'])}${rule.domain}/${word()}/${token(10)}`;
  if (rule.type === 'host') return `https://${rule.host}/${word()}`;
  return `https://${rule.host}${rule.path}${token(12)}.html`;
}

function lookAlike(): string {
  return pick([
    `https://notsheltersafe.ca/${word()}`,
    `https://sheltersafe.ca.example.com/${word()}`,
    `https://sheltersafe.ca@evil.test/${word()}`,
    `https://evil.test/?u=https://sheltersafe.ca/`,
    `https://www.canada.ca/en/services/${word()}`,
    'chrome://newtab/',
    'about:blank',
    `file:///C:/Users/me/Documents/${token(8)}.pdf`,
    `https://User@Example.COM:8443/${word()}`,
    `chrome-extension://abc/guide.html#/${word()}`,
  ]);
}

function buildCorpus(rules: readonly SiteRule[]): string[] {
  const encode = (q: string) => encodeURIComponent(q).replace(/%20/g, '+');
  return Array.from({ length: CORPUS_SIZE }, () => {
    const r = rand();
    if (r < 0.01) return helpUrl(rules);
    if (r < 0.03) return pick(SEARCHES)(encode(rand() < 0.3 ? pick(HELP_QUERIES) : pick(ORDINARY_QUERIES)));
    if (r < 0.035) return lookAlike();
    return ordinaryUrl();
  });
}

const TITLE_WORDS = [
  'Home',
  'News',
  'Weather',
  'Recipe',
  'Video',
  'Sign in',
  'Inbox',
  'Shop',
  'Review',
  'Toronto',
];
const HELP_TITLES = [
  'Family violence - Canada.ca',
  'Violence conjugale : obtenir de l’aide',
  'Get help - Women’s Aid',
];

/** Entries per second for `classify(url, title)` on the corpus with made-up titles (median of passes). */
function titleRate(matcher: ReturnType<typeof createMatcher>, corpus: readonly string[]): number {
  const titles = corpus.map((_, i) =>
    i % 97 === 0
      ? pick(HELP_TITLES)
      : Array.from({ length: 3 + (i % 6) }, () => pick(TITLE_WORDS)).join(i % 2 ? ' - ' : ' | '),
  );
  const rates: number[] = [];
  for (let pass = 0; pass < PASSES; pass++) {
    let found = 0;
    const start = process.hrtime.bigint();
    for (let i = 0; i < corpus.length; i++) if (matcher.isTrace(corpus[i]!, titles[i])) found++;
    rates.push(corpus.length / (Number(process.hrtime.bigint() - start) / 1e9));
    if (found < 0) console.log(found);
  }
  return rates.sort((a, b) => a - b)[Math.floor(rates.length / 2)]!;
}

/** Builds the corpus, warms up, times PASSES passes and prints and returns the figures. */
export async function main(): Promise<MatcherBenchResult> {
  const { rules, names, fromData } = await loadInputs();
  const matcher = createMatcher({ rules, resourceNames: names, extensionOrigin: 'chrome-extension://abc/' });
  // history.search results arrive deserialised, as flat strings; built-up strings are slower to scan.
  const corpus: string[] = JSON.parse(JSON.stringify(buildCorpus(rules)));
  const matches: Record<TraceKind, number> = { site: 0, search: 0, page: 0, extension: 0 };
  for (const url of corpus) {
    const kind = matcher.classify(url);
    if (kind) matches[kind]++;
  }
  for (let i = 0; i < 3; i++) for (const url of corpus) matcher.classify(url); // warm-up for the JIT
  const rates: number[] = [];
  for (let pass = 0; pass < PASSES; pass++) {
    let found = 0;
    const start = process.hrtime.bigint();
    for (const url of corpus) if (matcher.isTrace(url)) found++;
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    if (found < 0) console.log(found); // keeps the loop's result observable
    rates.push(corpus.length / seconds);
  }
  rates.sort((a, b) => a - b);
  const median = rates[Math.floor(rates.length / 2)]!;
  const withTitles = titleRate(matcher, corpus);
  const result: MatcherBenchResult = {
    urls: corpus.length,
    rules: rules.length,
    rulesSource: fromData ? 'data/help-sites.ts' : 'inline sample',
    medianUrlsPerSecond: Math.round(median),
    minUrlsPerSecond: Math.round(rates[0]!),
    nsPerUrl: Math.round(1e9 / median),
    matches,
  };
  console.log(
    `matcher: ${result.urls} URLs, ${result.rules} rules (${result.rulesSource}), ${names.length} resource names`,
  );
  console.log(
    `  median ${(median / 1e6).toFixed(2)} M URLs/s, min ${(rates[0]! / 1e6).toFixed(2)} M URLs/s, best ${(rates[rates.length - 1]! / 1e6).toFixed(2)} M URLs/s, ${result.nsPerUrl} ns/URL`,
  );
  console.log(
    `  with each entry's title (sweeps): median ${(withTitles / 1e6).toFixed(2)} M entries/s, ${Math.round(1e9 / withTitles)} ns/entry`,
  );
  console.log(
    `  matches: ${matches.site} site, ${matches.search} search, ${matches.page} page, ${matches.extension} extension`,
  );
  return result;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
