import { describe, expect, it } from 'vitest';
import { ALL_RESOURCES as RESOURCES } from '../../../data/directory/index';
import { rankHits, resourceToDoc } from '../../../lib/directory/listing';
import type { RegionGuess } from '../../../lib/directory/region';
import {
  buildSearchIndex,
  highlightsOf,
  prepareQuery,
  type SearchHit,
  searchIndex,
} from '../../../lib/directory/search';
import { englishLabels } from '../../fixtures/labels';

const labels = englishLabels;

const index = buildSearchIndex(RESOURCES.map((r) => resourceToDoc(r, labels, 'en')));
const byId = new Map(RESOURCES.map((r) => [r.id, r]));

/** Every character with a meaning in a regular expression. */
const REGEX_CHARS = ['.', '*', '+', '?', '^', '$', '{', '}', '(', ')', '|', '[', ']', '\\'].join('');

const ON: RegionGuess = { country: 'CA', subdivision: 'CA-ON' };
const CA: RegionGuess = { country: 'CA' };
const US: RegionGuess = { country: 'US' };
const GB: RegionGuess = { country: 'GB' };
const AU: RegionGuess = { country: 'AU' };
const NONE: RegionGuess = {};

/** Ids of the ranked hits, best first. */
function search(query: string, guess: RegionGuess = NONE): string[] {
  return rankHits(searchIndex(index, prepareQuery(query)), byId, guess).map((h) => h.doc.id);
}

describe('prepareQuery', () => {
  it.each<[string, string]>([
    ["Fem'aide", 'femaide'],
    ['  Kids   HELP  ', 'kids help'],
    ['Jeunesse, J’écoute', 'jeunesse jecoute'],
    ['help for the women', 'help women'],
    ['aide pour les femmes', 'aide femmes'],
    ['the', 'the'],
    ['of the', 'of the'],
    ['9-8-8', '9 8 8'],
    ['sheltersafe.ca', 'sheltersafe ca'],
    ['', ''],
    ['   ', ''],
    [REGEX_CHARS, ''],
    ['💜🆘', ''],
    ['عنف أسري', 'عنف اسري'],
    ['<script>alert(1)</script>', 'script alert 1 script'],
  ])('%j → %j', (raw, expected) => {
    expect(prepareQuery(raw)).toBe(expected);
  });

  it('keeps at most 12 words of at most 32 characters', () => {
    const words = Array.from({ length: 20 }, (_, i) => `word${i}`).join(' ');
    expect(prepareQuery(words).split(' ')).toEqual(Array.from({ length: 12 }, (_, i) => `word${i}`));
    expect(prepareQuery('a'.repeat(40))).toBe('a'.repeat(32));
  });

  it.each<[string, string]>([
    ['10,000 letters', 'x'.repeat(10_000)],
    ['10,000 characters of words', 'help me please '.repeat(700)],
    ['10,000 emoji', '💜'.repeat(5_000)],
    ['10,000 regex characters', REGEX_CHARS.repeat(700)],
  ])('bounds a paste of %s', (_, raw) => {
    const query = prepareQuery(raw);
    const words = query ? query.split(' ') : [];
    expect(words.length).toBeLessThanOrEqual(12);
    for (const w of words) expect(w.length).toBeLessThanOrEqual(32);
  });
});

