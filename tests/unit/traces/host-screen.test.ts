import { describe, expect, it } from 'vitest';
import { createHostScreen, SCREEN_PARSE, SCREEN_SITE, SCREEN_SKIP } from '../../../lib/traces/host-screen';
import { SEARCH_ENGINES } from '../../../lib/traces/search-engines';
import { compileSiteRules } from '../../../lib/traces/site-rules';

const screen = createHostScreen(
  compileSiteRules([
    { type: 'domain', domain: 'sheltersafe.ca' },
    { type: 'domain', domain: 'refuge.org.uk' },
    { type: 'host', host: 'chat.helpchat.org' },
    { type: 'prefix', host: 'example.org', path: '/aide/' },
  ]),
);
const run = (url: string) => screen(url, url.indexOf('//') + 2);

describe('createHostScreen', () => {
  it.each([
    ['https://sheltersafe.ca/'],
    ['https://sheltersafe.ca'],
    ['https://sheltersafe.ca?x'],
    ['https://sheltersafe.ca#x'],
    ['https://sheltersafe.ca./x'],
    ['https://www.sheltersafe.ca/'],
    ['https://a.b.c.d.sheltersafe.ca/'],
    ['http://refuge.org.uk/'],
  ])('%s is a help site', (url) => {
    expect(run(url)).toBe(SCREEN_SITE);
  });

  it.each([
    ['https://chat.helpchat.org/', 'chat.helpchat.org'],
    ['https://chat.helpchat.org./x', 'chat.helpchat.org'],
    ['https://example.org/aide/', 'example.org'],
    ['https://www.example.org/', 'www.example.org'],
    ['https://www.bing.com/search?q=x', 'www.bing.com'],
    ['https://www.google.ca/search?q=x', 'www.google.ca'],
    ['https://mail.google.com/', 'mail.google.com'],
    ['https://ca.search.yahoo.com/search?p=x', 'ca.search.yahoo.com'],
    ['https://yandex.ru/search/?text=x', 'yandex.ru'],
  ])('%s needs a closer look at %j', (url, host) => {
    const end = run(url);
    expect(end).toBeGreaterThanOrEqual(0);
    expect(url.slice(url.indexOf('//') + 2, end)).toBe(host);
  });

  it.each([
    ['https://notsheltersafe.ca/'],
    ['https://sheltersafe.ca.example.com/'],
    ['https://sheltersafe.cab/'],
    ['https://ca/'],
    ['https://org.uk/'],
    ['https://helpchat.org/'],
    ['https://www.chat.helpchat.org/'],
    ['https://fr.example.org/aide/'],
    ['https://www.youtube.com/watch?v=1'],
    ['https://a-b.c/'],
    ['https://localhost/'],
    ['https://evil.test/?u=https://sheltersafe.ca/'],
  ])('%s is of no interest', (url) => {
    expect(run(url)).toBe(SCREEN_SKIP);
  });

  it.each([
    ['https://user@sheltersafe.ca/'],
    ['https://sheltersafe.ca:443/'],
    ['https://%73heltersafe.ca/'],
    ['https://SheltERsafe.ca/'],
    ['https://münchen.de/'],
    ['https://xn--mnchen-3ya.de/'],
    ['https://sheltersafe.ca\\x'],
    ['https:///x'],
    ['https://'],
    ['https://./'],
    ['https://1.2.3.4/'],
    ['https://123/'],
    ['https://a.b.0x1/'],
    ['https://.a.b/'],
    ['https://a..b/'],
    ['https://a.b../'],
    ['https://a_b.ca/'],
    ['https://a b.ca/'],
    ['https://a\tb.ca/'],
    [`https://${'a.'.repeat(40)}sheltersafe.ca/`],
  ])('%s goes to the URL parser', (url) => {
    expect(run(url)).toBe(SCREEN_PARSE);
  });

  it('picks out every search engine example host', () => {
    const bare = createHostScreen(compileSiteRules([]));
    for (const engine of SEARCH_ENGINES) {
      for (const example of engine.examples) {
        expect(bare(example, example.indexOf('//') + 2), example).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('survives hash collisions by confirming the text', () => {
    // Many domains: some share hash buckets; every one must still be found, and no other host.
    const domains = Array.from({ length: 5000 }, (_, i) => `d${i.toString(36)}.example`);
    const big = createHostScreen(compileSiteRules(domains.map((domain) => ({ type: 'domain', domain }))));
    for (const domain of domains) expect(big(`https://www.${domain}/`, 8)).toBe(SCREEN_SITE);
    expect(big('https://zzzz.example/', 8)).toBe(SCREEN_SKIP);
  });
});
