/**
 * Vocabulary families added after the sixth search set (forum, Q&A and letter phrasings, accounts,
 * and the people around the person, gathered blind). Each list is spread into one part of
 * `LEXICON` (`help-lexicon.ts`) and written as a family, never a row; each is tested with phrasings
 * of our own and everyday look-alikes in `tests/unit/traces/help-search-situations-6.test.ts`.
 */

import { cross, list } from './phrase-lists';

const MY_PARTNER = cross(['my'], list('wife,husband,girlfriend,boyfriend,partner,spouse,fiance,fiancee'));

/**
 * A "toxic relationship" with a food, a screen or money is figurative (`neutral`): "my toxic
 * relationship with sugar", "breaking my toxic relationship with my phone", "sugar: the toxic
 * relationship". A person named after it still counts.
 */
const THINGS = list(
  'sugar,food,junk food,carbs,chocolate,caffeine,coffee,alcohol,money,work,exercise,the gym,the scale,dieting,diet culture,social media,instagram,tiktok,facebook,twitter,netflix,screens,technology,shopping,nicotine,cigarettes,gambling,video games',
);
const MY_THINGS = list('phone,job,body,bank account,credit card,scale,laptop,screen,inbox,email');
const FOODS = list('sugar,food,junk food,carbs,chocolate,caffeine,coffee,diet culture,dieting,the scale');
export const FIGURATIVE_TOXIC = [
  ...cross(list('toxic relationship with,toxic relationships with,relationship with'), THINGS),
  ...cross(list('toxic relationship with my,relationship with my'), MY_THINGS),
  ...cross(FOODS, list('toxic relationship,toxic relationships')),
  ...cross(
    list(
      'relation toxique avec,relation toxique avec mon,relation toxique avec ma,relation toxique avec mes',
    ),
    list(
      'sucre,nourriture,bouffe,alcool,argent,travail,telephone,reseaux sociaux,chocolat,cafe,ecrans,balance',
    ),
  ),
];

/**
 * An ex who harms: "abusive ex" and "violent ex" are harm as well as a partner (the longest phrase
 * took the harm word away), "toxic ex" a weak sign. Not a former convict, soldier or boss.
 */
export const HARMFUL_EX = list('abusive ex,violent ex,abusive ex partner,violent ex partner');
export const TOXIC_EX = list('toxic ex,ex toxique');
export const FORMER_NOT_PARTNER = cross(
  list('abusive ex,violent ex,toxic ex'),
  list(
    'con,convict,offender,prisoner,inmate,felon,soldier,marine,cop,police officer,gang member,boss,employer,manager,coworker,colleague,coach,teacher,priest,friend,best friend,roommate,teammate,bandmate',
  ),
);

/**
 * What a relative's or a friend's partner does to her ("my sister's husband hits her", "my
 * daughter's boyfriend mistreats her"), said with whose partner it is: "my wife hit her car" or
 * "choked on her water" say "her" of a thing ("hits" reads as "hit", "on" is dropped).
 */
const THEIR_PARTNERS = cross(
  list('sister,daughter,friend,best friend,mom,mother,niece'),
  list('husband,boyfriend,partner'),
);
export const TO_THEM = [
  ...cross(
    THEIR_PARTNERS,
    cross(list('hit,hitting,beating,slap,punch,choke,abuse,abusing,mistreat,mistreating'), ['her']),
  ),
  ...cross(
    list('lui a donne,lui donne,lui met,lui a mis'),
    list('une gifle,des gifles,des claques,des coups'),
  ),
];
/** "Hit her up" is a message and "hit her car" a thing's owner. */
export const NOT_TO_THEM = cross(THEIR_PARTNERS, list('hit her up,hit her car'));
/** Harassed by someone, said with the infinitive ("se faire harceler par son ex"): with a partner named. */
export const HARASSED_BY = list('harceler par,harcelees par,harceles par');
/** The harm verb that was missing: "mistreats me", "my daughter's boyfriend mistreats her". */
export const MISTREAT = list('mistreat,mistreats,mistreating');

/** Cut off from everyone, told of oneself or of her: with a partner named (`jealous`). */
export const ISOLATION_NAMED = [
  ...cross(
    list('cut everyone out of,cut everybody out of,cut all my friends out of,cut all her friends out of'),
    list('my life,her life,his life'),
  ),
  ...cross(
    list('wants me to,wants her to,wanted me to,wanted her to,made me,made her,makes me,makes her'),
    list(
      'cut off my friends,cut off her friends,stop seeing my friends,stop seeing her friends,drop my friends',
    ),
  ),
];
/**
 * Made to choose between him (or her) and my people: said of oneself, the people named in the
 * phrase (not "between her and pizza"); whoever made me choose owns it (a best friend's is not).
 */
