/**
 * Families probed after the eighteenth search set and the twelfth page set, in a second pass,
 * written as families, never as rows: each is tested with phrasings and everyday look-alikes of our
 * own in `tests/unit/traces/help-search-20.test.ts`. Spread into `LEXICON` (`help-lexicon.ts`).
 */

import { cross, list } from './phrase-lists';

/**
 * A parent, step-parent or in-law hitting the one who searches ("my dad hits me", "mon père m'a
 * giflée", "my husband's mother slapped me"; a partner's family is read as "ofpartner", see
 * `help-words.ts`):
 * family violence, and the parent is often the one who looks at the computer afterwards. Parents
 * are otherwise someone else (`nonPartner`: "my mom won't let me go out" is a curfew), so the phrase
 * names its own subject, like a parent harming the other (`help-lexicon-12.ts`). Only blows,
 * choking and abuse: not "kicked me out", "pushed me to apply", "threatened to take my phone",
 * "forces me to eat", "drags me to church", nor "tape" ("me tape sur les nerfs"); a child who hits
 * ("my toddler hits me") is a parenting question.
 */
const PARENT_EN = list(
  "my dad,my father,my mom,my mum,my mother,my stepdad,my stepfather,my stepmom,my stepmother,my parents,my mother in law,my father in law,my in laws,my inlaws,my husband's family,my husband's mother,my husband's father",
);
const BLOWS_EN = list(
  'hits,hit,beats,beat,punches,punched,slaps,slapped,chokes,choked,strangles,strangled,abuses,abused',
);
const PARENT_FR = list('mon pere,mon papa,papa,ma mere,ma maman,maman,mon beau pere,ma belle mere');
const BLOWS_FR = [
  ...list('frappe,frappait,bat,battait,gifle,giflait,cogne,cognait,tabasse,tabassait'),
  ...list('maltraite,maltraitait,brutalise,brutalisait,etrangle,etranglait'),
];
const BLOWS_FR_PAST = list(
  'frappe,frappee,battu,battue,gifle,giflee,cogne,cognee,tabasse,tabassee,maltraite,maltraitee,brutalise,brutalisee,etrangle,etranglee',
);
const PARENT_HITS_ME = [
  ...cross(PARENT_EN, cross(BLOWS_EN, ['me'])),
  ...cross(PARENT_FR, cross(['me'], BLOWS_FR)),
  ...cross(PARENT_FR, cross(['m a'], BLOWS_FR_PAST)),
  ...cross(['mes parents'], cross(['me'], list('frappent,frappaient,battent,battaient,maltraitent'))),
  ...cross(['mes parents'], cross(['m ont'], BLOWS_FR_PAST)),
];

/**
 * The everyday phrases that begin with one of those blows ("hit me up", "beat me to it", "hit me
 * with a great idea", "me tape sur les nerfs"), said after a parent: the longest phrase is read
 * first, so "my dad hit me up" must be one too.
 */
export const parentSaid = (neutral: readonly string[]): string[] => {
  const said = (starts: readonly string[]) => neutral.filter((p) => starts.some((s) => p.startsWith(s)));
  return [
    ...cross(PARENT_EN, said(BLOWS_EN.map((b) => `${b} me `))),
    ...cross(PARENT_FR, said(BLOWS_FR.map((b) => `me ${b} `))),
  ];
};

/**
 * Everyday phrases our own red-team probes found removed, each a family of its own:
 * - grated food typed without its accent ("fromage rape", "carottes rapees"): "râpé" with its
 *   accent is read as "grated" (`help-words.ts`);
 * - the sleeveless shirt ("wife beater tank top");
 * - a partner hit by a car, struck by lightning, bitten by a dog, "frappé par un AVC";
 * - symptoms called violent ("violent morning sickness", "nausées violentes", "toux violente");
 * - French "abuser de" as overuse ("mon mari abuse de l'alcool", "abuse des écrans");
 * - victims of fraud, floods, fires and accidents ("aide aux victimes de fraude bancaire");
 * - blows given asleep ("my wife kicks me in her sleep");
 * - a partner left a note, or left off a mortgage; an escape for two; funny insults;
 * - a record or an illness beaten ("ma femme a battu le cancer"); a law or a right violated ("la
 *   vie privée violée").
 */
