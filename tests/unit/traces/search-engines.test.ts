import { describe, expect, it } from 'vitest';
import { extractSearchQuery, findEngine, SEARCH_ENGINES } from '../../../lib/traces/search-engines';

describe('findEngine', () => {
  it.each([
    ['www.google.com', 'google'],
    ['google.com', 'google'],
    ['www.google.ca', 'google'],
    ['www.google.fr', 'google'],
    ['www.google.co.uk', 'google'],
    ['www.google.com.au', 'google'],
    ['www.google.com.br', 'google'],
    ['www.google.co.jp', 'google'],
    ['www.google.cat', 'google'],
    ['www.bing.com', 'bing'],
    ['bing.com', 'bing'],
    ['duckduckgo.com', 'duckduckgo'],
    ['html.duckduckgo.com', 'duckduckgo'],
    ['lite.duckduckgo.com', 'duckduckgo'],
    ['search.yahoo.com', 'yahoo'],
    ['ca.search.yahoo.com', 'yahoo'],
    ['fr.search.yahoo.com', 'yahoo'],
    ['search.yahoo.co.jp', 'yahoo'],
    ['www.ecosia.org', 'ecosia'],
    ['search.brave.com', 'brave'],
    ['www.startpage.com', 'startpage'],
    ['eu.startpage.com', 'startpage'],
    ['www.qwant.com', 'qwant'],
    ['yandex.com', 'yandex'],
    ['yandex.ru', 'yandex'],
    ['yandex.com.tr', 'yandex'],
    ['ya.ru', 'yandex'],
  ])('%j → %s', (host, name) => {
    expect(findEngine(host)?.name).toBe(name);
  });

  it.each([
    ['mail.google.com'],
    ['docs.google.com'],
    ['google.example.com'],
    ['notgoogle.com'],
    ['www.google.com.evil.test'],
    ['www.google.community'],
    ['yahoo.com'],
    ['mail.yahoo.com'],
    ['search.yahoo.com.evil.test'],
    ['brave.com'],
    ['ecosia.org.evil.test'],
    ['duckduckgo.com.evil.test'],
    ['sheltersafe.ca'],
    [''],
  ])('%j is not a results host', (host) => {
    expect(findEngine(host)).toBeUndefined();
  });
});

describe('extractSearchQuery', () => {
  it.each([
    ['https://www.google.com/search?q=violence+conjugale', 'violence conjugale'],
    ['https://www.google.ca/search?client=firefox-b-d&q=women%27s+shelter&oq=x', "women's shelter"],
    ['https://www.google.co.uk/search?q=refuge&hl=en', 'refuge'],
    ['https://www.google.com.au/search?q=a%20b', 'a b'],
    ['https://www.google.com/webhp?q=domestic+abuse', 'domestic abuse'],
    ['https://www.google.com/?q=domestic+abuse', 'domestic abuse'],
    ['https://google.fr/search?q=maison+d%27h%C3%A9bergement', "maison d'hébergement"],
    ['https://WWW.GOOGLE.COM/search?q=x', 'x'],
    ['https://www.google.com./search?q=x', 'x'],
    ['https://www.google.com:443/search?q=x', 'x'],
    ['https://www.bing.com/search?q=restraining+order&form=QBLH', 'restraining order'],
    ['https://www.bing.com/images/search?q=x', 'x'],
    ['https://duckduckgo.com/?q=safety+plan&ia=web', 'safety plan'],
    ['https://html.duckduckgo.com/html/?q=x', 'x'],
    ['https://lite.duckduckgo.com/lite/?q=x', 'x'],
    ['https://search.yahoo.com/search?p=crisis+line', 'crisis line'],
    ['https://ca.search.yahoo.com/search;_ylt=AwrE;_ylc=X1MD?p=x&fr=yfp', 'x'],
    ['https://www.ecosia.org/search?method=index&q=x', 'x'],
    ['https://search.brave.com/search?q=x&source=web', 'x'],
    ['https://www.startpage.com/do/search?query=x', 'x'],
    ['https://www.startpage.com/sp/search?query=x', 'x'],
    ['https://www.startpage.com/sp/search?q=x', 'x'],
    ['https://www.qwant.com/?q=x&t=web', 'x'],
    ['https://yandex.com/search/?text=x&lr=1', 'x'],
    ['https://yandex.ru/search/?text=%D0%BF%D0%BE%D0%BC%D0%BE%D1%89%D1%8C', 'помощь'],
    ['view-source:https://www.google.com/search?q=x', 'x'],
    ['https://www.google.com/search?q=100%+sure', '100% sure'],
    ['https://www.google.com/search?q=%E0%A4%A', '\ufffd%A'],
    ['https://www.google.com/search?q=a&q=b', 'a'],
    ['https://www.google.com/search?q=x#q=y', 'x'],
  ])('%s → %j', (url, query) => {
    expect(extractSearchQuery(url)).toBe(query);
  });

  it.each([
    ['https://www.google.com/'],
    ['https://www.google.com/search'],
    ['https://www.google.com/search?q='],
    ['https://www.google.com/search?q=+++'],
    ['https://www.google.com/maps/search/x?q=x'],
    ['https://www.google.com/url?q=https://sheltersafe.ca/'],
    ['https://mail.google.com/search?q=x'],
    ['https://www.bing.com/?q=x'],
    ['https://search.yahoo.com/search?q=x'],
    ['https://yandex.com/search/?q=x'],
    ['https://www.example.com/search?q=x'],
    ['https://evil.test/?u=https://www.google.com/search?q=x'],
    ['ftp://www.google.com/search?q=x'],
    ['javascript:alert(1)'],
    ['not a url'],
    [''],
  ])('%s has no query', (url) => {
    expect(extractSearchQuery(url)).toBeNull();
  });

  it('names, for every host pattern, a label its hosts always have', () => {
    for (const engine of SEARCH_ENGINES) {
      if (!engine.hostMatch) continue;
      for (const example of engine.examples) {
        expect(new URL(example).hostname.split('.')).toContain(engine.hostMatch.label);
      }
    }
  });

  it('reads every engine example as the query "x"', () => {
    for (const engine of SEARCH_ENGINES) {
      expect(engine.examples.length).toBeGreaterThan(0);
      for (const example of engine.examples) expect(extractSearchQuery(example)).toBe('x');
    }
  });
});
