import { describe, expect, it } from 'vitest';
import { ALL_RESOURCES as RESOURCES } from '../../data/directory/index';
import { filterChoices } from '../../lib/directory/filter-choices';
import type { Labels } from '../../lib/directory/listing';
import { AUDIENCES, KINDS, type Resource } from '../../lib/directory/resource-schema';
import { chromeKey, toLang } from '../../lib/i18n-key';

const labels: Labels = {
  kind: (k) => k.replace('-', ' '),
  audience: (a) => a,
  region: (r) =>
    ({ CA: 'Canada', 'CA-ON': 'Ontario', US: 'United States', GB: 'United Kingdom', GLOBAL: 'Anywhere' })[
      r
    ] ?? r,
  language: (l) => ({ en: 'English', fr: 'French', many: 'many languages' })[l] ?? l,
};

const entry = (over: Partial<Resource>): Resource => ({
  id: 'x',
  name: 'Entry',
  kind: 'hotline',
  description: { en: 'An entry.' },
  audiences: ['anyone'],
  regions: ['CA'],
  languages: ['en'],
  ...over,
});

describe('filterChoices', () => {
  const list = [
    entry({ kind: 'toolkit', audiences: ['youth', 'women'], regions: ['GLOBAL'], languages: ['fr'] }),
    entry({ kind: 'hotline', audiences: ['women'], regions: ['CA-ON', 'CA'], languages: ['many'] }),
    entry({ kind: 'restorative-justice', audiences: ['anyone'], regions: ['US'], languages: ['en', 'fr'] }),
  ];

  it('offers only values in use, audiences and kinds in schema order, regions and languages by label', () => {
    expect(filterChoices(list, labels)).toEqual({
      audience: [
        { value: 'anyone', label: 'anyone' },
        { value: 'youth', label: 'youth' },
        { value: 'women', label: 'women' },
      ],
      kind: [
        { value: 'hotline', label: 'hotline' },
        { value: 'restorative-justice', label: 'restorative justice' },
        { value: 'toolkit', label: 'toolkit' },
      ],
      region: [
        { value: 'GLOBAL', label: 'Anywhere' },
        { value: 'CA', label: 'Canada' },
        { value: 'CA-ON', label: 'Ontario' },
        { value: 'US', label: 'United States' },
      ],
      language: [
        { value: 'en', label: 'English' },
        { value: 'fr', label: 'French' },
        { value: 'many', label: 'many languages' },
      ],
    });
  });

  it('offers nothing for an empty list', () => {
    expect(filterChoices([], labels)).toEqual({ audience: [], kind: [], region: [], language: [] });
  });

  it('covers the real data: every value once, and every value some entry has', () => {
    const choices = filterChoices(RESOURCES, labels);
    for (const [field, pick] of [
      ['audience', (r: Resource) => r.audiences],
      ['kind', (r: Resource) => [r.kind]],
      ['region', (r: Resource) => r.regions],
      ['language', (r: Resource) => r.languages],
    ] as const) {
      const values = choices[field].map((c) => c.value);
      expect(new Set(values).size, field).toBe(values.length);
      expect(new Set(values), field).toEqual(new Set(RESOURCES.flatMap(pick)));
    }
    expect(choices.kind.map((c) => c.value)).toEqual(
      KINDS.filter((k) => RESOURCES.some((r) => r.kind === k)),
    );
    expect(choices.audience.map((c) => c.value)).toEqual(
      AUDIENCES.filter((a) => RESOURCES.some((r) => r.audiences.includes(a))),
    );
  });
});

describe('chromeKey', () => {
  it.each<[string, string]>([
    ['kind_hotline', 'kind_hotline'],
    ['kind_text-line', 'kind_text_line'],
    ['region_CA-ON', 'region_CA_ON'],
    ['audience_experienced-violence', 'audience_experienced_violence'],
    ['a.b c/d', 'a_b_c_d'],
    ['at@sign', 'at@sign'],
    ['é', '_'],
    ['', ''],
  ])('%j → %j', (key, expected) => {
    expect(chromeKey(key)).toBe(expected);
  });
});

describe('toLang', () => {
  it.each<[string | undefined, 'en' | 'fr']>([
    ['fr', 'fr'],
    ['fr-CA', 'fr'],
    ['FR-ca', 'fr'],
    ['fr_FR', 'fr'],
    ['en', 'en'],
    ['en-US', 'en'],
    ['de', 'en'],
    ['', 'en'],
    [undefined, 'en'],
  ])('%j → %s', (tag, expected) => {
    expect(toLang(tag)).toBe(expected);
  });
});
