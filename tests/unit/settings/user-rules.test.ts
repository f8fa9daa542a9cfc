import { describe, expect, it } from 'vitest';
import { messagesEn, messagesFr } from '../../../data/messages';
import { parseSettings, SETTINGS_VERSION } from '../../../lib/settings/settings';
import { MULTI_LABEL_SUFFIXES, parseUserRule, type UserRuleError } from '../../../lib/settings/user-rules';
import type { SiteRule } from '../../../lib/traces/site-rules';
import { prng } from '../../fixtures/prng';

const EXISTING: SiteRule[] = [
  { type: 'domain', domain: 'sheltersafe.ca' },
  { type: 'host', host: 'chat.helpchat.org' },
  { type: 'prefix', host: 'www.canada.ca', path: '/en/stop-family-violence/' },
];

describe('parseUserRule: accepted', () => {
  it.each<[string, SiteRule]>([
    ['example.org', { type: 'domain', domain: 'example.org' }],
    ['  Example.ORG  ', { type: 'domain', domain: 'example.org' }],
    ['example.org.', { type: 'domain', domain: 'example.org' }],
    ['www.example.org', { type: 'domain', domain: 'example.org' }],
    ['*.example.org', { type: 'domain', domain: 'example.org' }],
    ['.example.org', { type: 'domain', domain: 'example.org' }],
    ['https://example.org', { type: 'domain', domain: 'example.org' }],
    ['https://example.org/', { type: 'domain', domain: 'example.org' }],
    ['http://www.example.org/?x=1#top', { type: 'domain', domain: 'example.org' }],
    ['HTTPS://WWW.EXAMPLE.ORG/', { type: 'domain', domain: 'example.org' }],
    ['example.org:8080', { type: 'domain', domain: 'example.org' }],
    ['aide.example.org', { type: 'domain', domain: 'aide.example.org' }],
    ['https://example.org/help/', { type: 'prefix', host: 'example.org', path: '/help/' }],
    [
      'https://www.example.org/help/page.html?x=1',
      { type: 'prefix', host: 'example.org', path: '/help/page.html' },
    ],
    ['example.org/aide/hébergement', { type: 'prefix', host: 'example.org', path: '/aide/h%C3%A9bergement' }],
    ['hébergement-femmes.ca', { type: 'domain', domain: 'xn--hbergement-femmes-btb.ca' }],
    ['example.co.uk', { type: 'domain', domain: 'example.co.uk' }],
    ['someone.github.io', { type: 'domain', domain: 'someone.github.io' }],
    [
      'https://sites.google.com/view/my-shelter',
      { type: 'prefix', host: 'sites.google.com', path: '/view/my-shelter' },
    ],
    [
      'https://www.google.com/maps/place/Shelter',
      { type: 'prefix', host: 'google.com', path: '/maps/place/Shelter' },
    ],
    ['mail.yahoo.com', { type: 'domain', domain: 'mail.yahoo.com' }],
    ['helpchat.org', { type: 'domain', domain: 'helpchat.org' }],
    ['canada.ca', { type: 'domain', domain: 'canada.ca' }],
    ['https://www.canada.ca/en/other/', { type: 'prefix', host: 'canada.ca', path: '/en/other/' }],
    ['gouv.qc.ca', { type: 'domain', domain: 'gouv.qc.ca' }],
  ])('%j → %j', (input, rule) => {
    expect(parseUserRule(input, EXISTING)).toEqual({ ok: true, rule });
  });
});

