/**
 * The one place Waypoint reads web addresses and the text around them: the scheme a person typed,
 * whether a host name can be a site, and which characters count as apostrophes. The options form,
 * the settings parser and the trace matcher all use these, so an address one accepts, the others
 * accept too.
 */

/** Apostrophes people and keyboards produce: straight, curly, modifier letter, grave, acute, prime. */
export const APOSTROPHE_CHARS = "'’‘ʼ`´′";
/** Matches every apostrophe in a text (global: use with `replace`). */
export const APOSTROPHES = new RegExp(`[${APOSTROPHE_CHARS}]`, 'g');

// A scheme is letters then `:`; `example.com:8080` and `localhost:3000` have a port, not a scheme.
const SCHEME = /^([a-z][a-z0-9+.-]*):(?!\d)/i;

/** The scheme typed at the start of `text` (lower-case), or undefined when there is none. */
export function schemeOf(text: string): string | undefined {
  const scheme = SCHEME.exec(text.trim())?.[1]?.toLowerCase();
  // A dot means it was a host name with a port-like suffix, not a scheme.
  return scheme && !scheme.includes('.') ? scheme : undefined;
}

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/** True when a normalised host is made of DNS labels (letters, digits, inner hyphens), ≤ 253 characters. */
export function isHostName(host: string): boolean {
  return host.length <= 253 && host.split('.').every((l) => LABEL.test(l));
}

/**
 * True when a normalised host (lower-case, punycode, no trailing dot) can name a web site: a host
 * name of at least two labels whose top-level label has two or more characters and is not all
 * digits (that would be an IP address).
 */
export function isSiteHost(host: string): boolean {
  const top = host.slice(host.lastIndexOf('.') + 1);
  return host.includes('.') && isHostName(host) && top.length >= 2 && !/^\d+$/.test(top);
}

const LOCAL_SUFFIXES = ['localhost', 'local', 'internal', 'lan', 'home.arpa', 'test', 'invalid', 'example'];

/** True for this computer, the local network, reserved names and bare IP addresses. */
export function isLocalHost(host: string): boolean {
  if (host.startsWith('[') || /^[\d.]+$/.test(host)) return true;
  return LOCAL_SUFFIXES.some((s) => host === s || host.endsWith(`.${s}`));
}
