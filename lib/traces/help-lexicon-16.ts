/**
 * Families seen among the misses of a sixteenth search set and a tenth page set (gathered blind,
 * English and French), written as families, never as rows: each is tested with phrasings and
 * everyday look-alikes of our own in `tests/unit/traces/help-search-16.test.ts`.
 * Spread into `LEXICON` (`help-lexicon.ts`).
 */

import { cross, list } from './phrase-lists';

/**
 * A hold over money ("sous l'emprise financière de leur conjoint", "dans le couple"): a harm word,
 * help with a partner, a couple or women beside it, and not the neutral "sous l'emprise" (of alcohol).
 */
const MONEY_HOLD = cross(list('emprise,sous emprise'), list('financiere,economique'));

/** Turning violent, said of a partner or "he" ("il devient agressif dès que je m'affirme"). */
const TURNS_VIOLENT = cross(
  list('gets,becomes,became,is becoming,devient,est devenu,est devenue,devenait'),
  list('violent,aggressive,agressif,agressive,violente'),
);

/** Money doled out or watched by a partner, in French: a weak sign that needs the partner named. */
const MONEY_DOLED = [
  ...list('me donne de l argent de poche,reduit mon argent de poche,me donne une petite allocation'),
  ...cross(
    list('garde,confisque'),
    list('la carte de credit,ma carte de credit,la carte bancaire,ma carte bancaire'),
  ),
  ...list('verifie mes releves,verifie mes releves de compte,pas de carte bancaire a mon nom'),
];

/** A scene made when I see friends or go out, said of a partner named ("fait une scène quand je sors"). */
const SCENES = cross(
  list('fait une scene,fait des scenes,fait une crise,fait des crises'),
  list('quand je,des que je'),
);

/** Accused of affairs, said of a partner named ("accuses me of sleeping with his friends"). */
const AFFAIRS_ALLEGED = cross(
  list('accuses me of,accused me of,m accuse de,m accusait de'),
  list('sleeping with,flirting with,having an affair,coucher avec,flirter avec,avoir un amant'),
);

/** The children used against me by a partner or an ex named ("using the kids as weapons"). */
const CHILDREN_AS_WEAPONS = [
  ...cross(
    list('uses,using,used'),
    list('the kids against me,the children against me,the kids as weapons,the children as weapons'),
  ),
  ...cross(list('utilise,se sert des'), list('les enfants contre moi')),
];

/** Flooded with messages or calls ("m'inonde de SMS", "bombards me with texts"), owned by a partner or "he". */
const FLOODED = [
  ...cross(
    list('m inonde de,m inondait de,me bombarde de,me bombardait de'),
    list('message,messages,sms,textos,appels'),
  ),
  ...cross(list('bombards me with,bombarded me with,floods me with'), list('message,messages,texts,calls')),
];

/** Turning up at my work or home, said of a partner or an ex named ("se présente à mon travail"). */
const TURNS_UP = cross(
  list('se presente a,se presentait a,debarque a,debarque chez,se pointe a,se pointe chez'),
  list('mon travail,moi,mon bureau'),
);

/** Confinement ("séquestrée par mon mari"): a harm word, help with a partner or a woman beside it. */
const CONFINED = list('sequestree,sequestre,sequestrait,sequestration,sequestrees');

/** Care kept from "me" after harm ("won't let me go to the hospital"), owned by a partner or "he". */
const CARE_KEPT_FROM = [
  ...cross(
    list('wont let me,wouldnt let me,doesnt let me,didnt let me,will not let me,refuses to let me'),
    list(
      'go to the doctor,go to the hospital,go to hospital,see a doctor,get medical help,call an ambulance',
    ),
  ),
  ...cross(
    list('m empeche d aller,m empechait d aller,ne me laisse pas aller,ne me laissait pas aller'),
    list('chez le medecin,a l hopital,aux urgences'),
  ),
];

/** Sex pressed for by a partner named: "pressured to have sex by my girlfriend", "si tu m'aimais tu le ferais". */
const SEX_PRESSED = [
  ...cross(
    list('pressured to have,pressures me to have,pressuring me to have,pressured me to have,pressured into'),
    ['sex'],
  ),
  ...list('if you really loved me you would,if you loved me you would,si tu m aimais tu le ferais'),
  ...list('si tu m aimais vraiment tu le ferais'),
];

/** Sex imposed in a couple, in French ("il me force au lit", "m'imposer un rapport"). */
const SEX_IMPOSED = [
  ...list('me force au lit,me forcait au lit,m a force au lit,m a forcee au lit'),
  ...cross(
    list('m imposer,m impose,m imposait,m a impose'),
    list('un rapport,des rapports,un rapport sexuel'),
  ),
];

/** Intimate images held over "me" ("threatens to leak my photos"), owned by a partner or "he". */
const IMAGES_THREATENED = cross(
  list(
    'threatens to leak my,threatened to leak my,threatening to leak my,threatens to post my,threatened to post my',
  ),
  list('photos,private photos,pictures,private pictures,nudes,intimate photos,videos'),
);

/** Pinned to a wall ("pins me against the wall", "m'a plaquée contre le mur"). */
const PINNED = [
  ...cross(list('pins me,pinned me,pinning me'), list('against the wall,to the wall,to the floor,down')),
  ...cross(list('me plaque,m a plaque,m a plaquee,me plaquait'), list('contre le mur,au sol,par terre')),
];

/** Kept away from family or friends, step by step, in French ("il m'éloigne de ma famille"). */
const DRAWN_AWAY = cross(
  list('m eloigne,m eloignait,m a eloignee,m isole,m isolait,m a isolee'),
  list('de ma famille,de mes amis,de mes amies,de mes proches'),
);

/** Spying software named as such: a "stalker app" is stalkerware. */
const STALKER_APPS = list('stalker app,stalker apps,stalking app,stalking apps');

/** Scotland's orders against a partner, which need a partner or harm beside them ("interdict"). */
const ORDERS_SCOTLAND = list('interdict,interdicts,interdict with power of arrest,exclusion order scotland');

export const LEXICON_16 = {
  strong: STALKER_APPS,
  harm: [...MONEY_HOLD, ...CONFINED],
  harmWeak: SEX_PRESSED,
  situation: [
    ...TURNS_VIOLENT,
    ...FLOODED,
    ...CARE_KEPT_FROM,
    ...SEX_IMPOSED,
    ...IMAGES_THREATENED,
    ...PINNED,
    ...DRAWN_AWAY,
  ],
  jealous: [...MONEY_DOLED, ...SCENES, ...AFFAIRS_ALLEGED, ...CHILDREN_AS_WEAPONS, ...TURNS_UP],
  safety: ORDERS_SCOTLAND,
} as const;
