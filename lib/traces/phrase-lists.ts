/** How the help vocabulary's lists are written (`help-lexicon.ts`, `help-lexicon-6.ts`). */

/** Crosses every prefix with every suffix: (["abusive"], ["husband"]) → ["abusive husband"]. */
export const cross = (prefixes: readonly string[], suffixes: readonly string[]): string[] =>
  prefixes.flatMap((p) => suffixes.map((s) => `${p} ${s}`));

/** Phrases written compactly, separated by commas (the lists add to the background script). */
export const list = (phrases: string): string[] => phrases.split(',');

/**
 * The same phrases said of someone else, in English ("hit me" → "hit her", "hit him"; "pulled my
 * hair" → "pulled her hair", "pulled his hair") or in French with "lui" ("me donne des coups" → "lui
 * donne des coups"): French "la" and "le" are function words the reader drops, so "la frappe" would
 * read as a bare "frappe" (also a knock at the door). Phrases with no "me" or "my" give nothing.
 */
export const thirdPerson = (phrases: readonly string[], lang: 'en' | 'fr'): string[] =>
  phrases.flatMap((phrase) => {
    const words = phrase.split(' ');
    const at = words.findIndex((w) => w === 'me' || w === 'my');
    if (at === -1) return [];
    const options = lang === 'fr' ? ['lui'] : words[at] === 'me' ? ['her', 'him'] : ['her', 'his'];
    return options.map((p) => [...words.slice(0, at), p, ...words.slice(at + 1)].join(' '));
  });
