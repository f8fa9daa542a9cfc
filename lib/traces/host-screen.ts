/**
 * The matcher's fast path: one pass over the host of a plain `https://host/…` URL that either
 * settles it (under a help domain, or certainly of no interest) or picks it out for the slower
 * string-based rules. It allocates nothing and calls no string built-ins on the common path,
 * because it runs on every URL of the history (see bench/matcher.ts).
 */

import { ENGINE_HOST_LABELS, SEARCH_ENGINES } from './search-engines';
import type { CompiledSiteRules } from './site-rules';

/** The host is not plain (see the scan in createHostScreen): ask the URL parser. */
export const SCREEN_PARSE = -1;
/** The host is under a domain rule: the URL is a help site. */
export const SCREEN_SITE = -2;
/** The host is no rule's, no prefix rule's and no search engine's. */
export const SCREEN_SKIP = -3;

/** Screens `url` from `start` (just after `//`); a result ≥ 0 is the host's end, for a closer look. */
export type HostScreen = (url: string, start: number) => number;

const MASK = 0x3fffffff; // keeps hashes small integers, cheap as Map keys
const MAX_LABELS = 32;

const labelStep = (hash: number, charCode: number) => (Math.imul(hash, 31) + charCode) & MASK;
const suffixStep = (suffix: number, label: number) => (Math.imul(suffix, 1_000_003) + label + 1) & MASK;

function labelHash(label: string): number {
  let hash = 0;
  for (let i = 0; i < label.length; i++) hash = labelStep(hash, label.charCodeAt(i));
  return hash;
}

/** The key the screen reaches for a host equal to `text`, combining label hashes right to left. */
function textKey(text: string): number {
  return text
    .split('.')
    .reverse()
    .reduce((suffix, label) => suffixStep(suffix, labelHash(label)), 0);
}

interface Entry {
  readonly text: string;
  /** Exact hosts (host rules, prefix hosts, engines) match only the whole host; domains any suffix. */
  readonly wholeHostOnly: boolean;
}

/** Builds the screen for compiled rules plus the search engines' hosts. */
export function createHostScreen(rules: CompiledSiteRules): HostScreen {
  const index = new Map<number, Entry[]>();
  // One byte per low 16 bits of a key: a zero rules a suffix out without a Map lookup.
  const seen = new Uint8Array(1 << 16);
  const add = (text: string, wholeHostOnly: boolean) => {
    const key = textKey(text);
    index.set(key, [...(index.get(key) ?? []), { text, wholeHostOnly }]);
    seen[key & 0xffff] = 1;
  };
  for (const domain of rules.domains) add(domain, false);
  for (const host of [...rules.hosts, ...rules.prefixes.keys(), ...SEARCH_ENGINES.flatMap((e) => e.hosts)]) {
    add(host, true);
  }
  const engineLabels = Int32Array.from(ENGINE_HOST_LABELS, labelHash);
  // Label k spans starts[k] to starts[k + 1] - 1 (its dot); starts[labels] - 1 is the host's end.
  const hashes = new Int32Array(MAX_LABELS);
  const starts = new Int32Array(MAX_LABELS + 1);

  // Pass 1, left to right: find the host's end, refuse anything the URL parser would rewrite or
  // reject, and hash each label. Returns the label count, or SCREEN_PARSE.
  const scan = (url: string, start: number): number => {
    let labels = 0;
    let hash = 0;
    let prev = 46; // as if after a dot, so a leading dot reads as an empty label
    let end = start;
    starts[0] = start;
    for (; end < url.length; end++) {
      const c = url.charCodeAt(end);
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45) {
        if (c === 45 && prev === 45) return SCREEN_PARSE; // `--` may be punycode (`xn--`)
        hash = labelStep(hash, c);
      } else if (c === 46) {
        if (prev === 46 || labels === MAX_LABELS) return SCREEN_PARSE; // empty label, or absurd
        hashes[labels++] = hash;
        starts[labels] = end + 1;
        hash = 0;
      } else if (c === 47 || c === 63 || c === 35) break;
      else return SCREEN_PARSE; // upper case, user-info, port, escapes, IDN, `\`, whitespace…
      prev = c;
    }
    // One trailing dot names the same host; otherwise the last label is still open.
    if (prev !== 46) {
      if (labels === MAX_LABELS) return SCREEN_PARSE;
      hashes[labels++] = hash;
      starts[labels] = end + 1;
    }
    // No label at all, or a last label starting with a digit, which the parser reads as IPv4.
    const first = labels === 0 ? 48 : url.charCodeAt(starts[labels - 1]!);
    return first >= 48 && first <= 57 ? SCREEN_PARSE : labels;
  };

  // Pass 2, right to left over the labels: `ca`, `sheltersafe.ca`, `www.sheltersafe.ca`.
  const lookUp = (url: string, labels: number): number => {
    const hostEnd = starts[labels]! - 1;
    let suffix = 0;
    let look = false;
    for (let k = labels - 1; k >= 0; k--) {
      const label = hashes[k]!;
      for (let e = 0; e < engineLabels.length; e++) look ||= engineLabels[e] === label;
      suffix = suffixStep(suffix, label);
      if (seen[suffix & 0xffff] === 0) continue;
      const entries = index.get(suffix);
      if (entries === undefined) continue;
      const from = starts[k]!;
      for (const entry of entries) {
        // A hash hit is only a hint: confirm the text.
        if (entry.text.length !== hostEnd - from || !url.startsWith(entry.text, from)) continue;
        if (!entry.wholeHostOnly) return SCREEN_SITE;
        look ||= k === 0;
      }
    }
    return look ? hostEnd : SCREEN_SKIP;
  };

  return (url, start) => {
    const labels = scan(url, start);
    return labels === SCREEN_PARSE ? SCREEN_PARSE : lookUp(url, labels);
  };
}
