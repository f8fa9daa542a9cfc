import { describe, expect, it } from 'vitest';
import { type KeyReach, keyReach } from '../../../lib/exit/key-reach';

const OWN = 'chrome-extension://abcdefghijklmnop/';

describe('keyReach', () => {
  it.each<[string, string | undefined, KeyReach]>([
    ['a web page', 'https://sheltersafe.ca/find', 'keys'],
    ['a plain http page', 'http://ordinary.test/', 'keys'],
    ['a PDF on a help site', 'https://sheltersafe.ca/plan/safety-plan.pdf', 'pdf'],
    ['a PDF named in capitals, with a query', 'https://example.org/Plan.PDF?v=2#page=3', 'pdf'],
    ['a page whose query only mentions a PDF', 'https://example.org/view?file=plan.pdf', 'keys'],
    ['a PDF saved on the computer', 'file:///home/me/Downloads/plan.pdf', 'pdf'],
    ['the new tab page', 'chrome://newtab/', 'browser-page'],
    ['Firefox’s new tab page', 'about:newtab', 'browser-page'],
    ['a blank tab', 'about:blank', 'browser-page'],
    ['the browser’s settings', 'chrome://settings/', 'browser-page'],
    ['another extension’s page', 'chrome-extension://zzzz/page.html', 'browser-page'],
    ['a Firefox add-on’s page', 'moz-extension://1234/page.html', 'browser-page'],
    [
      'a local file (extensions need a separate switch for those)',
      'file:///home/me/notes.html',
      'browser-page',
    ],
    ['the Chrome Web Store', 'https://chromewebstore.google.com/detail/x', 'browser-page'],
    ['the old Chrome Web Store', 'https://chrome.google.com/webstore/detail/x', 'browser-page'],
    ['a Google page that is not the store', 'https://chrome.google.com/other', 'keys'],
    ['Firefox’s add-ons site', 'https://addons.mozilla.org/en-CA/firefox/', 'browser-page'],
    ['Waypoint’s own guide (it listens for the keys itself)', `${OWN}guide.html#plan`, 'keys'],
    ['no address known', undefined, 'keys'],
    ['an address that does not parse', 'not a url', 'keys'],
  ])('%s', (_, url, expected) => {
    expect(keyReach(url, OWN)).toBe(expected);
  });
});
