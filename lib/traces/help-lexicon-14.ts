/**
 * Families seen among the misses and false removals of a fourteenth search set and an eighth page
 * set (gathered blind, English and French), written as families, never as rows: each is tested
 * with phrasings and everyday look-alikes of our own in `tests/unit/traces/help-search-14.test.ts`.
 * Spread into `LEXICON` (`help-lexicon.ts`). Forms the reader folds alike (articles, French "a"
 * before a participle, "sous emprise" and "sous l'emprise") are written once.
 */

import { cross, list } from './phrase-lists';

/**
 * Forced marriage, as people say it ("forced to marry", "mariée de force", "marier de force") and
 * as the field names it: a whole phrase, never "forced" or "marriage" alone.
 */
const FORCED_MARRIAGE = [
  ...list('mariage force,mariages forces,marier de force,mariee de force,marie de force,mariees de force'),
  ...list('forced to marry,forcing me to marry,force me to marry,forced into marriage'),
  ...list('forcing me into marriage,forced marriages'),
];

/**
 * The field's terms that titles use: the UK offence's own words ("controlling or coercive
 * behaviour"), French "violence fondée sur le sexe", and "Walk a Mile in Her Shoes", the men's
 * march against rape and sexual violence held in many towns each year; and phrases that name the
 * act outright (rape as "me violer", nudes shared without consent).
 */
const FIELD_TERMS = [
  ...cross(
    list('controlling or coercive,controlling and coercive,coercive or controlling,coercive and controlling'),
    list('behaviour,behavior,behaviours,behaviors'),
  ),
  ...cross(list('violence,violences'), list('fondee sur le sexe,fondees sur le sexe,basee sur le sexe')),
  ...list('meurtres de femmes,meurtre de femmes,walk a mile in her shoes'),
  // "Me violer" names rape; "violer" alone is also breaking a law or a rule.
  ...list('me violer,m a violee,m a viole'),
  ...list('nudes without consent,nudes without my consent,nude images without consent'),
];

/**
 * Partners killed, said of many in the plural ("les femmes qui tuent leur conjoint", "women who
 * killed their abusers"): the earlier lists say it of one. Not "partenaire" or "partners": mantises
 * and spiders kill theirs.
 */
const PARTNERS_KILLED = [
  ...cross(
    list('tuent leur,ont tue leur,tue leur'),
    list('conjoint,conjointe,conjoints,mari,maris,femme,femmes,compagnon,compagne,agresseur'),
  ),
  ...cross(
    list('kill their,killed their,who kill their,who killed their'),
    list('abusers,abuser,abusive partners,abusive husbands,husbands,wives'),
  ),
];

/** Taken by the throat or the neck ("lifted me by my throat", "m'a prise à la gorge"). A situation. */
const BY_THE_THROAT = [
  ...cross(
    list(
      'lifted me,picked me,grabbed me,held me,pinned me,dragged me,shook me,pulled me,choked me,lifted me up,picked me up',
    ),
    list('by my throat,by the throat,by my neck,by the neck'),
  ),
  ...cross(
    list('m a prise,m a pris,me prend,me prenait,me tenait,m a attrapee,m a attrape'),
    list('a la gorge,au cou,par la gorge,par le cou'),
  ),
];

/** Images of me held or shared ("has naked photos of me", "posted my private pics"). A situation. */
const IMAGES_OF_ME = [
  ...cross(
    list('has,have,kept,keeps,posted,posts,shared,shares,sent,sends,emailed,leaked,spread'),
    list(
      'naked photos of me,nude photos of me,naked pictures of me,nude pictures of me,nudes of me,intimate photos of me,private photos of me,private pics of me,my nudes,my private pics,my private pic,my private photos',
    ),
  ),
];

/**
 * Pressed to send images ("mon chum se fâche quand je refuse d'envoyer un sexto"). With a partner
 * named only: a teenager sending one to a crush says the same words.
 */
