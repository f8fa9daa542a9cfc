import { describe, expect, it } from 'vitest';
import {
  compileSiteRules,
  matchesHost,
  matchesPath,
  matchesSite,
  normalizeHost,
  normalizePathPrefix,
  type SiteRule,
} from '../../../lib/traces/site-rules';

describe('normalizeHost', () => {
  it.each([
    ['sheltersafe.ca', 'sheltersafe.ca'],
    ['ShelterSafe.CA', 'sheltersafe.ca'],
    ['sheltersafe.ca.', 'sheltersafe.ca'],
    ['  sheltersafe.ca  ', 'sheltersafe.ca'],
    ['www.sheltersafe.ca', 'www.sheltersafe.ca'],
    ['münchen.de', 'xn--mnchen-3ya.de'],
    ['MÜNCHEN.DE', 'xn--mnchen-3ya.de'],
    ['xn--mnchen-3ya.de', 'xn--mnchen-3ya.de'],
    ['femaide.ca', 'femaide.ca'],
    ['hébergement.ca', 'xn--hbergement-b7a.ca'],
    ['a-b.example.org', 'a-b.example.org'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeHost(input)).toBe(expected);
  });

  it.each([
    [''],
    ['.'],
    ['.sheltersafe.ca'],
    ['sheltersafe..ca'],
    ['sheltersafe.ca/help'],
    ['user@sheltersafe.ca'],
    ['sheltersafe.ca:443'],
    ['shelter safe.ca'],
    ['%73heltersafe.ca'],
    ['http://sheltersafe.ca'],
    ['xn--zz.ca'],
    ['[::1]'],
  ])('%j is not a bare host', (input) => {
    expect(normalizeHost(input)).toBeNull();
  });
});

describe('normalizePathPrefix', () => {
  it.each([
    ['/help/', '/help/'],
    ['help/', '/help/'],
    ['/a/../help/', '/help/'],
    ['/aide/hébergement', '/aide/h%C3%A9bergement'],
    ['/with space', '/with%20space'],
    ['/Help', '/Help'],
    ['/', '/'],
  ])('%j → %j', (input, expected) => {
    expect(normalizePathPrefix(input)).toBe(expected);
  });

  it.each([['/help?x=1'], ['/help#top']])('%j (query or fragment) is refused', (input) => {
    expect(normalizePathPrefix(input)).toBeNull();
  });
});

describe('compileSiteRules', () => {
  const rules: SiteRule[] = [
    { type: 'domain', domain: 'SHELTERSAFE.ca.' },
    { type: 'domain', domain: 'münchen.de' },
    { type: 'host', host: 'chat.example.org' },
    { type: 'prefix', host: 'www.canada.ca', path: '/en/family-violence/' },
    { type: 'prefix', host: 'example.com', path: '/aide/' },
    { type: 'prefix', host: 'example.com', path: '/aide/' },
    { type: 'domain', domain: 'bad host.ca' },
    { type: 'prefix', host: 'example.net', path: '/x?y' },
  ];
  const compiled = compileSiteRules(rules);

  it('normalises domains and hosts', () => {
    expect([...compiled.domains]).toEqual(['sheltersafe.ca', 'xn--mnchen-3ya.de']);
    expect([...compiled.hosts]).toEqual(['chat.example.org']);
  });

  it('indexes prefix rules under the host and its www. form, without duplicates', () => {
    expect(compiled.prefixes.get('example.com')).toEqual(['/aide/']);
    expect(compiled.prefixes.get('www.example.com')).toEqual(['/aide/']);
    expect(compiled.prefixes.get('www.canada.ca')).toEqual(['/en/family-violence/']);
    expect(compiled.prefixes.get('canada.ca')).toEqual(['/en/family-violence/']);
    expect(compiled.prefixes.get('www.www.canada.ca')).toBeUndefined();
  });

  it('collects rules that cannot be normalised instead of throwing', () => {
    expect(compiled.invalid).toEqual([rules[6], rules[7]]);
  });

  it('compiles an empty list', () => {
    const empty = compileSiteRules([]);
    expect(empty.domains.size + empty.hosts.size + empty.prefixes.size + empty.invalid.length).toBe(0);
  });
});

describe('matchesHost / matchesSite', () => {
  const compiled = compileSiteRules([
    { type: 'domain', domain: 'sheltersafe.ca' },
    { type: 'host', host: 'chat.example.org' },
    { type: 'prefix', host: 'example.com', path: '/aide/' },
  ]);

  it.each([
    ['sheltersafe.ca', true],
    ['www.sheltersafe.ca', true],
    ['a.b.c.sheltersafe.ca', true],
    ['notsheltersafe.ca', false],
    ['sheltersafe.ca.example.com', false],
    ['sheltersafe.cab', false],
    ['ca', false],
    ['chat.example.org', true],
    ['example.org', false],
    ['www.chat.example.org', false],
    ['example.com', false],
  ])('host %j → %j', (host, expected) => {
    expect(matchesHost(compiled, host)).toBe(expected);
  });

  it.each([
    ['example.com', '/aide/', true],
    ['example.com', '/aide/refuge', true],
    ['www.example.com', '/aide/refuge', true],
    ['example.com', '/aide', true],
    ['example.com', '/aides', false],
    ['example.com', '/AIDE/', false],
    ['example.com', '/', false],
    ['fr.example.com', '/aide/', false],
    ['www.sheltersafe.ca', '/anything', true],
  ])('site %j %j → %j', (host, path, expected) => {
    expect(matchesSite(compiled, host, path)).toBe(expected);
  });

  it('treats a prefix as a plain string prefix, plus the same path without its trailing slash', () => {
    expect(matchesPath(['/help'], '/helpful')).toBe(true);
    expect(matchesPath(['/help/'], '/help')).toBe(true);
    expect(matchesPath(['/help/'], '/hel')).toBe(false);
    expect(matchesPath([], '/')).toBe(false);
  });
});
