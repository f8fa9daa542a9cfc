/** The names people search for: a search naming a help resource is a help search. */
import type { Resource } from '../directory/resource-schema';

/** Names (and aliases, French names) of resources: searching for one is a help search. */
export function helpResourceNames(resources: readonly Resource[]): string[] {
  const names = resources.flatMap((r) => [r.name, ...(r.nameFr ? [r.nameFr] : []), ...(r.aliases ?? [])]);
  // Very short aliases ("988", "SAFE") would turn ordinary searches into help searches.
  return [...new Set(names.filter((n) => n.replace(/[^\p{L}\p{N}]/gu, '').length >= 5))];
}
