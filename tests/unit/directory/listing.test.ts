import { describe, expect, it } from 'vitest';
import { ALL_RESOURCES as RESOURCES } from '../../../data/directory/index';
import {
  closingLines,
  type Filters,
  matchesFilters,
  regionalCrisisLines,
  resourceToDoc,
  startOrder,
} from '../../../lib/directory/listing';
import { type RegionGuess, regionScore } from '../../../lib/directory/region';
import type { Resource } from '../../../lib/directory/resource-schema';
import { englishLabels } from '../../fixtures/labels';

const labels = englishLabels;

const byId = (id: string): Resource => {
  const r = RESOURCES.find((x) => x.id === id);
  if (!r) throw new Error(`no resource ${id}`);
  return r;
};

const ON: RegionGuess = { country: 'CA', subdivision: 'CA-ON' };

describe('matchesFilters', () => {
  it.each<[string, Filters, boolean]>([
    ['no filter', {}, true],
    ['its audience', { audience: 'women' }, true],
    ['another audience', { audience: 'men' }, false],
    ['its kind', { kind: 'hotline' }, true],
    ['another kind', { kind: 'toolkit' }, false],
    ['its province', { region: 'CA-ON' }, true],
    ['its country', { region: 'CA' }, true],
    ['another province', { region: 'CA-BC' }, false],
    ['another country', { region: 'US' }, false],
    ['"anywhere"', { region: 'GLOBAL' }, false],
    ['French (it answers in many languages)', { language: 'fr' }, true],
    ['any language (many)', { language: 'es' }, true],
    ['every filter at once', { audience: 'women', kind: 'hotline', region: 'CA-ON', language: 'fr' }, true],
    ['all but one wrong', { audience: 'women', kind: 'chat', region: 'CA-ON', language: 'fr' }, false],
    ['an empty filter value', { audience: undefined, region: '' }, true],
  ])('the Assaulted Women’s Helpline (CA-ON, many languages) with %s: %s', (_, filters, expected) => {
    expect(matchesFilters(byId('assaulted-womens-helpline'), filters)).toBe(expected);
  });

  it.each<[string, string, boolean]>([
    ['kids-help-phone', 'CA-ON', true],
    ['ca-988', 'CA-ON', true],
    ['emergency-ca', 'CA-ON', true],
    ['creative-interventions-toolkit', 'CA-ON', true],
    ['teen-digital-dating-violence-toolkit', 'CA-ON', false],
    ['bridges-institute', 'CA-ON', false],
    ['us-national-dv-hotline', 'CA-ON', false],
    ['teen-digital-dating-violence-toolkit', 'CA', true],
    ['creative-interventions-toolkit', 'GLOBAL', true],
    ['kids-help-phone', 'GLOBAL', false],
  ])('%s with region %s: %s', (id, region, expected) => {
    expect(matchesFilters(byId(id), { region })).toBe(expected);
  });

  it('the CA-ON filter keeps Ontario, national Canadian and anywhere entries, and nothing else', () => {
    const kept = RESOURCES.filter((r) => matchesFilters(r, { region: 'CA-ON' }));
    expect(kept.length).toBeGreaterThan(10);
    for (const r of kept)
      expect(
        r.regions.some((g) => g === 'CA-ON' || g === 'CA' || g === 'GLOBAL'),
        r.id,
      ).toBe(true);
    for (const r of RESOURCES.filter((x) => !kept.includes(x)))
      expect(
        r.regions.some((g) => g === 'CA-ON' || g === 'CA' || g === 'GLOBAL'),
        r.id,
      ).toBe(false);
  });

  it('the French filter keeps French and many-language entries only', () => {
    const kept = RESOURCES.filter((r) => matchesFilters(r, { language: 'fr' })).map((r) => r.id);
    expect(kept).toContain('femaide');
    expect(kept).toContain('kids-help-phone');
    expect(kept).toContain('assaulted-womens-helpline');
    expect(kept).toContain('us-national-dv-hotline');
    expect(kept).not.toContain('rainn');
    for (const id of kept) {
      const langs = byId(id).languages;
      expect(langs.includes('fr') || langs.includes('many'), id).toBe(true);
    }
  });

  it('the audience and kind filters keep exactly the entries that have them', () => {
    const youth = RESOURCES.filter((r) => matchesFilters(r, { audience: 'youth' }));
    expect(youth.map((r) => r.id)).toEqual(
      RESOURCES.filter((r) => r.audiences.includes('youth')).map((r) => r.id),
    );
    const films = RESOURCES.filter((r) => matchesFilters(r, { kind: 'film' }));
    expect(films.length).toBeGreaterThan(0);
    expect(films.every((r) => r.kind === 'film')).toBe(true);
  });
});

