/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { ALL_RESOURCES as RESOURCES } from '../../../data/directory/index';
import { GUIDES } from '../../../data/guides';
import { DANGER_SIGNS } from '../../../data/guides/shared';
import type { Guide, GuideBlock, GuideLang, GuideText } from '../../../lib/directory/guide-schema';
import {
  emergencyNote,
  fillGuideText,
  guideSearchId,
  guideToDoc,
  relatedForRegion,
} from '../../../lib/directory/guides';
import { resourceToDoc } from '../../../lib/directory/listing';
import { AUDIENCES } from '../../../lib/directory/resource-schema';
import { buildSearchIndex, prepareQuery, searchIndex } from '../../../lib/directory/search';
import { englishLabels } from '../../fixtures/labels';

const LANGS: GuideLang[] = ['en', 'fr'];
const IDS = [
  'safer_browsing',
  'safety_plan',
  'court_orders',
  'conversation',
  'restorative',
  'supporting_someone',
  'used_violence',
];

/**
 * Resource ids the guides may link while the directory (`data/directory/index.ts`) is still being
 * written; once it exists, its ids are the only source of truth.
 */
const PLANNED_RESOURCE_IDS = [
  'shelter-safe',
  'bridges-institute',
  'distress-centres-toronto',
  'gerstein-crisis-centre',
  'assaulted-womens-helpline',
  'femaide',
  'kids-help-phone',
  'ontario-womens-justice-network',
  'canadian-restorative-justice-consortium',
  'nine-ways-accountable',
  'neighbours-friends-families',
  'creative-interventions-toolkit',
  'choosing-to-change',
  'unclenching-our-fists',
  'six-ways-confront-friend',
  'peak-magazine-transformative-justice',
  'beyond-survival',
  'dv-and-restorative-justice',
  'restorative-justice-and-vaw',
  'next-gen-men',
  'loveisrespect',
  'a-better-man',
  'crisis-centre-coping-guide',
  'ca-988',
  'us-national-dv-hotline',
  'rainn',
  'gb-eng-national-domestic-abuse-helpline',
  'gb-mens-advice-line',
  'au-1800respect',
];

// A glob, not an import, so this file still runs while the directory does not exist yet.
const resourceModules = import.meta.glob<{ ALL_RESOURCES?: readonly { id: string }[] }>(
  '../../../data/directory/index.ts',
);

async function loadResourceIds(): Promise<Set<string> | null> {
  const load = Object.values(resourceModules)[0];
  if (!load) return null;
  const mod = await load();
  return mod.ALL_RESOURCES ? new Set(mod.ALL_RESOURCES.map((r) => r.id)) : null;
}

/** Every piece of shown text of one language: summary, headings and blocks. */
function shownText(t: GuideText): string[] {
  return [t.summary, ...t.sections.flatMap((s) => [s.heading, ...s.blocks.flatMap(blockText)])];
}

/** A block's own text; the generated limits list has none here (see tests/unit/limits.test.ts). */
function blockText(b: GuideBlock): string[] {
  if (b.type === 'p' || b.type === 'note') return [b.text];
  return b.type === 'limits' ? [] : b.items;
}

const wordCount = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** Block shape used to align the two languages: type, plus item count for lists. */
const shape = (t: GuideText) =>
  t.sections.map((s) => s.blocks.map((b) => ('items' in b ? `${b.type}:${b.items.length}` : b.type)));

const cases = GUIDES.map((g) => [g.id, g] as [string, Guide]);

describe('guide list', () => {
  it('has the guides in order', () => {
    expect(GUIDES.map((g) => g.id)).toEqual(IDS);
  });

  it('has unique snake_case ids', () => {
    const ids = GUIDES.map((g) => g.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(?:_[a-z]+)*$/);
  });
});

