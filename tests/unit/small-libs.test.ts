import { describe, expect, it } from 'vitest';
import { ALL_RESOURCES as RESOURCES } from '../../data/directory/index';
import { filterChoices } from '../../lib/directory/filter-choices';
import type { Labels } from '../../lib/directory/listing';
import { AUDIENCES, KINDS, type Resource } from '../../lib/directory/resource-schema';
import { chromeKey, toLang } from '../../lib/i18n-key';
import { helpResourceNames } from '../../lib/traces/help-sites';

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

describe('helpResourceNames', () => {
  it.each<[string, Partial<Resource>, string[]]>([
    ['a name', { name: 'Shelter Safe' }, ['Shelter Safe']],
    [
      'the French name and aliases too',
      { name: 'Kids Help Phone', nameFr: "Jeunesse, J'écoute", aliases: ['Kids Help Line'] },
      ['Kids Help Phone', "Jeunesse, J'écoute", 'Kids Help Line'],
    ],
    ['drops names of 4 letters or digits', { name: 'SAFE', aliases: ['988', '9-8-8', 'KHP', 'AWHL'] }, []],
    [
      'counts only letters and digits',
      { name: 'A.B.C.D', aliases: ['1-800-X', "Fem'a", "Fem'ai"] },
      ['1-800-X', "Fem'ai"],
    ],
    ['keeps 5 accented letters', { name: 'Écoute', aliases: ['ÉCOUT'] }, ['Écoute', 'ÉCOUT']],
    ['counts non-Latin letters', { name: 'عنف أسري' }, ['عنف أسري']],
  ])('%s', (_, over, expected) => {
    expect(helpResourceNames([entry(over)])).toEqual(expected);
  });

  it('lists each name once across resources', () => {
    const names = helpResourceNames([
      entry({ name: 'Shelter Safe' }),
      entry({ aliases: ['Shelter Safe'], name: 'Other one' }),
    ]);
    expect(names).toEqual(['Shelter Safe', 'Other one']);
  });

  it('on the real data: keeps full names, drops the short aliases', () => {
    const names = helpResourceNames(RESOURCES);
    expect(names).toContain("Assaulted Women's Helpline");
    expect(names).toContain("Jeunesse, J'écoute");
    expect(names).toContain('RAINN National Sexual Assault Hotline');
    expect(names).toContain('RAINN'); // five letters: long enough
    for (const short of ['988', '9-8-8', 'KHP', 'AWHL', '911', 'NFB', 'CLC', 'MAL'])
      expect(names).not.toContain(short);
    for (const n of names) expect(n.replace(/[^\p{L}\p{N}]/gu, '').length, n).toBeGreaterThanOrEqual(5);
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
