/**
 * What a partner does to "me", as an inventory of acts rather than the phrasings one set held: the
 * physical acts advocates ask about (biting, spitting, hair pulled, things thrown, bones broken,
 * bruises, a knife or a gun) in English, and in French the tenses a person tells them in (present,
 * imparfait, passé composé and plus-que-parfait as a woman or a man says them, "va me…", "en me…"),
 * generated from the verbs so no verb misses a tense another has. Each list is
 * spread into one part of `LEXICON` (`help-lexicon.ts`) and tested with phrasings and everyday
 * look-alikes of our own in `tests/unit/traces/help-search-acts.test.ts`.
 */

import { cross, list } from './phrase-lists';

/**
 * French -er verbs of harm, as their infinitives. Not "plaquer" (also "to dump someone"), "pousser"
 * ("il m'a poussée à postuler"), "taper" ("me tape sur les nerfs") or "étouffer" (a clingy partner):
 * their plain forms are figurative too often; the lexicon keeps their literal phrases.
 */
const FR_ER = list(
  'frapper,gifler,cogner,tabasser,brutaliser,bousculer,secouer,etrangler,sequestrer,enfermer,menacer,insulter,humilier,rabaisser,denigrer,intimider,terroriser,manipuler,harceler,traquer,agresser,maltraiter,malmener,violenter,molester,griffer',
);
const stem = (verb: string) => verb.slice(0, -2);
/** The forms said with "me" before them: "me secoue", "me secouait", "en me secouant". */
const FR_NOW = [
  ...FR_ER.flatMap((v) => ['e', 'ait', 'ant'].map((end) => stem(v) + end)),
  ...list('bat,battait,battant,mord,mordait,mordant'),
];
/** Participles as a man or a woman says them: "m'a secoué", "m'a secouée". */
export const FR_DONE = [
  ...FR_ER.flatMap((v) => [`${stem(v)}e`, `${stem(v)}ee`]),
  ...list('battu,battue,mordu,mordue'),
];
const FR_AUX = list('me a,ma,me avait,me aurait,me a deja,me a encore');
/** What is coming: "il va me frapper", "menace de me frapper" (the future tense is rarely typed). */
const FR_WILL = list('va me,veut me,allait me,menace de me');
/**
 * Money and devices, the other acts advocates ask about: my pay stolen or my account emptied, debt
 * taken in my name, my phone tapped, hacked or tracked. Not "spent my money" or "took my card":
 * couples say those of each other every day.
 */
const FR_MONEY_TECH = [
  ...cross(
    list(
      'me a vole,me vole,me volait,a vide,vide,vidait,me prend,me prenait,me a pris,a braque,braque,confisque,a confisque',
    ),
    list(
      'mon salaire,ma paie,ma paye,mon argent,mes economies,mon compte bancaire,mes allocations,ma pension,mes prestations,mon heritage',
    ),
  ),
  ...cross(
    list('a pris,prend,a contracte,a fait,fait,a ouvert'),
    cross(list('des credits,un credit,des dettes,des cartes de credit,un pret,des prets'), ['a mon nom']),
  ),
  ...cross(
    list('a pirate,pirate,piratait,traque,traquait,geolocalise,geolocalisait,a clone,espionne'),
    list(
      'mon telephone,mon portable,mon cellulaire,mon cell,mon smartphone,mon compte,mes comptes,mon ordinateur,mon facebook,mon icloud,mes mails,mes courriels,ma voiture',
    ),
  ),
  ...cross(
    list('a mis,met,mettait'),
    cross(list('mon telephone,mon portable,mon cellulaire,mon cell,ma ligne'), ['sur ecoute']),
  ),
];
const EN_MONEY_TECH = [
  ...cross(
    list('stole,steals,stealing,drained,drains,emptied,empties,cleaned out,cashed'),
    list(
      'my money,my paycheck,my pay,my wages,my savings,my salary,my benefits,my pension,my inheritance,my bank account,my account,my check,my cheque',
    ),
  ),
  ...cross(
    list('took out,takes out,opened,ran up,put'),
    list(
      'loans in my name,a loan in my name,credit cards in my name,a credit card in my name,debt in my name,debts in my name',
    ),
  ),
  ...list('forged my signature,forges my signature'),
  ...cross(
    list('tapped,taps,bugged,bugs,hacked,hacks,hacking,cloned,accessed'),
    list(
      'my phone,my email,my emails,my accounts,my icloud,my computer,my laptop,my car,my facebook,my instagram',
    ),
  ),
];

