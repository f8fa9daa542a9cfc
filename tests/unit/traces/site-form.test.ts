import { describe, expect, it } from 'vitest';
import { HELP_SITE_LIST } from '../../../data/help-site-list';
import { decodeSites, encodeSites, sitesModule } from '../../../lib/traces/site-form';
import { compileSiteRules, parseSiteEntry } from '../../../lib/traces/site-rules';

describe('the help-site list as the background script ships it', () => {
  const shipped = decodeSites(encodeSites(HELP_SITE_LIST));

  it('reads back every entry, once each, whatever its kind', () => {
    expect(new Set(shipped)).toEqual(new Set(HELP_SITE_LIST));
    expect(shipped.length).toBe(new Set(HELP_SITE_LIST).size);
    const kinds = new Set(shipped.map((e) => parseSiteEntry(e)?.type));
    expect(kinds).toEqual(new Set(['domain', 'host', 'prefix']));
  });

  it('compiles into the same rules as the list written in the source', () => {
    const rules = (list: readonly string[]) => compileSiteRules(list.map((e) => parseSiteEntry(e)!));
    const [source, built] = [rules(HELP_SITE_LIST), rules(shipped)];
    expect(built.domains).toEqual(source.domains);
    expect(built.hosts).toEqual(source.hosts);
    const sorted = (m: ReadonlyMap<string, readonly string[]>) =>
      new Map([...m].map(([k, v]) => [k, [...v].sort()]));
    expect(sorted(built.prefixes)).toEqual(sorted(source.prefixes));
    expect(built.invalid).toEqual([]);
  });

  it('never cuts a token in two once the single-character tokens are spent', () => {
    // Twenty-six unrelated parts take the single-character tokens and more, then "violence" takes
    // "~e"; its three sites with "conjugal" must not make "econjugal" a part (which cut the token).
    let seed = 7;
    const letter = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return String.fromCharCode(97 + ((seed >> 16) % 26));
    };
    const fillers = Array.from({ length: 26 }, () => Array.from({ length: 9 }, letter).join(''));
    const sites = [
      ...Array.from(
        { length: 780 },
        (_, i) => `${fillers[i % 26]}-${i.toString(36)}-${fillers[(i + 7) % 26]}.org`,
      ),
      ...Array.from({ length: 17 }, (_, j) => `violence-${j.toString(36)}.org`),
      ...Array.from({ length: 3 }, (_, j) => `violenceconjugal${j}.org`),
    ];
    const coded = encodeSites(sites);
    expect(coded.split('\n')[0]!.split(',')).toContain('violence');
    expect(new Set(decodeSites(coded))).toEqual(new Set(sites));
  });

  it('keeps capitals in a path, and every kind of entry, through the coding', () => {
    const entries = [
      'womensaid.org.uk',
      'host:help.example.org',
      'prefix:example.org.au/DV/',
      'prefix:example.org.au/dv/',
      'prefix:a.ca/Community/Student_services/',
    ];
    expect(new Set(decodeSites(encodeSites(entries)))).toEqual(new Set(entries));
  });

  it('is much smaller than the list, and a module that exports it', () => {
    expect(encodeSites(HELP_SITE_LIST).length).toBeLessThan(HELP_SITE_LIST.join('|').length * 0.75);
    expect(sitesModule(['a.example.org'])).toContain('export const HELP_SITE_LIST');
  });

  it('refuses what is not an entry, and a coded list it did not write', () => {
    expect(() => encodeSites(['prefix:example.org'])).toThrow();
    expect(() => encodeSites(['host:exa`mple.org'])).toThrow();
    expect(() => decodeSites('Zabc')).toThrow();
  });
});
