import { describe, expect, it } from 'vitest';
import type { SiteRule } from '../../../lib/traces/site-rules';
import { createMatcher } from '../../../lib/traces/url-matcher';

const RULES: SiteRule[] = [
  { type: 'domain', domain: 'sheltersafe.ca' },
  { type: 'domain', domain: 'awhl.org' },
  { type: 'domain', domain: 'femaide.ca' },
  { type: 'domain', domain: 'kidshelpphone.ca' },
  { type: 'domain', domain: 'loveisrespect.org' },
  { type: 'domain', domain: 'rainn.org' },
  { type: 'domain', domain: 'sosviolenceconjugale.ca' },
  { type: 'domain', domain: 'hébergement-femmes.ca' },
  { type: 'host', host: 'chat.helpchat.org' },
  { type: 'prefix', host: 'www.canada.ca', path: '/en/public-health/services/stop-family-violence/' },
  { type: 'prefix', host: 'example.org', path: '/aide/' },
];
const RESOURCE_NAMES = [
  "Assaulted Women's Helpline",
  "Fem'aide",
  'Kids Help Phone',
  'Shelter Safe',
  'loveisrespect',
];
const ORIGIN = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/';
const matcher = createMatcher({ rules: RULES, resourceNames: RESOURCE_NAMES, extensionOrigin: ORIGIN });
const IDN_HOST = new URL('https://hébergement-femmes.ca/').hostname;

const HELP_SITES: string[] = [
  'https://sheltersafe.ca/',
  'https://sheltersafe.ca',
  'http://sheltersafe.ca/',
  'https://www.sheltersafe.ca/find-help/?province=on#map',
  'https://fr.sheltersafe.ca/trouver-de-laide/',
  'https://a.b.c.sheltersafe.ca/',
  'https://SHELTERSAFE.CA/',
  'https://ShelterSafe.Ca/About',
  'https://sheltersafe.ca:443/',
  'https://sheltersafe.ca:8443/x',
  'http://sheltersafe.ca:80/',
  'https://sheltersafe.ca./',
  'https://www.sheltersafe.ca.:443/x',
  'https://user:pw@sheltersafe.ca/',
  'https://user@www.sheltersafe.ca/',
  'https://sheltersafe.ca?x=1',
  'https://sheltersafe.ca#top',
  'https://sheltersafe.ca\\path',
  'https://%73heltersafe.ca/',
  'HTTPS://SHELTERSAFE.CA/',
  'https:sheltersafe.ca/',
  'https:///sheltersafe.ca/',
  ' https://sheltersafe.ca/ ',
  'https://shelter\tsafe.ca/',
  'view-source:https://sheltersafe.ca/',
  'VIEW-SOURCE:https://www.sheltersafe.ca/',
  'https://awhl.org/',
  'https://www.femaide.ca/',
  'https://kidshelpphone.ca/get-info',
  'https://www.loveisrespect.org/',
  'https://rainn.org/',
  'https://sosviolenceconjugale.ca/fr',
  `https://${IDN_HOST}/`,
  'https://hébergement-femmes.ca/',
  'https://HÉBERGEMENT-FEMMES.CA/',
  `https://www.${IDN_HOST}/contact`,
  'https://chat.helpchat.org/',
  'https://CHAT.helpchat.org./room/1',
  'https://www.canada.ca/en/public-health/services/stop-family-violence/',
  'https://www.canada.ca/en/public-health/services/stop-family-violence/prevention.html',
  'https://www.canada.ca/en/public-health/services/stop-family-violence',
  'https://canada.ca/en/public-health/services/stop-family-violence/',
  'https://www.canada.ca/en/public-health/services/x/../stop-family-violence/',
  'https://example.org/aide/',
  'https://www.example.org/aide/refuge?x=1',
  'https://example.org/aide',
];