describe('startOrder', () => {
  it('with an Ontario guess: the local emergency number, then 24/7 Ontario lines, then national ones', () => {
    const { crisis, more } = startOrder(RESOURCES, ON);
    expect(crisis[0]!.id).toBe('emergency-ca');
    const next = crisis.slice(1, 9);
    for (const r of next) {
      expect(r.crisis, r.id).toBe(true);
      expect(r.hours?.always, r.id).toBe(true);
      expect(regionScore(r.regions, ON), r.id).toBeGreaterThanOrEqual(2);
    }
    // Province before country.
    expect(next.slice(0, 5).every((r) => r.regions.includes('CA-ON'))).toBe(true);
    expect(next.slice(5).map((r) => r.id)).toEqual(['ca-988', 'kids-help-phone', 'hope-for-wellness']);
    // Every Canadian line comes before any other country's.
    const lastCanadian = Math.max(...crisis.map((r, i) => (regionScore(r.regions, ON) >= 2 ? i : -1)));
    expect(lastCanadian).toBe(8);
    expect(crisis.every((r) => r.crisis)).toBe(true);
    expect(more.every((r) => !r.crisis)).toBe(true);
  });

  it.each<[string, RegionGuess, string]>([
    ['United States', { country: 'US' }, 'emergency-us'],
    ['United Kingdom', { country: 'GB' }, 'emergency-gb'],
    ['Australia', { country: 'AU' }, 'emergency-au'],
    ['Quebec', { country: 'CA', subdivision: 'CA-QC' }, 'emergency-ca'],
  ])('in %s the local emergency number comes first', (_, guess, id) => {
    expect(startOrder(RESOURCES, guess).crisis[0]!.id).toBe(id);
  });

  it('with no guess, no emergency number is put first (which one would be local is unknown)', () => {
    const first = startOrder(RESOURCES, {}).crisis[0]!;
    expect(first.kind).not.toBe('emergency');
    expect(first.hours?.always).toBe(true);
  });

  it('splits the whole list: every entry once, crisis lines in one part, the rest in the other', () => {
    const { crisis, more } = startOrder(RESOURCES, ON);
    expect(crisis.length + more.length).toBe(RESOURCES.length);
    expect(new Set([...crisis, ...more]).size).toBe(RESOURCES.length);
  });

  it('puts the nearest region first in the rest, then the most practical kinds', () => {
    const { more } = startOrder(RESOURCES, ON);
    const scores = more.map((r) => regionScore(r.regions, ON));
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(more[0]!.regions).toContain('CA-ON');
    const national = more.filter((r) => regionScore(r.regions, ON) === 2);
    // National lines that are not crisis lines (Trans Lifeline) come first, then the directories.
    const isLine = (r: Resource) => ['hotline', 'text-line', 'chat'].includes(r.kind);
    const firstOther = national.findIndex((r) => !isLine(r));
    expect(national.slice(firstOther).some(isLine)).toBe(false);
    expect(national[firstOther]!.id).toBe('shelter-safe');
  });

  it('does not reorder the list it is given', () => {
    const copy = [...RESOURCES];
    startOrder(copy, ON);
    expect(copy).toEqual(RESOURCES);
  });
});

describe('regionalCrisisLines', () => {
  it('in Ontario: the Canadian lines, the emergency number first', () => {
    expect(regionalCrisisLines(RESOURCES, ON).map((r) => r.id)).toEqual([
      'emergency-ca',
      'assaulted-womens-helpline',
      'femaide',
      'on-talk4healing',
      'distress-centres-toronto',
      'gerstein-crisis-centre',
      'ca-988',
      'kids-help-phone',
      'hope-for-wellness',
    ]);
  });

  it('in the United States: the US lines only', () => {
    const ids = regionalCrisisLines(RESOURCES, { country: 'US' }).map((r) => r.id);
    expect(ids[0]).toBe('emergency-us');
    expect(new Set(ids)).toEqual(
      new Set([
        'emergency-us',
        'us-national-dv-hotline',
        'loveisrespect',
        'rainn',
        'us-988-lifeline',
        'us-stronghearts',
        'us-trevor-project',
      ]),
    );
  });

  it.each<[string, RegionGuess]>([
    ['an unknown region', {}],
    ['a country without lines', { country: 'DE' }],
  ])('falls back to every crisis line for %s', (_, guess) => {
    const lines = regionalCrisisLines(RESOURCES, guess);
    expect(new Set(lines)).toEqual(new Set(RESOURCES.filter((r) => r.crisis)));
    expect(lines).toEqual(startOrder(RESOURCES, guess).crisis);
  });

  it('returns nothing for an empty list', () => {
    expect(regionalCrisisLines([], ON)).toEqual([]);
  });
});

