/**
 * The matcher compiles the vocabulary once and reads addresses, titles and searches with
 * different names (`createTopicReaders`): each reader must judge exactly as a classifier
 * compiled with only its names, over real titles and searches and over names' own words.
 */
import { describe, expect, it } from 'vitest';
import { loadRows, type PageRow, type SearchRow } from '../../../bench/recognition';
import { HELP_SEARCH_NAMES } from '../../../data/help-search-names';
import { createTopicClassifier, createTopicReaders } from '../../../lib/traces/help-topic';

const SITE_NAMES = ['sheltersafe.ca', 'fem aide', 'women shelters', 'interval house', 'respect'];

const texts = [
  ...loadRows<PageRow>('help-pages.json').map((r) => r.title ?? ''),
  ...loadRows<PageRow>('ordinary-pages.json').map((r) => r.title ?? ''),
  ...loadRows<SearchRow>('searches.json').map((r) => r.query),
  ...loadRows<SearchRow>('searches-2.json').map((r) => r.query),
  ...HELP_SEARCH_NAMES.slice(0, 200),
  ...SITE_NAMES,
  ...SITE_NAMES.map((n) => `${n}s near me`),
  ...HELP_SEARCH_NAMES.slice(0, 100).map((n) => `${n} hours`),
].filter((t) => t !== '');

describe('topic readers sharing one compilation', () => {
  const readers = createTopicReaders([HELP_SEARCH_NAMES, SITE_NAMES]);
  const cases = [
    { mask: 0, alone: createTopicClassifier() },
    { mask: 0b01, alone: createTopicClassifier(HELP_SEARCH_NAMES) },
    { mask: 0b10, alone: createTopicClassifier(SITE_NAMES) },
    { mask: 0b11, alone: createTopicClassifier([...HELP_SEARCH_NAMES, ...SITE_NAMES]) },
  ];

  it.each(cases)('reader $mask judges as a classifier compiled with only its names', ({ mask, alone }) => {
    const reader = readers.reader(mask);
    const differ = texts.filter(
      (t) => reader.isHelpQuery(t) !== alone.isHelpQuery(t) || reader.isHelpTitle(t) !== alone.isHelpTitle(t),
    );
    expect(differ).toEqual([]);
  });

  it('a name counts only for the readers that know its list', () => {
    const mine = createTopicReaders([['Interval House'], ['sheltersafe.ca']]);
    expect(mine.reader(0).isHelpQuery('interval house toronto')).toBe(false);
    expect(mine.reader(0b01).isHelpQuery('interval house toronto')).toBe(true);
    expect(mine.reader(0b01).isHelpQuery('sheltersafe.ca')).toBe(false);
    expect(mine.reader(0b10).isHelpQuery('sheltersafe.ca')).toBe(true);
  });

  it('a name read without its apostrophes keeps a French elision two words', () => {
    const texts = [
      'maison dhebergement pour femmes',
      'maison dhebergement pres de chez moi violence',
      "maison d'hébergement pour femmes",
    ];
    const plain = createTopicClassifier();
    const named = createTopicClassifier(["Maison d'hébergement La Nacelle", "Maison d'accueil La Traverse"]);
    for (const t of texts) expect(named.isHelpQuery(t), t).toBe(plain.isHelpQuery(t));
    expect(named.isHelpQuery('maison dhebergement la nacelle')).toBe(true);
    // An apostrophe inside a made-up word still goes: "Fem'aide" typed "femaide".
    expect(createTopicClassifier(["Fem'aide"]).isHelpQuery('femaide')).toBe(true);
  });
});

describe('the vocabulary’s parts', () => {
  it('fit the 32 bits the classifier tags matches with', async () => {
    const { LEXICON } = await import('../../../lib/traces/help-lexicon');
    expect(Object.keys(LEXICON).length).toBeLessThanOrEqual(32);
  });
});