const LOOK_ALIKES: string[] = [
  'https://notsheltersafe.ca/',
  'https://sheltersafe.ca.example.com/',
  'https://sheltersafe.cab/',
  'https://sheltersafe.c/',
  'https://sheltersafeca.com/',
  'https://sheltersafe-ca.com/',
  'https://evil.test/?u=https://sheltersafe.ca',
  'https://evil.test/https://sheltersafe.ca/',
  'https://evil.test/#sheltersafe.ca',
  'https://sheltersafe.ca@evil.test/',
  'https://sheltersafe.ca:pw@evil.test/',
  'https://sheltersafe.ca.@evil.test/',
  'https://www.google.com/url?q=https://sheltersafe.ca/',
  'https://helpchat.org/',
  'https://www.chat.helpchat.org/',
  'https://www.canada.ca/',
  'https://www.canada.ca/en/public-health/services/',
  'https://example.org/',
  'https://example.org/aides',
  'https://example.org/AIDE/',
  'https://example.org/x/aide/',
  `https://x${IDN_HOST}/`,
  'ftp://sheltersafe.ca/',
  'ws://sheltersafe.ca/',
  'file:///home/me/sheltersafe.ca.html',
  'chrome://history/?q=sheltersafe.ca',
  'about:blank#sheltersafe.ca',
  'data:text/html,https://sheltersafe.ca/',
  'javascript:location="https://sheltersafe.ca/"',
  'blob:https://sheltersafe.ca/uuid',
  'sheltersafe.ca',
  '//sheltersafe.ca/',
  'view-source:view-source:https://sheltersafe.ca/',
  ' view-source:https://sheltersafe.ca/',
];

/** Not listed, but their words say they are about help: a page (never a whole site). */
const HELP_BY_ADDRESS: string[] = [
  'https://www.canada.ca/EN/public-health/services/stop-family-violence/',
  'https://fr.canada.ca/en/public-health/services/stop-family-violence/',
  'https://hebergement-femmes.ca/',
  'https://www.cbc.ca/news/canada/coercive-control-law-1.7000000',
  'https://www.quebec.ca/famille/violence-conjugale',
  'https://example.org/fr/ordonnance-de-protection/',
  'https://www.rapecrisis.org.uk/get-help/',
  'https://www.legalaid.example/SexualAssault',
  'file:///C:/Users/me/Downloads/domestic-violence-safety-plan.pdf',
  'https://www.google.com/maps/search/women%27s+shelter/',
];

describe('help sites', () => {
  it.each(HELP_SITES)('%s → site', (url) => {
    expect(matcher.classify(url)).toBe('site');
    expect(matcher.isTrace(url)).toBe(true);
  });
});

describe('pages whose address says they are about help', () => {
  it.each(HELP_BY_ADDRESS)('%s → page', (url) => {
    expect(matcher.classify(url)).toBe('page');
  });

  it.each([
    ['https://news.example/story/123', 'Coercive control: what the new law means', 'page'],
    ['https://news.example/story/124', 'Animal shelter opens new wing', null],
    ['https://www.google.com/search?q=weather', 'domestic violence - Google Search', null],
    ['https://www.google.com/maps/place/x', "Women's shelter - Google Maps", 'page'],
    ['https://news.example/story/125', '', null],
  ])('%s titled %j → %s', (url, title, kind) => {
    expect(matcher.classify(url, title)).toBe(kind);
  });
});

describe('look-alikes and other schemes', () => {
  it.each(LOOK_ALIKES)('%s → null', (url) => {
    expect(matcher.classify(url)).toBeNull();
    expect(matcher.isTrace(url)).toBe(false);
  });
});

const plus = (q: string) => encodeURIComponent(q).replace(/%20/g, '+');
const ENGINES: [string, (q: string) => string][] = [
  ['google.com', (q) => `https://www.google.com/search?q=${plus(q)}&sca_esv=1&source=hp`],
  ['google.ca', (q) => `https://www.google.ca/search?client=firefox-b-d&q=${plus(q)}`],
  ['google.co.uk', (q) => `https://www.google.co.uk/search?q=${encodeURIComponent(q)}`],
  ['google.com.au', (q) => `https://www.google.com.au/search?q=${plus(q)}&oq=${plus(q)}`],
  ['google.fr webhp', (q) => `https://www.google.fr/webhp?hl=fr&q=${plus(q)}`],
  ['bing', (q) => `https://www.bing.com/search?q=${plus(q)}&form=QBLH`],
  ['duckduckgo', (q) => `https://duckduckgo.com/?q=${plus(q)}&t=h_&ia=web`],
  ['duckduckgo html', (q) => `https://html.duckduckgo.com/html/?q=${plus(q)}`],
  ['duckduckgo lite', (q) => `https://lite.duckduckgo.com/lite/?q=${plus(q)}`],
  ['yahoo', (q) => `https://search.yahoo.com/search?p=${plus(q)}&fr=yfp-t`],
  ['yahoo ca', (q) => `https://ca.search.yahoo.com/search;_ylt=AwrE;_ylc=X1MDMjc?p=${plus(q)}`],
  ['ecosia', (q) => `https://www.ecosia.org/search?method=index&q=${encodeURIComponent(q)}`],
  ['brave', (q) => `https://search.brave.com/search?q=${plus(q)}&source=web`],
  ['startpage do', (q) => `https://www.startpage.com/do/search?query=${plus(q)}`],
  ['startpage sp', (q) => `https://www.startpage.com/sp/search?q=${plus(q)}`],
  ['qwant', (q) => `https://www.qwant.com/?q=${plus(q)}&t=web`],
  ['yandex', (q) => `https://yandex.com/search/?text=${plus(q)}&lr=10`],
];

