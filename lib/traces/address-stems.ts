/**
 * The word beginnings the address screen looks for, compiled from the help vocabulary when the
 * matcher is built, so the screen cannot drift from what the classifier knows. Every judgement
 * needs a phrase of a deciding part (`DECIDING_CUES`); each such phrase gets one key word, and
 * the screen looks for the key's first letters at the start of a word. A phrase's key is the
 * word that costs least to look for: one shared with many phrases, long, and rare in everyday
 * addresses (a key like "phone" or "services" lets more ordinary addresses through to the full
 * reading; never a wrong answer, only a slower one).
 */

import { LEXICON } from './help-lexicon';
import { DECIDING_CUES, phraseWords } from './help-topic';

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
    'separation economic financial emotional physical verbal spiritual criminels urgence securite',
    'interdiction protective travailler parler sortir voir my me ma mon mes is am was were been got',
    'being this it what by do no not il he she aid let cell pour from away goes look looks looked went',
    'broke porte facon danger emergency out have put men hid guys second grave foyer stage go',
  ]
    .join(' ')
    .split(' '),
);
/** Every beginning of an everyday address word ("p", "ph", … "phone"). */
const COMMON_BEGINNINGS = new Set(
  [...COMMON_IN_ADDRESSES].flatMap((w) => [...w].map((_, i) => w.slice(0, i + 1))),
);

/** Letters read per key: enough to be rare at a word's start. */
const STEM_LENGTH = 6;

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

/** Looking for a stem costs more when it is short or begins an everyday address word. */
function stemCost(stem: string): number {
  const length = stem.length <= 2 ? 30 : stem.length === 3 ? 10 : stem.length === 4 ? 3 : 1;
  return COMMON_BEGINNINGS.has(stem) ? 20 * length : length;
}

/**
 * The stems the screen looks for: for each deciding phrase, the stem of one of its words. A
 * phrase of one word takes that word's; then, greedily, the stem that costs least for the most
 * phrases left. A stem covers every word it begins ("contro" covers "controls my money" once
 * "controlling" needed it). No stem begins another.
 */
export function addressStems(): string[] {
  const phrases: string[][] = [];
  for (const cue of DECIDING_CUES)
    for (const phrase of LEXICON[cue]) {
      const words = phraseWords(phrase);
      if (words.length > 0) phrases.push([...new Set(words.map(stemOf))]);
    }
  // Each candidate stem: the phrases it could stand for, how many are still to cover, its cost.
  const candidates = new Map<string, { phrases: number[]; open: number; cost: number }>();
  phrases.forEach((stems, p) => {
    for (const stem of stems) {
      const c = candidates.get(stem) ?? { phrases: [], open: 0, cost: stemCost(stem) };
      c.phrases.push(p);
      c.open++;
      candidates.set(stem, c);
    }
  });
  const covered = new Array<boolean>(phrases.length).fill(false);
  const chosen: string[] = [];
  const choose = (stem: string) => {
    chosen.push(stem);
    for (const [other, c] of candidates) {
      if (!other.startsWith(stem)) continue;
      for (const p of c.phrases) {
        if (covered[p]) continue;
        covered[p] = true;
        for (const s of phrases[p]!) candidates.get(s)!.open--;
      }
    }
  };
  phrases.forEach((stems, p) => {
    if (stems.length === 1 && !covered[p]) choose(stems[0]!);
  });
  for (;;) {
    let best = '';
    let bestScore = 0;
    for (const [stem, c] of candidates) {
      const score = c.open / c.cost;
      if (score > bestScore || (score === bestScore && score > 0 && stem < best))
        [best, bestScore] = [stem, score];
    }
    if (best === '') break;
    choose(best);
  }
  const sorted = [...new Set(chosen)].sort();
  return sorted.filter((stem, i) => !sorted.slice(0, i).some((shorter) => stem.startsWith(shorter)));
}
