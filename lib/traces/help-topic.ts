/**
 * Whether a title, a search or an address's words are about violence, abuse, or getting help
 * from it. Words are matched leftmost-longest against the vocabulary (`help-lexicon.ts`), so an
 * everyday phrase ("animal shelter", "abuse of power") takes its words out of play before they
 * can count; then situations are judged from what was found: a shelter with women or families, a
 * hotline with abuse or a crisis, harm with a partner, a partner (or "he"/"she") doing harm to
 * "me". Pure, allocation-light, microseconds per text; never throws.
 */

import type { Cue } from './help-lexicon';
import { NOT_TYPOS, TYPO_TARGETS } from './help-typo-words';
import { createTypoFixer, typoTargets } from './help-typos';
import { VOCABULARY } from './help-vocabulary';
import { helpWords } from './help-words';
import { spellsHelp } from './page-words';
import { content, phraseWords } from './phrase-words';
import { TYPO_GUARD } from './typo-guard';
import { readVocabulary, type VocabularyForm, type VocabularyTrie } from './vocabulary-form';
import { wordFilter } from './word-filter';

export { phraseWords };

/** The vocabulary's parts, in the order of their bits (`help-lexicon.ts`'s `LEXICON`). */
const CUES = VOCABULARY.cues as readonly Cue[];
const BIT = Object.fromEntries(CUES.map((cue, i) => [cue, 1 << i])) as Record<Cue, number>;
const NAME_BIT = BIT.strong;

/**
 * The vocabulary's form of a word: its singular when `vocab` knows that ("shelters" → "shelter",
 * "conjugaux" → "conjugal"), else the word itself.
 */
export function singularIn(vocab: ReadonlySet<string>, word: string): string {
  if (word.length < 4) return word;
  const last = word.charCodeAt(word.length - 1);
  if (last !== 115 && last !== 120) return word; // s, x
  const candidates = word.endsWith('aux')
    ? [`${word.slice(0, -3)}al`, word.slice(0, -1)]
    : word.endsWith('ies')
      ? [`${word.slice(0, -3)}y`, word.slice(0, -1)]
      : [word.slice(0, -1), word.slice(0, -2)];
  return candidates.find((c) => vocab.has(c)) ?? word;
}

/**
 * What a search's misspelt words are corrected toward: every word of the vocabulary's phrases
 * (names aside) long enough to correct, and the long-standing hand list. `scripts/typo-guard.ts`
 * guards the same targets.
 */
export const vocabularyTypoTargets = (phraseWordLists: Iterable<readonly string[]>): string[] =>
  typoTargets([...[...phraseWordLists].flat(), ...TYPO_TARGETS]);

/** Searches are misspelt and terse; titles are written with care but about anything. */
export type TextKind = 'query' | 'title';

/**
 * A node of the word trie, keyed by the vocabulary's form of each word. Built as the reader first
 * walks it: `raw` lists the compiled trie's nodes (`vocabulary-form.ts`) whose children it has not
 * yet taken, several when words with one singular ("shelter", "shelters") lead to it.
 */
export interface Node {
  tags: number;
  /** The name lists (bits) a name ending here belongs to. */
  names: number;
  next: Map<string, Node> | undefined;
  raw: number[] | undefined;
}

interface Match {
  start: number;
  end: number;
  tags: number;
}

/** Words at most this far apart (words in between) count as near each other. */
const NEAR_GAP = 2;
/**
 * In a search, a relationship word this far from harm is still its context ("relations amoureuses
 * des ados comment réagir violence"): a search is one thought, typed in any order. Other context
 * words (women, children, home) keep `NEAR_GAP`: "women who fought the violence of war".
 */
const QUERY_PARTNER_GAP = 4;
/** A subject at most this many words before a described situation is its subject. */
const SUBJECT_GAP = 3;

const SHELTER_CONTEXT = BIT.harm | BIT.relation | BIT.person | BIT.family;
// A crisis names no abuse: "crisis line" alone is a mental-health line (help-lexicon.ts, `LINE`).
const LINE_CONTEXT = BIT.harm | BIT.harmWeak | BIT.relation | BIT.person;
const SAFETY_CONTEXT =
  BIT.harm | BIT.harmWeak | BIT.relation | BIT.person | BIT.leave | BIT.crisis | BIT.near;