describe('parseUserRule: refused', () => {
  it.each<[string, UserRuleError]>([
    ['', 'empty'],
    ['   ', 'empty'],
    ['not a site', 'invalid'],
    ['exa_mple.org', 'invalid'],
    ['-example.org', 'invalid'],
    ['example..org', 'invalid'],
    ['me@example.org', 'invalid'],
    ['https://user:pw@example.org/', 'invalid'],
    ['https://', 'invalid'],
    ['http://[::1', 'invalid'],
    ['example.org:99999', 'invalid'],
    ['example.x', 'invalid'],
    ['example.123', 'invalid'],
    ['not%20a%20site', 'invalid'],
    ['sheltersafe.ca', 'duplicate'],
    ['www.sheltersafe.ca', 'duplicate'],
    ['fr.sheltersafe.ca', 'duplicate'],
    ['https://sheltersafe.ca/find-help/', 'duplicate'],
    ['*.SHELTERSAFE.CA', 'duplicate'],
    ['https://www.canada.ca/en/stop-family-violence/', 'duplicate'],
    ['https://canada.ca/en/stop-family-violence/prevention.html', 'duplicate'],
    ['google.com', 'search-engine'],
    ['www.google.ca', 'search-engine'],
    ['google.co.uk', 'search-engine'],
    ['https://www.google.com/', 'search-engine'],
    ['https://www.google.com/search?q=x', 'search-engine'],
    ['https://www.google.com/se', 'search-engine'],
    ['bing.com', 'search-engine'],
    ['https://www.bing.com/images', 'search-engine'],
    ['duckduckgo.com', 'search-engine'],
    ['html.duckduckgo.com', 'search-engine'],
    ['yahoo.com', 'search-engine'],
    ['ca.search.yahoo.com', 'search-engine'],
    ['search.yahoo.co.jp', 'search-engine'],
    ['search.yahoo.com', 'search-engine'],
    ['ecosia.org', 'search-engine'],
    ['brave.com', 'search-engine'],
    ['search.brave.com', 'search-engine'],
    ['startpage.com', 'search-engine'],
    ['qwant.com', 'search-engine'],
    ['yandex.ru', 'search-engine'],
    ['ca', 'public-suffix'],
    ['.ca', 'public-suffix'],
    ['*.ca', 'public-suffix'],
    ['com', 'public-suffix'],
    ['co.uk', 'public-suffix'],
    ['www.co.uk', 'public-suffix'],
    ['com.au', 'public-suffix'],
    ['gc.ca', 'public-suffix'],
    ['qc.ca', 'public-suffix'],
    ['github.io', 'public-suffix'],
    ['*.github.io', 'public-suffix'],
    ['https://blogspot.com/', 'public-suffix'],
    ['intranet', 'public-suffix'],
    ['javascript:alert(1)', 'not-http'],
    ['JavaScript:alert(1)', 'not-http'],
    ['data:text/html,<h1>hi</h1>', 'not-http'],
    ['chrome://settings', 'not-http'],
    ['chrome-extension://abc/options.html', 'not-http'],
    ['about:blank', 'not-http'],
    ['file:///home/me/help.html', 'not-http'],
    ['ftp://example.org/', 'not-http'],
    ['mailto:help@example.org', 'not-http'],
    ['localhost', 'ip-or-local'],
    ['localhost:3000', 'ip-or-local'],
    ['http://localhost/help', 'ip-or-local'],
    ['app.localhost', 'ip-or-local'],
    ['printer.local', 'ip-or-local'],
    ['192.168.0.1', 'ip-or-local'],
    ['http://10.0.0.1:8080/', 'ip-or-local'],
    ['0x7f.1', 'ip-or-local'],
    ['[::1]', 'ip-or-local'],
    ['http://[2001:db8::1]/', 'ip-or-local'],
  ])('%j → %s', (input, reason) => {
    const result = parseUserRule(input, EXISTING);
    expect(result).toMatchObject({ ok: false, reason });
    // The refusal is worded from the catalog, in both languages.
    expect(messagesEn[`siteError_${reason}`]).toMatch(/\w/);
    expect(messagesFr[`siteError_${reason}`]).toMatch(/\w/);
  });
});

