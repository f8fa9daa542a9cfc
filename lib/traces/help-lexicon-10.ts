/**
 * Families seen among the misses of a tenth search set and a fourth page set (both gathered blind),
 * written as families, never as rows: each is tested with phrasings and everyday look-alikes of our
 * own in `tests/unit/traces/help-search-10.test.ts`. Spread into `LEXICON` (`help-lexicon.ts`).
 */

import { cross, list } from './phrase-lists';

/**
 * French control with "laisser", in the tenses it is told in: "il ne me laisse pas sortir", "ne me
 * laissait plus voir mes amies" (the reader reads "plus" and "jamais" after "ne" as "pas"). Not
 * sleep or rest: a baby or a snoring partner says those.
 */
const FR_NOT_LET = cross(
  list(
    'ne me laisse pas,ne me laissait pas,ne me a pas laisse,ne me a pas laissee,me laisse pas,me laissait pas',
  ),
  list(
    'sortir,sortir de la maison,voir mes amis,voir mes amies,voir ma famille,voir mes parents,travailler,aller travailler,partir,conduire,parler a personne,appeler ma famille,avoir de argent,toucher a argent,avoir mon propre compte,avoir une carte bancaire,aller chez le medecin,aller a ecole',
  ),
);

/** Money kept, spent or watched behind one's back, in English and French. */
const MONEY = [
  ...cross(
    list('makes me,made me,make me,wants me to,expects me to'),
    list(
      'explain every penny,explain every purchase,explain every cent,explain every dollar,justify every penny,justify every cent,justify every dollar,show receipts,show him receipts,show her receipts',
    ),
  ),
  ...cross(
    list('takes,took,keeps,kept,takes all,took all'),
    list('my pay,my wages,my salary,my paycheque,my benefits,my pension,my disability check,my tips'),
  ),
  ...cross(
    list('gere seul,gere seule,gerait seul,gerait seule,controle seul,garde pour lui'),
    list('le compte joint,les comptes,nos comptes,argent,notre argent,les finances,nos finances,mon salaire'),
  ),
  ...cross(
    list(
      'me interdit,me interdisait,me interdit de avoir,me interdisait de avoir,refuse que je aie,refusait que je aie,veut pas que je aie,ne veut pas que je aie',
    ),
    list(
      'la carte bancaire,une carte bancaire,ma carte bancaire,un compte,mon propre compte,un compte bancaire,acces au compte,le chequier',
    ),
  ),
  ...cross(
    list('utilise,a utilise,utilisait,vide,a vide,vidait,consulte,consultait'),
    cross(
      list(
        'mes comptes bancaires,mon compte bancaire,ma carte bancaire,ma carte,mon compte,mon argent,mes economies',
      ),
      ['a mon insu'],
    ),
  ),
];

/**
 * Intimate images: asked for under pressure, shared, leaked or posted. Said of one's own images,
 * they are help whoever shared them; a partner's pressure for them needs the partner or "he"/"she".
 */
export const IMAGES_MINE = list(
  'my nudes,my nude photos,my nude pictures,my nude pics,my intimate photos,my intimate pictures,my intimate images,my intimate videos,my sex tape,our sex tape',
);
const IMAGES_ANY = list(
  'nudes,nude photos,nude pictures,nude pics,intimate photos,intimate pictures,intimate images,intimate videos',
);
const IMAGES_SHARED = [
  ...cross(
    list(
      'post,posts,posting,posted,share,shares,sharing,shared,leak,leaks,leaking,leaked,release,releases,releasing,released,spread,spreading,upload,uploaded',
    ),
    [...IMAGES_MINE, ...IMAGES_ANY],
  ),
  // Sending nudes is also what one sends oneself ("sent nudes to another girl"): only mine.
  ...cross(list('send,sends,sending,sent'), IMAGES_MINE),
];
const IMAGES_OUT = cross(
  IMAGES_MINE,
  list(
    'are posted,were posted,got posted,posted online,are leaked,were leaked,got leaked,leaked,leaked online,shared online,are online,got shared,were shared,are being shared',
  ),
);
const IMAGES_ASKED = [
  ...cross(
    list(
      'pressures me for,pressured me for,pressuring me for,pressures me to send,pressured me to send,keeps asking me for,keeps asking for,demands,demanded,begs me for',
    ),
    IMAGES_ANY,
  ),
  ...cross(
    list(
      'veut,voulait,me demande,me demandait,exige,exigeait,me harcele pour avoir,me force a envoyer,me pousse a envoyer,me a force a envoyer',
    ),
    list(
      'une photo nue de moi,des photos nues de moi,des photos nues,des nudes,mes nudes,des photos intimes',
    ),
  ),
];

