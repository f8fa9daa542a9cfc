/** The person's region as the page should use it: their choice, else the browser's guess. */
import { guessRegion, type RegionGuess } from '../lib/directory/region';
import { chosenRegion, type RegionChoice } from '../lib/directory/region-choice';

/** The guess from the browser's languages and time zone only (no network, no location). */
export function browserGuess(): RegionGuess {
  return guessRegion(
    navigator.languages ?? [navigator.language],
    Intl.DateTimeFormat().resolvedOptions().timeZone,
  );
}

/** The region to order the directory for. */
export const regionFor = (choice: RegionChoice): RegionGuess => chosenRegion(choice, browserGuess());
