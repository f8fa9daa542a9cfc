/** How the help vocabulary's lists are written (`help-lexicon.ts`, `help-lexicon-6.ts`). */

/** Crosses every prefix with every suffix: (["abusive"], ["husband"]) → ["abusive husband"]. */
export const cross = (prefixes: readonly string[], suffixes: readonly string[]): string[] =>
  prefixes.flatMap((p) => suffixes.map((s) => `${p} ${s}`));

/** Phrases written compactly, separated by commas (the lists add to the background script). */
export const list = (phrases: string): string[] => phrases.split(',');