/**
 * A tracker found on one's car or in one's bag: stalking whoever put it there, so it decides alone,
 * even in a search that names the phone. Not a tracker one puts on one's own car against theft, and
 * not the phones' unknown-tracker alerts alone (a look-alike set holds one asked about in general).
 */
const TRACKER = list(
  'an airtag,airtag,a tracker,tracker,a gps tracker,gps tracker,a tracking device,tracking device',
);
const TRACKER_FOUND = [
  ...cross(
    cross(list('found,find,finding,discovered'), TRACKER),
    list(
      'on my car,under my car,in my car,behind my license plate,behind my licence plate,taped to my car,taped under my car,in my bag,in my purse,in my coat',
    ),
  ),
  ...cross(
    TRACKER,
    list(
      'taped to my car,taped under my car,hidden in my car,hidden in my bag,found on my car,found under my car,found in my car,found behind license plate,found behind my license plate,found in my bag,found in my purse,found in my coat,found taped to my car',
    ),
  ),
];

/** Belongings a disabled or older person needs, hidden or taken; things thrown across the room. */
const AIDS_TAKEN = [
  ...cross(
    list('hides,hid,hiding,withholds,withheld,withholding,breaks,broke,took away,takes away,keeps hiding'),
    list(
      'my wheelchair,my walker,my cane,my hearing aid,my hearing aids,my glasses,my crutches,my mobility scooter,my meds,my medicine,my insulin,my inhaler',
    ),
  ),
  ...cross(
    list('threw,throws,throwing,smashed,smashes'),
    cross(
      list('my phone,my hearing aid,my laptop,my things,my stuff,my glasses,my plate,my food'),
      list('across the room,at the wall,against the wall'),
    ),
  ),
  ...cross(
    list('came at me with,comes at me with,coming at me with'),
    list('a knife,knife,a bat,a hammer,a gun,his fists'),
  ),
  ...list('came at me,comes at me,backhanded me,backhands me,back handed me,punched me in the face'),
];

/** An ex or a partner who keeps coming by: "ex keeps driving by my house". */
const COMING_BY = cross(
  list(
    'keeps driving by,keeps driving past,drives by,drove by,drives past,drove past,keeps parking outside,parks outside,sits outside',
  ),
  list('my house,my home,my work,my place,my apartment,my flat'),
);

/**
 * Blows named with whose they are ("les coups de mon mari"), and torture said of the mind: weak
 * signs, help only with a partner within two words. A phone call, a hand or a thumbs-up is "un coup"
 * too: those phrases are taken first.
 */
const BLOWS = list('coups,des coups,torture emotionnelle,torture psychologique,torture morale');
const TORTURED = list(
  'me torture emotionnellement,me torture psychologiquement,me torturait psychologiquement,me torturait emotionnellement,emotionally tortures me,emotionally tortured me,psychologically tortures me',
);
const NOT_BLOWS = list(
  'coups de fil,coups de telephone,coups de main,coups de pouce,coups de coeur,coups de soleil,coup de fil,coup de main,coup de pouce,coup de coeur,coup de foudre,coup de telephone',
);

/**
 * Phones, accounts and computers named as people name them ("tracks my iphone", "hacked my
 * instagram", "goes through my dms"), with a partner or "he"/"she" before them. A computer only
 * hacked, spied on or tracked: "checks my laptop" is also what one asks of someone who fixes it.
 */