const PARTNER = BIT.relation | BIT.nearPartner | BIT.subject;
/** A partner named, not a relationship in general ("is jealousy normal in a relationship"). */
const NAMED = BIT.relation | BIT.subject;
/** Who does what a situation describes. */
const WHO = BIT.subject | BIT.pronoun | BIT.nonPartner;
const LEAVING_HARM = BIT.harm | BIT.harmWeak | BIT.situation;
/** Homelessness as a topic: a shelter said beside it, with no harm named, is a homeless shelter. */
const HOMELESSNESS = new Set(['itinerance', 'homelessness', 'itinerant', 'itinerants']);
/**
 * Other needs a shelter, a line or a safety plan is for, beside women, mothers, families or
 * children: a disaster ("Red Cross shelter for families displaced by wildfire", "family safety plan
 * hurricane"), feeding a baby or the menopause ("ligne d'écoute pour mères allaitantes"), autism
 * ("safety plan for children with autism who wander"), a lockdown, a hike. With no harm, partner or
 * situation named, the place or the line is for that need.
 */
const OTHER_NEEDS = new Set([
  ...HOMELESSNESS,
  ...['wildfire', 'wildfires', 'hurricane', 'hurricanes', 'flood', 'floods', 'flooding', 'earthquake'],
  ...['tornado', 'evacuees', 'evacuation', 'evacuated', 'displaced', 'sinistres', 'sinistre'],
  ...['inondation', 'inondations', 'incendie', 'incendies', 'evacues', 'ouragan', 'seisme', 'fire', 'fires'],
  ...['breastfeeding', 'allaitement', 'allaitantes', 'allaitante', 'menopause', 'lactation'],
  ...['autism', 'autistic', 'autisme', 'autistes', 'autiste', 'lockdown', 'hiking', 'randonnee'],
  ...['entrepreneurs', 'entrepreneur', 'entrepreneures', 'entrepreneure', 'voyageant', 'backpacking'],
  ...['enceinte', 'enceintes', 'pregnancy', 'pregnant', 'grossesse'],
]);
/** What makes a shelter, a line or a safety plan about violence, whatever other need is named. */
const ABOUT_VIOLENCE =
  BIT.harm | BIT.harmWeak | BIT.relation | BIT.passive | BIT.situation | BIT.situationSelf | BIT.strong;
/**
 * Animals ("emotional abuse of a horse", "maltraitance sur un chien"); "chat" is also a help chat,
 * and "pets" are a household's ("coercive control and pets": pets hurt to hold a partner).
 */
const ANIMALS = new Set([
  ...['animal', 'animals', 'animale', 'animales', 'animaux', 'dog', 'dogs', 'puppy'],
  ...['cat', 'cats', 'kitten', 'horse', 'horses', 'chien', 'chiens', 'chienne', 'chiot', 'cheval'],
  ...['chevaux', 'chats', 'chatons', 'chiots'],
]);
/**
 * Words that make an animal a companion a place takes in, not the text's subject: "maison
 * d'hébergement qui accepte les animaux", "shelter that allows dogs" (not "refuge pour animaux").
 */
const ADMITS = new Set([
  ...['accepte', 'acceptent', 'accepter', 'acceptant', 'accepts', 'accept', 'accepting', 'accepted'],
  ...['accueille', 'accueillent', 'accueillir', 'accueillant', 'admet', 'admettent', 'admis'],
  ...['allows', 'allow', 'allowing', 'allowed', 'welcomes', 'welcome', 'welcoming', 'permet'],
]);
/** At most this many words between a word of `ADMITS` and the animal it takes in ("accepte les chiens"). */
const ADMITS_GAP = 2;
/**
 * Settings where a kind of abuse named alone is not a partner's: "medical gaslighting", "gaslighting
 * en politique", "emotional abuse in sport", "verbal abuse by a teacher", abuse of an animal, a scam,
 * a celebrity stalked, a war's or an era's cycle of violence. With a partner named it stays.
 */
