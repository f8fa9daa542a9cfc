/**
 * What a built extension must never contain: our research notes, paths of this repository, words
 * about how facts were looked up, source maps, and the addresses that only the (unshipped) source
 * files hold. Shared by the Chromium and Firefox bundle tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** Research wording and repository paths, matched case-insensitively. */
export const NOTE_WORDS = [
  'pages corpus',
  'search tool',
  'shared/reference',
  'resources-facts',
  'verified-lines',
  'verified list',
  'secondary only',
  'do not list',
  'seed 001',
  'seed:001',
  '/work/',
  '../shared',
  'data/sources',
  'tests/fixtures',
  'sourceMappingURL',
  'RESOURCE_SOURCES',
];

/** Field names of the source files (`covers: [...]`, `"evidence": "https://…"`), case-sensitive. */
export const NOTE_PATTERNS: readonly RegExp[] = [
  /\bsupports\s*:/,
  /\bcovers\s*:/,
  /\bevidence["']?\s*:/,
  /["']evidence["']/,
  // An import path with its TypeScript extension: a module the bundler did not resolve.
  /\.tsx?["']/,
];

/** Every file under `dir`, as paths relative to it. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)));
}

const URL_RE = /https:\/\/[^\s'"`<>)\]]+/g;
const read = (path: string) => readFileSync(resolve(ROOT, path), 'utf8');

/** The text of the data the extension ships (what the interface shows). */
function shippedDataText(): string {
  const dirs = ['data/directory', 'data/guides', 'data/messages'];
  const files = [
    ...dirs.flatMap((d) => filesUnder(resolve(ROOT, d)).map((f) => `${d}/${f}`)),
    'data/resources.ts',
    'data/help-site-list.ts',
    'data/help-sites.ts',
    'data/limits.ts',
  ];
  return files.map(read).join('\n');
}

/**
 * Addresses that appear in `data/sources/` and nowhere in the shipped data: if one is in a
 * bundle, a source file was bundled.
 */
export function sourceOnlyAddresses(): string[] {
  const sources = filesUnder(resolve(ROOT, 'data/sources')).map((f) => read(`data/sources/${f}`));
  const shipped = shippedDataText();
  const urls = new Set(sources.flatMap((text) => text.match(URL_RE) ?? []));
  return [...urls].filter((u) => !shipped.includes(u));
}

/** Every note, path or source-only address found in the files of `dir`, as `file: what`. */
export function notesIn(dir: string): string[] {
  const addresses = sourceOnlyAddresses();
  const found: string[] = [];
  for (const file of filesUnder(dir)) {
    if (/\.(png|ico|jpg|woff2?)$/.test(file)) continue;
    const text = readFileSync(join(dir, file), 'utf8');
    const lower = text.toLowerCase();
    for (const w of NOTE_WORDS) if (lower.includes(w.toLowerCase())) found.push(`${file}: ${w}`);
    for (const p of NOTE_PATTERNS) if (p.test(text)) found.push(`${file}: ${p}`);
    for (const u of addresses) if (text.includes(u)) found.push(`${file}: ${u}`);
  }
  return found;
}
