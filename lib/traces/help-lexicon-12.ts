/**
 * Families seen among the misses and false removals of a twelfth search set and a sixth page set
 * (both gathered blind, English and French), and of the eleventh search set, written as families,
 * never as rows: each is tested with phrasings and everyday look-alikes of our own in
 * `tests/unit/traces/help-search-12.test.ts`. Spread into `LEXICON` (`help-lexicon.ts`).
 */

import { cross, list } from './phrase-lists';

/**
 * The other parent of one's children, named as a partner is: "the father of my kids", "my baby
 * daddy", "le père de mes enfants", "leur père". Alone it says nothing ("my kids' dad is picking
 * them up"); with harm or a described situation it is a partner's ("leur père me frappe").
 */
const CHILDREN_EN = list('child,children,kid,kids,son,daughter,baby,babies');
const CO_PARENT = [
  ...cross(list('father of my,mother of my,dad of my,mom of my,mum of my'), CHILDREN_EN),
  ...cross(
    list(
      'my child,my childs,my children,my childrens,my kid,my kids,my son,my sons,my daughter,my daughters,my baby,my babys',
    ),
    list('father,dad,mother,mom,mum'),
  ),
  ...list(
    'baby daddy,baby mama,baby mother,baby father,my baby daddy,my baby mama,co parent,my co parent,coparent,my coparent',
  ),
  ...cross(list('le pere de mes,la mere de mes,le papa de mes,la maman de mes'), list('enfants,petits')),
  ...cross(
    list('le pere de mon,la mere de mon,le papa de mon,la maman de mon'),
    list('enfant,fils,bebe,garcon'),
  ),
  ...cross(list('le pere de ma,la mere de ma,le papa de ma,la maman de ma'), list('fille,petite')),
  ...list('leur pere,leur papa,leur mere,leur maman,coparent,mon coparent,ma coparente'),
];

/**
 * Hands at the throat told as a memory or without a verb ("his hands around my neck", "je sens
 * encore ses mains sur mon cou"): with "his", "her", "ses", it says who; without, it needs a
 * subject ("mon partenaire, les mains autour de ma gorge").
 */
const NECK_EN = list('my neck,my throat');
const NECK_FR = list('mon cou,ma gorge');
const HANDS_AT_THROAT = {
  situationSelf: [
    ...cross(
      list('his hands around,her hands around,his hands on,her hands on,his hand around,her hand around'),
      NECK_EN,
    ),
    ...cross(list('ses mains autour de,ses mains sur,sa main autour de,sa main sur'), NECK_FR),
  ],
  situation: [
    ...cross(list('mains autour de,main autour de,les mains autour de'), NECK_FR),
    ...cross(list('hands on,hand on'), NECK_EN),
  ],
};

/**
 * Homelessness said of the people a shelter serves ("shelter for homeless women", "femmes sans
 * abri", "personnes en situation d'itinérance"): the shelter is a homeless shelter, and the women
 * it serves are not the context that makes a shelter a refuge from abuse. Harm named anywhere
 * still counts ("homeless and abused families", "women made homeless by domestic abuse").
 */
const HOMELESS = [
  ...cross(
    list('homeless,unhoused'),
    list('woman,women,girl,girls,mother,mothers,family,families,youth,people,person,men,man,persons'),
  ),
  ...cross(
    list('femme,femmes,personne,personnes,famille,familles,jeune,jeunes,homme,hommes,mere,meres'),
    list(
      'sans abri,sans abris,sdf,sans domicile,sans domicile fixe,itinerante,itinerantes,en situation d itinerance,en situation de rue',
    ),
  ),
];

/**
 * "Abus de faiblesse" is the offence of exploiting someone's weakness, most often a scam on an
 * older person: not a partner's abuse unless a partner is named near it.
 */
const WEAKNESS_EXPLOITED = list('abus de faiblesse,abus de la faiblesse,abus d ignorance ou de faiblesse');

/**
 * Being told one is mad, by a partner named ("my husband convinced me I was insane", "says I'm
 * hearing things", "mon ex dit à tout le monde que je suis folle"): gaslighting. Only with the
 * partner named (`jealous`): "my friends say I'm crazy" is talk.
 */
const GASLIGHTING = [
  ...cross(
    list(
      'says i am,said i am,tells me i am,told me i am,convinced me i was,convinced me i am,makes me think i am,made me think i was,makes me feel like i am,tells everyone i am,told everyone i am',
    ),
    list(
      'crazy,insane,losing my mind,going crazy,going mad,hearing things,imagining things,delusional,paranoid,mentally ill,unstable',
    ),
  ),
  ...cross(
    list(
      'dit que je suis,me dit que je suis,disait que je suis,me fait croire que je suis,me faisait croire que je suis,dit a tout le monde que je suis,raconte que je suis,me fait passer pour',
    ),
    list('folle,fou,malade mentale,paranoiaque,hysterique,dingue,cinglee,instable'),
  ),
];

/**
 * Being drugged, told by the one drugged ("my husband drugged me", "il met des somnifères dans mon
 * thé"): with a subject, as every described situation.
 */
