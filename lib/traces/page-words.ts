/**
 * The words of a page's address: a help page often says what it is in its host or path
 * (`/violence-conjugale/`, `/domestic-abuse/`, `restraining-orders`, `rapecrisis.org.uk`).
 * Addresses reach these only past the address screen (`address-screen.ts`), which must let
 * through every address they could call help.
 */

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
  ...['controlecoercitif', 'maritalrape', 'violconjugal', 'violencesfamiliales', 'violenceintrafamiliale'],
  ...['violencesintrafamiliales', 'femmesbattues', 'abusesupport', 'abusesurvivor', 'solidaritefemmes'],
];

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

/** True when the text spells a help phrase as one word ("rapecrisis", "SexualAssault"), ignoring other characters. */
export function spellsHelp(text: string): boolean {
  return JOINED.test(text.toLowerCase().replace(/[^a-z0-9]+/g, ''));
}

/** "substanceabusehotline", "drugabusehelpline": abuse of a substance, not of a person. */
const SUBSTANCES = ['substance', 'drug', 'alcohol', 'opioid', 'solvent'];
const JOINED = new RegExp(
  JOINED_HOST_WORDS.map((w) => (w.startsWith('abuse') ? `(?<!${SUBSTANCES.join('|')})${w}` : w)).join('|'),
);

/** True when a host, or a path segment with its escapes (`%2D`) left out, spells a help phrase as one word. */
export const addressSpellsHelp = (url: URL): boolean =>
  spellsHelp(url.hostname) ||
  url.pathname.split('/').some((segment) => spellsHelp(segment.replace(/%[0-9a-f]{2}/gi, '')));
