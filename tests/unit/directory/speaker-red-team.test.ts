/**
 * Who is speaking, for the families a red-team found a person harmed read as harming in: a blow
 * with a thing for its object, self-defence said by its purpose or cause, losing the kids or a
 * home, a threat to leave, one's own phone checked, fear of hurting oneself, a lie told about the
 * speaker, common words corrected into lexicon words, "une femme violente". Each family is tested
 * both ways: the person harmed must never read as harming, and a confession of the same shape must
 * still read as harming. Every sentence here is our own.
 */
import { describe, expect, it } from 'vitest';
import { analyzeQuery } from '../../../lib/directory/intent';
import { compilePatterns, matchPatterns } from '../../../lib/directory/phrase-match';

const speaker = (q: string, lang: 'en' | 'fr') => analyzeQuery(q, lang).speaker;

describe('red-team families: a person harmed never reads as harming', () => {
  it.each([
    // 1. A violent verb whose object is a thing, a place or the speaker's own body.
    ['i hit the alarm button when he came in', 'en'],
    ['i pushed the door open and ran', 'en'],
    ['i kicked the car door shut and drove off', 'en'],
    ['j ai frappé sur la table du salon', 'fr'],
    ["j'ai cogné dans le mur de la cuisine pour me calmer", 'fr'],
    ["j'ai mordu mon oreiller toute la nuit", 'fr'],
    ['i scared him away by banging on the wall', 'en'],
    // 2. Self-defence said by its purpose or cause.
    ['i scratched his face so he would let go of me', 'en'],
    ['i shoved him to get out of the bedroom', 'en'],
    ['i bit him because he was on top of me', 'en'],
    ['i elbowed him because he was blocking the exit', 'en'],
    ['i hit him back when he choked me', 'en'],
    ["je lui ai griffé le bras pour qu'il me lâche", 'fr'],
    ["je l'ai repoussé pour m'enfuir de la chambre", 'fr'],
    ["je l'ai mordu en essayant de m'échapper", 'fr'],
    ["je l'ai poussé parce qu'il me bloquait le passage", 'fr'],
    // 3. Losing the kids, a job or a home is not losing control.
    ['i could lose my job if i call the police', 'en'],
    ['i might lose the house if i leave him', 'en'],
    ['scared i will lose my children in court', 'en'],
    // 4. A threat to leave, report or call the police.
    ['i threatened to report him and he hit me', 'en'],
    ['i threatened to move out and he smashed my phone', 'en'],
    ["je l'ai menacé de partir et il m'a giflée", 'fr'],
    // 5. The speaker's own phone or location.
    ['i keep checking my location settings because he knows where i am', 'en'],
    ['i check my messages every hour so he does not get angry', 'en'],
    // 6. Fear of hurting oneself.
    ['i am scared of hurting myself', 'en'],
    ['afraid i could hurt myself tonight', 'en'],
    // 7. A lie told about the speaker, the blame put back.
    ['she lied to the police and said i choked her', 'en'],
    ['i got charged because he lied to the cops', 'en'],
    ['i pushed him but he started it', 'en'],
    ['il a menti au juge et j ai été accusée', 'fr'],
    ["c'est elle la violente pas moi", 'fr'],
    ["il raconte partout que c'est moi la violente", 'fr'],
    ["on m'interdit d'approcher alors que c'est lui qui frappe", 'fr'],
    // 8. Common words are not corrected into lexicon words.
    ["j'ai mal à la lèvre depuis qu'il m'a frappée", 'fr'],
  ] as const)('%j (%s) is not harming', (q, lang) => {
    expect(speaker(q, lang)).not.toBe('harming');
  });

  it.each([
    ['i bit him because he was on top of me', 'en'],
    ['i shoved him to get out of the bedroom', 'en'],
    ['she lied to the police and said i choked her', 'en'],
    ["je l'ai poussé parce qu'il me bloquait le passage", 'fr'],
    ['il a menti au juge et j ai été accusée', 'fr'],
  ] as const)('%j (%s) reads harmed', (q, lang) => {
    expect(speaker(q, lang)).toBe('harmed');
  });
});

describe('red-team families: confessions of the same shape still read as harming', () => {
  it.each([
    // 1. A person on the other end, or the verb ending its clause.
    ['i hit my boyfriend last night', 'en'],
    ['i shoved her into the wall', 'en'],
    ['i punched and kicked until she cried', 'en'],
    ['i pushed her down the stairs', 'en'],
    ["j'ai frappé ma copine hier soir", 'fr'],
    ["j'ai crié sur mon conjoint devant les enfants", 'fr'],
    ['je frappe ma blonde quand je bois', 'fr'],
    // 2. A purpose that is not getting free of a hold or an attack.
    ['i slapped her so she would be quiet', 'en'],
    ['i pushed her because she would not listen', 'en'],
    ["je l'ai frappée pour qu'elle se taise", 'fr'],
    // 3. Losing one's temper.
    ["i'm scared i will lose it and hit her", 'en'],
    ['i might lose control with my wife', 'en'],
    // 4. A threat to harm.
    ['i threatened to kill her', 'en'],
    ["je l'ai menacée de la tuer", 'fr'],
    // 5. A partner's phone.
    ['i check her phone every night', 'en'],
    ['je lis ses messages tous les soirs', 'fr'],
    // 6. Fear of hurting someone else.
    ["i'm afraid i'll hurt her", 'en'],
    ['scared of hurting my girlfriend', 'en'],
    // 7. A lie told by the partner is no excuse for a blow.
    ['i hit her because she lied to me', 'en'],
    ["je l'ai frappée parce qu'elle m'a menti", 'fr'],
    // 9. "Une femme violente" is the adjective.
    ['je suis une femme violente envers mon mari', 'fr'],
  ] as const)('%j (%s) → harming', (q, lang) => {
    expect(speaker(q, lang)).toBe('harming');
  });

  it('"une femme violentée" is still harmed', () => {
    expect(speaker('je suis une femme violentée par mon mari', 'fr')).toBe('harmed');
  });
});

describe('phrase-match: `@end`, the end of a clause', () => {
  const m = compilePatterns({ x: ['i hit ^@end'] }, {});
  const hits = (q: string) => matchPatterns(m, q.split(' ')).length;

  it('matches at the end of the query or before a word that starts another clause', () => {
    expect(hits('i hit')).toBe(1);
    expect(hits('i hit and ran')).toBe(1);
    expect(hits('i hit when i drink')).toBe(1);
  });

  it('does not match before an object', () => {
    expect(hits('i hit snooze')).toBe(0);
    expect(hits('i hit the button')).toBe(0);
  });

  it('stands alone in its slot', () => {
    expect(() => compilePatterns({ x: ['i hit @end|him'] }, {})).toThrow();
  });
});
