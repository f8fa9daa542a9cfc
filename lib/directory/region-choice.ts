/**
 * The region and language a person chooses (kept in settings, never sent anywhere), and what the
 * choice changes: the region the directory is ordered for, and the order of the lines to reach
 * now (Québec's lines in French first; somewhere else, only lines that serve a whole country).
 */
import type { Lang } from '../i18n-key';
import { orderByRank, type RegionGuess, regionScore } from './region';
import { REGIONS, type Region, type Resource } from './resource-schema';

/** Canada and the UK are picked by province, territory or nation; "anywhere" is not a place. */
const NOT_PICKABLE = ['CA', 'GB', 'GLOBAL'] as const;
export type PickableRegion = Exclude<Region, (typeof NOT_PICKABLE)[number]>;

/** Regions a person can pick: every province and territory, every UK nation, and the countries we list. */
export const PICKABLE_REGIONS: readonly PickableRegion[] = REGIONS.filter(
  (r): r is PickableRegion => !(NOT_PICKABLE as readonly string[]).includes(r),
);

/**
 * `auto`: the guess from the browser's language and time zone (the default); `elsewhere`: none of
 * the regions we list, so national and worldwide lines only.
 */
export type RegionChoice = 'auto' | PickableRegion | 'elsewhere';
export const REGION_CHOICES: readonly RegionChoice[] = ['auto', ...PICKABLE_REGIONS, 'elsewhere'];

/** `auto`: the browser's interface language (the default). */
export const LANGUAGE_CHOICES = ['auto', 'en', 'fr'] as const;
export type LanguageChoice = (typeof LANGUAGE_CHOICES)[number];

/** The region a pickable code stands for, as the directory's ranking reads it. */
export function regionOf(code: PickableRegion): RegionGuess {
  const [country] = code.split('-') as [string];
  return code.includes('-') ? { country, subdivision: code } : { country };
}

/** The region to order the directory for: the person's choice, else the browser's guess. */
export function chosenRegion(choice: RegionChoice, guessed: RegionGuess): RegionGuess {
  if (choice === 'auto') return guessed;
  return choice === 'elsewhere' ? {} : regionOf(choice);
}

/** The interface language: the person's choice, else the browser's. */
export function chosenLang(choice: LanguageChoice, browserLang: Lang): Lang {
  return choice === 'auto' ? browserLang : choice;
}

/** Where most lines answer in French although the country's other lines may not: French first. */
const FRENCH_FIRST: ReadonlySet<string> = new Set(['CA-QC']);

const speaks = (r: Resource, lang: Lang) => r.languages.includes(lang) || r.languages.includes('many');
const servesWholeCountry = (r: Resource) => r.regions.some((code) => !code.includes('-'));

/**
 * The lines to reach now, in the order `startOrder` gave them, adjusted for the region:
 * in Québec the lines near the person that answer in French come first (the local emergency
 * number stays first); with no region we list, only lines for a whole country or anywhere, since
 * a province's line means nothing elsewhere. Stable: ties keep the given order.
 */
export function linesForRegion(lines: readonly Resource[], region: RegionGuess): Resource[] {
  if (!region.country) return lines.filter(servesWholeCountry);
  if (!region.subdivision || !FRENCH_FIRST.has(region.subdivision)) return [...lines];
  const near = (r: Resource) => regionScore(r.regions, region) >= 2;
  const rank = (r: Resource) => {
    if (!near(r)) return 3;
    if (r.kind === 'emergency') return 0;
    return speaks(r, 'fr') ? 1 : 2;
  };
  return orderByRank(lines, rank);
}

/** True when some line to reach now serves the region itself (its province, nation or country). */
export function hasLocalLines(list: readonly Resource[], region: RegionGuess): boolean {
  return list.some((r) => r.crisis && regionScore(r.regions, region) >= 2);
}