describe('parseUserRule: duplicates against other rule kinds', () => {
  it('accepts a domain rule that widens an existing host rule', () => {
    expect(parseUserRule('chat.helpchat.org', EXISTING)).toEqual({
      ok: true,
      rule: { type: 'domain', domain: 'chat.helpchat.org' },
    });
  });

  it('refuses a prefix already covered by a shorter prefix', () => {
    const existing: SiteRule[] = [{ type: 'prefix', host: 'example.org', path: '/help/' }];
    expect(parseUserRule('example.org/help/more', existing)).toMatchObject({ reason: 'duplicate' });
    expect(parseUserRule('example.org/hel', existing)).toMatchObject({ ok: true });
    expect(parseUserRule('example.org/help', existing)).toMatchObject({ ok: true });
  });

  it('accepts a prefix when only the bare host, not its www. form, is covered', () => {
    const existing: SiteRule[] = [{ type: 'host', host: 'example.org' }];
    expect(parseUserRule('example.org/help/', existing)).toMatchObject({ ok: true });
    const both: SiteRule[] = [...existing, { type: 'host', host: 'www.example.org' }];
    expect(parseUserRule('example.org/help/', both)).toMatchObject({ reason: 'duplicate' });
  });

  it('accepts anything against an empty list', () => {
    expect(parseUserRule('sheltersafe.ca', [])).toMatchObject({ ok: true });
  });
});

describe('parseUserRule: robustness', () => {
  it.each([
    ['%'],
    ['\u0000'],
    ['💜'],
    ['a'.repeat(10_000)],
    [`https://${'a.'.repeat(200)}com`],
    ['*.'],
    ['.'],
    ['*'],
  ])('%j does not throw', (input) => {
    expect(() => parseUserRule(input, EXISTING)).not.toThrow();
    expect(parseUserRule(input, EXISTING).ok).toBe(false);
  });

  it('keeps the suffix list lower-case and multi-label', () => {
    for (const suffix of MULTI_LABEL_SUFFIXES) expect(suffix).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
  });
});

describe('one invariant: what the options form accepts survives a save and a reload', () => {
  const survives = (input: string): boolean => {
    const result = parseUserRule(input, []);
    if (!result.ok) return false;
    const stored = parseSettings({ version: SETTINGS_VERSION, userSites: [result.rule] });
    expect(stored.reset, input).toEqual([]);
    expect(stored.settings.userSites, input).toEqual([result.rule]);
    // And through JSON, as storage keeps it.
    const reloaded = parseSettings(JSON.parse(JSON.stringify(stored.settings)));
    expect(reloaded.settings.userSites, input).toEqual([result.rule]);
    return true;
  };

  it.each([
    'example.org',
    'www.example.org',
    '*.example.org',
    'https://example.org/help/',
    'aide.example.org',
    'hébergement-femmes.ca',
    'example.co.uk',
    'someone.github.io',
    'https://sites.google.com/view/my-shelter',
    'example.org/aide/hébergement',
    'https://example.org/a/../b/./c',
    'EXAMPLE.org./Help',
    'xn--80ak6aa92e.com',
    'a.b.c.d.example.net/x',
    'https://example.org/%7Euser/',
    'https://example.org/a b',
    'mail.yahoo.com',
    'example.x',
    'example.123',
    'ex--ample.org',
    '1example.org',
    'example.org:8080/path?x#y',
  ])('%j', (input) => {
    survives(input);
  });

  it('holds for 5,000 random addresses shaped the way people type them', () => {
    const random = prng(20261130);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    const chars = (set: string, max: number) =>
      Array.from({ length: 1 + Math.floor(random() * max) }, () => pick([...set])).join('');
    let accepted = 0;
    for (let i = 0; i < 5000; i++) {
      const labels = Array.from({ length: 1 + Math.floor(random() * 3) }, () =>
        chars(random() < 0.9 ? 'abcxyz019-' : 'abé_-.Ä', 10),
      );
      const host = [...labels, chars('abcorgfrx1', 4)].join('.');
      const address = [
        pick(['', '', 'https://', 'http://', 'HTTPS://', '*.', '.', 'www.']),
        random() < 0.2 ? host.toUpperCase() : host,
        pick(['', '', '.', ':8080', ':99999']),
        pick(['', '/', `/${chars('abc/.-%é ~', 12)}`, `/${chars('abc', 5)}/?q=1#x`]),
      ].join('');
      if (survives(address)) accepted++;
    }
    // Enough of them are accepted for the check to mean something.
    expect(accepted).toBeGreaterThan(1000);
  });
});
