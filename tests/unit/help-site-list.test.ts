/**
 * The shipped help-site list (`data/help-site-list.ts`) against its research record
 * (`data/sources/help-sites.json`): every entry parses and normalises, nothing is listed twice,
 * no whole-domain rule names a public suffix or a general site, and the record holds exactly the
 * same rules in the same order, each with the address of the page it was checked against.
 */
import { describe, expect, it } from 'vitest';
import { HELP_SITE_LIST } from '../../data/help-site-list';
import record from '../../data/sources/help-sites.json';
import { compileSiteRules, normalizeHost, parseSiteEntry, type SiteRule } from '../../lib/traces/site-rules';

interface RecordRow {
  rule: SiteRule;
  name: string;
  region: string;
  category: string;
  langs: string[];
  evidence: string;
  why: string;
}
const rows = record as RecordRow[];

const parsed = HELP_SITE_LIST.map((entry) => ({ entry, rule: parseSiteEntry(entry) }));
const rules = parsed.map((p) => p.rule).filter((r): r is SiteRule => r !== null);

/** Suffixes under which anyone can register a name; a domain rule must sit below them. */
const PUBLIC_SUFFIXES = new Set([
  'com',
  'org',
  'net',
  'info',
  'ca',
  'us',
  'uk',
  'ie',
  'au',
  'nz',
  'fr',
  'be',
  'scot',
  'wales',
  'cymru',
  'co.uk',
  'org.uk',
  'ltd.uk',
  'me.uk',
  'net.uk',
  'gov.uk',
  'ac.uk',
  'nhs.uk',
  'police.uk',
  'com.au',
  'org.au',
  'net.au',
  'asn.au',
  'id.au',
  'gov.au',
  'edu.au',
  'co.nz',
  'org.nz',
  'net.nz',
  'govt.nz',
  'iwi.nz',
  'school.nz',
  'ac.nz',
  'maori.nz',
  'qc.ca',
  'on.ca',
  'bc.ca',
  'ab.ca',
  'mb.ca',
  'sk.ca',
  'ns.ca',
  'nb.ca',
  'nl.ca',
  'pe.ca',
  'yk.ca',
  'nt.ca',
  'nu.ca',
  'gouv.fr',
  'asso.fr',
  'gouv.qc.ca',
  'gc.ca',
  'uk.net',
  'github.io',
  'wordpress.com',
  'blogspot.com',
  'wixsite.com',
  'squarespace.com',
]);

/** General sites: a visit there says nothing about violence, so they may never be whole-domain rules. */
const GENERAL_SITES = new Set([
  'canada.ca',
  'ontario.ca',
  'quebec.ca',
  'alberta.ca',
  'saskatchewan.ca',
  'novascotia.ca',
  'gnb.ca',
  'yukon.ca',
  'gov.uk',
  'gov.scot',
  'gov.wales',
  'llyw.cymru',
  'nidirect.gov.uk',
  'gov.ie',
  'gov.au',
  'govt.nz',
  'gouv.fr',
  'service-public.fr',
  'belgium.be',
  'wallonie.be',
  'brussels.be',
  'wikipedia.org',
  'wikimedia.org',
  'nhs.uk',
  'bbc.co.uk',
  'bbc.com',
  'cbc.ca',
  'radio-canada.ca',
  'abc.net.au',
  'rnz.co.nz',
  'youtube.com',
  'facebook.com',
  'instagram.com',
  'twitter.com',
  'x.com',
  'tiktok.com',
  'reddit.com',
  'google.com',
  'salvationarmy.org',
  'salvationarmy.ca',
  'salvationarmy.org.uk',
  'redcross.org',
  'redcross.ca',
  'redcross.org.uk',
  'unitedway.org',
  'unitedway.ca',
  'ywca.org',
  'ywcacanada.ca',
  'ymca.net',
  'ymca.ca',
  'homelesshub.ca',
  'rainbowhealthontario.ca',
  'prevnet.ca',
  'the519.org',
  'hestia.org',
  'shelter.org.uk',
  'legalaid.on.ca',
  'legalaid.bc.ca',
  'legalaid.vic.gov.au',
  'citizensadvice.org.uk',
]);
const GENERAL_PATTERNS = [
  /(^|\.)gov\.[a-z.]+$/, // gov.uk, gov.scot, gov.wales, gov.au, gov.bc.ca …
  /(^|\.)govt\.nz$/,
  /(^|\.)gouv\.[a-z.]+$/, // gouv.fr, gouv.qc.ca …
  /\.gc\.ca$/,
  /\.gov$/,
  /\.mil$/,
  /\.edu$/,
  /\.edu\.au$/,
  /\.ac\.uk$/,
  /\.ac\.nz$/,
  /\.nhs\.uk$/,
  /\.police\.uk$/,
];

