import { describe, expect, it } from 'vitest';
import { ALL_RESOURCES, LINES_BY_COUNTRY } from '../../../data/directory/index';
import { COUNTRY_LOADERS, loadFirstLines } from '../../../data/directory/load';
import { messagesEn, messagesFr } from '../../../data/messages';
import { makeLabels } from '../../../lib/directory/labels';
import { startOrder } from '../../../lib/directory/listing';
import type { RegionGuess } from '../../../lib/directory/region';
import {
  chosenLang,
  chosenRegion,
  hasLocalLines,
  linesForRegion,
  PICKABLE_REGIONS,
  REGION_CHOICES,
  regionOf,
} from '../../../lib/directory/region-choice';
import { REGIONS, type Resource } from '../../../lib/directory/resource-schema';

const entry = (id: string, over: Partial<Resource> = {}): Resource => ({
  id,
  name: id,
  kind: 'hotline',
  description: { en: id },
  audiences: ['anyone'],
  regions: ['CA'],
  languages: ['en'],
  crisis: true,
  ...over,
});
const ids = (list: readonly { id: string }[]) => list.map((r) => r.id);
const QC: RegionGuess = { country: 'CA', subdivision: 'CA-QC' };

describe('the choices', () => {
  it('name every province and territory, every UK nation and every country with lines', () => {
    const subdivisions = REGIONS.filter((r) => /^(CA|GB)-/.test(r));
    expect(PICKABLE_REGIONS).toEqual(expect.arrayContaining(subdivisions));
    for (const country of Object.keys(LINES_BY_COUNTRY))
      expect(
        PICKABLE_REGIONS.some((r) => r.split('-')[0] === country),
        country,
      ).toBe(true);
    for (const r of PICKABLE_REGIONS) expect(REGIONS).toContain(r);
    expect(REGION_CHOICES[0]).toBe('auto');
    expect(REGION_CHOICES.at(-1)).toBe('elsewhere');
  });

  it.each<[string, RegionGuess]>([
    ['CA-QC', QC],
    ['GB-SCT', { country: 'GB', subdivision: 'GB-SCT' }],
    ['US', { country: 'US' }],
    ['BE', { country: 'BE' }],
  ])('%s is read as %j', (code, region) => {
    expect(regionOf(code as never)).toEqual(region);
  });

  it('auto follows the guess; a choice overrides it; somewhere else is no region', () => {
    const guess = { country: 'CA', subdivision: 'CA-ON' };
    expect(chosenRegion('auto', guess)).toBe(guess);
    expect(chosenRegion('GB-WLS', guess)).toEqual({ country: 'GB', subdivision: 'GB-WLS' });
    expect(chosenRegion('elsewhere', guess)).toEqual({});
  });

  it.each([
    ['auto', 'en', 'en'],
    ['auto', 'fr', 'fr'],
    ['fr', 'en', 'fr'],
    ['en', 'fr', 'en'],
  ] as const)('language %s in a %s browser is %s', (choice, browser, lang) => {
    expect(chosenLang(choice, browser)).toBe(lang);
  });
});

describe('linesForRegion', () => {
  const list = [
    entry('emergency', { kind: 'emergency', regions: ['CA-QC', 'CA-ON'], languages: ['en', 'fr'] }),
    entry('qc-english', { regions: ['CA-QC'], languages: ['en'] }),
    entry('qc-french', { regions: ['CA-QC'], languages: ['fr'] }),
    entry('national-english', { regions: ['CA'], languages: ['en'] }),
    entry('national-interpreters', { regions: ['CA'], languages: ['many'] }),
    entry('on-french', { regions: ['CA-ON'], languages: ['fr'] }),
  ];

  it('in Québec: the emergency number, then the lines near the person that answer in French', () => {
    expect(ids(linesForRegion(list, QC))).toEqual([
      'emergency',
      'qc-french',
      'national-interpreters',
      'qc-english',
      'national-english',
      'on-french',
    ]);
  });

  it('elsewhere in Canada: the order is left as given', () => {
    expect(ids(linesForRegion(list, { country: 'CA', subdivision: 'CA-ON' }))).toEqual(ids(list));
  });

  it('somewhere else: only lines for a whole country or anywhere', () => {
    expect(ids(linesForRegion(list, {}))).toEqual(['national-english', 'national-interpreters']);
  });

  it('Québec in the real directory: every line near the person before the first other line answers in French', () => {
    const crisis = linesForRegion(startOrder(ALL_RESOURCES, QC).crisis, QC);
    expect(crisis[0]!.id).toBe('emergency-ca');
    // Right after it, Québec's own lines.
    const own = crisis.filter((r) => r.kind !== 'emergency' && r.regions.includes('CA-QC'));
    expect(own.length).toBeGreaterThan(0);
    expect(ids(crisis.slice(1, 1 + own.length))).toEqual(ids(own));
    const firstFar = crisis.findIndex((r) => !r.regions.some((c) => c === 'CA' || c === 'CA-QC'));
    for (const r of crisis.slice(0, firstFar))
      expect(
        r.languages.some((l) => l === 'fr' || l === 'many'),
        r.id,
      ).toBe(true);
  });

  it('somewhere else in the real directory: no province’s or nation’s own line', () => {
    const crisis = linesForRegion(startOrder(ALL_RESOURCES, {}).crisis, {});
    expect(crisis.length).toBeGreaterThan(10);
    for (const r of crisis)
      expect(
        r.regions.some((c) => !c.includes('-')),
        r.id,
      ).toBe(true);
  });
});

describe('hasLocalLines', () => {
  it.each<[RegionGuess, boolean]>([
    [{ country: 'CA', subdivision: 'CA-NU' }, true],
    [{ country: 'GB', subdivision: 'GB-NIR' }, true],
    [{ country: 'BE' }, true],
    [{ country: 'CH' }, false],
    [{}, false],
  ])('%j: %s', (region, expected) => {
    expect(hasLocalLines(ALL_RESOURCES, region)).toBe(expected);
  });

  it('every region a person can pick has a line of its own or its country’s', () => {
    for (const code of PICKABLE_REGIONS)
      expect(hasLocalLines(ALL_RESOURCES, regionOf(code)), code).toBe(true);
  });
});

describe('loading by country', () => {
  it('has one loader per country module, giving that module’s lines', async () => {
    expect(Object.keys(COUNTRY_LOADERS).sort()).toEqual(Object.keys(LINES_BY_COUNTRY).sort());
    for (const [country, lines] of Object.entries(LINES_BY_COUNTRY))
      expect(await COUNTRY_LOADERS[country]!()).toBe(lines);
  });

  it('loads the region’s country first, and every country’s lines for somewhere else', async () => {
    expect(await loadFirstLines({ country: 'GB', subdivision: 'GB-SCT' })).toBe(LINES_BY_COUNTRY.GB);
    const everywhere = await loadFirstLines({});
    expect(ids(everywhere).sort()).toEqual(ids(Object.values(LINES_BY_COUNTRY).flat()).sort());
    expect(ids(await loadFirstLines({ country: 'CH' })).sort()).toEqual(ids(everywhere).sort());
  });
});

describe('region names', () => {
  it.each([
    ['en', messagesEn],
    ['fr', messagesFr],
  ] as const)('every region an entry may name has a name in %s', (lang, catalog) => {
    const labels = makeLabels((key) => (catalog as Record<string, string>)[key] ?? key, lang);
    for (const code of REGIONS) expect(labels.region(code), code).not.toMatch(/^region_|^[A-Z]{2}(-|$)/);
  });
});