const KIND_SETTING = new Set([
  ...['medical', 'medicale', 'political', 'politics', 'politician', 'politicians', 'politique'],
  ...['politicien', 'politiciens', 'corporate', 'sport', 'sports', 'coach', 'coaches', 'athlete'],
  ...['athletes', 'teacher', 'teachers', 'enseignant', 'enseignants', 'classroom'],
  ...ANIMALS,
  // Scams and public figures: "financial abuse of elderly by scam callers", "cyberstalking a celebrity".
  ...['scam', 'scams', 'scammer', 'scammers', 'arnaque', 'arnaques', 'escroc', 'escrocs', 'escroquerie'],
  ...['celebrity', 'celebrities', 'celeb', 'celebs', 'influencer', 'influencers', 'celebrite'],
  // Wars, gangs and past centuries: "the cycle of violence" of a conflict or an era.
  ...['war', 'wars', 'guerre', 'guerres', 'gang', 'gangs', 'medieval', 'medievale', 'siecle', 'century'],
  // Cults and jobs: "love bombing in cults", "emprise psychologique d'une secte", "trauma bond with a job".
  ...['cult', 'cults', 'secte', 'sectes', 'job', 'boss', 'manager', 'employer', 'employeur'],
]);
/** A school as the setting: bullying among pupils is the school's matter unless a partner is named. */
const SCHOOL = new Set([
  ...['school', 'schools', 'schoolyard', 'playground', 'classmate', 'classmates', 'pupil', 'pupils'],
  ...['ecole', 'ecoles', 'lycee', 'camarade', 'camarades', 'eleve', 'eleves', 'recreation'],
]);
/**
 * Harm at work with no partner named ("harcèlement sexuel au travail") is the employer's matter, and
 * at school ("mon enfant est l'agresseur, harcèlement à l'école") the school's. The school's words are
 * read only when harm is (`judge`).
 */
function atWorkOrSchoolOnly(flags: number, words: readonly string[]): boolean {
  return (flags & PARTNER) === 0 && ((flags & BIT.workplace) !== 0 || words.some((w) => SCHOOL.has(w)));
}
/** Where a threat to kill or hurt "me" is said ("will kill me", "va me tuer"), or -1. */
function threatToMe(words: readonly string[]): number {
  return words.findIndex(
    (w, i) =>
      ((w === 'kill' || w === 'hurt') && words[i + 1] === 'me') || (w === 'tuer' && words[i - 1] === 'me'),
  );
}

/** The one speaking as a subject, right before an act: the act is theirs ("we emptied", "i took my passport"). */
const SPEAKER = new Set(['i', 'we']);
/** Words that begin a circumstance: "hits me when he watches football" is a blow, not a game. */
const WHEN = new Set(
  'when whenever while after before because every quand lorsque lorsqu pendant apres avant parce chaque'.split(
    ' ',
  ),
);
/** Playing it: "hits me when we play hockey" is the game's own hit. */
const PLAYING = new Set('play plays played playing jouer joue jouons jouait jouions'.split(' '));
/** Blows that are also a win ("beat me at chess", « m'a battu aux échecs »): a game keeps them out. */
const WIN = new Set(
  'beat beats beaten beating bat bats battu battue battre battait kill kills killed destroy destroys destroyed crush crushes crushed smash smashes smashed'.split(
    ' ',
  ),
);
/** Words that follow "her" as an object, never as a possessive ("hit her again", not "hit her car"). */
const AFTER_OBJECT = new Set([
  ...['again', 'when', 'if', 'because', 'but', 'so', 'every', 'all', 'at', 'on', 'in', 'for', 'from'],
  ...['after', 'before', 'during', 'while', 'until', 'how', 'what', 'why', 'is', 'was', 'now', 'too'],
  ...['repeatedly', 'often', 'always', 'sometimes', 'badly', 'hard', 'last', 'yesterday', 'today'],
  ...['tonight', 'once', 'twice', 'she', 'he', 'should', 'can', 'help', 'do', 'does', 'again'],
]);
/** Elisions typed without an apostrophe, and what the reader reads each as ("" for a word it drops). */
const ELIDED: readonly (readonly [string, string])[] = [
  ['qu', 'que'],
  ['m', 'me'],
  ['t', 'me'],
  ['j', 'je'],
  ['s', 'se'],
  ['n', 'ne'],
  ['l', ''],
  ['d', ''],
];

/**
 * A French elision typed without its apostrophe ("minterdit", "lemprise"): `word`'s tail, in the
 * vocabulary's form, a word `vocab` holds that begins with a vowel or an "h", read as the two words
 * ("me interdit"; "le" and "de" are dropped as everywhere else). Real words ("manger" is not
 * "m'anger") are kept out by the dictionary guard (`scripts/typo-guard.ts`) before this is asked.
 */