const GRATED_FOOD = [
  ...cross(
    list(
      'fromage,gruyere,emmental,parmesan,mozzarella,cheddar,chocolat,coco,noix de coco,gingembre,celeri,zeste,carotte,carottes,pomme de terre,pommes de terre,courgette,courgettes,betterave,betteraves,chou,raifort',
    ),
    list('rape,rapee,rapees,rapes'),
  ),
  ...cross(list('rape,rapes'), list('a fromage,a legumes,microplane')),
];
const SHIRT = [
  ...cross(
    list('wife beater,wife beaters,wifebeater,wifebeaters'),
    list(
      'tank,tanks,tank top,tank tops,shirt,shirts,undershirt,undershirts,singlet,singlets,vest,top,tops,tee,pack,outfit,costume,style,chess opening',
    ),
  ),
  ...cross(list('ribbed,white,mens,cotton,plain'), list('wife beater,wife beaters,wifebeater,wifebeaters')),
  ...cross(list('tank top,tank,shirt,undershirt,singlet'), list('wife beater,wife beaters')),
];
const ACCIDENTS = [
  ...cross(
    list('hit by,struck by,attacked by,bitten by,knocked down by,run over by,pushed by,kicked by'),
    list(
      'car,truck,bus,bike,cyclist,driver,drunk driver,uninsured driver,hit and run driver,motorist,vehicle,van,motorcycle,snowplow,train,lightning,ball,baseball,puck,dog,bear,shark,horse,cow,crowd,wave,tree,branch,stroke,cancer,covid,virus,flu,tornado,hurricane',
    ),
  ),
  ...cross(
    list(
      'frappe par,frappee par,attaque par,attaquee par,renverse par,renversee par,mordu par,mordue par,poussee par,bouscule par,bousculee par',
    ),
    list(
      'voiture,camion,autobus,bus,velo,chauffard,conducteur,foudre,avc,infarctus,cancer,maladie,chien,ours,cheval,foule,vague,arbre,covid,crise cardiaque,rondelle,ballon',
    ),
  ),
];
const SYMPTOMS = [
  ...cross(
    ['violent'],
    list(
      'morning sickness,diarrhea,diarrhoea,cough,coughing,vomiting,headache,migraine,nausea,cramps,pain,itching,sneezing,hiccups,storm,chills,fever,allergic reaction,tremors,seizure,nightmares,contractions,tornado,wind,weather,earthquake,explosion,crash,collision,turbulence,thunderstorm',
    ),
  ),
  ...cross(
    list(
      'nausee,toux,diarrhee,migraine,maux de tete,mal de tete,douleur,crampes,vomissements,demangeaisons,orage,tempete,fievre,allergie,reaction allergique,contractions,cauchemars',
    ),
    list('violent,violente'),
  ),
  ...cross(
    list('violent,violente'),
    list('nausee,migraine,douleur,toux,crampes,tempete,orage,fievre,contractions'),
  ),
];
const OVERUSE_FR = cross(
  list(
    'abuse de,abuse du,abuse des,abusait de,abusait du,abusait des,abuser de,abuser du,abuser des,abus de,abus du,abus des',
  ),
  list(
    "l'alcool,la boisson,boisson,sucre,cafe,drogue,drogues,medicaments,cannabis,reseaux sociaux,ecrans,ecran,jeux video,nourriture,chocolat,tabac,somniferes,antidouleurs,opioides,substances,bonnes choses,telephone,internet,sel,gras",
  ),
);
const OTHER_HARMS = list(
  'fraude,fraude bancaire,arnaque,hameconnage,vol de identite,inondation,incendie,feux de foret,feu de foret,verglas,catastrophes naturelles,catastrophe naturelle,catastrophes,tornade,ouragan,seisme,tremblement de terre,accidents de la route,accident de la route,accident,cybercriminalite,cyberfraude,terrorisme,fraud,identity theft,scam,phishing,flood,flooding,fire,wildfire,hurricane,tornado,earthquake,car accident,cybercrime,terrorism,natural disaster,disaster,data breach',
);
const OTHER_VICTIMS = cross(
  list(
    'aide aux victimes de,aide aux victimes des,aide aux victimes du,victim services for,victim support for,victim services,victim support,help for victims of,support for victims of,services for victims of,victims of,victimes de,victimes des,victime de',
  ),
  OTHER_HARMS,
);
const ASLEEP_BLOWS = cross(
  list(
    'kicks me,kicked me,kick me,hits me,hit me,punches me,punched me,elbows me,elbowed me,slaps me,slapped me,me frappe,me donne des coups,me donne des coups de pied',
  ),
  list(
    'in her sleep,in his sleep,in their sleep,while she sleeps,while he sleeps,en dormant,dans son sommeil',
  ),
);
/** Further everyday phrases of the same probes: a word of abuse in another sense, said next to a partner or alone. */
const OTHER_SENSES = [
  ...list(
    'instagram stalking,facebook stalking,fb stalking,insta stalking,stalking my crush,stalking jack the ripper',
  ),
  ...cross(
    list('is this abuse of,is it abuse of,abuse of'),
    list('the system,the return policy,return policy,the policy,the rules,privilege,sick leave,the warranty'),
  ),
  ...list(
    'physical abuse damage,physical abuse exclusion,physical abuse warranty,warranty physical abuse,physical abuse and liquid damage,physical abuse and accidental damage',
  ),
  ...cross(
    list('signs of abuse in,signs of abuse,cycle of abuse in'),
    list('rescue dogs,rescue dog,dogs,dog,cats,cat,horses,horse,rescue horses,rescue cats,animals,pets'),
  ),
  ...list('umbilical cord strangulation,cord strangulation,strangulation du cordon,dv program green card'),
  ...cross(
    list('interdiction de communiquer,interdiction de contact'),
    list("pendant l'appel d'offres,appel d'offres,appels d'offres,covid,confinement"),
  ),
  ...cross(
    list('victim support after,victim services after'),
    list('car accident,accident,a car accident,flood,fire'),
  ),
  ...list('cancer survivors,cancer survivor,survivors of cancer,cancer survivorship'),
  ...cross(
    list(
      'protection order,protection orders,protective order,protective orders,ordonnance de protection,ordonnances de protection',
    ),
    list(
      'endangered species,species,wildlife,for confidential documents,confidential documents,des renseignements,renseignements,de la faune,faune,trade secrets,patrimoine',
    ),
  ),
  ...cross(
    list(
      'partir avec,partir en vacances avec,partir en voyage avec,leaving with,travelling with,traveling with',
    ),
    list(
      'mon chum,ma blonde,mon mari,ma femme,mon conjoint,ma conjointe,son conjoint,sa conjointe,mon copain,ma copine,my wife,my husband,my boyfriend,my girlfriend,my partner',
    ),
  ),
  ...list(
    'partir en vacances,partir en voyage,partir en fin de semaine,partir en weekend,partir en camping,partir en croisiere,fuir la chaleur,fuir la canicule,fuir le froid',
  ),
  ...list(
    'peur de decevoir,peur de la decevoir,peur de le decevoir,afraid of disappointing,scared of disappointing',
  ),
  ...list('business partner,business partners,ex business partner,former business partner'),
  ...list(
    'patron toxique,boss toxique,toxic workplace,toxic boss,toxic job,toxic coworker,toxic coworkers,toxic work environment,narcissistic boss,boss is a narcissist,boss is narcissist',
  ),
  ...list(
    'agence de recouvrement,debt collector harassment,harassment by debt collectors,collection agency harassment,exploitation agricole,exploitations agricoles,exploitation forestiere,exploitation miniere,exploitation laitiere',
  ),
  ...cross(
    list('controlling the,controls the,control the'),
    list('thermostat,remote,tv,heating,air conditioning,music,playlist,temperature'),
  ),
  ...cross(
    list('drags me to,dragged me to,drag me to'),
    list('ikea,church,the mall,shopping,the gym,parties,concerts,yoga,football games,hockey games'),
  ),
  ...list(
    'forces me to eat vegetables,forces me to eat healthy,kicked me out of bed,attacks me with tickles,tickle attack',
  ),
  ...cross(
    list('abuses the,abuse the,abusing the,abuses,abusing'),
    list('snooze button,snooze,emojis,exclamation marks,hashtags,caps lock,hot water'),
  ),
];

