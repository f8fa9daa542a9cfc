/**
 * Chooses what the address screen looks for (`address-keys.ts`, written by
 * `npx tsx scripts/address-keys.ts`; a unit test fails when the vocabulary changes and the keys
 * are not written again), so the screen cannot drift from what the classifier knows. Every judgement needs a phrase of a deciding
 * part (`DECIDING_CUES`); each such phrase gets one key word, and the screen looks for it at the
 * start of a word: a long key by its first letters ("strang" for "strangulation", "stranglehold"
 * too), a short one as a whole word give or take an ending ("hit", "hits", not "history"). A
 * phrase's key is the word that costs least to look for: shared with many phrases, long, and rare
 * in everyday addresses (a key like "phone" lets more ordinary addresses through to the full
 * reading; never a wrong answer, only a slower one).
 */

import { LEXICON } from './help-lexicon';
import { DECIDING_CUES, phraseWords, singularIn } from './help-topic';

/** Words frequent in ordinary addresses or too short to look for: keys only when a phrase has nothing better. */
const COMMON_IN_ADDRESSES = new Set(
  [
    'help support service services home page news text aide ressource ressources legal court program',
    'programs order orders funding sector prevention time money phone messages friends family location',
    'report information plan personal line people women woman through everything anyone anywhere other',
    'allowed seeing does will house housing protection cycle signs forms types date image digital',
    'warning centre center contact contacts communication intervention occupation against adults cards',
    'keys down child check checked checks checking track tracks tracked tracking control controls force',
    'forces push read reads reading take takes took keeps called calls told tells emails texts bank',
    'passport spending work see talk wear dress throat neck arm hair kill hurt harm stupid useless ugly',
    'fat crazy names leave leaving safe relation relationship relationships marriage partner dating',
    'homme hommes femmes famille personnes maison maisons telephone argent depenses sorties tout garde',
    'prend regarde verifie decide suit tape beat hit kick attack exams witness assistance advocacy',
    'advocate elder older indigenous missing disclosure scheme law human technology facilitated post',
    'picture pictures photo photos envoyer texting appelle stay open',
    'separation economic financial emotional physical verbal spiritual criminels urgence securite',
    'interdiction protective travailler parler sortir voir my me ma mon mes is am was were been got',
    'being this it what by do no not il he she aid let cell pour from away goes look looks looked went',
    'broke porte facon danger emergency out have put men hid guys second grave foyer stage go i pas',
    'laptop laptops economie economies vide comment commence movements move car can every decided dictated dictates who where feel devenir debt escalier escaliers',
    'facebook instagram snapchat tiktok whatsapp icloud google gmail youtube outlook twitter messenger photo photos',
    'her him his lui explain make makes made par sur sa son ses avec',
    'app avoir code ecoute enfant main mot quand si terre top former',
    'how day their know keep choose campaign mile shoes walk about all right need want has off short',
    'without always map pic eat hour jour every if things stuff wall doctor change pi',
    'live lives living now new conditions condition demenage demenager find found finding looking',
    'trouve trouver cherche chercher essaie retrouve nouvelle prendre dit a all so night long ou',
    'credit credits pret prets loan loans what',
  ]
    .join(' ')
    .split(' '),
);
/** Every beginning of an everyday address word ("p", "ph", … "phone"). */
const COMMON_BEGINNINGS = new Set(
  [...COMMON_IN_ADDRESSES].flatMap((w) => [...w].map((_, i) => w.slice(0, i + 1))),
);

/** Letters read per long key: enough to be rare at a word's start. */
const STEM_LENGTH = 8;
/** Keys this short are looked for as whole words. */
const WORD_LENGTH = 6;
/**
 * Words the classifier reads that an address may not spell out: elided French words ("m'a" → "me
 * a", "qu'il" → "que il") and "I'm" → "i am" ("telling-people-im-crazy" has neither "i" nor "am").
 * Never whole-word keys.
 */
const UNSPELT = new Set(['le', 'de', 'je', 'me', 'te', 'se', 'ne', 'ce', 'que', 'am', 'i']);

/**
 * A key's first letters, as every form of it in an address begins: a plural the classifier reads
 * back as the key ("conjugaux" → "conjugal", "families" → "family") and a contraction joined
 * across an apostrophe ("won't" → "wont") share only the letters before the ending.
 */
