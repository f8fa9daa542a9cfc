import { describe, expect, it } from 'vitest';
import {
  DEFAULT_NEUTRAL_URL,
  isNeutralUrl,
  NEUTRAL_PRESETS,
  type NeutralUrlError,
  parseNeutralUrl,
} from '../../../lib/exit/neutral-site';

describe('parseNeutralUrl: accepted', () => {
  it.each<[string, string]>([
    ['https://example.com', 'https://example.com/'],
    ['https://example.com/', 'https://example.com/'],
    ['http://example.com/path?q=1#top', 'http://example.com/path?q=1#top'],
    ['https://www.bbc.com/weather', 'https://www.bbc.com/weather'],
    ['HTTPS://Example.COM', 'https://example.com/'],
    ['  https://example.com  ', 'https://example.com/'],
    ['example.com', 'https://example.com/'],
    ['www.example.co.uk/news', 'https://www.example.co.uk/news'],
    ['example.com:8080', 'https://example.com:8080/'],
    ['https://example.com.', 'https://example.com./'],
    ['hébergement.ca', 'https://xn--hbergement-b7a.ca/'],
    ['http://192.168.0.1/', 'http://192.168.0.1/'],
    ['192.168.0.1', 'https://192.168.0.1/'],
    ['http://[::1]/', 'http://[::1]/'],
    ['https://[2001:db8::1]:8443/x', 'https://[2001:db8::1]:8443/x'],
  ])('%s → %s', (input, url) => {
    expect(parseNeutralUrl(input)).toEqual({ ok: true, url });
    expect(isNeutralUrl(input)).toBe(true);
  });
});

describe('parseNeutralUrl: refused, with the reason', () => {
  it.each<[unknown, NeutralUrlError]>([
    ['javascript:alert(1)', 'scheme'],
    ['JavaScript:alert(1)', 'scheme'],
    ['  javascript:alert(1)', 'scheme'],
    ['data:text/html,x', 'scheme'],
    ['chrome://settings', 'scheme'],
    ['about:blank', 'scheme'],
    ['file:///etc/passwd', 'scheme'],
    ['ftp://example.com/', 'scheme'],
    ['mailto:someone@example.com', 'scheme'],
    ['moz-extension://abc/options.html', 'scheme'],
    ['weather', 'no-host'],
    ['https://localhost/', 'no-host'],
    ['https://example', 'no-host'],
    ['https://.example.com', 'no-host'],
    ['http://example..com', 'no-host'],
    ['', 'empty'],
    ['   ', 'empty'],
    ['\n\t', 'empty'],
    [undefined, 'empty'],
    [null, 'empty'],
    [42, 'empty'],
    [['https://example.com/'], 'empty'],
    ['https://user:pw@example.com', 'credentials'],
    ['https://user@example.com', 'credentials'],
    ['user@example.com', 'credentials'],
    ['http://', 'invalid'],
    ['https://exa mple.com', 'invalid'],
    ['http://[::1', 'invalid'],
    ['https://256.1.1.1', 'invalid'],
  ])('%j → %s', (input, reason) => {
    expect(parseNeutralUrl(input)).toEqual({ ok: false, reason });
    expect(isNeutralUrl(input)).toBe(false);
  });
});

describe('presets', () => {
  it('are all valid and kept exactly as written', () => {
    for (const preset of NEUTRAL_PRESETS)
      expect(parseNeutralUrl(preset.url)).toEqual({ ok: true, url: preset.url });
  });

  it('are all https and distinct', () => {
    expect(NEUTRAL_PRESETS.every((p) => p.url.startsWith('https://'))).toBe(true);
    expect(new Set(NEUTRAL_PRESETS.map((p) => p.id)).size).toBe(NEUTRAL_PRESETS.length);
    expect(new Set(NEUTRAL_PRESETS.map((p) => p.url)).size).toBe(NEUTRAL_PRESETS.length);
  });

  it('include the default, first', () => {
    expect(NEUTRAL_PRESETS[0]).toEqual({ id: 'weather', url: DEFAULT_NEUTRAL_URL });
    expect(isNeutralUrl(DEFAULT_NEUTRAL_URL)).toBe(true);
  });
});
