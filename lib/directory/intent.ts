/**
 * What a query says about the person: which language it is in, what is happening or needed
 * (situations, each with a strength in (0, 1]), and who is speaking. Pure and cheap: the matchers
 * are compiled once, and corrected words are cached.
 */
import type { Lang } from '../i18n-key';
import { CLASSES } from './lexicon-classes';
import {
  compilePatterns,
  correctWord,
  type Matcher,
  matchPatterns,
  type Vocabulary,
  vocabularyOf,
} from './phrase-match';
import { queryWords } from './query-words';
import { SITUATIONS_EN } from './situation-lexicon-en';
import { SITUATIONS_FR } from './situation-lexicon-fr';
import { ABUSE, isTopic, type Situation, URGENT } from './situations';
import { REPORTED_SPEECH, SELF_HARM_THREAT, SPEAKER_EN, SPEAKER_FR, type Speaker } from './speaker-lexicon';

export type { Speaker };

export interface Intent {
  /** The query's language, or the interface's when the words do not say. */
  lang: Lang;
  situations: ReadonlyMap<Situation, number>;
  speaker: Speaker;
  /** Danger now, strangulation or suicide: the emergency number and a crisis line come first. */
  urgent: boolean;
  /**
   * Some word says nothing about a situation (`kids help`, `sos violence conjugale`): the person
   * may be naming an organisation, so an entry whose name has every word comes first.
   */
  naming: boolean;
  /** A spouse or a marriage is named ("my husband", "ma conjointe"): the person is an adult. */
  adult: boolean;
  /** The query's words, normalised (`queryWords`): a town typed is among them. */
  words: readonly string[];
}

const EN_WORDS = new Set(
  'i my he she his her him is are was the an and to of what how can do does dont it in for with get not if when who where this that they we you your at be been have has about need im hes shes from by or help'.split(
    ' ',
  ),
);
const FR_WORDS = new Set(
  'je j il elle mon ma mes le la les un une des du de et est suis pas ne que qui quoi comment pour avec dans sur ce c ca moi l d qu y nous vous ai au aux sans chez faire fait peut peux veux quand ou mais tres quel quelle aide mari femme chum blonde conjoint conjointe'.split(
    ' ',
  ),
);

interface Compiled {
  en: Matcher<Situation>;
  fr: Matcher<Situation>;
  speakerEn: Matcher<string>;
  speakerFr: Matcher<string>;
  quote: Matcher<string>;
  threat: Matcher<string>;
  vocabulary: Vocabulary;
}
let matchers: Compiled | undefined;

/**
 * Harm and intentions a negation can take back ("he never hit me", "I don't want to die"); needs
 * stay needs when negated ("no safe place to go", "can't go home").
 */
const NEGATABLE = new Set<Situation>([...ABUSE, 'sexual', 'immediate-danger', 'suicidal', 'used-violence']);

function compiled(): Compiled {
  if (!matchers) {
    const en = compilePatterns(SITUATIONS_EN, CLASSES);
    const fr = compilePatterns(SITUATIONS_FR, CLASSES);
    const speakerEn = compilePatterns(SPEAKER_EN, CLASSES);
    const speakerFr = compilePatterns(SPEAKER_FR, CLASSES);
    const quote = compilePatterns(REPORTED_SPEECH, CLASSES);
    const threat = compilePatterns(SELF_HARM_THREAT, CLASSES);
    matchers = {
      en,
      fr,
      speakerEn,
      speakerFr,
      quote,
      threat,
      vocabulary: vocabularyOf([en, fr, speakerEn, speakerFr, quote, threat]),
    };
  }
  return matchers;
}

/** A parent named just before a spouse word: a parent's partner ("my mom's husband"). */
const PARENTS = new Set(
  'mom mum mother mothers moms mums dad father fathers dads parents mere maman pere papa parent'.split(' '),
);
/** A spouse or a marriage: words a young person rarely uses of their own relationship. */
const ADULT_WORDS = new Set(
  'husband husbands hubby wife wives spouse spouses married marriage mari epoux epouse conjoint conjointe mariage'.split(
    ' ',
  ),
);