describe.each(cases)('guide %s', (_id, guide) => {
  it('has a title under 60 characters in both languages', () => {
    for (const title of [guide.en.title, guide.fr.title]) {
      expect(title?.trim()).toBeTruthy();
      expect(title.length).toBeLessThan(60);
    }
  });

  it('has the same structure in both languages: sections, block types and item counts, in order', () => {
    for (const lang of LANGS) expect(guide[lang], lang).toBeDefined();
    expect(shape(guide.fr)).toEqual(shape(guide.en));
  });

  it.each(LANGS)('%s: has 3 to 7 sections, each with a heading and at least one block', (lang) => {
    const { sections } = guide[lang];
    expect(sections.length).toBeGreaterThanOrEqual(3);
    expect(sections.length).toBeLessThanOrEqual(7);
    for (const s of sections) {
      expect(s.heading.trim()).not.toBe('');
      expect(s.blocks.length).toBeGreaterThan(0);
      for (const b of s.blocks)
        if (b.type === 'list' || b.type === 'checklist') expect(b.items.length).toBeGreaterThan(0);
    }
  });

  it.each(LANGS)('%s: has no empty or padded strings', (lang) => {
    const t = guide[lang];
    for (const text of [...shownText(t), ...t.keywords]) {
      expect(text.trim()).not.toBe('');
      expect(text).toBe(text.trim());
      expect(text).not.toMatch(/ {2}/);
    }
  });

  it.each(LANGS)('%s: has 8 to 20 unique keywords', (lang) => {
    const { keywords } = guide[lang];
    expect(keywords.length).toBeGreaterThanOrEqual(8);
    expect(keywords.length).toBeLessThanOrEqual(20);
    expect(new Set(keywords.map((k) => k.toLowerCase())).size).toBe(keywords.length);
  });

  it.each(LANGS)('%s: keeps paragraphs, notes and list items to 90 words or fewer', (lang) => {
    for (const s of guide[lang].sections)
      for (const b of s.blocks)
        for (const text of blockText(b)) expect(wordCount(text), text.slice(0, 60)).toBeLessThanOrEqual(90);
  });

  it.each(LANGS)('%s: gives no phone numbers (the page lists the lines)', (lang) => {
    for (const text of shownText(guide[lang])) {
      expect(text).not.toMatch(/\d{3}[\s.)-]*\d{3}[\s.-]*\d{4}/);
      // 911 is the emergency number; "the 810" is what Québec calls the Criminal Code peace bond.
      expect(text.replace(/\b(911|810)\b/g, '')).not.toMatch(/\d{3,}/);
    }
  });

  it('uses person-first language in English (labels are for keywords only)', () => {
    for (const text of shownText(guide.en)) {
      expect(text).not.toMatch(/\babusers?\b/i);
      expect(text).not.toMatch(/\bperpetrators?\b/i);
      expect(text).not.toMatch(/\boffenders?\b/i);
      // "victim" only inside the phrase "perfect victim", which the guides put in quotes to reject it.
      expect(text.replace(/perfect victim/gi, '')).not.toMatch(/\bvictims?\b/i);
    }
  });

  it('uses person-first language in French, and vouvoiement', () => {
    for (const text of shownText(guide.fr)) {
      expect(text).not.toMatch(/\bagresseure?s?\b/i);
      expect(text).not.toMatch(/\bauteure?s? de (la )?violence\b/i);
      expect(text.replace(/victime parfaite/gi, '')).not.toMatch(/\bvictimes?\b/i);
      // Quoted speech (« Je te crois ») may use tu; the guide's own voice may not.
      // "le ton" is the noun (tone of voice), not the possessive.
      const ownVoice = text.replace(/«[^»]*»/g, '').replace(/\ble ton\b/gi, '');
      expect(ownVoice).not.toMatch(/(^|[^\p{L}])(tu|toi|ton|ta|tes|te|t’)(?=[^\p{L}]|$)/iu);
    }
  });

  it('has known audiences', () => {
    expect(guide.audiences.length).toBeGreaterThan(0);
    for (const a of guide.audiences) expect(AUDIENCES).toContain(a);
  });

  it('links only resources that exist', async () => {
    expect(guide.resourceIds.length).toBeGreaterThan(0);
    expect(new Set(guide.resourceIds).size).toBe(guide.resourceIds.length);
    const known = (await loadResourceIds()) ?? new Set(PLANNED_RESOURCE_IDS);
    expect(guide.resourceIds.filter((id) => !known.has(id))).toEqual([]);
  });
});