export function elisionSplit(word: string, vocab: ReadonlySet<string>): string[] | undefined {
  for (const [head, as] of ELIDED) {
    if (!word.startsWith(head)) continue;
    const tail = word.slice(head.length);
    if (tail.length < 4 || !/^[aeiouyh]/.test(tail)) continue;
    const form = singularIn(vocab, tail);
    if (vocab.has(form)) return as === '' ? [form] : [as, form];
  }
  return undefined;
}
/**
 * Words after which a French verb is its past participle: "m'a", "j'ai", "a été" typed without
 * apostrophes or accents ("il ma", "jai ete"). "a" alone is also "à" typed without its accent
 * ("forcé a coucher", "machine a laver"), so it counts only after a subject pronoun or a partner
 * ("il a", "mon ex a").
 */
const AUXILIARIES = new Set(
  'ma ta ai jai as avait avais avaient mavait tavait lavait mont ete etait etais jetais sest setait'.split(
    ' ',
  ),
);
const A_SUBJECTS = new Set(
  'il elle on qui ex mari chum copain conjoint compagnon femme blonde copine conjointe compagne'.split(' '),
);

/**
 * A French past participle typed as its infinitive, as searches often do ("il ma frapper", "jai
 * ete violer", "il a enlever le condom"): after an auxiliary, a word in "-er" whose participle in
 * "-é" the vocabulary holds reads as that participle. The infinitive has no place there, so
 * nothing else changes.
 */
export function participlesTyped(words: readonly string[], vocab: ReadonlySet<string>): readonly string[] {
  let out: string[] | undefined;
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    if (w.length < 5 || !w.endsWith('er')) continue;
    const before = words[i - 1]!;
    if (!AUXILIARIES.has(before) && !(before === 'a' && A_SUBJECTS.has(words[i - 2] ?? ''))) continue;
    const participle = w.slice(0, -1);
    if (!vocab.has(participle)) continue;
    out ??= [...words];
    out[i] = participle;
  }
  return out ?? words;
}

/**
 * French words of harm misspelt as they sound, too short for the typo corrector or real words of
 * another sense: "il me frape", "je suis batue", "mon père tappe ma mère", "il menasse". Each reads
 * as the word it sounds like. Searches only.
 */
const SOUNDS_LIKE: ReadonlyMap<string, string> = new Map(
  [
    'frape frappe,frapes frappes,frapent frappent,fraper frapper,frapait frappait,frapais frappais',
    'frapee frappee,batu battu,batue battue,batus battus,batues battues,tappe tape,tappes tapes',
    'tapper taper,tappait tapait,menasse menace,menasses menaces,menasser menacer,menassait menacait',
  ]
    .join(',')
    .split(',')
    .map((pair) => pair.split(' ') as [string, string]),
);
/**
 * "Violant" is "violating" ("en violant la loi") or "raping" before its object; said as a quality
 * ("il est violant", "mon mari violant", at the end) it is "violent" misspelt as it sounds.
 */
const VIOLANT: ReadonlyMap<string, string> = new Map([
  ['violant', 'violent'],
  ['violante', 'violente'],
  ['violants', 'violents'],
  ['violantes', 'violentes'],
]);
const OBJECT_START = new Set(
  ['la le les l un une des du ses son sa mes ma mon nos notre', 'leur leurs ces ce cette tout toutes tous']
    .join(' ')
    .split(' '),
);
/** Searches' words with sound-alike misspellings read as the words they sound like. */
export function soundAlikes(words: readonly string[]): readonly string[] {
  let out: string[] | undefined;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const fixed = SOUNDS_LIKE.get(w) ?? (OBJECT_START.has(words[i + 1] ?? '') ? undefined : VIOLANT.get(w));
    if (fixed === undefined) continue;
    out ??= [...words];
    out[i] = fixed;
  }
  return out ?? words;
}

/** A corrected word this long or longer may decide alone. */
const LONE_TYPO = 8;
/** Parts that make a text help on their own. */
const DECIDES_ALONE = BIT.strong | BIT.kind | BIT.alone;

/**
 * Every judgement below needs a phrase of one of these parts (a name aside): a text with none
 * is never help, whatever else it holds. The address screen is compiled from them; a unit test
 * holds `judge` to it.
 */
export const DECIDING_CUES: readonly Cue[] = [
  'strong',
  'kind',
  'alone',
  'harm',
  'harmWeak',
  'passive',
  'shelter',
  'towardPartner',
  'line',
  'safety',
  'situation',
  'situationSelf',
  'jealous',
  'toThem',
];

export interface TopicClassifier {
  /** True when the search is a help search. */
  isHelpQuery(text: string): boolean;
  /** True when the page title says the page is about violence, abuse or help for it. */
  isHelpTitle(text: string): boolean;
  /** The same judgement over words already folded by `helpWords`. */
  isHelpWords(words: readonly string[], kind: TextKind): boolean;
}