const IMAGES_ASKED = cross(
  list('envoyer,envoie'),
  list('photo nue,photos nues,photo intime,photos intimes,photo de moi nue,sexto,sextos,nude,nudes'),
);

/** Rape by a partner while one is half asleep ("me pénètre quand je suis à moitié endormie"). */
const WHILE_HALF_ASLEEP = cross(
  list('me penetre,me touche,me prend,has sex with me,touches me'),
  list(
    'quand je suis a moitie endormie,pendant que je suis endormie,quand je suis endormie,a moitie endormie,when im half asleep,while im half asleep,half asleep',
  ),
);

/**
 * Sex given in to, or refused at a cost ("si je refuse de coucher avec lui", "je cède même sans
 * envie", "sex to keep the peace"). With a partner named only (`jealous`).
 */
const SEX_GIVEN_IN = [
  ...list('refuse de coucher avec lui,refuse de coucher avec elle,refuse de faire l amour'),
  ...list('je cede meme sans envie,je cede pour avoir la paix,je me force a coucher,me force a coucher'),
  ...list(
    'give in to sex,giving in to sex,have sex to keep the peace,sex to keep him happy,sex to keep the peace',
  ),
];

/**
 * What I eat, wear or weigh, ruled or mocked by a partner. With a partner named only; criticism
 * ("critique mes tenues") and choosing ("picks my clothes for the wedding") are a quarrel or a
 * kindness as often as control, and stay.
 */
const BODY_RULED = [
  ...cross(
    list('controls,controlled,decides,decided,dictates,sets'),
    list('what i eat,my diet,my food,my weight,my clothes,what i wear,how i dress,my outfits,my outfit'),
  ),
  ...list('makes fun of my weight,mocks my weight,tells me what to wear,tells me what to eat'),
  ...list('wont let me wear,not allowed to wear make up,not allowed to wear makeup'),
  ...cross(
    list('controle,controlait,decide'),
    list('ma tenue,mes tenues,mes vetements,ce que je mange,ce que je porte,mon poids,mon maquillage'),
  ),
  ...list('m interdit de me maquiller,m interdit de porter,me dit comment m habiller'),
];

/**
 * Called or checked on without end ("calls me nonstop", "m'appelle sans arrêt"). With a partner
 * named only; a call to check on someone, to their work or all day long is as often care, and stays.
 */
const CHECKED_ON = [
  ...list('check on me all day,checks on me all day,times when im late,times a day to check'),
  ...cross(list('calls me,texts me,rings me,messages me'), list('nonstop,non stop,constantly,every hour')),
  ...cross(list('m appelle,me texte,m ecrit'), list('sans arret,toutes les heures')),
];

/** Where I am, always known ("always shows up where I am", "makes me keep Snap Map on"). With a partner named only. */
const WHERE_I_AM = [
  ...cross(
    list('knows exactly,always knows,shows up,turns up,shows up wherever,turns up wherever'),
    list('where i am,where i go,wherever i go'),
  ),
  // Sharing a location is ordinary; being made to keep it on is not.
  ...cross(
    list('makes me keep,forces me to keep,wants me to keep,insists i keep,makes me leave'),
    list('snap map on,my location on,find my friends on,life360 on'),
  ),
  ...list('sait toujours ou je suis,sait ou je suis'),
];

/**
 * Cut off from the world at home ("cuts off the wifi", "answers the phone for me"). With a partner
 * named only; not what couples do for each other ("turned off the wifi for the kids", "took my car
 * keys by mistake"), nor "the internet", which the address screen would read in every address.
 */
const CUT_OFF = [
  ...cross(list('cut off,cuts off,shut off,shuts off'), list('the wifi,the wi fi,my phone,the phone')),
  ...list('answers the phone for me,wont let me go to town,hides my car keys,hid my car keys'),
  ...list('coupe le wifi,coupe mon telephone,cache les cles'),
];