describe('resourceToDoc', () => {
  it('in English: the English name and description, the French text as extra', () => {
    const r = byId('kids-help-phone');
    expect(resourceToDoc(r, labels, 'en')).toEqual({
      id: 'kids-help-phone',
      name: 'Kids Help Phone',
      description: r.description.en,
      aliases: [...(r.aliases ?? []), "Jeunesse, J'écoute", 'Kids Help Phone'],
      extra: [r.description.fr],
      kind: 'hotline',
      audiences: ['youth', 'experienced-violence', 'used-violence'],
      regions: ['Canada'],
      languages: ['English', 'French'],
    });
  });

  it('in French: the French name and description, the English text as extra', () => {
    const r = byId('kids-help-phone');
    const doc = resourceToDoc(r, labels, 'fr');
    expect(doc.name).toBe("Jeunesse, J'écoute");
    expect(doc.description).toBe(r.description.fr);
    expect(doc.description).toMatch(/^Aide gratuite pour les jeunes/);
    expect(doc.extra).toEqual([r.description.en]);
    expect(doc.aliases).toContain('Kids Help Phone');
    expect(doc.aliases).not.toContain("Jeunesse, J'écoute");
  });

  it('in French without a French text: the English one, and no empty extra text', () => {
    const r: Resource = { ...byId('rainn'), description: { en: 'English only.' } };
    const doc = resourceToDoc(r, labels, 'fr');
    expect(doc.name).toBe(r.name);
    expect(doc.description).toBe('English only.');
    expect(doc.extra).not.toContain('');
  });

  it('uses the French description of every entry that has one', () => {
    for (const r of RESOURCES.filter((x) => x.description.fr))
      expect(resourceToDoc(r, labels, 'fr').description, r.id).toBe(r.description.fr);
  });

  it('keeps the author as extra, searchable but not shown', () => {
    const r = byId('homeless-hub-lgbtq2s-shelters');
    expect(r.by).toBe('Homeless Hub');
    expect(resourceToDoc(r, labels, 'en').extra).toContain('Homeless Hub');
    expect(resourceToDoc(r, labels, 'en').description).not.toContain('Homeless Hub');
  });

  it('labels kinds, regions and languages with the labels given', () => {
    const doc = resourceToDoc(byId('assaulted-womens-helpline'), labels, 'en');
    expect(doc.regions).toEqual(['Ontario']);
    expect(doc.languages).toEqual(['many languages']);
    expect(resourceToDoc(byId('canadian-restorative-justice-consortium'), labels, 'en').kind).toBe(
      'restorative justice',
    );
  });
});

describe('closingLines', () => {
  const ids = (rs: Resource[]) => rs.map((r) => r.id);

  it('in Ontario, in French: the emergency number first, then lines that answer in French, Fem’aide included', () => {
    const lines = ids(closingLines(RESOURCES, ON, 'fr'));
    expect(lines[0]).toBe('emergency-ca');
    expect(lines).toContain('femaide');
    const speaks = (id: string) => ['fr', 'many'].some((l) => byId(id).languages.includes(l));
    const firstOther = lines.findIndex((id, i) => i > 0 && !speaks(id));
    if (firstOther > 0) expect(lines.slice(firstOther).every((id) => !speaks(id))).toBe(true);
  });

  it('in Ontario, in English: the emergency number first and the Assaulted Women’s Helpline', () => {
    const lines = ids(closingLines(RESOURCES, ON, 'en'));
    expect(lines[0]).toBe('emergency-ca');
    expect(lines).toContain('assaulted-womens-helpline');
  });

  it('keeps only lines for the region, at most the number asked for', () => {
    const all = regionalCrisisLines(RESOURCES, ON);
    const lines = closingLines(RESOURCES, ON, 'en', 4);
    expect(lines).toHaveLength(4);
    for (const r of lines) expect(all).toContain(r);
  });

  it('keeps the local emergency number first even when it does not answer in the reader’s language', () => {
    const us: RegionGuess = { country: 'US' };
    expect(ids(closingLines(RESOURCES, us, 'fr'))[0]).toBe('emergency-us');
  });
});