/**
 * The other forms of control the field names: contraception sabotaged or pregnancy forced, a pet
 * hurt to punish me, medication hidden, accounts locked, messages by the hundred, a job or studies
 * sabotaged, and in French being kept from work, a doctor or one's family. Not "won't let me eat"
 * or "won't let me sleep" (a diet and a snoring partner say those too), nor "changed my password"
 * (as often a favour).
 */
const EN_CONTROL = [
  ...cross(
    list('poked holes in,pokes holes in,tampered with,tampers with,hid,hides,threw away,throws away,flushed'),
    list('condoms,the condoms,my condoms,my birth control,my pills,my birth control pills,my contraception'),
  ),
  ...cross(
    list(
      'wont let me use,doesnt let me use,wont let me take,doesnt let me take,wont let me get,forbids me to use',
    ),
    list('birth control,contraception,the pill,condoms,an abortion'),
  ),
  ...list(
    'sabotaged my birth control,sabotages my birth control,pressures me to get pregnant,pressured me to get pregnant',
  ),
  ...cross(
    list('hurts,hurt,kicks,kicked,hits,hit,starves,starved,killed,kills'),
    cross(list('my dog,my cat,my pet,our dog,our cat'), list('to punish me,to scare me,to get back at me')),
  ),
  ...cross(
    list('hides,hid,threw away,throws away,flushed,withholds,withheld,keeps hiding'),
    list('my medication,my meds,my medicine,my insulin,my inhaler'),
  ),
  ...cross(
    list('locked me out of,locks me out of'),
    list('my accounts,my email,my bank account,our bank account,my icloud'),
  ),
  ...cross(
    list('texts me,calls me,messages me,called me,texted me,calling me,texting me'),
    list(
      '100 times,hundreds of times,nonstop,non stop,every five minutes,dozens of times,from different numbers,from blocked numbers',
    ),
  ),
  // What I wear, decided for me ("decides what I wear", "won't let me wear makeup"); not "picks my
  // clothes" or "choisit mes vêtements", which a partner helping with an outfit says too.
  ...cross(list('decides,decided,dictates,dictated'), list('what i wear')),
  ...cross(
    list('wont let me,doesnt let me,never lets me,forbids me to,forbade me to'),
    list(
      'wear makeup,wear make up,wear shorts,wear a skirt,wear skirts,wear dresses,wear what i want,cut my hair',
    ),
  ),
  // Tracked: my car and my movements, as my phone and location are in help-lexicon.ts.
  ...cross(
    list('tracks,tracked,tracking,is tracking,put a tracker on,puts a tracker on'),
    list('my car,my movements,my every move'),
  ),
  ...cross(
    list('sabotaged,sabotages,sabotaging'),
    list('my job interview,my job,my work,my career,my studies,my school,my interview'),
  ),
];
/** Names a partner calls "me", in English: the insults advocates hear named (not "babe" or "honey"). */
const EN_INSULTS = cross(
  list('calls me,called me,calling me'),
  list(
    'a slut,a whore,a bitch,a liar,a loser,an idiot,a failure,a pig,a cow,fat and ugly,pathetic,disgusting',
  ),
);
/** The same in French, after "me traite de" (the lexicon already holds "folle", "conne", "nulle"…). */
const FR_INSULTS = cross(
  list('me traite de,me traitait de,me a traite de,me a traitee de'),
  list(
    'menteuse,menteur,salope,pute,trainee,incapable,mauvaise mere,bonne a rien,moins que rien,grosse vache',
  ),
);
/**
 * Papers, post and contacts taken, hidden or gone through ("a volé mon passeport", "fouille mes
 * contacts"); not opened or read, which couples do for each other.
 */
