/**
 * Families seen among the misses and false removals of a thirteenth search set (gathered blind,
 * English and French), written as families, never as rows: each is tested with phrasings and
 * everyday look-alikes of our own in `tests/unit/traces/help-search-13.test.ts`. Spread into
 * `LEXICON` (`help-lexicon.ts`).
 */

import { cross, list } from './phrase-lists';

/**
 * A partner hitting one's child ("my husband hit my son", "mon conjoint frappe ma fille"). A
 * situation: it counts only when a partner or "he"/"she" owns it, never a child at school or a dog.
 */
const HITS_MY_CHILD = [
  ...cross(
    list('hit,hits,slapped,slaps,beat,beats,kicked,kicks,punched,punches,shook,shakes,choked'),
    list('my son,my daughter,my kid,my kids,my child,my children,my baby,our son,our daughter,our kids'),
  ),
  ...cross(
    list('frappe,frappait,a frappe,tape,gifle,bat,battait,secoue,cogne'),
    list('mon fils,ma fille,mon enfant,mes enfants,mon bebe,notre fils,notre fille,nos enfants'),
  ),
];

/** Things thrown at one's head or face, and objects named loosely ("threw something at my head"). */
const THROWN_AT = cross(
  list('threw,throws,throwing,hurled,chucked'),
  cross(list('something,things,stuff,objects,a glass,a plate,a bottle'), list('at my head,at my face,at me')),
);

/**
 * Kept from leaving: a door blocked, a way out barred ("blocks the door and won't let me leave",
 * "il bloque la porte", "m'empêche de sortir"). A situation, owned by a partner or "he"/"she".
 */
const BLOCKED_EXIT = [
  ...cross(
    list('blocks,blocked,blocking,stands in,stood in,guards,guarded'),
    list('the door,the doorway,the front door,the exit,my way out'),
  ),
  ...list('wont let me leave the room,wont let me leave the house,would not let me leave the room'),
  ...cross(
    list('bloque,bloquait,a bloque,me bloque,me bloquait'),
    list('la porte,la sortie,le passage,la porte d entree'),
  ),
  ...cross(
    list('m empeche de,m empechait de,me laisse pas,me laissait pas'),
    list('sortir,partir,quitter la maison,quitter la piece,sortir de la chambre'),
  ),
];

/** Touched while asleep, in the present tense too ("il me touche pendant que je dors"). */
const WHILE_ASLEEP = [
  ...cross(
    list('me touche,me caresse,me tripote,me deshabille,couche avec moi'),
    list('pendant que je dors,quand je dors,pendant mon sommeil,dans mon sommeil'),
  ),
  ...cross(
    list('touches me,touched me,gropes me,groped me,undresses me,has sex with me'),
    list('while i sleep,when i sleep,when im asleep,while im asleep,in my sleep'),
  ),
];

/** "Si tu me quittes, tu ne reverras plus les enfants": the children held over leaving. */
const CHILDREN_KEPT = cross(
  list(
    'ne verras plus,ne reverras plus,ne verras jamais,ne reverras jamais,verras plus,reverras plus,verras jamais',
  ),
  list(
    'les enfants,tes enfants,nos enfants,notre enfant,notre fils,notre fille,ta fille,ton fils,les petits',
  ),
);

/**
 * Sex demanded or bargained for by a partner ("demands sex", "won't give me money unless I have
 * sex"). Said with a partner named only (`jealous`): never a word on its own.
 */
const SEX_DEMANDED = [
  ...list('demands sex,demanded sex,demanding sex,expects sex every,exige du sexe,exige des relations'),
  ...cross(
    list('money unless i,money until i,money if i dont,argent si je'),
    list('have sex,sleep with him,sleep with her,couche pas,couche avec lui'),
  ),
  ...cross(
    list('demands sex before,wants sex before,sex in exchange for,sexe en echange de'),
    list('giving me money,money,giving me,paying,argent'),
  ),
];

/**
 * One's own pay, benefits or inheritance taken or ruled by a partner ("controls my salary", "takes
 * my Centrelink", "veut que je verse mon salaire à sa mère"). With a partner named only.
 */