const HELP_QUERIES = [
  'domestic violence',
  "women's shelter near me",
  'is my partner abusive',
  'how to get a restraining order',
  'my husband hits me',
  'Kids Help Phone',
  'violence conjugale',
  "maison d'hébergement",
  'refuge pour femmes',
  "ligne d'écoute pour femmes",
  'mon conjoint est violent',
  "Fem'aide",
];
const ORDINARY_QUERIES = [
  'weather toronto',
  'pizza near me',
  'abuse of notation',
  'tax shelter',
  'animal shelter',
  'hotline bling',
  'how to help a friend move',
  'drug abuse',
  'météo montréal',
  'hébergement web',
  'abus de biens sociaux',
  'cadeau pour mon mari',
];

describe('searches on every engine', () => {
  const help = ENGINES.flatMap(([name, build]) => HELP_QUERIES.map((q) => [name, q, build(q)] as const));
  const ordinary = ENGINES.flatMap(([name, build]) =>
    ORDINARY_QUERIES.map((q) => [name, q, build(q)] as const),
  );

  it.each(help)('%s: %j → search', (_name, _query, url) => {
    expect(matcher.classify(url)).toBe('search');
  });

  it.each(ordinary)('%s: %j stays', (_name, _query, url) => {
    expect(matcher.classify(url)).toBeNull();
  });

  it.each([
    ['https://www.google.com/?q=domestic+violence'],
    ['https://WWW.GOOGLE.COM/search?q=domestic+violence'],
    ['https://www.google.com.:443/search?q=domestic+violence'],
    ['https://user@www.google.com/search?q=domestic+violence'],
    ['view-source:https://www.google.com/search?q=domestic+violence'],
    ['https://www.google.com/search?q=DOMESTIC%20VIOLENCE'],
    ['https://www.google.com/search?q=domestic-violence'],
    ['https://www.google.com/search?q=%22domestic+violence%22'],
    ['https://www.google.com/search?q=violence+conjugale&q=weather'],
    ['https://www.google.com/search?q=sheltersafe.ca'],
    ['https://www.bing.com/search?q=www.sheltersafe.ca+phone'],
    ['https://duckduckgo.com/?q=awhl.org'],
    ['https://www.google.com/search?q=h%C3%A9bergement-femmes.ca'],
    ['https://www.google.com/search?q=chat.helpchat.org'],
    ['https://www.google.com/search?q=domesticviolence'],
  ])('%s → search', (url) => {
    expect(matcher.classify(url)).toBe('search');
  });

  // Not a result page's query, but the address still carries the words: a help page.
  it.each([
    ['https://www.google.com/search?oq=domestic+violence'],
    ['https://www.google.com/maps?q=domestic+violence'],
    ['https://www.example.com/search?q=domestic+violence'],
    ['https://evil.test/?u=https://www.google.com/search?q=domestic+violence'],
    ['https://www.google.com.evil.test/search?q=domestic+violence'],
    ['https://www.bing.com/?q=domestic+violence'],
    ['https://search.yahoo.com/search?q=domestic+violence'],
  ])('%s → page', (url) => {
    expect(matcher.classify(url)).toBe('page');
  });

  it.each([
    ['https://www.google.com/search?q=weather&oq=domestic+violence'],
    ['https://mail.google.com/mail/u/0/#search/domestic+violence'],
    ['https://www.google.com/search#q=domestic+violence'],
    ['https://www.google.com/search?q=helpchat.org'],
    ['https://www.google.com/search?q=canada.ca'],
  ])('%s stays (not a results page, not the query parameter, or not an engine)', (url) => {
    expect(matcher.classify(url)).toBeNull();
  });
});

