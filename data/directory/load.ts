/**
 * The directory in pieces, for a page that shows one region first: each country's lines are a
 * module of their own, fetched from the extension's files when needed; the whole directory
 * (every country, and everything that is not a line) follows once the first screen is painted.
 */
import type { RegionGuess } from '../../lib/directory/region';
import type { Resource } from '../../lib/directory/resource-schema';

/** One loader per country module of `index.ts` (a test checks they match). */
export const COUNTRY_LOADERS: Readonly<Record<string, () => Promise<readonly Resource[]>>> = {
  CA: () => import('./ca').then((m) => m.LINES_CA),
  US: () => import('./us').then((m) => m.LINES_US),
  GB: () => import('./gb').then((m) => m.LINES_GB),
  IE: () => import('./ie').then((m) => m.LINES_IE),
  AU: () => import('./au').then((m) => m.LINES_AU),
  NZ: () => import('./nz').then((m) => m.LINES_NZ),
  FR: () => import('./fr').then((m) => m.LINES_FR),
  BE: () => import('./be').then((m) => m.LINES_BE),
};

/** Every entry of the directory. */
export const loadDirectory = (): Promise<readonly Resource[]> =>
  import('./index').then((m) => m.ALL_RESOURCES);

/**
 * The entries a region's first screen needs: its country's lines; for a region we list no lines
 * for (somewhere else), every country's lines, whose national ones it shows.
 */
export function loadFirstLines(region: RegionGuess): Promise<readonly Resource[]> {
  const load = region.country ? COUNTRY_LOADERS[region.country] : undefined;
  if (load) return load();
  return Promise.all(Object.values(COUNTRY_LOADERS).map((l) => l())).then((lists) => lists.flat());
}
