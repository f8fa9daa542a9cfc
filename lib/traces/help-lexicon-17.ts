/**
 * Families seen among the misses of a seventeenth search set and an eleventh page set (gathered
 * blind, English and French), written as families, never as rows: each is tested with phrasings and
 * everyday look-alikes of our own in `tests/unit/traces/help-search-17.test.ts`.
 * Spread into `LEXICON` (`help-lexicon.ts`).
 */

import { cross, list } from './phrase-lists';

/**
 * A drink spiked, or drugs given without knowing ("soumission chimique"): the way into many sexual
 * assaults. Said of a drink that was spiked, never of a "spiked punch" recipe.
 */
const DRINK_SPIKED = [
  ...list('drink spiking,drink was spiked,drinks were spiked,drink got spiked,spiked my drink'),
  ...list('spiked her drink,drugged my drink,drugged her drink,roofied,got roofied,been roofied'),
  ...list('was roofied,soumission chimique,drogue dans mon verre,drogue dans son verre'),
  ...list('ghb dans mon verre,ghb dans son verre,droguee a mon insu,drogue a mon insu'),
];

/** Sexual touching, in French ("attouchements"): the word is used for sexual abuse and little else. */
const TOUCHING = list('attouchement,attouchements,attouchements sexuels');

/**
 * Sex as a debt or a duty in a couple ("says sex is his right", "do I owe my husband sex", "le
 * devoir conjugal"), with a partner named nearby. "Le devoir conjugal", the marital duty courts have
 * struck down, is also a matter of divorce law: a harm word, help with a partner or harm beside it.
 */
const SEX_OWED = [
  ...cross(list('owe him,owe her'), ['sex']),
  ...list('sex is his right,sex is my duty,duty to have sex,obligated to have sex,obliged to have sex'),
  ...cross(
    list('if i loved him i would,if i really loved him i would,if i loved her i would'),
    list('have sex,sleep with him,sleep with her'),
  ),
];
/** Sex owed to a partner named in the same words ("do I owe my husband sex"): decides alone. */
const SEX_OWED_PARTNER = cross(
  list('owe my husband,owe my wife,owe my boyfriend,owe my girlfriend,owe my partner'),
  ['sex'],
);
const MARITAL_DUTY = list('devoir conjugal,devoirs conjugaux');

/** Intimate images held over "me", in French ("me fait chanter avec des photos intimes"). */
const IMAGES_BLACKMAIL = cross(
  list('me fait chanter avec,me faisait chanter avec,chantage aux,chantage avec,chantage a la'),
  list('photos,photos intimes,photos nues,videos,videos intimes,sextape,nudes'),
);

/**
 * Every purchase accounted for ("checks every receipt", "m'oblige à noter chaque centime"), said of a
 * partner named: parents and bosses ask for receipts too.
 */
const RECEIPTS = [
  ...list('checks every receipt,checks all my receipts,makes me show receipts,demands receipts'),
  ...list('account for every penny,account for every cent,justify every purchase,justify every expense'),
  ...cross(
    list('noter,note,justifier,justifie'),
    list('chaque centime,chaque depense,chaque achat,toutes mes depenses'),
  ),
  ...list('verifie mes tickets de caisse,aligne mes tickets de caisse,exige les tickets de caisse'),
];

/** Asked where I am at every turn, said of a partner named ("des textos pour savoir où je suis"). */
const WHERE_I_AM = list(
  'pour savoir ou je suis,pour savoir ou j etais,to know where i am,to check where i am',
);

/** Put on the ground, in French ("mon ex m'a mise au sol"), said of a partner or "il". */
const GROUNDED = cross(list('m a mis,m a mise,ma mis,ma mise,me met,me mettait'), list('au sol,a terre'));

/** "Forced himself on me": rape, as people say it, of a partner or "he". */
const FORCED_ON_ME = list(
  'forced himself on me,forced herself on me,forces himself on me,forcing himself on me,forced himself onto me',
);

/** A knife waved or held at me, of a partner or "he"/"she" ("waves a knife at me"). */
const KNIFE_AT_ME = list(
  'waves a knife at me,waved a knife at me,waving a knife at me,held a knife to me,held a knife to my throat,holds a knife to my throat',
);

/** A sex video shared or posted, of a partner or an ex ("shared our sex video"). */
const SEX_VIDEO_SHARED = cross(
  list('shared,posted,leaked,sent,uploaded'),
  list('our sex video,my sex video,our sex tape,my sex tape,our intimate video,my intimate video'),
);

/** Followed on my ways ("following me between work and home"), of a partner, an ex or "he". */
const FOLLOWED = [
  ...cross(
    list('following me,follows me,followed me'),
    list('home,to work,from work,between work,everywhere,around town,to my car'),
  ),
  ...list('private investigator to follow me,pi to follow me,had me followed'),
];

/** How I dress or walk made to change, with a partner named ("made me change how I dress"). */
const APPEARANCE_RULED = cross(
  list('made me change,makes me change,forced me to change,forces me to change'),
  list('how i dress,how i walk,the way i dress,the way i walk,what i wear,my clothes,how i look'),
);

/** Manipulation named as a couple's ("perversion narcissique"), as "pervers narcissique" already is. */
const NARCISSISTIC_PERVERSION = list(
  'perversion narcissique,pervers narcissiques,perverse narcissique,perverses narcissiques',
);

/** France's gendarmerie units for victims of violence in the family. */
const FAMILY_PROTECTION_HOUSES = list('maison de protection des familles,maisons de protection des familles');

/**
 * Programmes for men who use violence, as Australia and New Zealand name them ("men's behaviour
 * change", "men's anti-violence programmes").
 */
const MENS_PROGRAMMES = cross(
  list('men s,mens'),
  cross(list('behaviour,behavior,anti violence,non violence'), list('program,programs,programme,programmes')),
);

export const LEXICON_17 = {
  strong: [
    ...DRINK_SPIKED,
    ...TOUCHING,
    ...NARCISSISTIC_PERVERSION,
    ...FAMILY_PROTECTION_HOUSES,
    ...MENS_PROGRAMMES,
    ...SEX_OWED_PARTNER,
  ],
  harm: MARITAL_DUTY,
  harmWeak: SEX_OWED,
  situation: [
    ...IMAGES_BLACKMAIL,
    ...GROUNDED,
    ...FORCED_ON_ME,
    ...KNIFE_AT_ME,
    ...SEX_VIDEO_SHARED,
    ...FOLLOWED,
  ],
  jealous: [...RECEIPTS, ...WHERE_I_AM, ...APPEARANCE_RULED],
} as const;