const DRUGGED = [
  ...list('drugged me,drugs me,drugging me,spiked my drink,spiked my drinks,spikes my drinks'),
  ...cross(
    list('puts,put,putting,slipped,slips'),
    list('sleeping pills in my,pills in my,something in my drink'),
  ),
  ...cross(
    list('met des,mettait des,a mis des,glisse des'),
    list(
      'somnifere dans mon,somnifere dans ma,somniferes dans mon,somniferes dans ma,medicaments dans mon,medicaments dans ma,cachets dans mon',
    ),
  ),
  ...list('me drogue,me droguait,me droguer,me a drogue,me a droguee,me droguee'),
  ...cross(
    list('met des,mettait des,a mis des,glisse des'),
    list('somniferes dans mon,somniferes dans ma,medicaments dans mon,medicaments dans ma,cachets dans mon'),
  ),
];

/**
 * Sex when one could not consent, told as it was ("he had sex with me when I was too drunk",
 * "il a couché avec moi quand j'étais trop saoule pour dire non").
 */
const COULD_NOT_CONSENT = [
  ...list('too drunk to consent,too drunk to say no,too drunk to say yes,too intoxicated to consent'),
  ...cross(
    list('sex with me when i was,sex with me while i was'),
    list('asleep,sleeping,passed out,unconscious,too drunk,blackout drunk,drunk'),
  ),
  ...cross(
    list(
      'trop saoule pour,trop saoul pour,trop soule pour,trop soul pour,trop ivre pour,trop alcoolisee pour',
    ),
    list('dire non,consentir,refuser'),
  ),
  ...cross(
    list('couche avec moi quand je etais,couche avec moi pendant que je'),
    list('trop saoule,trop saoul,ivre,inconsciente,endormie,dormais'),
  ),
];

/** Debts run up in one's name by forgery or without consent, and the field's term for them. */
const DEBT_IN_MY_NAME = {
  strong: list('sexually transmitted debt,sexually transmitted debts,coerced debts'),
  situation: [
    ...cross(list('in my name without my'), list('knowledge,consent,permission')),
    ...cross(list('a mon nom sans mon,a mon nom sans'), list('accord,consentement,autorisation,savoir')),
    ...list(
      'forged my signature,forges my signature,faked my signature,imite ma signature,imitait ma signature,falsifie ma signature',
    ),
  ],
};

/**
 * An ex who does not let go, in everyday words, told of a partner named (`jealous`): a new number
 * each time they are blocked, a car followed.
 */
const PURSUIT = [
  ...cross(
    list('revient avec,rappelle avec,me contacte avec,ecrit avec'),
    list('un autre numero,un nouveau numero,un autre compte,un nouveau compte,de faux comptes'),
  ),
  ...cross(
    list(
      'contacts me from,contacting me from,texts me from,texting me from,calls me from,calling me from,messages me from',
    ),
    list('new numbers,different numbers,fake accounts,new accounts'),
  ),
  ...list(
    'makes new accounts to contact me,creates new accounts to contact me,cree des faux comptes pour me contacter',
  ),
  ...list(
    'following my car,follows my car,followed my car,suit ma voiture,suivait ma voiture,me suit en voiture',
  ),
  ...cross(
    list('tracking me with,tracks me with,tracked me with'),
    list('an airtag,airtag,a tracker,tracker,gps'),
  ),
];

/**
 * A parent harming the other, told by their child ("my mom hits my dad", "mon père menaçait ma
 * mère"): the phrase says who and to whom, so it is its own subject. Not "poussait ma mère" (to do
 * something).
 */
const DAD = list('my dad,dad');
const MOM = list('my mom,mom,my mum,mum');
// Not "beat" (at cards), "hit" (her car), "pushes" (her wheelchair).
const PARENT_ACTS = list('hits,chokes,choked,threatens,threatened,abuses,abused');
const PARENTS = [
  ...cross(DAD, cross(PARENT_ACTS, MOM)),
  ...cross(MOM, cross(PARENT_ACTS, DAD)),
  ...cross(
    list('mon pere,mon beau pere,papa'),
    cross(
      list(
        'menace,menacait,etrangle,etranglait,tabasse,tabassait,cogne,cognait,frappe,frappait,bat,battait,tape,tapait',
      ),
      list('ma mere,maman,ma maman'),
    ),
  ),
];

/**
 * Orders that protect from a partner, broken or asked for in the words people use: "he breached
 * the DVO", "mon ex viole l'interdiction de s'approcher", "une ordonnance pour me protéger de mon
 * conjoint". The French conditions and orders are also any court's, so they need a partner named
 * (`harmWeak`); being protected from a partner names one.
 */