const FR_PAPERS = cross(
  list('vole,volait,a vole,cache,cachait,a cache,confisque,a confisque,fouille,fouillait'),
  list('mon courrier,mon passeport,mes papiers,ma carte d identite,mes contacts,mon sac'),
);
const EN_PAPERS = cross(
  list('hides,hid,stole,steals,keeps'),
  list('my mail,my post,my letters,my passport,my papers,my documents,my id'),
);
const FR_CONTROL = [
  ...cross(
    list('me empeche de,me empechait de,me interdit de,me interdisait de'),
    list(
      'prendre la pilule,prendre un contraceptif,me proteger,avorter,aller travailler,aller au travail,aller a mes cours,voir un medecin,aller chez le medecin,voir mes parents,voir ma famille,voir mes amies',
    ),
  ),
  ...list(
    'troue les preservatifs,a troue les preservatifs,cache ma pilule,a cache ma pilule,jette ma pilule',
  ),
  ...cross(
    list('cache,cachait,a cache,jette,a jete,confisque'),
    list('mes medicaments,mon traitement,mon insuline'),
  ),
  ...cross(
    list(
      'me texte,me appelle,me ecrit,me harcele,me envoie des messages,me envoie des sms,me envoie des textos',
    ),
    list('100 fois,cent fois,des dizaines de fois,jour et nuit,sans arret,toutes les cinq minutes'),
  ),
  ...cross(
    list('me envoie,me envoyait,me a envoye'),
    list('des dizaines de sms,des dizaines de messages,des centaines de messages'),
  ),
  ...cross(
    list('decide de,decidait de,controle,controlait'),
    list('mes vetements,ce que je porte,comment je me habille,ma tenue,mes tenues'),
  ),
  ...cross(
    list('me interdit de,me interdisait de,me empeche de,me empechait de'),
    list(
      'me maquiller,porter des jupes,porter une jupe,porter des robes,porter ce que je veux,me habiller comme je veux',
    ),
  ),
  ...cross(
    list('fait du mal a,frappe,maltraite,a tue'),
    cross(list('mon chien,mon chat,mon animal'), list('pour me punir,pour me faire peur')),
  ),
];

/** The verbs in every tense: "me secoue", "m'a secouée", "va me secouer". */
const FR_VERB_FORMS = [
  ...cross(['me'], FR_NOW),
  // The infinitive after any verb: "n'arrête pas de me harceler", "essaie de m'étrangler". Not biting
  // or scratching, which a cat "commence à" do when stroked.
  ...cross(['me'], [...FR_ER.filter((v) => v !== 'griffer'), 'battre']),
  ...cross(FR_AUX, FR_DONE),
  ...cross(FR_WILL, [...FR_ER, 'battre', 'mordre']),
];
/**
 * Acts said with more than the verb: blows given, things thrown, money taken. These can be said
 * of someone else with "lui" ("lui donne des coups"); the bare verbs cannot ("lui frappe" is not
 * French: "l'a frappée" is, and the feminine participle says it, in `help-lexicon.ts`).
 */