/** Shelters that are things to buy or build ("pop up beach shelter for kids", "abri de plage"). */
const SHELTER_THINGS = list(
  'beach shelter,beach tent,camping shelter,pop up shelter,survival shelter,picnic shelter,sun shelter,rain shelter,shelter canopy,canopy shelter,abri de plage,abri soleil,abri de jardin,abri d auto,abri tempo',
);
const EVERYDAY_COUPLE = [
  ...cross(
    list(
      'leave my wife,leave my husband,leave my boyfriend,leave my girlfriend,leave my partner,leave your wife,leave your husband,leave your spouse,leave my spouse',
    ),
    list(
      'a note,a love note,a love letter,flowers,a message,a voicemail,a surprise,a surprise note,a letter,a card,a gift,off the mortgage,off a mortgage,off the lease,off my insurance,on my insurance,on my health insurance,on the mortgage,on the lease',
    ),
  ),
  ...list(
    'romantic escape,weekend escape,weekend escapes,romantic getaway,couples escape,funny insults,insultes droles,insulte drole',
  ),
  ...cross(
    list('a battu,ont battu,avoir battu,battu,battue'),
    list('le cancer,son record,mon record,le record,record,la maladie,la leucemie,le covid'),
  ),
  ...cross(
    list(
      'loi,lois,vie privee,libertes,liberte,regles,regle,droits,droit,constitution,charte,accord,traite,contrat,frontiere,espace aerien,embargo,cessez le feu,treve,reglement',
    ),
    list(
      'violee,violees,viole,violes,a ete violee,ont ete violees,a ete viole,ont ete violes,est violee,sont violees',
    ),
  ),
  // « Viol » said for a violation of a right or a rule ("viol de copyright", "viol de la vie
  // privée"), and a road hog called « violeur de la route ».
  ...cross(
    list('viol de,viol des,viol du'),
    list(
      'brevet,brevets,copyright,droit de auteur,droits de auteur,vie privee,la vie privee,donnees,secret professionnel,code de la route,marque,marques',
    ),
  ),
  ...cross(list('violeur de,violeurs de,violeur du'), list('la route,code,code de la route,route')),
  // Kept from a trip, not from leaving: « il fait tout pour m'empêcher de partir en vacances ».
  ...cross(
    list('pour me empecher de partir,pour pas que je parte'),
    list('en vacances,en voyage,en week end'),
  ),
];

/** Houses for needs other than violence: "maison d'hébergement en soins palliatifs", "… pour personnes autistes". */
const OTHER_HOUSES = list(
  'autiste,autisme,soins palliatifs,palliatif,oncologie,cancer,proches aidants,aidants,travailleurs etrangers,travailleurs,enfants malades,malades,patients',
);

export const LEXICON_20 = {
  subject: PARENT_HITS_ME,
  situationSelf: PARENT_HITS_ME,
  neutral: [
    ...GRATED_FOOD,
    ...SHIRT,
    ...ACCIDENTS,
    ...SYMPTOMS,
    ...OVERUSE_FR,
    ...OTHER_VICTIMS,
    ...ASLEEP_BLOWS,
    ...EVERYDAY_COUPLE,
    ...SHELTER_THINGS,
    ...OTHER_SENSES,
  ],
  aloneUnless: OTHER_HOUSES,
  // Violence drawn or filmed: "violent girls in anime", "la violence à l'écran", "a violent scene".
  offTopic: list('anime,manga,cartoon,cartoons,scene,scenes,ecran,ecrans'),
} as const;