export const CHOOSE_SELF = [
  ...cross(
    cross(['choose between'], list('him and my,her and my')),
    list('friends,family,best friend,friend,sister,mom,mother,parents,kids'),
  ),
  ...cross(
    cross(['choisir entre'], list('lui et mes,lui et ma,lui et mon,elle et mes,elle et ma,elle et mon')),
    list('amis,amies,famille,meilleure amie,meilleur ami,soeur,mere,parents,enfants'),
  ),
];

/**
 * Money taken over or rationed: control of my banking, every penny to know; French rationing
 * ("me donnait juste ce qu'il estimait nécessaire", "au compte-gouttes"). The form that names its
 * own "il" stands alone; the others want a subject.
 */
export const MONEY_TAKEN = [
  ...cross(
    list('took control of,takes control of,taken control of'),
    list(
      'my banking,my bank account,my bank accounts,my finances,my money,our finances,our money,my accounts,my wages,my paycheck,my salary',
    ),
  ),
  ...cross(
    list('wants to know,wanting to know,wanted to know,demands to know'),
    list('every penny,every cent,every dollar'),
  ),
  ...cross(
    list('me donne,me donnait,me verse,me versait'),
    list('argent au compte gouttes,au compte gouttes,le strict minimum'),
  ),
  ...cross(
    list('controle,controlait,garde,gardait,confisque,confisquait'),
    list('toutes nos finances,tout notre argent,mon compte bancaire,ma carte bancaire,mes comptes'),
  ),
];
export const MONEY_RATIONED = [
  ...cross(
    list('me donne juste,me donnait juste,me donne seulement,me donnait seulement'),
    list(
      'ce que il estime necessaire,ce que il estimait necessaire,ce que il juge necessaire,ce que il jugeait necessaire,ce que elle estime necessaire',
    ),
  ),
  ...cross(
    list('only gives me what,only gave me what,gives me only what,gave me only what'),
    list('he thinks i need,he decides,he thinks i deserve,she thinks i need,he thought i needed'),
  ),
];

/** Threatened with nothing if I leave ("if I ever leave, don't expect a penny"): harm tied to leaving. */
export const LEAVE_EVER = list(
  'if i ever leave,if i ever leave him,if i ever leave her,if you ever leave,si jamais je pars,si jamais je le quitte,si un jour je pars',
);
export const NOTHING_LEFT = [
  ...cross(list('dont expect,wont get,will not get,wont see,not get'), list('a penny,a dime,a cent')),
  ...list('tu ne auras pas un sou,tu ne auras rien,tu partiras sans rien,pas un centime'),
];
/**
 * Contracts and jobs: leaving them with nothing is not a threat from a partner; a referee abused
 * by fans is someone at work (`workplace`).
 */
export const CONTRACTS = list(
  'job,my job,pension,bonus,severance,deposit,lease,contract,landlord,referee,referees,umpire,umpires,arbitre,arbitres',
);

/**
 * People who have used violence, in their own words: hitting or abusing "my wife" (gerund), how to
 * stop, programmes for violent men ("groupe de parole d'hommes violents"), the raised hand in a
 * relative clause ("sur lesquelles j'ai levé la main"). Not a blow in one's sleep.
 */
const PARTNER_5 = cross(['my'], list('wife,husband,girlfriend,boyfriend,partner'));
export const USED_VIOLENCE = [
  ...cross(
    list('stop,guilty for,after,regret'),
    cross(list('hitting,slapping,choking,abusing,emotionally abusing,verbally abusing'), MY_PARTNER),
  ),
  ...cross(
    list('sur lesquelles,sur laquelle,sur lequel,sur lesquels,sur qui'),
    list('je ai leve la main,il a leve la main,il levait la main,elle a leve la main'),
  ),
  ...cross(list('je ai leve la main sur,je levais la main sur'), list('elle,lui')),
];
export const ASLEEP = cross(
  list('stop hitting,stop punching,stop kicking,i hit,i punched,i kicked'),
  cross(PARTNER_5, list('in my sleep,while sleeping,while asleep')),
);
export const ABUSING_KIND = list(
  'emotionally abusing,verbally abusing,psychologically abusing,physically abusing',
);
export const ABUSING_ONESELF = cross(
  list('emotionally abusing,verbally abusing,psychologically abusing,physically abusing,abusing'),
  list('yourself,myself,oneself'),
);
const AUTHOR_GROUPS = list(
  'groupe de parole,groupes de parole,groupe,programme,stage,suivi,therapie,prise en charge,accompagnement',
);
export const FOR_VIOLENT_MEN = [
  ...cross(
    AUTHOR_GROUPS,
    list('hommes violents,pour hommes violents,conjoints violents,pour conjoints violents'),
  ),
  ...cross(
    list(
      'group for,groups for,program for,programs for,programme for,course for,class for,therapy for,counseling for,counselling for,help for',
    ),
    list('violent men,abusive men,abusive partners,violent partners,men who abuse,men who hit'),
  ),
];