/** Compiles the vocabulary plus resource `names` (each counts as a whole phrase only). */
export function createTopicClassifier(names: readonly string[] = []): TopicClassifier {
  return createTopicReaders([names]).reader(1);
}

/** The vocabulary's trie with names added, and what the readers need beside it. */
export interface TopicTrie {
  readonly root: Node;
  /** A node's children, taken from the compiled trie on first use. */
  children(node: Node): Map<string, Node> | undefined;
  /** Every word of the phrases and names (folded): what has a singular. */
  readonly vocab: ReadonlySet<string>;
  /** The phrases' words (names aside), in the order the phrases first use them. */
  readonly phraseWordList: readonly string[];
}

/** A French elision's apostrophe ("d'hébergement", "l'Enfant"): a word break, never glued. */
const ELISION_APOSTROPHE =
  /(^|[^\p{L}])(qu|jusqu|lorsqu|puisqu|[mtjsnldc])['’](?=[aeiouyhàâäéèêëîïôöûüÿ])/giu;

/**
 * A name list's phrases: each name, and "Fem'aide" also as typed "femaide". An elision stays two
 * words: "maison dhebergement" glued would become a word of its own, and a search typing it so
 * would no longer be read as "maison d'hébergement".
 */
export const nameWordLists = (names: readonly string[]): string[][] =>
  names.flatMap((name) => {
    const words = phraseWords(name);
    if (!/['’]/.test(name)) return [words];
    const glued = phraseWords(name.replace(ELISION_APOSTROPHE, '$1$2 ').replace(/['’]/g, ''));
    return glued.join(' ') === words.join(' ') ? [words] : [words, glued];
  });

/** `node`'s child under `key`, made (with `raw` compiled nodes still to take) if it has none. */
function childAt(node: Node, key: string, raw: number[] | undefined): Node {
  node.next ??= new Map();
  let child = node.next.get(key);
  if (!child) {
    child = { tags: 0, names: 0, next: undefined, raw };
    node.next.set(key, child);
  }
  return child;
}

/**
 * The compiled vocabulary (`form`) plus several lists of names (list i is bit 1 << i), as a trie
 * keyed by the vocabulary's form of each word. The phrases' part is built as it is walked: a
 * woken worker reads the compiled form and builds only the nodes its texts reach.
 */
export function topicTrie(
  nameLists: readonly (readonly string[])[],
  form: VocabularyForm = VOCABULARY,
): TopicTrie {
  const compiled: VocabularyTrie = readVocabulary(form);
  if (compiled.cues.join() !== CUES.join()) throw new Error('the vocabulary was compiled with other parts');
  const names = nameLists.map(nameWordLists);
  // Every reader folds plurals with the whole vocabulary: phrases and text are folded alike, so
  // a word's singular being known through a name changes no judgement.
  const vocab = new Set(compiled.words);
  for (const list of names) for (const words of list) for (const w of words) vocab.add(w);
  const canonical = (word: string): string => singularIn(vocab, word);
  const keys = compiled.words.map(canonical);
  const { nodeTags, firstEdge, edgeWord, edgeChild } = compiled;

  const children = (node: Node): Map<string, Node> | undefined => {
    const raw = node.raw;
    if (raw === undefined) return node.next;
    node.raw = undefined;
    for (const from of raw) {
      for (let e = firstEdge[from]!; e < firstEdge[from + 1]!; e++) {
        const to = edgeChild[e]!;
        const child = childAt(node, keys[edgeWord[e]!]!, []);
        child.tags |= nodeTags[to]!;
        child.raw!.push(to);
      }
    }
    return node.next;
  };

  const root: Node = { tags: nodeTags[compiled.root]!, names: 0, next: undefined, raw: [compiled.root] };
  names.forEach((list, i) => {
    for (const words of list) {
      if (words.length === 0) continue;
      let node = root;
      for (const word of words) {
        children(node);
        node = childAt(node, canonical(word), undefined);
      }
      node.names |= 1 << i;
    }
  });
  return { root, children, vocab, phraseWordList: compiled.words };
}

/**
 * Compiles the vocabulary once, with several lists of names; `reader(mask)` reads with the
 * names of the lists whose bits are in `mask` (list i is bit 1 << i) and no others, exactly as a
 * classifier compiled with only those names would. One compilation serves the matcher's readers
 * of addresses (no names), titles and searches: the worker makes it each time it wakes, from
 * the vocabulary compiled at build time (`topicTrie`).
 */
export function createTopicReaders(
  nameLists: readonly (readonly string[])[],
  trie: TopicTrie = topicTrie(nameLists),
): {
  reader(mask: number): TopicClassifier;
} {
  const { root, children, vocab } = trie;
  // Built on the first unknown word of a search, not each time the worker wakes; the dictionary
  // guard is decoded once for both: real words are never read as typos or as elisions.
  let guarded: ((word: string) => boolean) | undefined;
  const guard = () => (guarded ??= wordFilter(TYPO_GUARD));
  let fixer: ((word: string) => string | undefined) | undefined;
  const fixTypo = (word: string) => {
    fixer ??= createTypoFixer(vocabularyTypoTargets([trie.phraseWordList]), NOT_TYPOS, guard());
    return fixer(word);
  };
  const canonical = (word: string): string => singularIn(vocab, word);

  const elisionTyped = (word: string): string[] | undefined =>
    guard()(word) ? undefined : elisionSplit(word, vocab);

  /** The words as the vocabulary spells them, and which of them were corrected (searches only). */
  const prepare = (words: readonly string[], kind: TextKind) => {
    if (kind !== 'query') return { prepared: content(words).map(canonical), corrected: undefined };
    let corrected: Set<number> | undefined;
    const prepared: string[] = [];
    for (const w of content(participlesTyped(soundAlikes(words), vocab))) {
      const c = canonical(w);
      if (vocab.has(c)) {
        prepared.push(c);
        continue;
      }
      const unelided = elisionTyped(c);
      if (unelided !== undefined) {
        prepared.push(...unelided);
        continue;
      }
      const fixed = fixTypo(c);
      if (fixed === undefined) {
        prepared.push(c);
        continue;
      }
      corrected ??= new Set();
      corrected.add(prepared.length);
      // A corrected plural reads as its singular, as an uncorrected one does.
      prepared.push(canonical(fixed));
    }
    return { prepared, corrected };
  };

  /**
   * Leftmost-longest matches; a name counts (as a `strong` phrase) only if its list is in `mask`.
   * A corrected short word never decides alone: the typo of an everyday word can land on "viole"
   * or "incest" (a long one, "stalkerware", is too far from everyday words); it still counts with
   * the other words of its phrase, or as context for another part.
   */
  const scan = (words: readonly string[], mask: number, corrected?: ReadonlySet<number>): Match[] => {
    const found: Match[] = [];
    for (let i = 0; i < words.length; ) {
      let node = children(root)?.get(words[i]!);
      let end = -1;
      let tags = 0;
      for (let j = i + 1; node !== undefined; j++) {
        const here = node.names & mask ? node.tags | NAME_BIT : node.tags;
        if (here !== 0) {
          end = j;
          tags = here;
        }
        const next = words[j];
        node = next === undefined ? undefined : children(node)?.get(next);
      }
      if (end === -1) {
        i++;
        continue;
      }
      if (end === i + 1 && corrected?.has(i) && words[i]!.length < LONE_TYPO) tags &= ~DECIDES_ALONE;
      if (tags === 0) {
        i = end;
        continue;
      }
      if ((tags & BIT.neutral) === 0) found.push({ start: i, end, tags });
      // "violent video games": out of play, but it still says the text is about games.
      else if (tags & BIT.offTopic) found.push({ start: i, end, tags: BIT.offTopic });
      i = end;
    }
    return found;
  };

  const near = (found: readonly Match[], a: number, b: number, gap: number): boolean => {
    for (const x of found) {
      if ((x.tags & a) === 0) continue;
      for (const y of found) {
        if (x === y || (y.tags & b) === 0) continue;
        const between = x.start < y.start ? y.start - x.end : x.start - y.end;
        if (between <= gap) return true;
      }
    }
    return false;
  };

  const nearHarm = (found: readonly Match[], kind: TextKind): boolean =>
    near(found, BIT.harm, BIT.near, NEAR_GAP) ||
    (kind === 'query' && near(found, BIT.harm, BIT.nearPartner, QUERY_PARTNER_GAP));

  /** A match tagged `a` followed, at most `gap` words later, by one tagged `b`. */
  const before = (found: readonly Match[], a: number, b: number, gap: number): boolean => {
    for (const x of found) {
      if ((x.tags & a) === 0) continue;
      for (const y of found) if (y.tags & b && y.start >= x.end && y.start - x.end <= gap) return true;
    }
    return false;
  };

  /** A `towardPartner` phrase other than leaving: fear ("j'ai peur", "scared of"), hiding, a complaint. */
  const afraid = (found: readonly Match[]): boolean =>
    found.some((m) => (m.tags & (BIT.towardPartner | BIT.leave)) === BIT.towardPartner);

  /** The nearest who just before a situation: a friend who gets mad is not the partner named after. */
  const owner = (found: readonly Match[], s: Match): number => {
    let tags = 0;
    let end = 0;
    for (const w of found) {
      if ((w.tags & WHO) === 0 || w.end > s.start || s.start - w.end > SUBJECT_GAP) continue;
      // "le chum de ma sœur l'empêche": the partner of someone, not that someone.
      if (!(w.tags & BIT.nonPartner && tags & BIT.subject && w.start - end === 1)) tags = w.tags;
      end = w.end;
    }
    return tags;
  };

  /**
   * A game, a sport or a film named keeps a described situation out ("beat me at chess", "hit me
   * with a ball"), unless it is only when the harm happens: after "when", "after", « quand »…, and
   * the harm is no word a game also uses ("hits me when he watches football").
   */
  const inPlay = (found: readonly Match[], s: Match, words: readonly string[]): boolean =>
    words.slice(s.start, s.end).some((w) => WIN.has(w)) ||
    found.some((m) => {
      if (!(m.tags & BIT.offTopic)) return false;
      if (m.start < s.end) return true;
      const between = words.slice(s.end, m.start);
      return !between.some((w) => WHEN.has(w)) || between.some((w) => PLAYING.has(w));
    });

  const described = (found: readonly Match[], flags: number, words: readonly string[]): boolean => {
    for (const s of found) {
      if ((s.tags & (BIT.situation | BIT.situationSelf)) === 0) continue;
      if (flags & BIT.offTopic && inPlay(found, s, words)) continue;
      // Done by the one speaking, alone or with the partner: "my husband and I emptied our joint account".
      if (s.tags & BIT.situation && !(s.tags & BIT.subject) && SPEAKER.has(words[s.start - 1] ?? ''))
        continue;
      // "He" may be someone else named before it ("my son… he won't let me"), not one named after
      // ("il me frappe devant les enfants", "he made me choose between him and my best friend").
      const others = found.some((m) => m.tags & BIT.nonPartner && m.end <= s.start);
      // A phrase that names its own subject ("son mari la bat", "her husband hits her") owns itself.
      const who = s.tags & BIT.subject ? s.tags : owner(found, s);
      if (who & BIT.nonPartner) continue;
      // Said without a subject, or by one not someone else's ("my son… he won't let me").
      if (s.tags & BIT.situationSelf && !(others && who & BIT.pronoun)) return true;
      if (
        s.tags & BIT.situation &&
        (flags & BIT.relation || who & (others ? BIT.subject : BIT.subject | BIT.pronoun))
      )
        return true;
    }
    return false;
  };

  /**
   * An order against a neighbour, a landlord or a co-worker is a civil matter: when orders are
   * all that decides, such a party is named and no partner, family or person at risk is, it is not help.
   */
  const civilOrderOnly = (found: readonly Match[], flags: number): boolean =>
    (flags & BIT.civilParty) !== 0 &&
    (flags & (BIT.relation | BIT.kind | BIT.person | BIT.family)) === 0 &&
    found.every((m) => (m.tags & BIT.strong) === 0 || (m.tags & BIT.order) !== 0);

  /**
   * An act said of her or him. English "her" is also "his"'s feminine: "pushed her car", "beat her
   * record". After an object the words go on with a clause or a place ("hit her when he drinks",
   * "hit her again", "hit her in the face") or stop; after a possessive comes a noun.
   */
  const toThem = (found: readonly Match[], words: readonly string[]): boolean =>
    found.some(
      (m) =>
        m.tags & BIT.toThem &&
        (words[m.end - 1] !== 'her' || m.end === words.length || AFTER_OBJECT.has(words[m.end]!)),
    );

  /**
   * A word that keeps a shelter from deciding alone ("maison d'hébergement pour animaux", "… pour
   * aînés"), unless it is an animal the place admits ("qui accepte les animaux"): pets come along.
   */
  const unlessSaid = (found: readonly Match[], words: readonly string[]): boolean =>
    found.some(
      (m) =>
        m.tags & BIT.aloneUnless &&
        !(
          m.end - m.start === 1 &&
          ANIMALS.has(words[m.start]!) &&
          words.slice(Math.max(0, m.start - ADMITS_GAP - 1), m.start).some((b) => ADMITS.has(b))
        ),
    );

  const judge = (found: readonly Match[], kind: TextKind, words: readonly string[]): boolean => {
    let flags = 0;
    for (const m of found) flags |= m.tags;
    if (flags & BIT.strong && !civilOrderOnly(found, flags)) return true;
    if (flags & BIT.kind && (flags & BIT.workplace) === 0 && !words.some((w) => KIND_SETTING.has(w)))
      return true;
    if (flags & BIT.kind && flags & PARTNER) return true;
    if (flags & BIT.alone && !unlessSaid(found, words)) return true;
    if (flags & (BIT.harm | BIT.harmWeak | BIT.passive) && flags & BIT.relation) return true;
    // Games and films: "violent video games make children violent" is a rating, not a situation.
    if (
      flags & BIT.harm &&
      !(flags & BIT.offTopic) &&
      !atWorkOrSchoolOnly(flags, words) &&
      nearHarm(found, kind)
    )
      return true;
    if (flags & BIT.harmWeak && near(found, BIT.harmWeak, BIT.nearPartner, NEAR_GAP)) return true;
    // A shelter for women or families is a refuge from abuse, unless the text is about homelessness
    // ("itinérance : un nouveau refuge pour femmes") and names no harm or partner.
    const otherNeed =
      flags & (BIT.shelter | BIT.alone | BIT.line | BIT.safety) &&
      !(flags & ABOUT_VIOLENCE) &&
      words.some((w) => OTHER_NEEDS.has(w));
    if (
      flags & (BIT.shelter | BIT.alone) &&
      flags & SHELTER_CONTEXT &&
      (!words.some((w) => HOMELESSNESS.has(w)) || flags & (BIT.harm | BIT.relation)) &&
      !otherNeed
    )
      return true;
    if (flags & BIT.towardPartner && before(found, BIT.towardPartner, PARTNER, NEAR_GAP)) return true;
    if (flags & BIT.line && flags & LINE_CONTEXT && !otherNeed) return true;
    if (flags & BIT.safety && flags & SAFETY_CONTEXT && !otherNeed) return true;
    // "too jealous", "is his jealousy normal": a partner's, nobody else's (a dog's); or one that
    // frightens the searcher ("sa jalousie est excessive, j'ai peur").
    if (flags & BIT.jealous && !(flags & BIT.offTopic)) {
      if (!(flags & BIT.nonPartner) && (flags & NAMED || afraid(found))) return true;
      // Said of a partner just named: "my boyfriend is too jealous of my friends".
      if (found.some((m) => m.tags & BIT.jealous && owner(found, m) & BIT.subject)) return true;
    }
    // Someone else's partner harming them: "my sister's husband hit her", "le chum de ma fille la frappe".
    if (
      flags & BIT.toThem &&
      flags & BIT.thirdParty &&
      flags & NAMED &&
      !(flags & BIT.offTopic) &&
      toThem(found, words)
    )
      return true;
    // "threatened to hurt me if I leave", "he will kill me if I leave": leaving says whose threat it
    // is; unless someone else named before it does the harm and no partner is named ("my dog is
    // aggressive when I leave", "my mum will kill me if I leave the dishes"; not "tu ne reverras
    // plus le chien").
    if (flags & BIT.ifLeave && !(flags & (BIT.workplace | BIT.offTopic))) {
      const harmAt = found.find((m) => m.tags & LEAVING_HARM)?.start ?? threatToMe(words);
      const othersFirst = found.some((m) => m.tags & BIT.nonPartner && m.end <= harmAt);
      if (harmAt >= 0 && !(othersFirst && (flags & PARTNER) === 0)) return true;
    }
    return described(found, flags, words);
  };

  const isHelpWords = (words: readonly string[], kind: TextKind, mask: number): boolean => {
    try {
      if (words.length === 0) return false;
      const { prepared, corrected } = prepare(words, kind);
      if (judge(scan(prepared, mask, corrected), kind, prepared)) return true;
      // A search typed without its spaces ("domesticviolence").
      return kind === 'query' && words.some((w) => w.length >= 9 && spellsHelp(w));
    } catch {
      return false;
    }
  };

  return {
    reader: (mask) => ({
      isHelpWords: (words, kind) => isHelpWords(words, kind, mask),
      isHelpQuery: (text) => isHelpWords(helpWords(text), 'query', mask),
      isHelpTitle: (text) => isHelpWords(helpWords(text), 'title', mask),
    }),
  };
}