const PAY_TAKEN = [
  ...cross(
    list('controls my,controlled my,takes my,took my,keeps my,kept my,spends my,spent my'),
    list(
      'salary,wages,pay,paycheck,paycheque,income,benefits,pension,inheritance,centrelink,child benefit,disability payments',
    ),
  ),
  ...cross(
    list('controle mon,controlait mon,prend mon,prenait mon,garde mon,gardait mon,confisque mon'),
    list('salaire,argent,allocations,heritage,cheque,chomage'),
  ),
  ...cross(
    list('que je verse mon,que je lui donne mon,que je donne mon'),
    list('salaire,argent,cheque,paie'),
  ),
];

/** An ex who keeps coming back through new accounts once blocked. With a partner named only. */
const NEW_ACCOUNTS = [
  ...cross(
    list(
      'making new,makes new,made new,creating new,creates new,created new,making fake,makes fake,creates fake',
    ),
    list(
      'accounts after i block,accounts after i blocked,instagram accounts after i,accounts to message me,accounts to follow me,profiles to contact me',
    ),
  ),
  ...cross(list('me poursuit en,me suit en,me suivait en'), list('voiture,auto,char')),
];

/**
 * Intimate images of me shared, in French forms the earlier lists lack ("a mis ma vidéo intime sur
 * un site", "fait tourner des photos de moi nue"). A situation: a partner, an ex or "he"/"she" owns it.
 */
const IMAGES_SHARED_FR = cross(
  list('publie,mis,diffuse,partage,fait tourner,fait circuler,poste,balance,envoye'),
  list(
    'ma video intime,mes videos intimes,ma sextape,des photos de moi nue,des photos de moi nu,des photos intimes de moi,des videos de moi nue,mes nudes',
  ),
);

/**
 * A child harmed by the other parent, said in the passive ("mon enfant frappé par son père",
 * "beaten by his father"): the phrase names who does it. English keeps "beaten" and "abused" only
 * ("hit by his father's truck" is an accident).
 */
const CHILD_HARMED_BY_PARENT = [
  ...cross(
    list(
      'frappe par,frappee par,battu par,battue par,maltraite par,maltraitee par,violente par,violentee par',
    ),
    list('son pere,sa mere,son beau pere,leur pere,son papa'),
  ),
  ...cross(
    list('beaten by,abused by'),
    list('his father,her father,their father,his dad,her dad,their dad,his stepdad,her stepdad'),
  ),
];

/**
 * A partner nearly killed, said by the person who did it ("I almost killed my wife", "j'ai failli
 * tuer ma blonde"): a trace of someone who has used violence, looking for help.
 */
const NEARLY_KILLED = cross(
  list('almost killed my,nearly killed my,failli tuer ma,failli tuer mon'),
  list('wife,husband,girlfriend,boyfriend,partner,femme,blonde,conjointe,copine,chum,mari,conjoint,copain'),
);

/**
 * The children questioned about me, or used to watch me ("mon ex interroge les enfants sur moi",
 * "questions the kids about me"), and an ex who hangs around the house. With a partner named only.
 */
const WATCHED_THROUGH = [
  ...cross(
    list('interroge,questionne,cuisine'),
    list('les enfants sur moi,les enfants a mon sujet,les petits sur moi,ma fille sur moi,mon fils sur moi'),
  ),
  ...cross(
    list('questions,grills,quizzes,interrogates'),
    list(
      'the kids about me,my kids about me,the children about me,our kids about me,our son about me,our daughter about me',
    ),
  ),
  ...list('uses the kids to spy on me,se sert des enfants pour me surveiller'),
  ...list('passe devant chez moi,rode autour de chez moi,rode devant chez moi,guette devant chez moi'),
];

/**
 * Threats that use one's papers or one's secrets ("threatens to get me deported", "threatened to
 * tell everyone my HIV status"), said with "will" or "says he'll", and status held over sex: with
 * a partner named only (`jealous`), since a landlord or an employer threatens the same.
 */
