/**
 * The whole directory: lines to reach someone now, by country, then everything else
 * (`data/resources.ts`). Loading by region is wired elsewhere; this module only puts them together.
 */

import type { Resource } from '../../lib/directory/resource-schema';
import { OTHER_RESOURCES } from '../resources';
import { LINES_AU } from './au';
import { LINES_BE } from './be';
import { LINES_CA } from './ca';
import { LINES_FR } from './fr';
import { LINES_GB } from './gb';
import { LINES_IE } from './ie';
import { LINES_NZ } from './nz';
import { LINES_US } from './us';

export { LINES_AU, LINES_BE, LINES_CA, LINES_FR, LINES_GB, LINES_IE, LINES_NZ, LINES_US };

/** Lines by the country module they live in. */
export const LINES_BY_COUNTRY = {
  CA: LINES_CA,
  US: LINES_US,
  GB: LINES_GB,
  IE: LINES_IE,
  AU: LINES_AU,
  NZ: LINES_NZ,
  FR: LINES_FR,
  BE: LINES_BE,
} as const satisfies Record<string, readonly Resource[]>;

/** Every line, in country order. */
export const ALL_LINES: readonly Resource[] = Object.values(LINES_BY_COUNTRY).flat();

/** Every entry: lines first, then directories, programs, reading and films. */
export const ALL_RESOURCES: readonly Resource[] = [...ALL_LINES, ...OTHER_RESOURCES];