describe('restorative guide', () => {
  it('has a private checklist of readiness signs', () => {
    const guide = GUIDES.find((g) => g.id === 'restorative')!;
    for (const lang of LANGS) {
      const lists = guide[lang].sections.flatMap((s) => s.blocks).filter((b) => b.type === 'checklist');
      expect(lists.length, lang).toBeGreaterThan(0);
    }
  });
});

const guideById = (id: string) => GUIDES.find((g) => g.id === id)!;
const blocksOf = (t: GuideText) => t.sections.flatMap((s) => s.blocks);

describe('shared and generated parts', () => {
  it.each(['safety_plan', 'supporting_someone', 'conversation', 'restorative'])(
    '%s shows the one danger-signs section in both languages',
    (id) => {
      for (const lang of LANGS) expect(guideById(id)[lang].sections, lang).toContain(DANGER_SIGNS[lang]);
    },
  );

  it('the danger signs name strangulation, a doctor visit and the emergency number in both languages', () => {
    expect(DANGER_SIGNS.en.blocks.flatMap(blockText).join(' ')).toMatch(/strangl.*doctor.*emergency number/s);
    expect(DANGER_SIGNS.fr.blocks.flatMap(blockText).join(' ')).toMatch(
      /étranglement.*médecin.*numéro d’urgence/s,
    );
  });

  it('the safety plan has a technology-safety section that opens with the warning about removing trackers', () => {
    const plan = guideById('safety_plan');
    const tech = { en: 'Technology safety', fr: 'La sécurité technologique' };
    for (const lang of LANGS) {
      const section = plan[lang].sections.find((s) => s.heading === tech[lang]);
      expect(section, lang).toBeDefined();
      expect(section!.blocks[0]!.type).toBe('note');
      expect(blockText(section!.blocks[0]!)[0]).toMatch(
        lang === 'en' ? /alert the person/ : /alerter la personne/,
      );
    }
  });

  it('the law guide covers each region, in both languages', () => {
    const law = guideById('court_orders');
    const regions = {
      en: ['Canada', 'Québec', 'England and Wales', 'Scotland', 'United States'],
      fr: ['Canada', 'Québec', 'Angleterre et pays de Galles', 'Écosse', 'États-Unis'],
    };
    for (const lang of LANGS)
      expect(law[lang].sections.map((s) => s.heading)).toEqual(expect.arrayContaining(regions[lang]));
  });

  it('only "Browsing more safely" has the generated limits list, once per language', () => {
    for (const g of GUIDES)
      for (const lang of LANGS) {
        const limits = blocksOf(g[lang]).filter((b) => b.type === 'limits');
        expect(limits.length, `${g.id}.${lang}`).toBe(g.id === 'safer_browsing' ? 1 : 0);
      }
  });

  it('leaves no placeholder in any guide', () => {
    for (const g of GUIDES)
      for (const lang of LANGS) expect(shownText(g[lang]).join(' ')).not.toMatch(/\[\[|\]\]/);
  });
});

describe('the popup search reaches the danger signs, technology safety and the law', () => {
  const labels = englishLabels;
  const indexFor = (lang: GuideLang) =>
    buildSearchIndex([
      ...RESOURCES.map((r) => resourceToDoc(r, labels, lang)),
      ...GUIDES.map((g) => guideToDoc(g, lang, 'Guide', labels)),
    ]);
  const indexes = { en: indexFor('en'), fr: indexFor('fr') };

  it.each<[string, string]>([
    ['strangled', 'safety_plan'],
    ['he choked me', 'safety_plan'],
    ['threatened to kill me', 'safety_plan'],
    ['gun', 'safety_plan'],
    ['danger signs', 'safety_plan'],
    ['étranglée', 'safety_plan'],
    ['menace de mort', 'safety_plan'],
    ['signes de danger', 'safety_plan'],
    ['AirTag', 'safety_plan'],
    ['tracker', 'safety_plan'],
    ['stalkerware', 'safety_plan'],
    ['location sharing', 'safety_plan'],
    ['traceur', 'safety_plan'],
    ['logiciel espion', 'safety_plan'],
    ['partage de position', 'safety_plan'],
    ['restraining order', 'court_orders'],
    ['peace bond', 'court_orders'],
    ['protection order', 'court_orders'],
    ['custody', 'court_orders'],
    ['ordonnance de protection', 'court_orders'],
    ['garde des enfants', 'court_orders'],
    ['810', 'court_orders'],
    ['interdit de contact', 'court_orders'],
  ])('"%s" finds %s in both interface languages', (query, id) => {
    for (const lang of LANGS) {
      const top = searchIndex(indexes[lang], prepareQuery(query))
        .slice(0, 3)
        .map((h) => h.doc.id);
      expect(top, lang).toContain(guideSearchId(id));
    }
  });
});