export const FR_ACTS = [
  ...cross(list('a abuse,abuse,abusait,a abuse sexuellement,abusait sexuellement'), ['de moi']),
  ...cross(list('me crache,me crachait,me a crache'), list('dessus,au visage,a la figure')),
  ...cross(list('me tire,me tirait,me a tire,me a tiree,me tirant'), list('les cheveux,par les cheveux')),
  ...cross(
    list(
      'me donne,me donnait,me a donne,me met,me mettait,me a mis,me file,me a file,me flanque,me a flanque',
    ),
    list(
      'des coups,des coups de poing,des coups de pied,un coup de poing,un coup de pied,un coup de tete,un coup de couteau,des gifles,une gifle,des claques,une claque,des baffes,une baffe',
    ),
  ),
  ...cross(
    list('me lance,me lancait,me a lance,me jette,me jetait,me a jete'),
    list(
      'des objets,des choses,des assiettes,une assiette,un verre,des verres,son telephone,une chaise,un couteau',
    ),
  ),
  ...cross(
    list('me a casse,me cassant'),
    list('le nez,le bras,la machoire,une cote,des cotes,une dent,des dents,le poignet,le doigt'),
  ),
  ...cross(
    list('me a fait,me fait,me faisait,me a laisse,me laisse,me laissait'),
    list('des bleus,un oeil au beurre noir,des marques'),
  ),
  ...cross(
    list('me traine,me trainait,me a traine,me a trainee,me trainant'),
    list(
      'par les cheveux,par le bras,par les bras,par la cheville,par les pieds,par les jambes,par le cou,par le col,par terre,sur le sol',
    ),
  ),
  ...cross(
    list('me tient,me tenait,me a tenu,me a tenue,me bloque,me bloquait,me a bloque,me a bloquee'),
    list('par le cou,par la gorge,contre le mur,au sol,par terre'),
  ),
];
/**
 * Everyday phrases the acts start: "il me donne un coup de main", "m'a filé un coup de fil", "me
 * secoue les puces" (scolds me into it), and a phone's accessories ("took my phone charger").
 */
const NOT_ACTS = [
  ...cross(
    list('me donne,me donnait,me a donne,me file,me a file'),
    list(
      'des coups de main,un coup de main,des coups de fil,un coup de fil,des coups de pouce,un coup de pouce',
    ),
  ),
  ...cross(list('me secoue,me secouait,me a secoue,me a secouee'), ['les puces']),
  ...cross(
    list('broke,breaks,took,takes,smashed,hid,hides,stole,steals,borrowed,borrows,keeps taking'),
    cross(['my phone'], list('charger,case,cable,screen protector,stand,holder,mount,earbuds,headphones')),
  ),
];

const THROWN = list(
  'things,stuff,objects,a plate,plates,a glass,a cup,a mug,a bottle,a chair,a shoe,a knife,dishes,his phone,her phone,the remote',
);
export const EN_ACTS = [
  ...list('bit me,bites me,biting me,has bitten me,scratched me,scratches me,scratching me'),
  ...list('spat on me,spit on me,spits on me,spitting on me,spat at me,spits at me'),
  ...list('spat in my face,spit in my face,spits in my face'),
  ...cross(
    list('pulled,pulls,pulling,yanked,yanks,grabbed,grabs'),
    list('my hair,me by the hair,me by my hair'),
  ),
  ...cross(list('threw,throws,throwing,hurled,hurls'), cross(THROWN, ['at me'])),
  ...cross(
    list('threw,throws,shoved,slammed,flung,pushed'),
    list(
      'me against,me into the wall,me to the ground,me on the floor,me onto the floor,me down the stairs,me across the room,me out of the car,me on the bed',
    ),
  ),
  ...list('burned me with,burnt me with,burns me with'),
  ...cross(
    list('put,puts,laid,lays,raised,raises'),
    list('his hands on me,her hands on me,hands on me,a hand on me,his hand to me,a hand to me'),
  ),
  ...cross(
    list('broke,broken,fractured'),
    list('my nose,my arm,my jaw,my ribs,my rib,my finger,my wrist,my tooth,my teeth,my collarbone'),
  ),
  ...list('gave me a black eye,gives me black eyes,left bruises on me,leaves bruises on me,left marks on me'),
  ...list('bruised me,bruises me,headbutted me,elbowed me,kneed me'),
  ...list('suffocated me,suffocates me,held a pillow over my face,stabbed me'),
  ...cross(
    list('threatened me with,threatens me with,pointed,pulled'),
    list('a knife,a gun,a knife at me,a gun at me,a knife on me,a gun on me'),
  ),
  ...cross(list('shook me,shakes me'), list('violently,so hard,by the shoulders')),
];

