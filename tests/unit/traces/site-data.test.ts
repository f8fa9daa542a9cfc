import { describe, expect, it } from 'vitest';
import { hostnamesOf, siteDataOrigins } from '../../../lib/traces/site-data';
import type { SiteRule } from '../../../lib/traces/site-rules';

const DOMAIN: SiteRule = { type: 'domain', domain: 'sheltersafe.ca' };
const WWW_DOMAIN: SiteRule = { type: 'domain', domain: 'www.awhl.org' };
const HOST: SiteRule = { type: 'host', host: 'chat.helpchat.org' };
const PREFIX: SiteRule = { type: 'prefix', host: 'nfb.ca', path: '/playlist/violence/' };

const FOUR = [
  'https://sheltersafe.ca',
  'http://sheltersafe.ca',
  'https://www.sheltersafe.ca',
  'http://www.sheltersafe.ca',
];

describe('siteDataOrigins', () => {
  it.each<[string, SiteRule[], string[], string[], string[]]>([
    ['a domain rule: both schemes, with and without www', [DOMAIN], [], [], FOUR],
    [
      'a domain rule already on www: not www.www',
      [WWW_DOMAIN],
      [],
      [],
      ['https://www.awhl.org', 'http://www.awhl.org'],
    ],
    [
      'a host rule: that host only',
      [HOST],
      [],
      [],
      ['https://chat.helpchat.org', 'http://chat.helpchat.org'],
    ],
    ['a prefix rule is skipped', [PREFIX], [], [], []],
    [
      'a trace on a subdomain of a domain rule adds its origin',
      [DOMAIN],
      ['https://find.sheltersafe.ca/on/toronto', 'https://find.sheltersafe.ca/other'],
      [],
      [...FOUR, 'https://find.sheltersafe.ca'],
    ],
    [
      'a trace with a port keeps it',
      [DOMAIN],
      ['https://sheltersafe.ca:8443/x'],
      [],
      [...FOUR, 'https://sheltersafe.ca:8443'],
    ],
    [
      'a trace on a host rule’s host is already there',
      [HOST],
      ['https://chat.helpchat.org/room/1'],
      [],
      ['https://chat.helpchat.org', 'http://chat.helpchat.org'],
    ],
    [
      'a trace on another subdomain of a host rule is not ours',
      [HOST],
      ['https://www.helpchat.org/'],
      [],
      ['https://chat.helpchat.org', 'http://chat.helpchat.org'],
    ],
    [
      'a help search never adds the search engine',
      [DOMAIN],
      ['https://www.google.com/search?q=sheltersafe', 'https://duckduckgo.com/?q=shelter'],
      [],
      FOUR,
    ],
    [
      'a trace on a prefix rule never adds the general site',
      [PREFIX],
      ['https://nfb.ca/playlist/violence/x'],
      [],
      [],
    ],
    [
      'a look-alike host is not on the domain',
      [DOMAIN],
      ['https://notsheltersafe.ca/', 'https://sheltersafe.ca.evil.example/'],
      [],
      FOUR,
    ],
    [
      'traces that are not web URLs are ignored',
      [DOMAIN],
      ['chrome-extension://abc/options.html', 'not a url'],
      [],
      FOUR,
    ],
    [
      'origins of open tabs are left alone',
      [DOMAIN],
      ['https://find.sheltersafe.ca/x'],
      [
        'https://sheltersafe.ca/chat',
        'https://find.sheltersafe.ca/y',
        'https://news.example/',
        'about:blank',
      ],
      ['http://sheltersafe.ca', 'https://www.sheltersafe.ca', 'http://www.sheltersafe.ca'],
    ],
    [
      'an open tab on http only spares http',
      [DOMAIN],
      [],
      ['http://www.sheltersafe.ca/'],
      ['https://sheltersafe.ca', 'http://sheltersafe.ca', 'https://www.sheltersafe.ca'],
    ],
    ['no rules: nothing', [], ['https://sheltersafe.ca/'], [], []],
    [
      'several rules, each origin once',
      [DOMAIN, HOST, PREFIX, DOMAIN],
      ['https://sheltersafe.ca/'],
      [],
      [...FOUR, 'https://chat.helpchat.org', 'http://chat.helpchat.org'],
    ],
  ])('%s', (_, rules, traces, open, expected) => {
    expect(siteDataOrigins(rules, traces, open)).toEqual(expected);
  });
});

describe('hostnamesOf', () => {
  it.each<[string[], string[]]>([
    [FOUR, ['sheltersafe.ca', 'www.sheltersafe.ca']],
    [
      ['https://chat.helpchat.org', 'https://sheltersafe.ca:8443'],
      ['chat.helpchat.org', 'sheltersafe.ca'],
    ],
    [[], []],
  ])('%j → %j', (origins, expected) => {
    expect(hostnamesOf(origins)).toEqual(expected);
  });
});