const DEVICES_WATCHED = [
  ...cross(
    list(
      'check,checks,checked,checking,read,reads,reading,goes through,went through,going through,track,tracks,tracked,tracking,monitor,monitors,monitored,monitoring,hacked,hacks,hacking,hacked into,snoops on,snooping on,snooping in,spies on,spying on,logs into,logged into',
    ),
    list(
      'my iphone,my android,my cellphone,my cell phone,my cell,my instagram,my snapchat,my icloud,my gmail,my whatsapp,my dms,my call log,my call history,my accounts',
    ),
  ),
  ...cross(
    list(
      'hacked,hacks,hacking,hacked into,spies on,spying on,snoops on,snooping on,monitors,monitoring,tracks,tracking',
    ),
    list('my laptop,my computer,my ipad,my tablet,my browser history,my search history'),
  ),
];

/** Harm in the passive with the harm word the acts inventory lacked: "battered by my wife". */
const BATTERED_BY = cross(
  list('battered by,brutalized by,brutalised by,terrorized by,terrorised by,raped by,beat up by'),
  list(
    'wife,husband,boyfriend,girlfriend,partner,my wife,my husband,my boyfriend,my girlfriend,my partner,ex',
  ),
);

/**
 * The field's own terms seen on organisations' pages and in searches: Québec's shelter stages
 * ("maison de seconde étape"), men who have used violence, France's immediate protection order
 * and the "violentomètre", English abbreviations and campaigns.
 */
const TERMS = [
  ...cross(
    list('maison,maisons,hebergement,ressource,ressources'),
    list('de premiere etape,de 1re etape,de seconde etape,de deuxieme etape,de 2e etape'),
  ),
  ...cross(
    list('hommes,homme,conjoints,conjoint,personnes'),
    list(
      'auteurs de violence,auteur de violence,auteurs de violences,auteur de violences,ayant des comportements violents,aux prises avec des comportements violents,qui ont des comportements violents',
    ),
  ),
  ...list('ordonnance provisoire de protection,ordonnance de protection immediate,violentometre'),
  // Massachusetts' abuse prevention order, by its chapter.
  ...list('209a,209a order,chapter 209a'),
  // Asking whether it was assault or rape ("est-ce une agression", "was it sexual assault").
  ...cross(
    list('est ce,est ce que ce est,ce est,ce etait,etait ce'),
    list('une agression,une agression sexuelle,un viol,du harcelement sexuel'),
  ),
  ...cross(list('is it,was it,is that,was that,is this,was this'), list('sexual assault,rape')),
  ...list(
    'sex assault,sex assaults,sexualized assault,sexualized violence,sexualised assault,sexualised violence',
  ),
  ...list('womans aid,woman aid,white ribbon campaign,white ribbon day'),
  ...cross(
    list('experiencing,who have experienced,who experienced,people experiencing,women experiencing'),
    list('abuse,violence,domestic abuse,family violence'),
  ),
];

/** "Je marche sur des œufs avec mon conjoint": the idiom in the tenses it is said in. */
const EGGSHELLS = list('marche sur des oeufs,marchais sur des oeufs,marchons sur des oeufs');

/**
 * Everyday uses the families above must leave alone: groceries ("je fais les courses", which the
 * games' "course" would otherwise take), bank cards, draughts; Scotland's deer stalking.
 */
const EVERYDAY = [
  ...cross(
    list(
      'faire,fais,fait,faisais,faisait,faire mes,fais mes,rentre,rentrais,revenais,reviens,revenir,retour',
    ),
    list('les courses,des courses,mes courses'),
  ),
  ...list('carte bancaire,cartes bancaires,carte de credit,cartes de credit,carte de debit'),
  ...list('jeu de dames'),
  // French "parole" in a group or a right to speak, not a prisoner's parole.
  ...list(
    'groupe de parole,groupes de parole,prise de parole,liberation de la parole,droit de parole,temps de parole,espace de parole,lieu de parole',
  ),
];
const STALKING_DEER = list(
  'highland,highlands,hind,hinds,ghillie,gralloch,roe deer,red deer,sika,cull,culling,stags,rifle,rifles,hunting,shooting,sporting estate,stalking holiday,stalking holidays,stalking lodge,stalking estate',
);