const THREATS_OVER_PAPERS = [
  ...cross(
    list('threatens to,threatened to,threatening to,menace de,a menace de'),
    list(
      'get me deported,call immigration on me,report me to ice,tell everyone my hiv status,tell people my hiv status,reveal my hiv status,out me as trans,out me as gay,reveler ma seropositivite,me denoncer a la prefecture',
    ),
  ),
  ...cross(
    list('says he will,says she will,says hell,says shell,will,is going to'),
    list('have me deported,get me deported,call immigration on me'),
  ),
  ...cross(
    list(
      'wont sponsor me unless,wont continue my green card unless,will cancel my sponsorship unless,will withdraw my sponsorship unless',
    ),
    list('i have sex,i sleep with,i do'),
  ),
];

/** A trans partner's transition attacked: hormones thrown out or hidden, the old name used to hurt. With a partner named. */
const TRANSITION_ATTACKED = list(
  'threw out my hormones,throws out my hormones,hid my hormones,hides my hormones,flushed my hormones,calls me by my old name,calls me by my dead name,uses my old name to hurt me',
);

/**
 * Orders in commercial and intellectual-property matters ("protective order for a trademark",
 * "patent protective order"): an order with such a party and no person named is a civil matter,
 * as with a neighbour or a landlord (`civilParty`).
 */
const IP_MATTERS = list(
  'trademark,trademarks,patent,patents,copyright,litigation,intellectual property,trade mark,marque de commerce,brevet,brevets,propriete intellectuelle',
);

/**
 * "Too violent for a child", "trop violent pour un enfant de 12 ans": a judgement of what suits an
 * age (a game, a film), not a child being harmed.
 */
const TOO_VIOLENT_FOR = cross(
  list('too violent for,trop violent pour,trop violente pour,trop violents pour,trop violentes pour'),
  list(
    'a child,a kid,kids,children,child,a teen,teens,a teenager,my son,my daughter,a 10 year old,un enfant,les enfants,des enfants,enfants,un ado,les ados,mon fils,ma fille',
  ),
);

/**
 * A homeless shelter named so ("women's-only homeless shelter"): the shelter is for people without
 * a home, as `help-lexicon-12.ts`'s HOMELESS reads "shelter for homeless women". Harm named
 * anywhere still counts ("homeless shelter for women fleeing abuse").
 */
const HOMELESS_SHELTER = list(
  'homeless shelter,homeless shelters,homeless refuge,homeless hostel,refuge pour sans abri,abri pour sans abri,centre pour sans abri,hebergement pour sans abri',
);

/**
 * The field's terms a seventh page set's titles used alone, most of them French: drugging to
 * assault ("soumission chimique", the name of drug-facilitated sexual assault in France), intimate
 * images shared without consent ("pornodivulgation", "intimate image abuse"), being sexually
 * assaulted said of men and boys as of women, and refuges for men.
 */
const FIELD_TERMS = [
  ...list('soumission chimique,pornodivulgation,porno divulgation,pornographie de vengeance,porno vengeance'),
  ...list('diffusion d images intimes,images intimes sans consentement,photos intimes sans consentement'),
  ...list('intimate image abuse,non consensual image sharing,non consensual intimate image'),
  ...list('agresse sexuellement,agressee sexuellement,abuse sexuellement,abusee sexuellement'),
  // A refuge for men, as a women's refuge is one (men's shelters, in North America, are most often
  // for homelessness, and stay out).
  ...list('men refuge,mens refuge,refuge for men,refuges for men'),
];

export const LEXICON_13 = {
  strong: FIELD_TERMS,
  situation: [...HITS_MY_CHILD, ...THROWN_AT, ...BLOCKED_EXIT, ...WHILE_ASLEEP, ...IMAGES_SHARED_FR],
  situationSelf: [...CHILD_HARMED_BY_PARENT, ...NEARLY_KILLED],
  // These name who does it: each is its own subject (`help-topic.ts`'s `described`).
  subject: [...CHILD_HARMED_BY_PARENT, ...NEARLY_KILLED],
  harmWeak: CHILDREN_KEPT,
  jealous: [
    ...SEX_DEMANDED,
    ...PAY_TAKEN,
    ...NEW_ACCOUNTS,
    ...WATCHED_THROUGH,
    ...THREATS_OVER_PAPERS,
    ...TRANSITION_ATTACKED,
  ],
  civilParty: IP_MATTERS,
  neutral: [...TOO_VIOLENT_FOR, ...HOMELESS_SHELTER],
} as const;