describe('searchIndex', () => {
  it('returns nothing for an empty query', () => {
    expect(searchIndex(index, '')).toEqual([]);
  });

  it('returns hits best first, scores between 0 and 1', () => {
    const hits = searchIndex(index, prepareQuery('help'));
    expect(hits.length).toBeGreaterThan(3);
    for (const h of hits) {
      expect(h.score).toBeGreaterThanOrEqual(0);
      expect(h.score).toBeLessThanOrEqual(1);
    }
    const scores = hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
  });

  it('requires every word to match somewhere in an entry', () => {
    expect(new Set(search('kids help'))).toEqual(new Set(['kids-help-phone', 'au-kids-helpline']));
    expect(search('femaide sexual')).not.toContain('femaide');
    expect(search('kids zzzzqqq')).toEqual([]);
  });

  it('finds an entry by its other-language text', () => {
    expect(search('jeunesse')).toContain('kids-help-phone');
  });

  it.each<[string, string]>([
    ['10,000 characters', 'help '.repeat(2_000)],
    ['emoji', '💜 🆘 help'],
    ['RTL text', 'عنف أسري'],
    ['regex characters', REGEX_CHARS],
    ['a lone regex character', '('],
    ['only stop words', 'the of and'],
    ['digits', '0000000000000000000000000000000000000000'],
  ])('survives %s: no throw, an array', (_, raw) => {
    const hits = searchIndex(index, prepareQuery(raw));
    expect(Array.isArray(hits)).toBe(true);
    expect(Array.isArray(rankHits(hits, byId, ON))).toBe(true);
  });

  it('finds nothing for text it does not know', () => {
    expect(search('عنف أسري')).toEqual([]);
    expect(search(REGEX_CHARS)).toEqual([]);
    expect(search('💜')).toEqual([]);
  });
});