export function stemOf(key: string): string {
  let length = Math.min(key.length, STEM_LENGTH);
  if (key.endsWith('al')) length = Math.min(length, key.length - 2);
  if (key.endsWith('y') || key.endsWith('nt')) length = Math.min(length, key.length - 1);
  return key.slice(0, Math.max(1, length));
}

/** The keys: stems that begin a word, and words looked for whole (with their endings, see `wordForms`). */
export interface AddressKeys {
  readonly stems: readonly string[];
  readonly words: readonly string[];
}

/** Looking for a key costs more when it is short or an everyday address word. */
function keyCost(key: string): number {
  if (key.startsWith('=')) {
    const word = key.slice(1);
    return (COMMON_IN_ADDRESSES.has(word) ? 20 : 1) * (word.length <= 2 ? 3 : 2);
  }
  const length = key.length <= 2 ? 30 : key.length === 3 ? 10 : key.length === 4 ? 3 : 1;
  return COMMON_BEGINNINGS.has(key) ? 20 * length : length;
}

/** The candidate key for a phrase's word: `=word` looked for whole, or a stem; none for an unspelt word. */
const candidateOf = (word: string) =>
  UNSPELT.has(word) ? undefined : word.length <= WORD_LENGTH ? `=${word}` : stemOf(word);

/**
 * One key for each deciding phrase: a phrase of one word takes that word's; then, greedily, the
 * key that costs least for the most phrases left. A chosen stem also finds every other word it
 * begins ("contro" finds "controls my money" once "controlling" needed it).
 */
export function addressKeys(): AddressKeys {
  const phrases: string[][] = [];
  // A plural the vocabulary also holds singular ("maison pour femmes") is read as its singular.
  const vocab = new Set(
    Object.values(LEXICON).flatMap((list: readonly string[]) => list.flatMap(phraseWords)),
  );
  for (const cue of DECIDING_CUES)
    for (const phrase of LEXICON[cue]) {
      const words = phraseWords(phrase).map((w) => singularIn(vocab, w));
      if (words.length > 0) phrases.push([...new Set(words)].filter((w) => candidateOf(w) !== undefined));
    }
  // Each candidate: the phrases it could stand for, how many are still to cover, its cost.
  const keysOf = phrases.map((words) => [...new Set(words.map((w) => candidateOf(w)!))]);
  const candidates = new Map<string, { phrases: number[]; open: number; cost: number }>();
  keysOf.forEach((keys, p) => {
    for (const key of keys) {
      const c = candidates.get(key) ?? { phrases: [], open: 0, cost: keyCost(key) };
      c.phrases.push(p);
      c.open++;
      candidates.set(key, c);
    }
  });
  // Each word's phrases and stem: a chosen key finds the word in every form it may take.
  const words = new Map<string, { phrases: number[]; stem: string }>();
  phrases.forEach((list, p) => {
    for (const word of list) {
      const w = words.get(word) ?? { phrases: [], stem: stemOf(word) };
      w.phrases.push(p);
      words.set(word, w);
    }
  });
  const covered = new Array<boolean>(phrases.length).fill(false);
  const chosen: string[] = [];
  const choose = (key: string) => {
    chosen.push(key);
    for (const [word, w] of words) {
      // A stem finds every word it begins; a whole word only itself.
      if (key.startsWith('=') ? key.slice(1) !== word : !w.stem.startsWith(key)) continue;
      for (const p of w.phrases) {
        if (covered[p]) continue;
        covered[p] = true;
        for (const other of keysOf[p]!) candidates.get(other)!.open--;
      }
    }
  };
  phrases.forEach((words, p) => {
    if (words.length === 1 && !covered[p]) choose(candidateOf(words[0]!)!);
  });
  for (;;) {
    let best = '';
    let bestScore = 0;
    for (const [key, c] of candidates) {
      const score = c.open / c.cost;
      if (score > bestScore || (score === bestScore && score > 0 && key < best))
        [best, bestScore] = [key, score];
    }
    if (best === '') break;
    choose(best);
  }
  const stems = [...new Set(chosen.filter((k) => !k.startsWith('=')))].sort();
  return {
    stems: stems.filter((stem, i) => !stems.slice(0, i).some((shorter) => stem.startsWith(shorter))),
    words: [...new Set(chosen.filter((k) => k.startsWith('=')))].sort().map((k) => k.slice(1)),
  };
}