const ORDERS_BROKEN = {
  strong: cross(
    list('breached,breach,breaches,breaching,broke,broken,violated,violating'),
    list('the dvo,my dvo,his dvo,a dvo,the avo,my avo,his avo,an avo,the apvo,my apvo,the dvpo,my dvpo'),
  ),
  harmWeak: list(
    'interdiction de s approcher,interdiction d entrer en contact,ordonnance de ne pas faire,non harassment order',
  ),
  situationSelf: cross(
    list('me proteger de,me proteger contre,protect me from,protection from'),
    list(
      'mon conjoint,mon mari,mon ex,mon ex conjoint,mon chum,mon copain,ma conjointe,ma femme,my husband,my ex,my ex husband,my partner,my ex partner,my boyfriend,my wife,my girlfriend',
    ),
  ),
};

/**
 * Held down, the mouth covered, told of a partner named (`jealous`): "he held me down" alone is
 * also a nurse's injection or a game.
 */
const HELD_DOWN = list(
  'sat on my chest,sits on my chest,sitting on my chest,covered my mouth,covers my mouth,held me down,holds me down,pinned me down,pins me down,me tenait au sol,me bloque au sol,me bloquait au sol',
);

/**
 * Threats of self-harm that hold someone in place ("says he will cut himself if she doesn't
 * answer"): with a partner near (`harmWeak`); a child's or a friend's alone is a crisis of another
 * kind.
 */
const SELF_HARM_THREATS = cross(
  list('says he will,said he would,says she will,said she would,threatened to,threatens to,threatening to'),
  list('kill himself,kill herself,cut himself,cut herself,hurt himself,hurt herself,jump off'),
);

/** Birth control kept from someone: reproductive coercion, with a subject. */
const BIRTH_CONTROL_KEPT = cross(
  list(
    'wont let me,wouldnt let me,doesnt let me,refuses to let me,ne me laisse pas,me empeche de,m empeche de',
  ),
  list(
    'take birth control,buy birth control,use birth control,get birth control,take the pill,go on the pill,use contraception,prendre la pilule,prendre ma pilule,utiliser la contraception,utiliser un preservatif',
  ),
);

/** Sex asked for with a threat of leaving or cheating, said of a partner named (`jealous`). */
const SEX_OR_ELSE = [
  ...cross(
    list(
      'leave if i dont,leave me if i dont,leave if i wont,leave me if i wont,cheat if i dont,cheat on me if i dont',
    ),
    list('do sexual things,have sex,sleep with him,sleep with her,send nudes,do anal'),
  ),
  ...list(
    'voir ailleurs si je couche pas,voir ailleurs si je ne couche pas,voir ailleurs si je refuse,me tromper si je couche pas',
  ),
];

/** Images of one kept private, shared or asked for, in more of the words people use than `help-lexicon-10.ts`'s. */
const PRIVATE_IMAGES = list(
  'my intimate pics,my private pics,my private pictures,my private photos,a private picture of me,a private photo of me,private pictures of me,private photos of me,topless photos of me,my topless photos,mes photos nues,mes photo nue,ma photo nue',
);
const IMAGES_MORE = [
  ...cross(
    list('shared,posted,leaked,sent,showed,spread,printed,a envoye,envoye,partage,a partage,montre,a montre'),
    PRIVATE_IMAGES,
  ),
  ...cross(
    list(
      'pressuring her for,pressures her for,pressured her for,pressuring me for,pressures me for,keeps asking for,keeps asking me for',
    ),
    list('topless photos,topless pics,topless pictures,nude pics,intimate pics'),
  ),
];

/** Being made to account for oneself, told of a partner named (`jealous`). */
const ACCOUNTING = list(
  'me demande des comptes,me demandait des comptes,exige des comptes,exigeait des comptes,me fait rendre des comptes',
);

/**
 * The field's terms a sixth page set's titles used alone: "violences intimes" (France's medical
 * literature), perpetrator interventions, men being violent.
 */
const FIELD_TERMS = list(
  'violence intime,violences intimes,perpetrator intervention,perpetrator interventions,perpetrator intervention program,perpetrator intervention programme,men being violent,men from being violent',
);

export const LEXICON_12 = {
  strong: [...DEBT_IN_MY_NAME.strong, ...ORDERS_BROKEN.strong, ...FIELD_TERMS],
  relation: CO_PARENT,
  // The parents' phrases name who does it: each is its own subject (`help-topic.ts`'s `described`).
  subject: [...CO_PARENT, ...PARENTS],
  situation: [
    ...HANDS_AT_THROAT.situation,
    ...DRUGGED,
    ...DEBT_IN_MY_NAME.situation,
    ...BIRTH_CONTROL_KEPT,
    ...IMAGES_MORE,
  ],
  situationSelf: [
    ...HANDS_AT_THROAT.situationSelf,
    ...COULD_NOT_CONSENT,
    ...PARENTS,
    ...ORDERS_BROKEN.situationSelf,
  ],
  harmWeak: [...ORDERS_BROKEN.harmWeak, ...SELF_HARM_THREATS],
  jealous: [...GASLIGHTING, ...PURSUIT, ...SEX_OR_ELSE, ...ACCOUNTING, ...HELD_DOWN],
  neutral: [...HOMELESS, ...WEAKNESS_EXPLOITED],
} as const;
