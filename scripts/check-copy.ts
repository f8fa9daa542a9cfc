/**
 * Copy check: our guides and resource descriptions must be written in our own words, never
 * lifted from the seed articles. A "copied run" is a stretch of `n` or more consecutive words
 * (after normalising case, quotes, apostrophes and punctuation) that also appears in a seed.
 *
 *   npx tsx scripts/check-copy.ts            # seeds from ../shared/seeds (or $WAYPOINT_SEEDS)
 *
 * Prints every copied run and exits 1 if there is any.
 */
import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Guide, GuideLang } from '../lib/directory/guide-schema';
import type { LimitItem } from '../lib/limits';

/** Lower-cased words with quotes, apostrophes, accents-as-written and punctuation normalised. */
export function words(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      // Curly and typewriter apostrophes all mean the same thing; drop them so "don’t" = "don't" = "dont".
      .replace(/[\u2018\u2019\u201b\u02bc\u2032`´']/g, '')
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
  );
}

const shingleCache = new Map<number, WeakMap<string[], Set<string>>>();

function shinglesOf(sources: string[], n: number): Set<string> {
  let byN = shingleCache.get(n);
  if (!byN) {
    byN = new WeakMap();
    shingleCache.set(n, byN);
  }
  const cached = byN.get(sources);
  if (cached) return cached;
  const set = new Set<string>();
  for (const source of sources) {
    const w = words(source);
    for (let i = 0; i + n <= w.length; i++) set.add(w.slice(i, i + n).join(' '));
  }
  byN.set(sources, set);
  return set;
}

/**
 * Every maximal run of at least `n` consecutive words of `text` that also occurs in one of
 * `sources`, normalised and joined by single spaces (overlapping matches are merged).
 */
export function findCopiedRuns(text: string, sources: string[], n = 6): string[] {
  if (n < 1) throw new RangeError('n must be at least 1');
  const seen = shinglesOf(sources, n);
  const w = words(text);
  const runs: string[] = [];
  let start = -1;
  let end = -1; // exclusive end of the current run
  for (let i = 0; i + n <= w.length; i++) {
    if (!seen.has(w.slice(i, i + n).join(' '))) continue;
    if (start >= 0 && i <= end) end = i + n;
    else {
      if (start >= 0) runs.push(w.slice(start, end).join(' '));
      start = i;
      end = i + n;
    }
  }
  if (start >= 0) runs.push(w.slice(start, end).join(' '));
  return [...new Set(runs)];
}

/** Reads every `.txt` file in `dir`; null when the folder is missing. */
export function loadSeeds(dir: URL | string): string[] | null {
  if (!existsSync(dir)) return null;
  const base = typeof dir === 'string' ? pathToFileURL(dir.endsWith('/') ? dir : `${dir}/`) : dir;
  return readdirSync(base)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(new URL(f, base), 'utf8'));
}

export interface Passage {
  /** Where the text lives, e.g. `conversation.fr.sections[2].blocks[1]`. */
  where: string;
  text: string;
}

/** Every piece of shown text in a guide (summary, headings, blocks), in both languages. */
export function guidePassages(guide: Guide): Passage[] {
  const out: Passage[] = [];
  for (const lang of ['en', 'fr'] as GuideLang[]) {
    const t = guide[lang];
    const at = `${guide.id}.${lang}`;
    out.push({ where: `${at}.summary`, text: t.summary });
    t.sections.forEach((s, si) => {
      out.push({ where: `${at}.sections[${si}].heading`, text: s.heading });
      s.blocks.forEach((b, bi) => {
        const where = `${at}.sections[${si}].blocks[${bi}]`;
        if (b.type === 'p' || b.type === 'note') out.push({ where, text: b.text });
        // The generated limits list is checked once, from its source (`limitPassages`).
        else if (b.type !== 'limits')
          b.items.forEach((item, ii) => {
            out.push({ where: `${where}.items[${ii}]`, text: item });
          });
      });
    });
  }
  return out;
}

/** The "what Waypoint cannot do" items, in both languages. */
export function limitPassages(items: readonly LimitItem[]): Passage[] {
  return items.flatMap((l) => [
    { where: `limit ${l.id}.en`, text: l.en },
    { where: `limit ${l.id}.fr`, text: l.fr },
  ]);
}

interface ResourceLike {
  id?: unknown;
  description?: { en?: unknown; fr?: unknown };
}

/**
 * Resource descriptions from the whole directory (`data/directory/index.ts`: the lines and
 * `data/resources.ts`), or from `data/resources.ts` alone, or null while neither exists.
 */
export async function resourcePassages(): Promise<Passage[] | null> {
  const index = new URL('../data/directory/index.ts', import.meta.url);
  const file = existsSync(index) ? index : new URL('../data/resources.ts', import.meta.url);
  if (!existsSync(file)) return null;
  const mod = (await import(file.href)) as {
    ALL_RESOURCES?: unknown;
    RESOURCES?: unknown;
    default?: unknown;
  };
  const list = (mod.ALL_RESOURCES ?? mod.RESOURCES ?? mod.default) as ResourceLike[] | undefined;
  if (!Array.isArray(list)) return null;
  const out: Passage[] = [];
  for (const r of list) {
    for (const lang of ['en', 'fr'] as const) {
      const text = r.description?.[lang];
      if (typeof text === 'string') out.push({ where: `resource ${String(r.id)}.description.${lang}`, text });
    }
  }
  return out;
}

export interface CopyHit extends Passage {
  runs: string[];
}

export function checkPassages(passages: Passage[], seeds: string[], n = 6): CopyHit[] {
  return passages
    .map((p) => ({ ...p, runs: findCopiedRuns(p.text, seeds, n) }))
    .filter((h) => h.runs.length > 0);
}

async function main(): Promise<number> {
  const seedsDir =
    process.env.WAYPOINT_SEEDS ?? fileURLToPath(new URL('../../shared/seeds/', import.meta.url));
  const seeds = loadSeeds(seedsDir);
  if (!seeds || seeds.length === 0) {
    console.warn(`check-copy: no seed articles found in ${seedsDir}; nothing to compare against.`);
    return 0;
  }
  const { GUIDES } = await import('../data/guides/index');
  const { LIMITS } = await import('../data/limits');
  const passages = [...GUIDES.flatMap(guidePassages), ...limitPassages(LIMITS)];
  const resources = await resourcePassages();
  if (resources) passages.push(...resources);
  else console.log('check-copy: data/resources.ts not found; checking guides only.');

  const hits = checkPassages(passages, seeds);
  for (const h of hits) for (const run of h.runs) console.log(`${h.where}: "${run}"`);
  const what = `${GUIDES.length} guides, ${LIMITS.length} limits${resources ? ` and ${resources.length} resource descriptions` : ''}`;
  if (hits.length > 0) {
    console.log(`check-copy: ${hits.length} passage(s) share 6+ consecutive words with a seed (${what}).`);
    return 1;
  }
  console.log(`check-copy: no copied runs of 6+ words in ${passages.length} passages (${what}).`);
  return 0;
}

function isMain(): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMain()) {
  main().then(
    (code) => process.exit(code),
    (err) => {
      console.error(err);
      process.exit(2);
    },
  );
}