/** Words that say nothing on their own, in either language. */
const FUNCTION_WORDS = new Set(
  'the and for with what how can does dont not when who where this that they you your been have has about from are was his her him she its our out any just very qui que quoi pour avec dans sur est sont pas les des une mon mes ton tes son ses nous vous elle ils elles comment quand mais tres'.split(
    ' ',
  ),
);

const FRENCH_LETTERS = /[àâçéèêëîïôûùüÿœ]/i;

/**
 * The language a query is in: its function words, then its accents, then which language's
 * everyday wording it used (`violence conjugale`), then the interface language.
 */
export function queryLang(
  raw: string,
  words: readonly string[],
  cues: Record<Lang, number>,
  uiLang: Lang,
): Lang {
  const told = languageOfWords(raw, words);
  if (told) return told;
  if (cues.en !== cues.fr) return cues.en > cues.fr ? 'en' : 'fr';
  return uiLang;
}

/** The language the function words and accents say, when they say one. */
function languageOfWords(raw: string, words: readonly string[]): Lang | undefined {
  let en = 0;
  let fr = FRENCH_LETTERS.test(raw) ? 1 : 0;
  for (const w of words) {
    if (EN_WORDS.has(w)) en++;
    if (FR_WORDS.has(w)) fr++;
  }
  return en === fr ? undefined : en > fr ? 'en' : 'fr';
}

/**
 * Strongest sign per value. Negated signs do not count, except that "he doesn't hit me" still
 * says who is speaking.
 */
function strengths<T>(matches: ReturnType<typeof matchPatterns<T>>, keepNegated?: T): Map<T, number> {
  const out = new Map<T, number>();
  for (const m of matches)
    if (!m.negated || m.value === keepNegated) out.set(m.value, Math.max(out.get(m.value) ?? 0, m.weight));
  return out;
}

function speakerOf(scores: ReadonlyMap<string, number>): Speaker {
  const harmed = scores.get('harmed') ?? 0;
  const harming = scores.get('harming') ?? 0;
  const supporter = scores.get('supporter') ?? 0;
  // A tie goes to the person harmed: their safety comes before the rest.
  if (harmed >= 0.5 && harmed >= harming && harmed >= supporter) return 'harmed';
  if (harming >= 0.5 && harming > supporter) return 'harming';
  if (supporter >= 0.5) return 'supporter';
  return harming >= 0.5 ? 'harming' : 'unknown';
}

/**
 * Situations the words describe, how much of each language's wording they used, and which words
 * a situation explains.
 */
function readSituations(words: readonly string[], quoted: number, langs: readonly Lang[]) {
  const m = compiled();
  const situations = new Map<Situation, number>();
  const cues: Record<Lang, number> = { en: 0, fr: 0 };
  const explained = new Set<number>();
  const add = (s: Situation, w: number) => situations.set(s, Math.max(situations.get(s) ?? 0, w));
  for (const lang of langs)
    for (const match of matchPatterns(m[lang], words)) {
      cues[lang] += match.weight;
      // A weak sign (`help`) does not explain a word away: it may be part of a name.
      if (match.weight >= 0.5) for (let i = match.start; i <= match.end; i++) explained.add(i);
      if (match.negated && NEGATABLE.has(match.value)) continue;
      // Words after "he says" are his: a wish to die there is abuse done to the speaker.
      if (match.start >= quoted && match.value === 'suicidal') add('emotional', 0.8);
      else add(match.value, match.weight);
    }
  return { situations, cues, explained };
}