/**
 * With a partner named: attempts on "my" life ("my wife will kill me" is a joke; these are not), and
 * being held down or restrained (a nurse does that too).
 */
export const NAMED_ACTS = [
  ...list('held me down,holds me down,restrained me,restrains me'),
  ...list('tried to kill me,tries to kill me,almost killed me,nearly killed me,could have killed me'),
  ...list('a essaye de me tuer,a tente de me tuer,a failli me tuer,essaie de me tuer,essayait de me tuer'),
];

/**
 * People around the person, whose partner may be the one harming them ("my sister's husband",
 * "le chum de ma fille", "notre voisin… sa femme"): not animals, a school or a workplace.
 */
const THIRD_PARTIES = list(
  'sister,daughter,friend,best friend,mom,mother,niece,cousin,aunt,neighbour,neighbor,coworker,colleague,mate,mates,buddy,my son,our son,brother,dad,father,granddaughter,grandson,nephew,roommate,soeur,fille,amie,ami,mere,cousine,tante,voisine,voisin,collegue,pote,fils,frere,pere,neveu,coloc,colocataire,petite fille',
);

/** Pets and animals: the "he" of "my puppy, he bites me" is not a person. */
const ANIMALS = list(
  'chiot,chaton,kitten,hamster,lapin,rabbit,parrot,perroquet,horse,cheval,pony,poney,ferret,furet,bird,oiseau,pet',
);

/**
 * Consent in a couple, a theme of three blind search sets: consent named with a couple or a partner
 * decides ("consentement sexuel dans le couple", "consent in marriage"); consent alone is a cookie
 * banner, a medical form or a spouse signing for a sale, so it never does.
 */
const CONSENT_IN_COUPLE = cross(
  list('consentement,consentement sexuel,zone grise du consentement,consent,sexual consent,consentir'),
  list(
    'dans le couple,en couple,entre partenaires,entre partenaires intimes,entre conjoints,dans le mariage,in marriage,in a marriage,in a relationship,in relationships,between partners,with my partner,with my husband,with my boyfriend,with my wife,with my girlfriend',
  ),
);
/** Sex pressed for or taken: said of oneself ("m'a fait du chantage pour coucher", "sans avoir consenti"). */
const SEX_PRESSED = [
  ...list('chantage pour coucher,chantage sexuel,chantage au sexe,sans avoir consenti,sans que je consente'),
  ...cross(list('me fait du chantage,me faisait du chantage'), list('pour coucher,sexuel,au sexe')),
  ...cross(
    list(
      'insiste pour,insistait pour,me force a,me forcait a,me met la pression pour,me mettait la pression pour',
    ),
    list('des relations sexuelles,avoir des relations,coucher,le sexe,du sexe'),
  ),
  ...cross(
    list(
      'me met la pression,me mettait la pression,me mettre la pression,continuait,continue,me force,me forcait,me forcer',
    ),
    list(
      'quand je dis non,quand je disais non,meme quand je disais non,alors que je dis non,alors que je disais non',
    ),
  ),
];

/**
 * Families seen among the ninth search set's misses, each written for the whole family and tested
 * with phrasings and look-alikes of our own: more acts and control said of a partner, people who
 * have used violence saying what they did, and the field's terms.
 */
/**
 * Passive with "partner", said of oneself: "partner" alone is also a business partner, but nobody's
 * business partner chokes them.
 */