/**
 * French accounts in the past and with adverbs: the plus-que-parfait and the conditional past
 * ("elle m'avait déjà frappé", "il m'aurait étranglée"), an adverb after the auxiliary ("m'a encore
 * frappée"), the participle present ("en m'étranglant"), pinned to the wall, the neck squeezed.
 */
const FR_DONE = list(
  'frappe,frappee,battu,battue,gifle,giflee,cogne,cognee,tabasse,tabassee,brutalise,brutalisee,viole,violee,etrangle,etranglee,menace,menacee,insulte,insultee',
);
const FR_ADVERBS = list('deja,encore,souvent');
export const FR_PAST = [
  ...cross(list('me avait,me avaient,me aurait'), FR_DONE),
  ...cross(cross(list('me a,me avait'), FR_ADVERBS), FR_DONE),
  ...cross(
    ['me'],
    list('etranglant,frappant,giflant,secouant,cognant,tabassant,insultant,menacant,humiliant,brutalisant'),
  ),
  ...cross(
    list('me a plaque,me a plaquee,me plaque,me plaquait,pinned me,slammed me'),
    list(
      'contre le mur,contre la porte,au sol,par terre,against the wall,to the wall,into the wall,to the floor,against the door',
    ),
  ),
  ...cross(list('me serre,me serrait,me a serre,me serrant'), list('le cou,la gorge')),
  ...cross(list('hands around,hand around,squeezed,squeezes'), list('my neck,my throat')),
];

/**
 * Surveillance in French beyond the present: the imparfait ("il contrôlait tout ce que je
 * faisais"), the infinitive after "veut" ("veut scruter mes textos"), and more of what is watched.
 */
const FR_WATCH = [
  ...list(
    'regardait,fouillait,verifiait,controlait,surveillait,espionnait,exigeait,lisait,lit,scrute,scrutait',
  ),
  ...cross(['veut'], list('lire,regarder,fouiller,surveiller,scruter,verifier,controler')),
];
export const FR_WATCHED = [
  ...cross(
    FR_WATCH,
    list(
      'mon telephone,mon portable,mon cellulaire,mes messages,mes sms,mes textos,mes courriels,mes conversations,mon argent,mes sorties,mes depenses,mon salaire,ma facon de,ma maniere de',
    ),
  ),
  // "Il lit tout" is a reader: everything controlled, not everything read.
  ...cross(list('controlait,surveillait,verifiait,espionnait,fouillait'), ['tout']),
];

/** Weak signs with a partner named: controlling (French), accusations of flirting, constant criticism. */
export const WEAK_NAMED = [
  ...list('controlant,controlante'),
  // Numb feet are pins and needles too: only said around someone.
  ...cross(
    list('walk on pins and needles,walking on pins and needles'),
    list('around my,around him,around her,keep my,keep him,so he,so she'),
  ),
  ...cross(
    list(
      'me accuse,me accusait,me accuse tout le temps,me accuse sans cesse,me accuse toujours,me accusait tout le temps,always accuses me,constantly accuses me,keeps accusing me,accuses me',
    ),
    list(
      'de le tromper,de la tromper,de tromper,de cruiser,de flirter,de draguer,of flirting,of having an affair,of sleeping around',
    ),
  ),
  ...cross(
    list(
      'me critique,me critiquait,critique,critiquait,criticizes me,criticises me,criticizing me,criticising me',
    ),
    list('sans cesse,sans arret,tout le temps,constamment,constantly,all the time,nonstop'),
  ),
  ...cross(list('constantly,always'), list('criticizes me,criticises me,criticizing me,criticising me')),
  ...cross(list('slams,slamming,slammed'), list('doors,things,stuff')),
];

