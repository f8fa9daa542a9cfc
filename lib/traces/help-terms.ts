/**
 * The words that make a search a help search, and how a query is normalised before matching.
 *
 * Policy: a term is listed only if its usual meaning is about violence in relationships or the
 * help for it. Ambiguous words count only with a qualifier: a lone "abuse" (substance abuse, abuse
 * of notation/power/process, "report abuse"), "shelter" (tax, animal, bus shelter), "hotline" /
 * "helpline" (Hotline Bling, customer helplines), "help", "violence" and "stalker" (the game) do
 * not count. A search that names a partner together with an abuse word ("my husband is violent",
 * "abused by my ex") counts through ABUSE_WORDS × PARTNER_WORDS. Wrongly deleting an ordinary
 * search costs one history entry; missing a help search can cost a person's safety, so phrases
 * that lean towards help ("safe house", "rape", "toxic relationship") are in.
 */

import { APOSTROPHES } from '../web-address';

/** Crosses every prefix with every suffix ("abusive" × "husband" → "abusive husband"). */
function cross(prefixes: readonly string[], suffixes: readonly string[]): string[] {
  return prefixes.flatMap((p) => suffixes.map((s) => `${p} ${s}`));
}

const PARTNERS_EN = ['partner', 'husband', 'boyfriend', 'wife', 'girlfriend', 'spouse', 'ex', 'fiance'];
const PARTNERS_FR = ['conjoint', 'conjointe', 'mari', 'copain', 'copine', 'chum', 'partenaire', 'ex'];

/** English help phrases, written naturally; matching uses their normalizeQuery form. */
export const HELP_TERMS_EN: readonly string[] = [
  ...['domestic violence', 'domestic abuse', 'family violence', 'intimate partner violence'],
  ...['partner violence', 'partner abuse', 'dating violence', 'dating abuse', 'relationship violence'],
  ...['spousal abuse', 'spousal violence', 'spouse abuse', 'wife abuse', 'wife beating', 'wife beater'],
  ...['battered women', 'battered woman', 'battered wife', 'abused women', 'abused woman', 'abused wife'],
  ...['gender based violence', 'violence against women', 'honour based violence', 'honor based violence'],
  ...['abusive relationship', 'abusive relationships', 'abusive marriage', 'toxic relationship'],
  ...cross(['abusive', 'violent', 'controlling'], [...PARTNERS_EN, 'parent', 'father', 'mother']),
  ...cross(['emotional', 'verbal', 'psychological', 'financial', 'economic', 'sexual'], ['abuse']),
  ...['physical abuse', 'narcissistic abuse', 'child abuse', 'elder abuse', 'digital abuse', 'tech abuse'],
  ...['coercive control', 'controlling behaviour', 'controlling behavior', 'reproductive coercion'],
  ...['gaslighting', 'trauma bond', 'trauma bonding', 'love bombing', 'cycle of abuse', 'signs of abuse'],
  ...['am i being abused', 'being abused', 'i was abused', 'was i abused', 'is this abuse', 'abuser'],
  ...['he hits me', 'he hit me', 'she hits me', 'he beats me', 'he choked me', 'he strangled me'],
  ...['he pushed me', 'he threatens me', 'he threatened me', 'threatened to kill me', 'strangulation'],
  ...cross(
    ['afraid of my', 'scared of my', 'leave my', 'leaving my', 'escape my', 'hiding from my'],
    [...PARTNERS_EN, 'abuser'],
  ),
  ...['leaving an abusive', 'flee abuse', 'fleeing abuse', 'fleeing violence', 'leave safely'],
  ...["women's shelter", "women's shelters", 'women shelter', 'shelter for women', 'shelters for women'],
  ...[
    'domestic violence shelter',
    'abuse shelter',
    'emergency shelter',
    "women's refuge",
    'refuge for women',
  ],
  ...['transition house', 'transition home', 'second stage housing', 'safe house'],
  ...['crisis line', 'crisis hotline', 'crisis helpline', 'crisis centre', 'crisis center'],
  ...['abuse hotline', 'abuse helpline', "women's helpline", "women's hotline", 'distress line'],
  ...['victim services', 'victims services', 'victim support', 'victim assistance', 'victim advocate'],
  ...['restraining order', 'protection order', 'protective order', 'peace bond', 'no contact order'],
  ...['non molestation order', 'occupation order', "clare's law", 'safety plan', 'safety planning'],
  ...['sexual assault', 'sexual violence', 'sexual harassment', 'rape', 'raped', 'date rape', 'rape kit'],
  ...[
    'stalking',
    'being stalked',
    'cyberstalking',
    'stalkerware',
    'spyware on my phone',
    'criminal harassment',
  ],
  ...['revenge porn', 'intimate images', 'sextortion', 'forced marriage', 'sex trafficking'],
];

