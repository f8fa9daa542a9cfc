/**
 * Where facts were checked never ships: no module reachable from an entry point (static or
 * dynamic import, type-only imports included, to be strict) is a source file, or names
 * `RESOURCE_SOURCES`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const ENTRIES = [
  ...readdirSync(resolve(ROOT, 'entrypoints'), { recursive: true, encoding: 'utf8' })
    .filter((f) => /(^|\/)(main\.tsx|background\.ts)$/.test(f))
    .map((f) => resolve(ROOT, 'entrypoints', f)),
  resolve(ROOT, 'content/panic.ts'),
];

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"](\.[^'"]+)['"]/g;

function resolveImport(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec);
  return [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`].find(
    (p) => existsSync(p) && /\.tsx?$/.test(p),
  );
}

/** Every module reachable from `entries` through relative imports, as paths from the root. */
function reachable(entries: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8').replace(/^\s*(\/\/|\*).*$/gm, '');
    for (const [, spec] of text.matchAll(SPECIFIER)) {
      const target = resolveImport(file, spec!);
      if (target) queue.push(target);
    }
  }
  return new Set([...seen].map((f) => relative(ROOT, f)));
}

describe('shipped modules', () => {
  const modules = reachable(ENTRIES);

  it('reach the directory, the guides and the catalogs from the entry points', () => {
    expect(ENTRIES.length).toBeGreaterThanOrEqual(5);
    for (const m of [
      'data/directory/ca.ts',
      'data/directory/index.ts',
      'data/guides/index.ts',
      'data/messages/fr.ts',
    ])
      expect(modules).toContain(m);
  });

  it('never include a source file or the sources table', () => {
    const leaks = [...modules].filter(
      (m) =>
        m.startsWith('data/sources/') || readFileSync(resolve(ROOT, m), 'utf8').includes('RESOURCE_SOURCES'),
    );
    expect(leaks).toEqual([]);
  });
});