describe('ranking with the real data', () => {
  it.each<[string, RegionGuess, string]>([
    ['asaulted womens', NONE, 'assaulted-womens-helpline'],
    ['asaulted womens', US, 'assaulted-womens-helpline'],
    ['assaulted women’s helpline', ON, 'assaulted-womens-helpline'],
    ['AWHL', NONE, 'assaulted-womens-helpline'],
    ['kids help', NONE, 'kids-help-phone'],
    ['kids help', US, 'kids-help-phone'],
    ['femaide', NONE, 'femaide'],
    ["Fem'aide", NONE, 'femaide'],
    ['FEM AIDE', ON, 'femaide'],
    ['rainn', NONE, 'rainn'],
    ['rainn', ON, 'rainn'],
    ['sexual assault', NONE, 'rainn'],
    ['restorative justice', ON, 'canadian-restorative-justice-consortium'],
    ['restorative justice', CA, 'canadian-restorative-justice-consortium'],
    ['shelter', NONE, 'shelter-safe'],
    ['shelter', ON, 'shelter-safe'],
    ['sheltersafe', NONE, 'shelter-safe'],
    ['911', ON, 'emergency-ca'],
    ['911', US, 'emergency-us'],
    ['emergency', ON, 'emergency-ca'],
    ['emergency', US, 'emergency-us'],
    ['emergency', GB, 'emergency-gb'],
    ['emergency', AU, 'emergency-au'],
    ['suicide', ON, 'ca-988'],
    ['suicide', US, 'us-988-lifeline'],
    ['crisis', ON, 'gerstein-crisis-centre'],
    ['mens advice', GB, 'gb-mens-advice-line'],
    ['1800respect', AU, 'au-1800respect'],
    ['moose hide', NONE, 'moosehide-campaign'],
    ['unclenching', NONE, 'unclenching-our-fists'],
  ])('%j (guess %j) → %s first', (query, guess, id) => {
    expect(search(query, guess)[0]).toBe(id);
  });

  it('"domestic abuse" in the UK: the nations’ own helplines first', () => {
    const top = search('domestic abuse', GB).slice(0, 3);
    expect(new Set(top)).toEqual(
      new Set([
        'gb-eng-national-domestic-abuse-helpline',
        'gb-sct-domestic-abuse-helpline',
        'gb-nir-domestic-sexual-abuse-helpline',
      ]),
    );
  });

  it('"988" finds the two 988 lines and nothing else', () => {
    for (const guess of [NONE, ON, US]) {
      const ids = search('988', guess);
      expect(ids).toHaveLength(2);
      expect(new Set(ids)).toEqual(new Set(['ca-988', 'us-988-lifeline']));
    }
  });

  it('"restorative justice" without a guess: the consortium is in the top 3 (two readings are as good)', () => {
    const ids = search('restorative justice');
    expect(ids.slice(0, 3)).toContain('canadian-restorative-justice-consortium');
    expect(new Set(ids.slice(0, 3))).toEqual(
      new Set([
        'canadian-restorative-justice-consortium',
        'dv-and-restorative-justice',
        'restorative-justice-and-vaw',
      ]),
    );
  });

  it('"hotline" in Ontario: a 24/7 crisis line first, the Ontario ones ahead of every other region’s', () => {
    const ids = search('hotline', ON);
    expect(byId.get(ids[0]!)!.crisis).toBe(true);
    // Another country's hotline ("The Hotline" in the US) is not named by the word alone.
    const top = ids.slice(0, 3).map((id) => byId.get(id)!);
    for (const r of top)
      expect(
        r.regions.some((g) => g === 'CA' || g.startsWith('CA-')),
        r.id,
      ).toBe(true);
    expect(ids.slice(0, 3)).toContain('femaide');
    const firstOntario = ids.findIndex((id) => byId.get(id)!.regions.includes('CA-ON'));
    expect(firstOntario).toBeLessThan(3);
    // Among equally good matches (same raw score), every Ontario line comes before every line of
    // another country.
    const hits = rankHits(searchIndex(index, prepareQuery('hotline')), byId, ON);
    const inOntario = (id: string) => byId.get(id)!.regions.includes('CA-ON');
    const elsewhere = (id: string) => !byId.get(id)!.regions.some((g) => g === 'CA' || g.startsWith('CA-'));
    for (const score of new Set(hits.map((h) => h.score))) {
      const group = hits.filter((h) => h.score === score).map((h) => h.doc.id);
      const lastOntario = Math.max(-1, ...group.filter(inOntario).map((id) => group.indexOf(id)));
      const firstOther = Math.min(group.length, ...group.filter(elsewhere).map((id) => group.indexOf(id)));
      expect(lastOntario, `score ${score}`).toBeLessThan(firstOther);
    }
  });

  it('the region only reorders equally good matches: a better match still wins', () => {
    // RAINN is a US line; an Ontario guess must not push a weak match above it.
    expect(search('rainn', ON)[0]).toBe('rainn');
    expect(search('asaulted womens', GB)[0]).toBe('assaulted-womens-helpline');
  });

  it('leaves hits it has no resource for after equally good ones, without dropping them', () => {
    const hits = searchIndex(index, prepareQuery('emergency'));
    const ghost: SearchHit = { ...hits[0]!, doc: { ...hits[0]!.doc, id: 'guide-not-a-resource' } };
    const ranked = rankHits([ghost, ...hits], byId, US);
    expect(ranked).toHaveLength(hits.length + 1);
    expect(ranked[0]!.doc.id).toBe('emergency-us');
    expect(ranked.map((h) => h.doc.id)).toContain('guide-not-a-resource');
  });
});

describe('highlightsOf', () => {
  const first = (query: string) => searchIndex(index, prepareQuery(query))[0]!;
  const marked = (text: string, ranges: readonly (readonly [number, number])[]) =>
    ranges.map(([s, e]) => text.slice(s, e));

  it.each<[string, string, string[]]>([
    ['femaide', "Fem'aide", ["Fem'aide"]],
    ['kids help', 'Kids Help Phone', ['Kids', 'Help']],
    ['asaulted womens', "Assaulted Women's Helpline", ['Assaulted', "Women's"]],
    ['rainn', 'RAINN National Sexual Assault Hotline', ['RAINN']],
  ])('%j marks %j in the name', (query, name, expected) => {
    const hit = first(query);
    expect(hit.doc.name).toBe(name);
    expect(marked(hit.doc.name, highlightsOf(hit).name)).toEqual(expected);
  });

  it('marks only the typed part of a word still being typed', () => {
    const hit = searchIndex(index, prepareQuery('shelt')).find((h) => h.doc.id === 'shelter-safe')!;
    expect(marked(hit.doc.name, highlightsOf(hit).name)).toEqual(['Shelt']);
  });
});
