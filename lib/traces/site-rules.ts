/**
 * Help-site rules and their compiled, lookup-friendly form. Hosts are compared in the ASCII
 * (punycode), lower-case, no-trailing-dot form that `new URL()` produces.
 */

/**
 * One help site: a whole registrable domain, one exact host, or one host's path prefix. A prefix
 * rule covers both `x` and `www.x`, whichever of the two it was written with.
 */
export type SiteRule =
  | { type: 'domain'; domain: string } // registrable domain and all its subdomains
  | { type: 'host'; host: string } // exactly this host
  | { type: 'prefix'; host: string; path: string }; // this host (and `www.` of it), paths starting with `path`

/** Rules compiled for lookup: membership tests instead of a scan over every rule. */
export interface CompiledSiteRules {
  readonly domains: ReadonlySet<string>;
  readonly hosts: ReadonlySet<string>;
  /** Host (the rule's host, with and without `www.`) → the path prefixes that count. */
  readonly prefixes: ReadonlyMap<string, readonly string[]>;
  /** Rules that could not be normalised; they match nothing, so data tests should assert none. */
  readonly invalid: readonly SiteRule[];
}

const PLAIN_HOST = /^[a-z0-9.-]+$/;
// Characters that would make `new URL('http://' + x)` read something other than a bare host.
const NOT_A_HOST = /[\s/\\?#@:%[\]]/;

/** Canonical form of a bare host name (lower-case, punycode, one trailing dot dropped), or null if it isn't one. */
export function normalizeHost(host: string): string | null {
  let h = host.trim().toLowerCase();
  if (h.endsWith('.')) h = h.slice(0, -1);
  if (h === '' || h.startsWith('.') || h.includes('..')) return null;
  if (PLAIN_HOST.test(h) && !h.includes('xn--')) return h;
  if (NOT_A_HOST.test(h)) return null;
  try {
    // The URL parser applies the same IDNA mapping the browser used for the history entry.
    const parsed = new URL(`http://${h}/`).hostname;
    return parsed.endsWith('.') ? parsed.slice(0, -1) : parsed;
  } catch {
    return null;
  }
}

/** The path as the URL parser would store it (dot segments resolved, unsafe bytes escaped), or null. */
export function normalizePathPrefix(path: string): string | null {
  if (path.includes('?') || path.includes('#')) return null;
  try {
    // Appended to an origin, not resolved against one: `//x` is a path here, not a host.
    return new URL(`http://h.invalid${path.startsWith('/') ? '' : '/'}${path}`).pathname;
  } catch {
    return null;
  }
}

/** Compiles rules into sets and maps; rules that don't normalise land in `invalid` instead of throwing. */
export function compileSiteRules(rules: readonly SiteRule[]): CompiledSiteRules {
  const domains = new Set<string>();
  const hosts = new Set<string>();
  const prefixes = new Map<string, string[]>();
  const invalid: SiteRule[] = [];
  for (const rule of rules) {
    if (rule.type === 'domain') {
      const d = normalizeHost(rule.domain);
      if (d) domains.add(d);
      else invalid.push(rule);
    } else if (rule.type === 'host') {
      const h = normalizeHost(rule.host);
      if (h) hosts.add(h);
      else invalid.push(rule);
    } else {
      const h = normalizeHost(rule.host);
      const p = normalizePathPrefix(rule.path);
      if (!h || !p) {
        invalid.push(rule);
        continue;
      }
      // `www.x` and `x` are the same site, whichever of the two the rule was written with.
      const bare = h.startsWith('www.') ? h.slice(4) : h;
      for (const key of new Set([h, bare, `www.${bare}`])) {
        const list = prefixes.get(key) ?? [];
        if (!list.includes(p)) list.push(p);
        prefixes.set(key, list);
      }
    }
  }
  return { domains, hosts, prefixes, invalid };
}

/** True if the normalised host is matched by a domain or host rule, whatever the path. */
export function matchesHost(rules: CompiledSiteRules, host: string): boolean {
  if (rules.hosts.has(host) || rules.domains.has(host)) return true;
  // Walk up one label at a time: `a.b.example.org` → `b.example.org` → `example.org` → `org`.
  for (let dot = host.indexOf('.'); dot !== -1; dot = host.indexOf('.', dot + 1)) {
    if (rules.domains.has(host.slice(dot + 1))) return true;
  }
  return false;
}

/** True if `path` (already parser-normalised) falls under one of the prefixes. */
export function matchesPath(prefixes: readonly string[], path: string): boolean {
  for (const prefix of prefixes) {
    if (path.startsWith(prefix)) return true;
    // `/help` is the same page as `/help/` (servers redirect one to the other; both reach history).
    if (prefix.length === path.length + 1 && prefix.endsWith('/') && prefix.startsWith(path)) return true;
  }
  return false;
}

/** True if a normalised host + path is a help site under the compiled rules. */
export function matchesSite(rules: CompiledSiteRules, host: string, path: string): boolean {
  if (matchesHost(rules, host)) return true;
  const list = rules.prefixes.get(host);
  return list !== undefined && matchesPath(list, path);
}

const BARE_DOMAIN = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/;

/**
 * One entry of the shipped list: `domain`, `host:x.example` or `prefix:x.example/path/`, or null
 * when it is none of these.
 */
export function parseSiteEntry(entry: string): SiteRule | null {
  if (entry.startsWith('host:')) {
    const host = entry.slice('host:'.length);
    return BARE_DOMAIN.test(host) ? { type: 'host', host } : null;
  }
  if (entry.startsWith('prefix:')) {
    const rest = entry.slice('prefix:'.length);
    const slash = rest.indexOf('/');
    if (slash <= 0) return null;
    const host = rest.slice(0, slash);
    const path = rest.slice(slash);
    if (!BARE_DOMAIN.test(host) || !path.endsWith('/') || /[?#\s]/.test(path)) return null;
    return { type: 'prefix', host, path };
  }
  return BARE_DOMAIN.test(entry) ? { type: 'domain', domain: entry } : null;
}
