/**
 * Guessing where the person probably is, from the browser's language and time zone only (no
 * network, no geolocation), and scoring how well a resource's regions fit that guess.
 */

export interface RegionGuess {
  /** ISO 3166-1 alpha-2, e.g. `CA`. */
  country?: string;
  /** ISO 3166-2, e.g. `CA-ON`. */
  subdivision?: string;
}

const CA_ZONES: Record<string, string> = {
  Toronto: 'ON',
  Nipigon: 'ON',
  Thunder_Bay: 'ON',
  Atikokan: 'ON',
  Rainy_River: 'ON',
  Montreal: 'QC',
  Blanc_Sablon: 'QC',
  Vancouver: 'BC',
  Dawson_Creek: 'BC',
  Fort_Nelson: 'BC',
  Creston: 'BC',
  Edmonton: 'AB',
  Winnipeg: 'MB',
  Regina: 'SK',
  Swift_Current: 'SK',
  Halifax: 'NS',
  Glace_Bay: 'NS',
  Moncton: 'NB',
  St_Johns: 'NL',
  Goose_Bay: 'NL',
  Whitehorse: 'YT',
  Dawson: 'YT',
  Yellowknife: 'NT',
  Inuvik: 'NT',
  Iqaluit: 'NU',
  Pangnirtung: 'NU',
  Rankin_Inlet: 'NU',
  Cambridge_Bay: 'NU',
  Resolute: 'NU',
};
const CA_LEGACY: Record<string, string> = {
  Pacific: 'BC',
  Mountain: 'AB',
  Central: 'MB',
  Saskatchewan: 'SK',
  Atlantic: 'NS',
  Newfoundland: 'NL',
  Yukon: 'YT',
};
const US_ZONES = new Set([
  'New_York',
  'Chicago',
  'Denver',
  'Los_Angeles',
  'Phoenix',
  'Anchorage',
  'Adak',
  'Boise',
  'Detroit',
  'Juneau',
  'Sitka',
  'Nome',
  'Yakutat',
  'Metlakatla',
  'Menominee',
]);
const OTHER_ZONES: Record<string, string> = {
  'Europe/London': 'GB',
  'Europe/Belfast': 'GB',
  'Europe/Dublin': 'IE',
  'Europe/Paris': 'FR',
  'Europe/Brussels': 'BE',
  'Europe/Zurich': 'CH',
  'Europe/Luxembourg': 'LU',
  'Pacific/Auckland': 'NZ',
  'Pacific/Honolulu': 'US',
};

/** Maps an IANA time zone to a country and, in Canada, a province or territory. */
export function regionFromTimeZone(timeZone: string | undefined): RegionGuess {
  if (!timeZone) return {};
  const [area, city = '', sub] = timeZone.split('/');
  if (area === 'America') {
    const province = CA_ZONES[city];
    if (province) return { country: 'CA', subdivision: `CA-${province}` };
    if (US_ZONES.has(city) || ['Indiana', 'Kentucky', 'North_Dakota'].includes(city))
      return { country: 'US' };
  }
  if (area === 'Canada') {
    const province = CA_LEGACY[city];
    return province ? { country: 'CA', subdivision: `CA-${province}` } : { country: 'CA' };
  }
  if (area === 'US' && !sub) return { country: 'US' };
  if (area === 'Australia') return { country: 'AU' };
  const other = OTHER_ZONES[timeZone];
  return other ? { country: other } : {};
}

function countryFromLanguage(tag: string): string | undefined {
  const region = tag.split(/[-_]/).find((part, i) => i > 0 && /^[A-Za-z]{2}$/.test(part));
  return region?.toUpperCase();
}

/**
 * Guesses the person's region. The time zone says more about where someone is than the language
 * tag (browsers ship `en-US` everywhere), so it wins; the language fills gaps and, in the Eastern
 * zone Toronto and Montreal share, French suggests Quebec.
 */
export function guessRegion(languages: readonly string[], timeZone: string | undefined): RegionGuess {
  const fromZone = regionFromTimeZone(timeZone);
  const primary = languages[0]?.toLowerCase() ?? '';
  if (fromZone.subdivision === 'CA-ON' && primary.startsWith('fr') && timeZone === 'America/Toronto')
    return { country: 'CA', subdivision: 'CA-QC' };
  if (fromZone.country) return fromZone;
  for (const tag of languages) {
    const country = countryFromLanguage(tag);
    if (country) return { country };
  }
  return {};
}

/**
 * How well a resource's regions fit the guess: 3 same province, 2 same country (national
 * service), 1 available anywhere, 0 elsewhere.
 */
export function regionScore(regions: readonly string[], guess: RegionGuess): number {
  let best = 0;
  for (const r of regions) {
    if (r === 'GLOBAL') best = Math.max(best, 1);
    else if (guess.subdivision && r === guess.subdivision) return 3;
    else if (guess.country && r === guess.country) best = Math.max(best, 2);
    else if (guess.country && !guess.subdivision && r.startsWith(`${guess.country}-`))
      best = Math.max(best, 2);
  }
  return best;
}

/**
 * True when an entry serves only another province or country than the person's (`score` is its
 * `regionScore`). Somewhere we do not list, a country's line may still be of use, a province's is not.
 */
export function fromElsewhere(regions: readonly string[], guess: RegionGuess, score: number): boolean {
  if (score > 0 || !regions.length) return false;
  return guess.country !== undefined || regions.every((r) => r.includes('-'));
}

/** True when a resource serves `filter`: a national service serves its provinces; global serves all. */
export function servesRegion(regions: readonly string[], filter: string): boolean {
  if (filter === 'GLOBAL') return regions.includes('GLOBAL');
  const country = filter.split('-')[0]!;
  return regions.some(
    (r) =>
      r === 'GLOBAL' ||
      r === filter ||
      r === country ||
      (!filter.includes('-') && r.startsWith(`${filter}-`)),
  );
}

/** `list` ordered by `rank`, lowest first, each rank computed once; ties keep the given order. */
export function orderByRank<T>(list: readonly T[], rank: (item: T) => number): T[] {
  return list
    .map((item, i) => ({ item, i, k: rank(item) }))
    .sort((a, b) => a.k - b.k || a.i - b.i)
    .map(({ item }) => item);
}
