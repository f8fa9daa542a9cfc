import { describe, expect, it } from 'vitest';
import type { Guide } from '../../../lib/directory/guide-schema';
import { guideSearchId } from '../../../lib/directory/guides';
import { analyzeQuery } from '../../../lib/directory/intent';
import { decidePopupView, type PopupState, viewCount } from '../../../lib/directory/popup-view';
import type { Resource } from '../../../lib/directory/resource-schema';
import type { SearchDoc, SearchHit } from '../../../lib/directory/search';
import { buildProfiles } from '../../../lib/directory/situation-fit';
import { situationHits } from '../../../lib/directory/situation-results';

const entry = (id: string, over: Partial<Resource> = {}): Resource => ({
  id,
  name: id,
  kind: 'hotline',
  description: { en: `About ${id}` },
  audiences: ['anyone'],
  regions: ['CA-ON'],
  languages: ['en'],
  contacts: { phone: [{ number: '+15555550100', display: '555-555-0100' }] },
  crisis: true,
  ...over,
});
const guide = (id: string, audiences: Guide['audiences'] = ['anyone']): Guide => {
  const text = { title: id, summary: id, keywords: [], sections: [] };
  return { id, audiences, resourceIds: [], en: text, fr: text };
};
const hit = (id: string, score = 0.1): SearchHit => ({
  doc: { id, name: id, description: '', kind: '', audiences: [], regions: [], languages: [] },
  score,
  matched: new Map(),
  terms: [],
});

const RESOURCES = [
  entry('on-line'),
  entry('bc-line', { regions: ['CA-BC'] }),
  entry('book', { kind: 'book', crisis: false, contacts: undefined, regions: ['GLOBAL'] }),
  entry('men-program', { kind: 'program', crisis: false, audiences: ['men'] }),
];
const GUIDES = [guide('plan', ['experienced-violence']), guide('support', ['helpers'])];

const state = (over: Partial<PopupState>): PopupState => ({
  query: '',
  filters: {},
  resources: RESOURCES,
  guides: GUIDES,
  guess: { country: 'CA', subdivision: 'CA-ON' },
  search: () => [],
  ...over,
});

const ids = (list: readonly { id: string }[]) => list.map((x) => x.id);

describe('decidePopupView', () => {
  it('shows the start screen when nothing is typed: lines for the region first, then guides, then the rest', () => {
    const view = decidePopupView(state({}));
    expect(view.mode).toBe('start');
    if (view.mode !== 'start') return;
    expect(ids(view.crisis)).toEqual(['on-line', 'bc-line']);
    expect(ids(view.guides)).toEqual(['plan', 'support']);
    expect(ids(view.more)).toEqual(['men-program', 'book']);
    expect(viewCount(view)).toBe(6);
  });

  it.each<[string, PopupState['filters'], string[], string[]]>([
    ['an audience filter keeps matching entries and guides', { audience: 'helpers' }, [], ['support']],
    ['a kind filter hides the guides', { kind: 'hotline' }, ['on-line', 'bc-line'], []],
    ['a region filter keeps what serves it', { region: 'CA-BC' }, ['bc-line'], []],
  ])('%s', (_, filters, crisis, guides) => {
    const view = decidePopupView(state({ filters }));
    if (view.mode !== 'start') throw new Error(view.mode);
    expect(ids(view.crisis)).toEqual(crisis);
    expect(ids(view.guides)).toEqual(guides);
  });

  it('ranks search hits, keeping only what the filters allow', () => {
    const search = () => [hit('bc-line', 0.1), hit('on-line', 0.1), hit(guideSearchId('support'), 0.2)];
    const view = decidePopupView(state({ query: 'line', search }));
    expect(view).toMatchObject({ mode: 'results' });
    if (view.mode !== 'results') return;
    // Equal matches: the person's own province first; another province's line, its name not
    // typed, after everything that serves theirs.
    expect(view.hits.map((h) => h.doc.id)).toEqual(['on-line', 'guide:support', 'bc-line']);
    const filtered = decidePopupView(state({ query: 'line', search, filters: { region: 'CA-BC' } }));
    if (filtered.mode !== 'results') throw new Error(filtered.mode);
    expect(filtered.hits.map((h) => h.doc.id)).toEqual(['bc-line']);
  });

  it('ignores hits for entries it does not know', () => {
    const view = decidePopupView(state({ query: 'x', search: () => [hit('gone'), hit('on-line')] }));
    if (view.mode !== 'results') throw new Error(view.mode);
    expect(view.hits.map((h) => h.doc.id)).toEqual(['on-line']);
  });

  it('never leaves a dead end: no match shows the lines for the region and a way to widen', () => {
    const view = decidePopupView(state({ query: 'zzz' }));
    expect(view).toMatchObject({ mode: 'no-match', widen: 'browse' });
    if (view.mode !== 'no-match') return;
    expect(ids(view.fallback)).toEqual(['on-line']);
    expect(viewCount(view)).toBe(0);
    expect(decidePopupView(state({ query: 'zzz', filters: { kind: 'book' } }))).toMatchObject({
      widen: 'filters',
    });
  });

  it('answers a description of a situation even when no word matches an entry', () => {
    const doc = (id: string): SearchDoc => hit(id).doc;
    const profiles = buildProfiles(
      [
        ...RESOURCES,
        { id: 'guide:plan', kind: 'guide', audiences: ['experienced-violence'], regions: [], languages: [] },
      ],
      { 'on-line': ['physical'], 'bc-line': ['physical'] },
    );
    const text = 'he pushed me';
    const reader = { analyze: analyzeQuery, rank: situationHits, profiles };
    const view = decidePopupView(state({ query: text, text, reader, docOf: doc }));
    if (view.mode !== 'results') throw new Error(view.mode);
    // The line in the person's province first; the other province's line is not listed.
    expect(view.hits.map((h) => h.doc.id)).toEqual(['on-line']);
  });
});