/** A friend's partner, in French ("son mec est toxique"): a partner word. */
export const THEIR_PARTNER = list(
  'son mec,sa meuf,son chum,sa blonde,sa femme,son mari,son copain,sa copine,son conjoint,sa conjointe,his wife,her husband,his girlfriend,her boyfriend,her partner,his partner',
);

/** Violent when drunk: a described situation with "he"/"she" or a partner. */
export const WHEN_DRUNK = cross(
  list('violent,violente,agressif,agressive,abusive,aggressive'),
  list(
    'quand il a bu,quand il boit,quand elle a bu,quand elle boit,when he drinks,when she drinks,when he is drunk,when she is drunk,when drunk',
  ),
);

/** Papers held over someone: no residence permit, no green card (a partner or a subject named). */
export const PAPERS = [
  ...cross(
    list(
      'je ne aurai pas,je ne aurai jamais,tu ne auras pas,tu ne auras jamais,je perdrai,tu perdras,me faire perdre,me fera perdre,me faire retirer,ne renouvellera pas,refuse de renouveler,ne signera pas pour,refuse de signer pour',
    ),
    list('mon titre de sejour,mes papiers,ma carte de sejour,ma carte de resident'),
  ),
  ...cross(
    list('refuses to file,wont file,will not file,withdrew,withdraw,refuses to sign'),
    list('my green card,my i 130,my petition,my residency,my papers'),
  ),
];

/**
 * Said of oneself, enough alone: outing and HIV-status threats, anger or sulking at sex refused,
 * consent given in to, blows received (French, not phone calls or sunburn).
 */
const SEX_REFUSED = list(
  'refuse sex,say no to sex,dont want sex,dont want to have sex,refuse to have sex,ne veux pas coucher,refuse de coucher,ne pas vouloir coucher,refuse de faire le amour,ne veux pas faire le amour,refusais de coucher',
);
const BLOWS_TAKEN = list('je recois,je recevais,je ai recu');
export const SELF_6 = [
  ...list('menace de outing,menaces de outing,menace de me outer,chantage a la serologie,chantage au outing'),
  ...cross(
    list('menace de reveler,threatens to reveal,threatened to reveal'),
    list('mon homosexualite,mon orientation,ma seropositivite,my hiv status,my sexuality'),
  ),
  ...cross(
    list(
      'gets angry when i,gets mad when i,punishes me when i,punishes me if i,sulks when i,sulks if i,se fache quand je,me punit quand je,me en veut quand je,boude quand je,affront,un affront quand je',
    ),
    SEX_REFUSED,
  ),
  ...cross(list('until i gave in,until i give in,until i finally gave in'), ['to sex']),
  ...cross(BLOWS_TAKEN, list('des coups,des gifles,des claques,des coups de poing')),
  'am i abused',
];
export const NOT_BLOWS = cross(
  BLOWS_TAKEN,
  list(
    'des coups de fil,des coups de telephone,des coups de soleil,des coups de pied du bebe,des coups de coude,des coups de main,des coups de pouce,des coups de froid,des coups de chaud,des coups de coeur,des coups de blues',
  ),
);

/** The families above by the part each plays, spread into `LEXICON`. */
export const LEXICON_6 = {
  strong: FOR_VIOLENT_MEN,
  kind: ABUSING_KIND,
  workplace: CONTRACTS,
  harm: [...HARMFUL_EX, ...MISTREAT],
  passive: HARASSED_BY,
  harmWeak: [...TOXIC_EX, ...WEAK_NAMED, ...NOTHING_LEFT],
  relation: THEIR_PARTNER,
  subject: [...THEIR_PARTNER, 'sort avec'],
  situation: [...MONEY_TAKEN, ...FR_PAST, ...FR_WATCHED, ...WHEN_DRUNK, ...PAPERS],
  situationSelf: [...TO_THEM, ...CHOOSE_SELF, ...MONEY_RATIONED, ...USED_VIOLENCE, ...SELF_6],
  jealous: ISOLATION_NAMED,
  ifLeave: LEAVE_EVER,
  neutral: [
    ...FIGURATIVE_TOXIC,
    ...FORMER_NOT_PARTNER,
    ...NOT_TO_THEM,
    ...ABUSING_ONESELF,
    ...ASLEEP,
    ...NOT_BLOWS,
  ],
} as const;
