import { describe, expect, it } from 'vitest';
import {
  followsLink,
  helpHistoryTabIds,
  MAX_HOPS,
  parseTrail,
  reachedFor,
  type TrailState,
  trailBroken,
  trailNavigated,
  trailRecognised,
  trailTabCreated,
  trailTabRemoved,
  trailTabReplaced,
  trailTabs,
} from '../../../lib/traces/tab-trail';

const SEARCH = 'https://www.google.com/search?q=womens+shelter';
const go = (state: TrailState, tab: number, url: string, help = false) =>
  trailNavigated(state, tab, url, help);

describe('the trail in one tab', () => {
  it('a help search, then the result clicked, then one more page: both are trail pages; the next is not', () => {
    let s = go({}, 1, SEARCH, true).state;
    const first = go(s, 1, 'https://a.example/shelter-list');
    expect(first.step).toBe('trail');
    s = first.state;
    const second = go(s, 1, 'https://a.example/contact');
    expect(second.step).toBe('trail');
    s = second.state;
    const third = go(s, 1, 'https://news.example/');
    expect(third.step).toBe('none');
    expect(trailTabs(third.state).has(1)).toBe(false);
    expect(helpHistoryTabIds(third.state).has(1)).toBe(true);
    expect(MAX_HOPS).toBe(2);
  });

  it('ordinary browsing starts no trail', () => {
    const { state, step } = go(go({}, 1, 'https://news.example/').state, 1, 'https://news.example/2');
    expect(step).toBe('none');
    expect(helpHistoryTabIds(state).size).toBe(0);
  });

  it('a fragment change is the same page, not a hop', () => {
    const s = go(go({}, 1, SEARCH, true).state, 1, 'https://a.example/p').state;
    const same = go(s, 1, 'https://a.example/p#section');
    expect(same.step).toBe('none');
    expect(same.state[1]?.hops).toBe(1);
  });

  it('a title that arrives later makes the page a help page, and its links trail pages', () => {
    let s = go({}, 1, 'https://news.example/story').state;
    s = trailRecognised(s, 1);
    expect(trailTabs(s).has(1)).toBe(true);
    expect(go(s, 1, 'https://news.example/next').step).toBe('trail');
  });

  it('a typed or bookmarked visit breaks the chain; the tab still has help in its history', () => {
    let s = go(go({}, 1, SEARCH, true).state, 1, 'https://typed.example/').state;
    s = trailBroken(s, 1, 'https://typed.example/');
    expect(trailTabs(s).has(1)).toBe(false);
    expect(helpHistoryTabIds(s).has(1)).toBe(true);
    expect(go(s, 1, 'https://next.example/').step).toBe('none');
  });

  it('breaking the chain of another address changes nothing', () => {
    const s = go(go({}, 1, SEARCH, true).state, 1, 'https://a.example/').state;
    expect(trailBroken(s, 1, 'https://b.example/')).toBe(s);
  });
});

describe('tabs opened from a help page', () => {
  it('carry the trail into their first page', () => {
    let s = go({}, 1, SEARCH, true).state;
    s = trailTabCreated(s, 2, 1);
    const opened = go(s, 2, 'https://shelter.example/');
    expect(opened.step).toBe('trail');
    expect(opened.state[2]?.hops).toBe(1);
  });

  it('from an ordinary tab, or past the last hop, carry nothing', () => {
    let s = go({}, 1, 'https://news.example/').state;
    expect(trailTabCreated(s, 2, 1)).toBe(s);
    s = go(go(go({}, 3, SEARCH, true).state, 3, 'https://a.example/').state, 3, 'https://b.example/').state;
    expect(trailTabCreated(s, 4, 3)).toBe(s);
    expect(trailTabCreated(s, 5)).toBe(s);
  });

  it('move with a replaced tab and leave with a removed one', () => {
    let s = go({}, 1, SEARCH, true).state;
    s = trailTabReplaced(s, 9, 1);
    expect([...helpHistoryTabIds(s)]).toEqual([9]);
    s = trailTabRemoved(s, 9);
    expect(s).toEqual({});
  });
});

describe('pages that are not visits', () => {
  it('about:blank before the real page is no hop', () => {
    let s = go({}, 1, SEARCH, true).state;
    s = trailTabCreated(s, 2, 1);
    s = go(s, 2, 'about:blank').state;
    expect(go(s, 2, 'https://shelter.example/').step).toBe('trail');
  });

  it('a new-tab page starts afresh: what is typed there is no trail', () => {
    let s = go({}, 1, SEARCH, true).state;
    s = trailTabCreated(s, 2, 1);
    s = go(s, 2, 'chrome://newtab/').state;
    expect(go(s, 2, 'https://mail.example/').step).toBe('none');
    s = go(go({}, 3, SEARCH, true).state, 3, 'about:newtab').state;
    expect(go(s, 3, 'https://mail.example/').step).toBe('none');
  });
});

describe('stored state', () => {
  it('round-trips through JSON', () => {
    const s = go(go({}, 1, SEARCH, true).state, 1, 'https://a.example/').state;
    expect(parseTrail(JSON.parse(JSON.stringify(s)))).toEqual(s);
  });

  it.each([undefined, null, 42, 'x', [], { x: 1 }, { '1': 'bad' }, { '1': { hops: 99, url: 3 } }])(
    'drops malformed input %j',
    (raw) => {
      const parsed = parseTrail(raw);
      for (const tab of Object.values(parsed)) expect(tab.hops).toBeUndefined();
    },
  );
});

describe('followsLink', () => {
  it.each([
    ['link', true],
    ['form_submit', true],
    ['typed', false],
    ['auto_bookmark', false],
    ['generated', false],
    ['reload', false],
    [undefined, false],
  ])('%s → %s', (transition, expected) => {
    expect(followsLink(transition)).toBe(expected);
  });

  it('never continues a trail from the address bar, whatever the transition says', () => {
    expect(followsLink('link', ['from_address_bar'])).toBe(false);
    expect(followsLink('link', ['client_redirect', 'server_redirect'])).toBe(true);
  });
});

describe('reachedFor', () => {
  const how = { url: 'https://a.example/page#top', transition: 'link' };
  it('answers for the same page, fragment aside', () => {
    expect(reachedFor(how, 'https://a.example/page')).toBe(how);
    expect(reachedFor(how, 'https://a.example/page#later')).toBe(how);
  });
  it('says nothing about another page or when nothing was seen', () => {
    expect(reachedFor(how, 'https://a.example/other')).toBeUndefined();
    expect(reachedFor(undefined, 'https://a.example/page')).toBeUndefined();
  });
});