describe('decidePopupView: the region the person chose', () => {
  const lines = [
    entry('qc-english', { regions: ['CA-QC'], languages: ['en'], hours: { always: true } }),
    entry('qc-french', { regions: ['CA-QC'], languages: ['fr'] }),
    entry('national', { regions: ['CA'], languages: ['en', 'fr'] }),
  ];
  const qc = { country: 'CA', subdivision: 'CA-QC' };

  it('in Québec, starts with the lines that answer in French', () => {
    const view = decidePopupView(state({ resources: lines, guess: qc }));
    expect(view.mode === 'start' && ids(view.crisis)).toEqual(['qc-french', 'national', 'qc-english']);
  });

  it('in Québec, falls back on the same order when nothing matches', () => {
    const view = decidePopupView(state({ resources: lines, guess: qc, query: 'zzz' }));
    expect(view.mode === 'no-match' && ids(view.fallback)).toEqual(['qc-french', 'national', 'qc-english']);
  });

  it('somewhere else, offers only lines for a whole country', () => {
    const view = decidePopupView(state({ resources: lines, guess: {} }));
    expect(view.mode === 'start' && ids(view.crisis)).toEqual(['national']);
  });
});

describe('decidePopupView: no match puts the line for people harmed first', () => {
  const harmed: Resource['audiences'] = ['experienced-violence', 'helpers'];
  const fallback = (resources: Resource[], guess: PopupState['guess']) => {
    const view = decidePopupView(state({ resources, guess, query: 'zzz' }));
    if (view.mode !== 'no-match') throw new Error(view.mode);
    return ids(view.fallback);
  };
  const emergency = entry('emergency', { kind: 'emergency', regions: ['IE'] });

  it('a violence line before a general listening line, the emergency number second', () => {
    const lines = [
      emergency,
      entry('listening', { regions: ['IE'], hours: { always: true } }),
      entry('womens-aid', { regions: ['IE'], audiences: ['women', ...harmed], hours: { always: true } }),
    ];
    expect(fallback(lines, { country: 'IE' })).toEqual(['womens-aid', 'emergency', 'listening']);
  });

  it('a line kept to one group (youth here) is not the line for everyone harmed', () => {
    const lines = [
      emergency,
      entry('listening', { regions: ['IE'] }),
      entry('youth-line', { regions: ['IE'], audiences: ['youth', ...harmed] }),
    ];
    expect(fallback(lines, { country: 'IE' })).toEqual(['listening', 'emergency', 'youth-line']);
  });

  it('a province with no violence line of its own: the line it points people to comes first', () => {
    const sk = { country: 'CA', subdivision: 'CA-SK' };
    const lines = [
      entry('emergency-ca', { kind: 'emergency', regions: ['CA'] }),
      entry('suicide-line', { regions: ['CA'], hours: { always: true } }),
      entry('sk-211', { regions: ['CA-SK'], audiences: ['anyone', ...harmed], crisis: false }),
      entry('mb-line', { regions: ['CA-MB'], audiences: harmed, crisis: false }),
    ];
    expect(fallback(lines, sk)).toEqual(['sk-211', 'emergency-ca', 'suicide-line']);
    // Elsewhere in Canada that line is not theirs.
    expect(fallback(lines, { country: 'CA', subdivision: 'CA-NT' })).toEqual([
      'suicide-line',
      'emergency-ca',
    ]);
  });

  it('with only the country known, a province’s violence line is not put first', () => {
    const lines = [
      entry('emergency-ca', { kind: 'emergency', regions: ['CA'] }),
      entry('national', { regions: ['CA'] }),
      entry('bc-line', { regions: ['CA-BC'], audiences: harmed }),
    ];
    expect(fallback(lines, { country: 'CA' })[0]).toBe('national');
  });
});
