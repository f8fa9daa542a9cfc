/** Guides in the directory: how a guide reads to the search, and which filters keep it. */

import type { Guide, GuideBlock, GuideLang, GuideText } from './guide-schema';
import type { Filters, Labels } from './listing';
import { orderByRank, type RegionGuess, regionScore } from './region';
import type { Resource } from './resource-schema';
import type { SearchDoc } from './search';
import type { Candidate } from './situation-fit';

/** Search ids of guides carry this prefix, so they never collide with resource ids. */
export const GUIDE_PREFIX = 'guide:';

export const guideSearchId = (id: string): string => `${GUIDE_PREFIX}${id}`;

/** The guide id of a search id, or undefined for a resource. */
export const guideIdOf = (searchId: string): string | undefined =>
  searchId.startsWith(GUIDE_PREFIX) ? searchId.slice(GUIDE_PREFIX.length) : undefined;

/**
 * What the search reads for a guide: its title and summary in the person's language; keywords in
 * both languages and the other language's title and summary as extra text, so `justice
 * réparatrice` finds the guide in an English browser too.
 */
export function guideToDoc(g: Guide, lang: GuideLang, kindLabel: string, labels: Labels): SearchDoc {
  const other: GuideLang = lang === 'fr' ? 'en' : 'fr';
  return {
    id: guideSearchId(g.id),
    name: g[lang].title,
    description: g[lang].summary,
    aliases: [...g[lang].keywords, ...g[other].keywords],
    extra: [g[other].title, g[other].summary, ...g[lang].sections.map((s) => s.heading)],
    kind: kindLabel,
    audiences: g.audiences.map(labels.audience),
    regions: [],
    languages: [],
  };
}

/** Guides have audiences but no region, kind or language of their own: those filters hide them. */
export function guideMatchesFilters(g: Guide, f: Filters): boolean {
  if (f.region || f.kind || f.language) return false;
  return !f.audience || g.audiences.includes(f.audience);
}

/** A guide as the situation ranking sees it: bilingual, for every region. */
export function guideCandidate(g: Guide): Candidate {
  return { id: guideSearchId(g.id), kind: 'guide', audiences: g.audiences, regions: [], languages: [] };
}

/**
 * A guide's related resources for where the person is: those serving their province or country
 * first, then those available anywhere, then the rest (a Québec legal line means little in
 * Scotland, but the law guide covers both). Stable; with no region known, the guide's own order.
 */
export function relatedForRegion<R extends { readonly regions: readonly string[] }>(
  related: readonly R[],
  region: RegionGuess,
): R[] {
  if (!region.country) return [...related];
  return orderByRank(related, (r) => -regionScore(r.regions, region));
}

/** Guide text may say `{name}` where a value for the person's place belongs. */
const TOKEN = /\{([a-z]+)\}/g;

/** A guide's text with each `{name}` filled from `values` (an unknown name reads as nothing). */
export function fillGuideText(text: GuideText, values: Readonly<Record<string, string>>): GuideText {
  const fill = (s: string) => s.replace(TOKEN, (_, name: string) => values[name] ?? '');
  const block = (b: GuideBlock): GuideBlock =>
    b.type === 'p' || b.type === 'note'
      ? { ...b, text: fill(b.text) }
      : b.type === 'list' || b.type === 'checklist'
        ? { ...b, items: b.items.map(fill) }
        : b;
  return {
    ...text,
    summary: fill(text.summary),
    sections: text.sections.map((s) => ({ heading: fill(s.heading), blocks: s.blocks.map(block) })),
  };
}

/**
 * The `{emergency}` value where the person is: " (999 or 112)" after "your local emergency
 * number", from the directory's emergency entry nearest them; nothing when their place is
 * unknown or its entry has no single number (Nunavut has no 911), so no wrong number is shown.
 */
export function emergencyNote(resources: readonly Resource[], region: RegionGuess, lang: GuideLang): string {
  if (!region.country) return '';
  let best: Resource | undefined;
  let bestScore = 1; // a service for anywhere is not the local emergency number
  for (const r of resources) {
    const score = r.kind === 'emergency' ? regionScore(r.regions, region) : 0;
    if (score > bestScore) [best, bestScore] = [r, score];
  }
  const numbers = (best?.contacts?.phone ?? []).map((p) => p.display);
  return numbers.length ? ` (${numbers.join(lang === 'fr' ? ' ou ' : ' or ')})` : '';
}