/**
 * Everyday words for what a partner does, found by probing the reader with phrasings of our own
 * (never a set's rows): a partner who is aggressive or scary, who yells at me in French, who makes
 * me feel worthless, who says no one else would want me, who controls everything, won't let me
 * have friends or won't stop messaging me.
 */
const SAID_PLAINLY = {
  harmWeak: [
    ...list(
      'aggressive,aggressive towards me,aggressive with me,gets aggressive,is scary,gets scary,scary when',
    ),
    ...list('controls everything,controlled everything,controls every aspect,controle tout,controlait tout'),
  ],
  neutral: list(
    'aggressive driver,aggressive driving,aggressive dog,aggressive cat,aggressive cancer,aggressive investing,aggressive marketing,aggressive negotiator,aggressive sales,scary movie,scary movies,scary stories,scary story,scary games',
  ),
  situation: [
    ...list(
      'crie sur moi,criait sur moi,hurle sur moi,hurlait sur moi,gueule sur moi,crie apres moi,me engueule,me engueulait',
    ),
    ...list('crie tout le temps,hurle tout le temps,criait tout le temps,hurlait tout le temps'),
    ...cross(
      list('makes me feel,made me feel,making me feel'),
      list(
        'worthless,stupid,crazy,small,useless,like nothing,like garbage,like dirt,like a prisoner,unsafe,scared,afraid',
      ),
    ),
    ...cross(
      list('me fait sentir,me fait me sentir,me faisait sentir,me faisait me sentir'),
      list('nulle,nul,moins que rien,folle,fou,coupable,inutile'),
    ),
    ...list(
      'no one else would want me,nobody else would want me,no one else would love me,nobody else would love me,no one will ever love me,nobody will ever love me,personne ne voudra de moi,personne ne voudrait de moi',
    ),
    ...list(
      'threatens to leave me with nothing,threatened to leave me with nothing,leave me with nothing if',
    ),
    ...list('wont stop messaging me,wont stop emailing me,will not stop messaging me,wont stop following me'),
    // French for the same, and the phone broken or taken so one cannot call.
    ...list(
      'ne me lache pas,me lache pas,ne me laisse pas tranquille,me laisse pas tranquille,ne me laisse pas en paix',
    ),
    ...cross(
      list('a casse,casse,cassait,a brise,a confisque,confisque,me a confisque,me confisque'),
      list('mon telephone,mon portable,mon cellulaire,mon cell'),
    ),
    ...cross(
      list('wont let me,doesnt let me,never lets me,will not let me,does not let me'),
      list(
        'have friends,have any friends,see my friends,have a phone,have my own money,leave the house,go anywhere,talk to my family,see my family,wear makeup',
      ),
    ),
  ],
};

/**
 * Where to go on leaving a partner: "where can I go if I leave my husband" (leaving, with whom
 * named after). Not "if I leave my husband" alone: custody and the house are asked that way too.
 */
const WHERE_TO_GO = cross(
  list(
    'where can i go,where do i go,where to go,where will i go,where should i go,ou aller,ou puis je aller,ou vais je aller',
  ),
  list('if i leave,when i leave,si je quitte,si je pars,quand je quitte'),
);

/** The families above by the part each plays. */
export const LEXICON_10 = {
  strong: [...TERMS, ...IMAGES_OUT, ...TRACKER_FOUND],
  situation: [
    ...FR_NOT_LET,
    ...MONEY,
    ...IMAGES_SHARED,
    ...IMAGES_ASKED,
    ...AIDS_TAKEN,
    ...COMING_BY,
    ...DEVICES_WATCHED,
    ...SAID_PLAINLY.situation,
  ],
  situationSelf: [...BATTERED_BY, ...TORTURED],
  harmWeak: [...EGGSHELLS, ...BLOWS, ...SAID_PLAINLY.harmWeak],
  // Leaving, with the partner named after it.
  towardPartner: WHERE_TO_GO,
  leave: WHERE_TO_GO,
  aloneUnless: STALKING_DEER,
  neutral: [...EVERYDAY, ...NOT_BLOWS, ...SAID_PLAINLY.neutral],
} as const;