/** Begging one's partner for money ("supplier mon conjoint pour de l'argent"): it names both. */
const MONEY_BEGGED_OF = cross(
  cross(
    list('supplier,supplie,quemander'),
    list('mon mari,mon conjoint,mon chum,ma femme,ma conjointe,ma blonde'),
  ),
  list('pour de l argent,pour chaque centime,pour acheter,pour avoir de l argent'),
);

/**
 * Money begged for or handed over in French ("je dois supplier pour chaque centime", "quêter à mon
 * mari", "il exige que je vire mon salaire sur son compte", "il refuse que je travaille"). With a
 * partner named only.
 */
const MONEY_BEGGED = [
  ...list('supplier pour chaque centime,supplier pour de l argent,supplier pour acheter,queter a mon mari'),
  ...list('quemander de l argent,demander la permission pour acheter,vire mon salaire,virer mon salaire'),
  ...list('refuse que je travaille,m interdit de travailler,m empeche de travailler,me paie seulement quand'),
  ...list('beg for money,beg him for money,beg her for money,ask permission to buy,ask permission to spend'),
];

/**
 * Birth control taken or ruled, in the words people use ("pulls off my birth control patch",
 * "controls my contraception"), and a partner who sits in on one's appointments. A situation.
 */
const CONTRACEPTION_RULED = cross(
  list(
    'pulls off,pulled off,rips off,ripped off,controls,controlled,throws away,threw away,flushes,flushed,hides,hid',
  ),
  list(
    'my birth control,my birth control patch,my contraception,my contraceptive,my pill,my pills,my implant,my iud',
  ),
);
const APPOINTMENTS = list(
  'comes into my appointments,comes to all my appointments,sits in on my appointments,insists on coming to my appointments,wont let me see the doctor alone',
);

/** Lies told about me to my work or my circle ("lies about my mental health"). With a partner named only. */
const LIES_SPREAD = [
  ...list(
    'lies about my mental health,lying about my mental health,telling people im crazy,tells people im crazy',
  ),
  ...list('tells everyone im crazy,emailed my photo to everyone,contacting my employer with lies'),
  ...list('dit a tout le monde que je suis folle,raconte que je suis folle,ment sur ma sante mentale'),
];

/**
 * Papers held: passports and documents hidden or confiscated ("a caché les passeports des
 * enfants"). With a partner named only; not taken or kept, which couples do for each other.
 */
const PAPERS_HELD = cross(
  list('hid,hides,hidden,confiscated,confiscates,cache,confisque'),
  list(
    'my passport,the kids passports,the childrens passports,our passports,my papers,my documents,mon passeport,les passeports,mes papiers,nos passeports,les papiers des enfants',
  ),
);

/**
 * My money drained ("emptied my savings", "a vidé mon compte"). With a partner named only; not
 * "our joint account", which a couple empties together to buy a house.
 */
const ACCOUNT_EMPTIED = cross(
  list('emptied,empties,drained,drains,cleaned out,vide,videe'),
  list('my bonus,my account,my savings,mon compte,mes economies'),
);

/** Blame for every quarrel, and being treated as a servant. With a partner named only. */
const BLAMED_AND_USED = [
  ...list('blames me for every fight,blames me for everything,always blames me,blames me for his anger'),
  ...cross(
    list('treats me like,me traite comme'),
    list('a slave,a servant,a maid,une esclave,sa bonne,sa servante,une moins que rien'),
  ),
  ...list('faux profil a mon nom,faux compte a mon nom,fake profile of me,fake account in my name'),
];

/**
 * Hands laid on, in French idiom ("il a promis de ne plus me porter la main"), promises to change,
 * "to control me", threats of burning or drowning, and things slammed by one's head. A situation.
 */