describe('extension pages', () => {
  it.each([
    [ORIGIN, 'extension'],
    [`${ORIGIN}options.html`, 'extension'],
    [`${ORIGIN}guide.html#/fr/safety-plan`, 'extension'],
    [ORIGIN.slice(0, -1), 'extension'],
    [`view-source:${ORIGIN}popup.html`, 'extension'],
    ['chrome-extension://abcdefghijklmnopabcdefghijklmnopq/options.html', null],
    ['chrome-extension://otherextensionidotherextensionid/options.html', null],
    ['moz-extension://2d4f6a8c-0000-4000-8000-000000000000/options.html', null],
  ])('%s → %s', (url, expected) => {
    expect(matcher.classify(url)).toBe(expected);
  });

  it('recognises a Firefox origin given with or without the trailing slash', () => {
    for (const origin of [
      'moz-extension://2d4f6a8c-0000-4000-8000-000000000000/',
      'moz-extension://2d4f6a8c-0000-4000-8000-000000000000',
    ]) {
      const m = createMatcher({ rules: [], resourceNames: [], extensionOrigin: origin });
      expect(m.classify('moz-extension://2d4f6a8c-0000-4000-8000-000000000000/options.html')).toBe(
        'extension',
      );
      expect(m.classify('https://sheltersafe.ca/')).toBeNull();
    }
  });

  it('matches no extension page when no origin is given, or an empty one', () => {
    for (const extensionOrigin of [undefined, '', '   ']) {
      const m = createMatcher({ rules: RULES, resourceNames: [], extensionOrigin });
      expect(m.classify(`${ORIGIN}options.html`)).toBeNull();
      expect(m.classify('chrome-extension:')).toBeNull();
    }
  });
});

describe('odd inputs never throw', () => {
  const odd: string[] = [
    '',
    ' ',
    'about:blank',
    'javascript:void(0)',
    'data:text/plain;base64,SGVsbG8=',
    'file:///C:/Users/me/Desktop/notes.txt',
    '/relative/path?q=domestic+violence',
    '?q=domestic+violence',
    '#',
    ':',
    '::::',
    'http://',
    'https://',
    'http:',
    'https:///',
    'http://[::1]/',
    'http://[::1',
    'http://[sheltersafe.ca]/',
    'http://1.2.3.4/',
    'http://0x7f.1/',
    'http://foo.123/',
    'http://xn--zz.ca/',
    'https://sheltersafe.ca:99999/',
    'https://sheltersafe.ca:port/',
    'https://shelter safe.ca/',
    'https://\u0000sheltersafe.ca/',
    'http://%zz/',
    'http://a..b/',
    'http://.sheltersafe.ca/',
    'https://-.ca/',
    'view-source:',
    'view-source:javascript:alert(1)',
    'chrome://settings',
    'edge://settings',
    'moz-extension://',
    '\uD800',
    '\uFFFF\uFFFE',
    '💜'.repeat(1000),
    'a'.repeat(100_000),
    `https://${'a'.repeat(100_000)}.com/`,
    `https://www.google.com/search?q=${'a%'.repeat(50_000)}`,
    `https://www.google.com/search?q=${'violence+'.repeat(10_000)}conjugale`,
    `https://example.com/${'x/'.repeat(50_000)}`,
  ];

  it.each(odd.map((url) => [url.length > 60 ? `${url.slice(0, 60)}… (${url.length} chars)` : url, url]))(
    '%j',
    (_label, url) => {
      expect(() => matcher.classify(url)).not.toThrow();
      expect(() => matcher.isTrace(url)).not.toThrow();
    },
  );

  it('reads the start of a very long query, never a word cut where reading stops', () => {
    expect(matcher.classify(`https://www.google.com/search?q=${'violence+conjugale+'.repeat(5_000)}`)).toBe(
      'search',
    );
    // 400 characters end inside "violence": the cut "viol" is not read as the French word.
    expect(
      matcher.classify(`https://www.google.com/search?q=${'violence+'.repeat(10_000)}conjugale`),
    ).toBeNull();
    expect(matcher.classify(`https://www.google.com/search?q=${'a%'.repeat(50_000)}`)).toBeNull();
  });

  it.each([[undefined], [null], [42], [{}]])('tolerates a non-string %j from untyped callers', (value) => {
    expect(matcher.classify(value as unknown as string)).toBeNull();
  });
});

describe('addresses: substances and CMS paths', () => {
  it.each([
    ['https://example.com/substance-abuse-hotline/', false],
    ['https://example.com/drug-abuse-helplines', false],
    ['https://example.com/child-abuse-hotline/', true],
    ['https://abusehotline.example.org/', true],
    // "/content/…/la_violence_…": the CMS folder is not "content violence" once "la" is dropped.
    ['https://www2.example.ca/content/gov/fr/la_violence_entre_partenaires_intimes/aider.html', true],
    ['https://example.com/content/violence-in-films-rating/', false],
  ])('%s → %s', (url, expected) => {
    expect(matcher.isTrace(url)).toBe(expected);
  });
});