const ruleKey = (rule: SiteRule): string =>
  rule.type === 'domain'
    ? rule.domain
    : rule.type === 'host'
      ? `host:${rule.host}`
      : `prefix:${rule.host}${rule.path}`;

describe('HELP_SITE_LIST', () => {
  it('holds several hundred entries', () => {
    expect(HELP_SITE_LIST.length).toBeGreaterThanOrEqual(350);
  });

  it('parses every entry into a SiteRule', () => {
    const bad = parsed.filter((p) => p.rule === null).map((p) => p.entry);
    expect(bad).toEqual([]);
  });

  it('round-trips: each parsed rule prints back as its entry', () => {
    for (const p of parsed) expect(ruleKey(p.rule as SiteRule)).toBe(p.entry);
  });

  it('normalises every rule (nothing lands in invalid)', () => {
    expect(compileSiteRules(rules).invalid).toEqual([]);
  });

  it('writes hosts in their canonical form', () => {
    for (const rule of rules) {
      const host = rule.type === 'domain' ? rule.domain : rule.host;
      expect(normalizeHost(host)).toBe(host);
      if (rule.type !== 'prefix') expect(host.startsWith('www.')).toBe(false);
    }
  });

  it('lists nothing twice, and nothing already covered by a domain rule', () => {
    expect(new Set(HELP_SITE_LIST).size).toBe(HELP_SITE_LIST.length);
    const domains = new Set(rules.flatMap((r) => (r.type === 'domain' ? [r.domain] : [])));
    const coveredByDomain = (host: string): boolean => {
      const labels = host.split('.');
      return labels.some((_, i) => domains.has(labels.slice(i).join('.')));
    };
    for (const rule of rules) {
      if (rule.type === 'domain') {
        const parent = rule.domain.split('.').slice(1).join('.');
        expect(coveredByDomain(parent), rule.domain).toBe(false);
      } else {
        expect(coveredByDomain(rule.host), ruleKey(rule)).toBe(false);
      }
    }
  });

  it('never makes a public suffix a whole-domain rule', () => {
    for (const rule of rules) {
      if (rule.type !== 'domain') continue;
      expect(rule.domain.split('.').length, rule.domain).toBeGreaterThanOrEqual(2);
      expect(PUBLIC_SUFFIXES.has(rule.domain), rule.domain).toBe(false);
      const parent = rule.domain.split('.').slice(1).join('.');
      // A name registered directly under a two-label suffix (x.org.uk) is fine; the suffix itself is not.
      expect(PUBLIC_SUFFIXES.has(parent) || parent.split('.').length === 1, rule.domain).toBe(true);
    }
  });

  it('never makes a general site a whole-domain rule', () => {
    for (const rule of rules) {
      if (rule.type !== 'domain') continue;
      expect(GENERAL_SITES.has(rule.domain), rule.domain).toBe(false);
      for (const pattern of GENERAL_PATTERNS)
        expect(pattern.test(rule.domain), `${rule.domain} ~ ${pattern}`).toBe(false);
    }
  });
});

describe('data/sources/help-sites.json', () => {
  const REGION =
    /^(GLOBAL|CA|CA-(BC|AB|SK|MB|ON|QC|NB|NS|PE|NL|YT|NT|NU)|US|US-[A-Z]{2}|GB|GB-(ENG|SCT|WLS|NIR)|IE|AU|AU-(NSW|VIC|QLD|WA|SA|TAS|ACT|NT)|NZ|FR|BE)$/;
  const CATEGORIES = new Set([
    'shelter',
    'sexual-assault',
    'crisis-line',
    'legal',
    'men',
    'used-violence',
    'lgbtq',
    'indigenous',
    'youth',
    'network',
    'prevention',
    'directory',
    'other',
  ]);

  it('holds exactly the shipped rules, in the same order', () => {
    expect(rows.map((row) => ruleKey(row.rule))).toEqual([...HELP_SITE_LIST]);
    expect(rows.map((row) => row.rule)).toEqual(rules);
  });

  it('gives every rule a name, region, category, languages and an evidence address', () => {
    for (const row of rows) {
      const label = ruleKey(row.rule);
      expect(row.name.trim(), label).not.toBe('');
      expect(REGION.test(row.region), `${label}: ${row.region}`).toBe(true);
      expect(CATEGORIES.has(row.category), `${label}: ${row.category}`).toBe(true);
      expect(row.langs.length, label).toBeGreaterThan(0);
      expect(row.evidence, label).toMatch(/^https?:\/\/[^\s/]+\.[^\s/]+/);
      expect(row.why.trim(), label).not.toBe('');
    }
  });
});