const BY_PARTNER = cross(
  list('hit,beaten,punched,slapped,kicked,choked,strangled,raped,assaulted,abused,stalked'),
  list('by partner,by my partner,by a partner,by an intimate partner'),
);
const EN_MORE_SAID = [
  // Who I date, see or talk to, controlled (the partner or ex before it).
  ...cross(
    list('control,controls,controlling,trying to control,tries to control,decides'),
    list('who i date,who i see,who i talk to,who i text,who my friends are,where i go'),
  ),
  ...cross(
    list('calls me,called me'),
    list('nasty names,horrible names,awful names,mean names,names every day'),
  ),
  ...list('ridicules me,ridiculed me,ridiculing me,tells me what to wear,told me what to wear'),
  ...cross(list('isolates me from,isolated me from,isolating me from'), list('family,friends,everyone')),
];
const FR_MORE_SAID = [
  ...cross(
    list(
      'me jette,me jetait,me a jete,me a jetee,me pousse,me poussait,me a pousse,me a poussee,me plaque,me plaquait,me a plaque,me a plaquee',
    ),
    list('contre le mur,contre la porte,contre le frigo,par terre,au sol,dans les escaliers'),
  ),
];
/** People who have used violence, saying what they did to a partner, in the present as in the past. */
const I_VERBS = list(
  'i hit,i smack,i smacked,i slap,i punch,i punched,i push,i shove,i shoved,i kick,i kicked,i choke,i strangled,i grabbed,i beat',
);
const MY_PARTNER = list('my girlfriend,my wife,my partner,my boyfriend,my husband,my gf,my bf');
const I_DID = cross(I_VERBS, MY_PARTNER);
/**
 * Her or his things: "i hit my girlfriend's car" is a car (the reader drops the "'s"), "i pushed my
 * wife's wheelchair" a chair; and a partner put out ("i kicked my boyfriend out") is a break-up.
 */
const I_DID_TO_THINGS = cross(
  cross([...I_VERBS, ...list('i pushed,i slapped,i choked,i abused')], MY_PARTNER),
  list(
    'car,truck,van,bike,phone,laptop,mailbox,fence,garage,door,bumper,mirror,record,score,time,wheelchair,stroller,pram,buggy,swing,out',
  ),
);
/** The field's terms and questions, decided alone. */
const TERMS_MORE = [
  ...list('coerced debt,coercive debt,chantage au suicide,chantage suicidaire'),
  ...cross(
    list('fight,fights,fighting,argument,arguments,arguing,jealousy,teasing,yelling,control'),
    list('turn into abuse,turns into abuse,become abuse,becomes abuse,cross the line into abuse'),
  ),
  // Australian and other orders by their letters, with "against" ("avo against my ex").
  ...cross(list('avo,avos,ivo,dvo,advo,pso,epo'), list('against')),
  ...cross(['ivo'], list('victoria,vic,magistrates court,breach,breached,application')),
];
/** Spyware and feeling driven mad: signs with a partner named. */
const SIGNS_WITH_PARTNER = [
  ...list('logiciel espion,logiciels espions,application espion,appli espion,stalkerware'),
  ...list(
    'impression de devenir folle,impression de devenir fou,feel like i am going crazy,feel like im going crazy',
  ),
];

export const LEXICON_ACTS = {
  strong: [...CONSENT_IN_COUPLE, ...TERMS_MORE],
  situationSelf: [...SEX_PRESSED, ...I_DID, ...BY_PARTNER],
  situation: [
    ...EN_ACTS,
    ...FR_ACTS,
    ...FR_VERB_FORMS,
    ...EN_MONEY_TECH,
    ...EN_CONTROL,
    ...FR_MONEY_TECH,
    ...FR_CONTROL,
    ...EN_INSULTS,
    ...FR_INSULTS,
    ...EN_PAPERS,
    ...FR_PAPERS,
    ...EN_MORE_SAID,
    ...FR_MORE_SAID,
  ],
  harmWeak: [...NAMED_ACTS, ...SIGNS_WITH_PARTNER],
  nonPartner: [...ANIMALS, ...THIRD_PARTIES],
  thirdParty: THIRD_PARTIES,
  neutral: [...NOT_ACTS, ...I_DID_TO_THINGS],
} as const;