describe('relatedForRegion', () => {
  const r = (id: string, ...regions: string[]) => ({ id, regions });
  const list = [
    r('on', 'CA-ON'),
    r('qc', 'CA-QC'),
    r('ca', 'CA'),
    r('sct', 'GB-SCT'),
    r('any', 'GLOBAL'),
    r('us', 'US'),
  ];
  const ids = (xs: { id: string }[]) => xs.map((x) => x.id);

  it.each([
    [{ country: 'CA', subdivision: 'CA-QC' }, ['qc', 'ca', 'any', 'on', 'sct', 'us']],
    [{ country: 'GB', subdivision: 'GB-SCT' }, ['sct', 'any', 'on', 'qc', 'ca', 'us']],
    [{ country: 'US' }, ['us', 'any', 'on', 'qc', 'ca', 'sct']],
    [{}, ['on', 'qc', 'ca', 'sct', 'any', 'us']],
  ])('%o → %o', (region, expected) => {
    expect(ids(relatedForRegion(list, region))).toEqual(expected);
  });

  it('keeps every resource: nothing is hidden, only ordered', () => {
    expect(relatedForRegion(list, { country: 'FR' })).toHaveLength(list.length);
  });
});

describe('the emergency number in guide text', () => {
  const note = (region: { country?: string; subdivision?: string }, lang: GuideLang = 'en') =>
    emergencyNote(RESOURCES, region, lang);

  it.each([
    [{ country: 'CA', subdivision: 'CA-ON' }, ' (911)'],
    [{ country: 'CA' }, ' (911)'],
    [{ country: 'US' }, ' (911)'],
    [{ country: 'GB', subdivision: 'GB-SCT' }, ' (999 or 112)'],
    [{ country: 'AU' }, ' (000)'],
    [{ country: 'NZ' }, ' (111)'],
    // Nunavut has no 911, and a place we do not know gets no number rather than a wrong one.
    [{ country: 'CA', subdivision: 'CA-NU' }, ''],
    [{}, ''],
    [{ country: 'JP' }, ''],
  ])('%o → %j', (region, expected) => {
    expect(note(region)).toBe(expected);
  });

  it('joins numbers in the reader’s language', () => {
    expect(note({ country: 'FR' }, 'fr')).toMatch(/^ \(\d+ ou \d+\)$/);
  });

  it('every guide says "your local emergency number" through the token, never a fixed 911', () => {
    for (const g of GUIDES)
      for (const lang of ['en', 'fr'] as const) {
        const text = JSON.stringify(g[lang]);
        expect(text, `${g.id} ${lang}`).not.toMatch(/\b911\b/);
        for (const [, name] of text.matchAll(/\{([a-z]+)\}/g))
          expect(name, `${g.id} ${lang}`).toBe('emergency');
      }
  });

  it('fills every block kind and leaves no token behind', () => {
    for (const g of GUIDES) {
      const filled = fillGuideText(g.en, { emergency: ' (999 or 112)' });
      expect(JSON.stringify(filled), g.id).not.toMatch(/\{[a-z]+\}/);
      if (JSON.stringify(g.en).includes('{emergency}'))
        expect(JSON.stringify(filled), g.id).toContain('your local emergency number (999 or 112)');
    }
  });
});