/** French help phrases, written naturally; accents and elisions are folded when matching. */
export const HELP_TERMS_FR: readonly string[] = [
  ...['violence conjugale', 'violences conjugales', 'violence familiale', 'violences familiales'],
  ...['violence domestique', 'violence faite aux femmes', 'violences faites aux femmes'],
  ...['violence envers les femmes', 'violence contre les femmes', 'violence entre partenaires intimes'],
  ...['violence dans les relations amoureuses', 'violence amoureuse', 'violence psychologique'],
  ...['violence verbale', 'violence économique', 'violence financière', 'violence sexuelle'],
  ...['violences sexuelles', 'violence physique', 'abus sexuel', 'abus sexuels', 'abus psychologique'],
  ...['contrôle coercitif', 'emprise psychologique', "relation d'emprise", 'pervers narcissique'],
  ...['femme battue', 'femmes battues', 'homme battu', 'relation abusive', 'relation toxique'],
  ...['relation violente', 'couple violent', ...cross(PARTNERS_FR, ['violent', 'violente', 'abusif'])],
  ...["maison d'hébergement", "maisons d'hébergement", "maison d'aide et d'hébergement"],
  ...[
    'maison de transition',
    'refuge pour femmes',
    "hébergement d'urgence",
    "centre d'hébergement pour femmes",
  ],
  ...["ligne d'écoute", "ligne d'aide", 'ligne de crise', 'aide aux victimes', "centre d'aide aux victimes"],
  ...['ordonnance de protection', 'ordonnance de non communication', 'interdiction de contact'],
  ...['engagement de ne pas troubler', 'plan de sécurité', 'harcèlement criminel', 'traque furtive'],
  ...['cyberharcèlement', 'agression sexuelle', 'agressions sexuelles', 'viol', 'été violée'],
  ...['il me frappe', 'il me bat', 'il me menace', 'maison hébergement', 'agresseur'],
  ...cross(
    ['quitter mon', 'quitter ma', 'quitter un', 'fuir mon', 'fuir un', 'peur de mon', 'peur de ma'],
    [...PARTNERS_FR, 'agresseur'],
  ),
];

/** Words that, together with any PARTNER_WORDS word in the same query, make it a help search. */
export const ABUSE_WORDS: readonly string[] = [
  ...['abuse', 'abused', 'abuses', 'abusing', 'abusive', 'violent', 'violence', 'raped', 'assaulted'],
  ...['hits', 'hitting', 'beats', 'beating', 'choked', 'choking', 'strangled', 'threatens', 'stalks'],
  ...['abus', 'abusif', 'violente', 'violences', 'frappe', 'agresse', 'agressee', 'menace', 'etrangle'],
  ...['violentee', 'battue', 'battu'],
];

/** Partner words (English and French) for the ABUSE_WORDS co-occurrence rule. */
export const PARTNER_WORDS: readonly string[] = [
  ...new Set([...PARTNERS_EN, ...PARTNERS_FR]),
  // "femme" is woman or wife; only the singular, so the band Violent Femmes stays.
  'femme',
  ...['boyfriends', 'husbands', 'wives', 'girlfriends', 'partners', 'fiancee', 'bf', 'gf', 'hubby'],
  ...['conjoints', 'conjointes', 'copains', 'copines', 'epoux', 'epouse', 'compagnon', 'compagne'],
];

const MARKS = /\p{M}+/gu;
const NON_WORD = /[^\p{L}\p{N}]+/gu;

const NON_ASCII = /[\u0080-\uffff]/;
const ASCII_NON_WORD = /[^a-z0-9]+/g;

/** Lower-case, accent-free, apostrophe-free text with punctuation as single spaces (input already percent-decoded). */
export function normalizeQuery(text: string): string {
  const lower = text.replace(APOSTROPHES, '').toLowerCase();
  // Most queries are plain ASCII: skip Unicode decomposition for them.
  if (!NON_ASCII.test(lower)) return lower.replace(ASCII_NON_WORD, ' ').trim();
  return lower
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(NON_WORD, ' ')
    .trim();
}

/** Normalised forms of a phrase: elisions both joined ("dhebergement") and split ("d hebergement"). */
export function phraseVariants(phrase: string): string[] {
  const joined = normalizeQuery(phrase);
  const split = normalizeQuery(phrase.replace(APOSTROPHES, ' '));
  return joined === split ? [joined] : [joined, split];
}

/** A word trie: phrases share their leading words, and `end` marks a complete phrase. */
interface WordNode {
  end: boolean;
  readonly next: Map<string, WordNode>;
}

function buildTrie(phrases: Iterable<string>): WordNode {
  const root: WordNode = { end: false, next: new Map() };
  for (const phrase of phrases) {
    let node = root;
    for (const word of phrase.split(' ')) {
      let child = node.next.get(word);
      if (!child) {
        child = { end: false, next: new Map() };
        node.next.set(word, child);
      }
      node = child;
    }
    node.end = true;
  }
  return root;
}

/** Builds a whole-word matcher over normalised queries from the help terms plus extra phrases (resource names). */
export function createTermMatcher(extraPhrases: readonly string[] = []): (normalized: string) => boolean {
  const phrases = [...HELP_TERMS_EN, ...HELP_TERMS_FR, ...extraPhrases].flatMap(phraseVariants);
  // Walking a trie word by word looks up each query word, never a joined n-gram string.
  const root = buildTrie(phrases.filter((phrase) => phrase !== ''));
  const abuse = new Set(ABUSE_WORDS);
  const partner = new Set(PARTNER_WORDS);
  return (normalized) => {
    if (normalized === '') return false;
    const words = normalized.split(' ');
    let sawAbuse = false;
    let sawPartner = false;
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      sawAbuse ||= abuse.has(word);
      sawPartner ||= partner.has(word);
      let node = root.next.get(word);
      for (let j = i + 1; node !== undefined; j++) {
        if (node.end) return true;
        const nextWord = words[j];
        node = nextWord === undefined ? undefined : node.next.get(nextWord);
      }
    }
    return sawAbuse && sawPartner;
  };
}
