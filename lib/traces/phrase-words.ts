/**
 * The words a text or a vocabulary phrase is compared in: folded by `helpWords`, function words
 * dropped, the second person read as the first and a French inverted subject put back. Shared by
 * the classifier (`help-topic.ts`) and the vocabulary's build-time compilation (`help-vocabulary.ts`).
 */

import { helpWords, own } from './help-words';

/** Function words ignored on both sides: address slugs and searches often drop them. */
const STOP = new Set(['de', 'des', 'du', 'la', 'le', 'les', 'au', 'aux', 'en', 'et', 'un', 'une']);
for (const w of ['of', 'the', 'an', 'and', 'for', 'in', 'on', 'at', 'a', 'to', 'dans']) STOP.add(w);
/**
 * Advice is written to "you" ("when your husband hits you"), a question about oneself to "me": both
 * sides read the second person as the first.
 */
const SECOND_PERSON: Readonly<Record<string, string>> = {
  you: 'me',
  your: 'my',
  te: 'me',
  ton: 'mon',
  ta: 'ma',
  tes: 'mes',
  vous: 'me',
  votre: 'mon',
  vos: 'mes',
};
/** A French question's inverted subject ("espionne-t-il", "m'a-t-il frappée"): its "-t-" is read as "te". */
const INVERTED = new Set(['il', 'elle', 'on']);
const OBJECT_CLITICS = new Set(['me', 'ne', 'se', 'lui', 'y', 'nous']);
/** French negations other than "pas", read as "pas" after "ne": "ne me laisse plus sortir", "ne me laisse jamais". */
const NEGATIONS = new Set(['plus', 'jamais']);
/** "ne" among the last three words kept: the negation it opens. */
const negated = (out: readonly string[]): boolean => out.slice(-3).includes('ne');
/**
 * Words that say a "meme" next to them is French "même" ("même si", "quand même", "même devant les
 * enfants"), an adverb the reader drops; an English meme ("husband tyrant meme") keeps its word.
 */
const FRENCH_AROUND_MEME = new Set(
  'si,quand,pas,que,qu,moi,toi,lui,elle,elles,eux,nous,vous,de,tout,la,le,les,devant,dans,chose,jour,temps,fois,sans,apres,avant,chez,en,au,aux,a,plus,lorsque,pour,par,sur,il,je,tu,ils,on,ne,ce,me,se,mon,ma,mes,son,sa,ses,un,une,des,du,et,ou,mais,endroit,niveau'.split(
    ',',
  ),
);
/**
 * French "paroles" are also someone's words ("ses paroles blessantes", "me rabaisse avec ses
 * paroles"), not a song's: after a possessive or before a word that judges them, the reader drops
 * the word; "paroles" of a song (at a search's start or end, after "les") stays one.
 */
const WORDS_OF_SOMEONE = new Set('ses,mes,tes,ces,leurs,nos,vos,avec,par'.split(','));
const WORDS_JUDGED = new Set(
  'blessantes,violentes,humiliantes,mechantes,degradantes,rabaissantes,dures,cruelles,menacantes,insultantes,mesquines,meprisantes'.split(
    ',',
  ),
);
/** A word that is read in its French sense here, and dropped as carrying nothing the vocabulary reads. */
const frenchSense = (w: string, previous: string, next: string): boolean =>
  ((w === 'meme' || w === 'memes') && (FRENCH_AROUND_MEME.has(previous) || FRENCH_AROUND_MEME.has(next))) ||
  ((w === 'paroles' || w === 'parole') && (WORDS_OF_SOMEONE.has(previous) || WORDS_JUDGED.has(next)));
export const content = (words: readonly string[]): string[] => {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    if (NEGATIONS.has(w) && negated(out)) out.push('pas');
    else if (frenchSense(w, words[i - 1] ?? '', next ?? '')) continue;
    else if (w === 'te' && next !== undefined && INVERTED.has(next) && out.length > 0) {
      // Put the subject back before its verb and the verb's object pronouns: "il me frappe".
      let at = out.length - 1;
      while (at > 0 && OBJECT_CLITICS.has(out[at - 1]!)) at--;
      out.splice(at, 0, next);
      i++;
    } else if (!STOP.has(w)) out.push(own(SECOND_PERSON, w) ?? w);
  }
  return out;
};

/** A vocabulary phrase's words as the classifier compares them (folded, function words dropped). */
export const phraseWords = (phrase: string): string[] => content(helpWords(phrase, 1000));
