/**
 * The words of a page's address: a help page often says what it is in its host or path
 * (`/violence-conjugale/`, `/domestic-abuse/`, `restraining-orders`, `rapecrisis.org.uk`).
 * A screen that allocates nothing first asks whether the address holds the start of any help
 * word at all (it runs on every address of a history); only addresses that do are split into
 * words for the topic classifier.
 */

/**
 * Letter runs that start every help word the classifier acts on in an address. An address with
 * none is not read further: names and described situations are recognised in titles and
 * searches, not in addresses.
 */
export const ADDRESS_STEMS: readonly string[] = [
  ...['viol', 'abus', 'assault', 'agress', 'maltrait', 'harass', 'harc', 'batter', 'battu', 'coerc'],
  ...['traffick', 'rape', 'stalk', 'femicid', 'minicid', 'strangl', 'trangl', 'gaslight', 'incest'],
  ...['sextort', 'mmiw', 'vawa', 'calacs', 'cavac', 'shelter', 'refuge', 'safe-house', 'safehouse'],
  ...['heberg', 'bergement', 'hotline', 'helpline', 'help-line', 'crisis', 'crise', 'distress', 'ligne'],
  ...['safety', 'securit', 'protect', 'restrain', 'molest', 'peace-bond', 'peacebond', 'no-contact'],
  ...['ordonnance', 'interdiction', 'victim', 'surviv', 'womensaid', 'womens-aid', 'transition'],
  ...['1800respect', 'sexu', 'conjug', 'domestic', 'emprise', 'homicid', 'cruel', 'fgm', 'dv-', '-dv', 'dfv'],
  ...['fdv', 'dvconnect', '3919', '1712', 'femmes'],
];

/** Help phrases written as one word in host names (`sosviolenceconjugale.ca`, `rapecrisis.scot`). */
export const JOINED_HOST_WORDS: readonly string[] = [
  ...['domesticviolence', 'domesticabuse', 'familyviolence', 'partnerviolence', 'partnerabuse'],
  ...['datingviolence', 'datingabuse', 'sexualassault', 'sexualviolence', 'sexualabuse', 'rapecrisis'],
  ...['womensaid', 'womensshelter', 'womenshelter', 'womensrefuge', 'transitionhouse', 'batteredwomen'],
  ...['violenceconjugale', 'violencesconjugales', 'violencefamiliale', 'agressionsexuelle'],
  ...['agressionssexuelles', 'violencesexuelle', 'violencessexuelles', 'violencesfaitesauxfemmes'],
  ...['violencefaiteauxfemmes', 'violenceagainstwomen', 'genderbasedviolence', 'victimservices'],
  ...['victimsupport', 'coercivecontrol', 'calacs', 'cavac', '1800respect', 'crisiscentre', 'crisiscenter'],
  ...['distresscentre', 'distresscenter', 'crisisline', 'maisondhebergement', 'maisonhebergement'],
  ...['hebergementfemmes', 'femmesvictimes', 'sosviolence', 'abusehotline', 'abusehelpline', 'abusedwomen'],
];

/** Letters (either case) 1–26, digits 27–36, '-' 37; 0 for anything else (a word break). */
const CODES = new Uint8Array(128);
for (let c = 0; c < 26; c++) {
  CODES[97 + c] = c + 1;
  CODES[65 + c] = c + 1;
}
for (let c = 0; c < 10; c++) CODES[48 + c] = 27 + c;
CODES[45] = 37;
const BASE = 38;
const PAIRS = BASE * BASE;

const codeOf = (text: string, i: number): number => {
  const c = text.charCodeAt(i);
  return c < 128 ? CODES[c]! : 0;
};

/** Characters read per address: the words that say what a page is come first; tracking tails are long. */
const SCAN_LIMIT = 256;

/** Builds the screen: true when `url` from `from` on holds a help-word stem (any letter case). */
export function createWordScreen(
  stems: readonly string[] = ADDRESS_STEMS,
): (url: string, from: number) => boolean {
  // Small tables that stay in the CPU's fastest cache: the first two characters of any stem
  // (1,444 bytes), then the first three as bits (7 KB); the stems themselves only on a hit.
  const pairs = new Uint8Array(PAIRS);
  const trigrams = new Uint8Array((BASE * PAIRS) >> 3);
  const lists = new Map<number, string[]>();
  for (const stem of stems) {
    const pair = codeOf(stem, 0) * BASE + codeOf(stem, 1);
    const k = pair * BASE + codeOf(stem, 2);
    pairs[pair] = 1;
    trigrams[k >> 3]! |= 1 << (k & 7);
    lists.set(k, [...(lists.get(k) ?? []), stem]);
  }
  const restMatches = (url: string, at: number, stem: string): boolean => {
    if (at + stem.length > url.length) return false;
    for (let j = 3; j < stem.length; j++)
      if ((url.charCodeAt(at + j) | 32) !== stem.charCodeAt(j)) return false;
    return true;
  };
  const codes = CODES;
  return (url, from) => {
    const end = Math.min(url.length, from + SCAN_LIMIT);
    let pair = 0; // the last two characters' codes, or 0 after a word break
    for (let i = from; i < end; i++) {
      const ch = url.charCodeAt(i);
      const c = ch < 128 ? codes[ch]! : 0;
      if (c === 0) {
        pair = 0;
        continue;
      }
      if (pair >= BASE && pairs[pair] !== 0) {
        const k = pair * BASE + c;
        if ((trigrams[k >> 3]! & (1 << (k & 7))) !== 0) {
          for (const stem of lists.get(k)!) if (restMatches(url, i - 2, stem)) return true;
        }
      }
      pair = (pair % BASE) * BASE + c;
    }
    return false;
  };
}

function decode(text: string): string {
  if (!text.includes('%')) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** An address's words: its host labels, and its path and query values as text. */
export function addressText(url: URL): { host: string; path: string } {
  const values = [...url.searchParams.values()].join(' ');
  return { host: url.hostname.replace(/[.-]+/g, ' '), path: `${decode(url.pathname)} ${values}` };
}

/** True when the host (or a path) spells a help phrase as one word ("rapecrisis", "/SexualAssault"). */
export function spellsHelp(text: string): boolean {
  const joined = text.toLowerCase().replace(/[^a-z0-9]+/g, '');
  return JOINED_HOST_WORDS.some((word) => joined.includes(word));
}
