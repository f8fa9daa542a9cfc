/**
 * Entries for another province or country come after every entry that serves the person's
 * region, unless the person typed their name: a Yukon reader searching "sexual assault" is not
 * offered Manitoba's line before Yukon's, nor a reader in France an Australian number for
 * "counselling". Checked on the whole catalog, for short searches of our own in every region
 * (`bench/region-order.ts`, which `npm run bench` reports).
 */
import { describe, expect, it } from 'vitest';
import { listed, measureRegionOrder, PROBE_REGIONS, PROBES_EN, PROBES_FR } from '../../../bench/region-order';
import { prepareQuery, searchIndex, typedNames } from '../../../lib/directory/search';
import { catalogFor } from '../../fixtures/popup-search';

describe('entries from elsewhere come after the region’s own', () => {
  const cases = PROBE_REGIONS.flatMap((region) => [
    ...PROBES_EN.map((q) => [region, 'en', q] as const),
    ...PROBES_FR.map((q) => [region, 'fr', q] as const),
  ]);
  it.each(cases)('%s, %s: "%s"', (region, lang, q) => {
    const ids = listed(q, lang, region);
    const firstAway = ids.findIndex((x) => x.away);
    const lastHere = ids.findLastIndex((x) => !x.away);
    if (firstAway >= 0) expect(firstAway, JSON.stringify(ids.slice(0, 8))).toBeGreaterThan(lastHere);
  });

  it('as npm run bench counts it: none before an entry for the region', () => {
    expect(measureRegionOrder().before).toBe(0);
  });

  it('an entry whose name is typed is found first wherever the person is', () => {
    expect(listed('klinic', 'en', 'CA-ON')[0]?.id).toBe('mb-sexual-assault-crisis-line');
    expect(listed('womens refuge', 'en', 'CA-ON')[0]?.id).toBe('nz-womens-refuge');
    expect(listed('rainn', 'en', 'GB-ENG')[0]?.id).toBe('rainn');
    expect(listed('sos violence conjugale', 'fr', 'FR')[0]?.id).toBe('qc-sos-violence-conjugale');
  });

  it('the region’s own lines lead for a short topic (Yukon, sexual assault; France, counselling)', () => {
    expect(listed('sexual assault', 'en', 'CA-YT')[0]).toMatchObject({ away: false });
    expect(listed('counselling', 'en', 'FR')[0]).toMatchObject({ away: false });
    expect(listed('crisis line', 'en', 'BE')[0]).toMatchObject({ away: false });
  });
});

describe('typedNames', () => {
  const typed = (q: string, id: string) =>
    typedNames(searchIndex(catalogFor('en').index(), prepareQuery(q))).has(id);
  it('reads a name or a capitalised other name typed in full, whole, begun or with a typo', () => {
    expect(typed('sexual assault crisis line klinic manitoba', 'mb-sexual-assault-crisis-line')).toBe(true);
    expect(typed('klinic', 'mb-sexual-assault-crisis-line')).toBe(true);
    expect(typed('womens refuge', 'nz-womens-refuge')).toBe(true);
    expect(typed('shelter safe', 'shelter-safe')).toBe(true);
    expect(typed('rainn', 'rainn')).toBe(true);
  });
  it('not a topic people search by, an ordinary word, nor words the index matched loosely', () => {
    // "shelters" and "sexual assault" are other names in lower case: topics, not names.
    expect(typed('shelters', 'shelter-safe')).toBe(false);
    expect(typed('sexual assault', 'rainn')).toBe(false);
    // A one-word name other entries use too: "Refuge", "The Hotline".
    expect(typed('refuge', 'gb-eng-national-domestic-abuse-helpline')).toBe(false);
    expect(typed('hotline', 'us-national-dv-hotline')).toBe(false);
    // "line" matches "klinic" in the index, loosely; it does not type it.
    expect(typed('crisis line', 'mb-sexual-assault-crisis-line')).toBe(false);
    // Begun, but not near its end: "shelter" does not type "ShelterSafe".
    expect(typed('shelter', 'shelter-safe')).toBe(false);
  });
});

describe('a person harmed is never left without a line of their region to talk to', () => {
  const top = (q: string, region: string, lang: 'en' | 'fr' = 'en') =>
    listed(q, lang, region).map((x) => x.id);
  it.each([
    ['my husband hits me', 'CA-NT', 'nt-help-line'],
    ['my partner controls my money', 'CA-NU', 'nu-kamatsiaqtut'],
    ['sexual assault', 'CA-SK', 'sk-211'],
    ['il me violait tous les jours', 'CA-NB', 'nb-211'],
  ])('"%s" in %s: %s in the first three', (q, region, line) => {
    expect(top(q, region, /il me/.test(q) ? 'fr' : 'en').slice(0, 3)).toContain(line);
  });

  it('before a line for a group the person did not name', () => {
    const ids = top('sexual assault', 'CA-NT');
    expect(ids.indexOf('nt-help-line')).toBeLessThan(ids.indexOf('kids-help-phone'));
  });

  it('not where the results already hold one (Ontario), nor for someone who used violence or a supporter', () => {
    expect(top('my husband hits me', 'CA-ON')[0]).toBe('assaulted-womens-helpline');
    expect(top('I hit my wife', 'CA-NT')).not.toContain('nt-help-line');
    expect(top("my sister's husband hits her", 'CA-NT')).not.toContain('nt-help-line');
  });

  it('never a line for women for a man', () => {
    const ids = top("homme victime de violence conjugale la honte d'en parler", 'CA-ON', 'fr');
    for (const id of ['assaulted-womens-helpline', 'femaide']) expect(ids.slice(0, 3)).not.toContain(id);
  });
});