/** Who is speaking, from the sentence patterns of the query's language. */
function readSpeaker(words: readonly string[], lang: Lang, quoted: number): Speaker {
  const m = compiled();
  const matches = matchPatterns(lang === 'fr' ? m.speakerFr : m.speakerEn, words);
  // A harm inside someone else's words ("she says I hit her") is not a confession. A negated harm
  // to "me" read inside a plain confession is that confession's own words: "je n'arrive pas à
  // m'empêcher de frapper mon mari" is not "il m'empêche".
  const inConfession = (x: (typeof matches)[number]) =>
    x.value === 'harmed' &&
    x.negated &&
    matches.some(
      (h) => h.value === 'harming' && !h.negated && h.weight >= 1 && h.start <= x.start && h.end >= x.end,
    );
  const scores = strengths(
    matches.filter((x) => (x.value !== 'harming' || x.start < quoted) && !inConfession(x)),
    'harmed',
  );
  // Being told such things is itself a sign of harm done to the speaker.
  if (quoted < words.length) scores.set('harmed', Math.max(scores.get('harmed') ?? 0, 0.5));
  // Being told one harms (`she is afraid of me`) says the speaker harms, quoted or not.
  scores.set('harming', Math.max(scores.get('harming') ?? 0, scores.get('told') ?? 0));
  return speakerOf(scores);
}

/** Reads a raw query. */
export function analyzeQuery(raw: string, uiLang: Lang): Intent {
  const m = compiled();
  const plain = queryWords(raw);
  const words = plain.map((w) => correctWord(m.vocabulary, w));
  const quoted = Math.min(words.length, ...matchPatterns(m.quote, words).map((q) => q.end + 1));
  // A query whose little words say its language is read in that language only (`son` is a son in
  // English, "his" in French); otherwise in both.
  const told = languageOfWords(raw, plain);
  const { situations, cues, explained } = readSituations(words, quoted, told ? [told] : ['en', 'fr']);
  const naming = plain.some((w, i) => !explained.has(i) && w.length > 2 && !FUNCTION_WORDS.has(w));
  const lang = queryLang(raw, plain, cues, uiLang);
  const speaker = readSpeaker(words, lang, quoted);
  // What a sentence says about someone else's needs is not the speaker's situation.
  if (speaker === 'harmed' || speaker === 'harming') situations.delete('supporting-someone');
  if (speaker === 'harmed') situations.delete('used-violence');
  // A female partner says the speaker is probably a man, unless they say otherwise.
  if (speaker === 'harming' || (situations.has('lgbtq2s') && (situations.get('male-victim') ?? 0) < 1))
    situations.delete('male-victim');
  if (speaker === 'harming' && !situations.has('used-violence')) situations.set('used-violence', 1);
  // Threatening self-harm to keep a partner is control, not danger now, unless other words say so:
  // the speaker's own threat, or someone else's made to hold the speaker (not their crisis).
  const threats = matchPatterns(m.threat, words).filter((t) => !t.negated);
  const held =
    speaker === 'harming'
      ? situations.has('suicidal') && threats.some((t) => t.value === 'threat')
      : threats.some((t) => t.value === 'theirs');
  if (held) {
    if (situations.has('suicidal')) situations.set('suicidal', Math.min(situations.get('suicidal')!, 0.6));
    situations.set('coercive-control', Math.max(situations.get('coercive-control') ?? 0, 0.8));
  }
  if (speaker === 'supporter' && !situations.has('supporting-someone'))
    situations.set('supporting-someone', 1);
  // Someone telling what happens to them is asking for help with it, whatever the words.
  if (speaker === 'harmed' && ![...situations.keys()].some(isTopic)) situations.set('general', 0.5);
  const urgent = URGENT.some((s) => (situations.get(s) ?? 0) >= 0.7);
  // Not a teen's: "my mom's husband", "ma mère et son conjoint" name a parent's partner.
  const adult = plain.some(
    (w, i) => ADULT_WORDS.has(w) && !plain.slice(Math.max(0, i - 3), i).some((p) => PARENTS.has(p)),
  );
  return { lang, situations, speaker, urgent, naming, adult, words: plain };
}
