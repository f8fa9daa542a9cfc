/**
 * The neutral site the panic exit shows: presets and validation of a custom address.
 * Presets are ordinary, public pages that show nothing personal even when signed in elsewhere.
 */
import { schemeOf } from '../web-address';

/** Default: a weather page, about as ordinary and impersonal as a page can be. */
export const DEFAULT_NEUTRAL_URL = 'https://www.bbc.com/weather';

export const NEUTRAL_PRESETS = [
  { id: 'weather', url: DEFAULT_NEUTRAL_URL },
  { id: 'news', url: 'https://apnews.com/' },
  { id: 'search', url: 'https://duckduckgo.com/' },
  { id: 'encyclopedia', url: 'https://en.wikipedia.org/wiki/Special:Random' },
] as const;

export type NeutralPresetId = (typeof NEUTRAL_PRESETS)[number]['id'];

export type NeutralUrlError = 'empty' | 'scheme' | 'invalid' | 'no-host' | 'credentials';
export type NeutralUrlResult = { ok: true; url: string } | { ok: false; reason: NeutralUrlError };

/**
 * Validates a custom neutral site. Only http(s) with a real host name is accepted; a bare word,
 * `javascript:`, `data:`, `chrome:` and addresses with user names are refused with a reason.
 * A bare host such as `example.com` is read as `https://example.com/`.
 */
export function parseNeutralUrl(input: unknown): NeutralUrlResult {
  if (typeof input !== 'string' || !input.trim()) return { ok: false, reason: 'empty' };
  let text = input.trim();
  const scheme = schemeOf(text);
  if (scheme) {
    if (scheme !== 'http' && scheme !== 'https') return { ok: false, reason: 'scheme' };
  } else {
    text = `https://${text}`;
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, reason: 'scheme' };
  if (url.username || url.password) return { ok: false, reason: 'credentials' };
  const host = url.hostname.replace(/\.$/, '');
  const isIp = /^\[.*\]$|^\d+(\.\d+){3}$/.test(host);
  if (!isIp && (!host.includes('.') || host.startsWith('.') || host.includes('..')))
    return { ok: false, reason: 'no-host' };
  return { ok: true, url: url.href };
}

/** True when `url` is a valid neutral site (full check, for settings). */
export function isNeutralUrl(url: unknown): url is string {
  return parseNeutralUrl(url).ok;
}