const LAID_HANDS = [
  ...list('me porter la main,porte la main sur moi,porter la main sur moi'),
  ...list(
    'keeps promising to change,apologizes and promises,promises he will change,promised he would change',
  ),
  ...list('pour me controler,to control me'),
  ...cross(
    list('menace de me,menacait de me,threatened to,threatens to'),
    list('bruler,noyer,mettre la tete dans,ebouillanter,defigurer,burn me,drown me,scald me,disfigure me'),
  ),
  ...cross(
    list('punched,hit,slammed,smashed,threw,kicked'),
    list('the wall by my head,the wall next to my head,a chair by my head,the door by my head,a chair at me'),
  ),
];

/** Hitting back in self-defence, said of a partner ("pushed him in self defence"). Its own subject. */
const SELF_DEFENCE = cross(
  list('pushed him,hit him,pushed her,hit her,slapped him,scratched him,bit him,kicked him'),
  list('in self defence,in self defense,to get away,pour me defendre,en legitime defense'),
);

/** The children held over leaving, said as "I'll have the kids" ("si tu pars j'aurai les enfants"). */
const CHILDREN_TAKEN = list(
  'j aurai les enfants,je garderai les enfants,je prendrai les enfants,tu n auras jamais les enfants,ill take the kids,i will take the kids,youll never get the kids',
);

/** Threats to tell ("threatens to tell my parents if I leave"): weak, a partner or leaving beside them. */
const THREATS_TO_TELL = list(
  'threatens to tell,threatened to tell,threatening to tell,menace de dire,menace de tout dire,menace de tout raconter',
);

/** Held under a partner's sway ("sous l'emprise de mon conjoint"), never drink's or a sect's. */
const UNDER_SWAY = cross(
  list('sous l emprise de'),
  list(
    'mon mari,mon conjoint,mon chum,mon copain,son mari,son conjoint,son chum,son copain,ma conjointe,sa conjointe,un homme violent,un pervers narcissique',
  ),
);

/** A sponsor in a Québec immigration file ("mon répondant est violent"): a partner. */
const SPONSOR = list('repondant,repondante,mon repondant,ma repondante');

/** Data protection named as an order ("ordonnance de protection des données"): a company's matter. */
/** A dog's or a horse's "controlling behaviour" is a trainer's topic, in either order. */
const BEHAVIOUR = list('controlling behaviour,controlling behavior');
const BEHAVING_ANIMALS = list('dog,puppy,cat,kitten,horse,parrot');

const NOT_HELP = [
  ...list(
    'ordonnance de protection des donnees,protection des donnees,data protection order,data protection',
  ),
  ...cross(BEHAVIOUR, BEHAVING_ANIMALS),
  ...cross(BEHAVING_ANIMALS, BEHAVIOUR),
];

/** Orders in the UK nations' and Ireland's words, which need a partner or harm beside them. */
const ORDERS_WEAK = list('exclusion order,exclusion orders,safety order,safety orders,barring order');

export const LEXICON_14 = {
  // Begging one's partner for money, or being under a partner's sway, names both: it decides alone.
  strong: [...FORCED_MARRIAGE, ...FIELD_TERMS, ...MONEY_BEGGED_OF, ...UNDER_SWAY, ...PARTNERS_KILLED],
  situation: [...BY_THE_THROAT, ...IMAGES_OF_ME, ...WHILE_HALF_ASLEEP, ...CONTRACEPTION_RULED, ...LAID_HANDS],
  situationSelf: SELF_DEFENCE,
  subject: SELF_DEFENCE,
  harmWeak: [...CHILDREN_TAKEN, ...THREATS_TO_TELL],
  relation: SPONSOR,
  jealous: [
    ...IMAGES_ASKED,
    ...SEX_GIVEN_IN,
    ...BODY_RULED,
    ...CHECKED_ON,
    ...WHERE_I_AM,
    ...CUT_OFF,
    ...MONEY_BEGGED,
    ...APPOINTMENTS,
    ...LIES_SPREAD,
    ...PAPERS_HELD,
    ...ACCOUNT_EMPTIED,
    ...BLAMED_AND_USED,
  ],
  safety: ORDERS_WEAK,
  neutral: NOT_HELP,
} as const;
