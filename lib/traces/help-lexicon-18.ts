/**
 * Families seen among the misses of an eighteenth search set and a twelfth page set (gathered
 * blind, English and French), written as families, never as rows: each is tested with phrasings and
 * everyday look-alikes of our own in `tests/unit/traces/help-search-18.test.ts`.
 * Spread into `LEXICON` (`help-lexicon.ts`).
 */

import { cross, list } from './phrase-lists';

/** Home devices a partner or an ex uses to watch or torment: cameras, speakers, the smart home. */
const HOME_DEVICES = list(
  'alexa,google home,smart home,smart speaker,speakers,thermostat,ring,doorbell camera,cameras,camera,baby monitor,home automation',
);

/**
 * Watched or heard through the home's devices ("listening in through the home automation",
 * "spying on me through the ring camera"), or into them ("hacked our alexa"), said of a partner, an
 * ex or "he"/"she" (not "I", not a landlord or a child named first).
 */
const SPIED_THROUGH = [
  ...cross(
    list(
      'spying through,spying on me through,spies on me through,watching me through,watches me through,listening in through,listens in through,listens through',
    ),
    HOME_DEVICES,
  ),
  ...cross(
    list('hacked my,hacked our,hacked into my,messes with my'),
    list('alexa,smart home,smart thermostat,smart lock,ring doorbell,doorbell camera,security cameras'),
  ),
  ...cross(
    list('still has access to,can still see,can still control,still controls'),
    list('alexa,our alexa,smart home,our smart home,ring,our ring,cameras,our cameras,my location,life360'),
  ),
  // Cameras put in the home without a word ("put cameras all over the house", "m'a caché une caméra").
  ...cross(
    list('put,hid,hides,installed,placed'),
    list(
      'cameras all over,cameras all over house,camera in bedroom,cameras in bedroom,camera in bathroom,camera in my car',
    ),
  ),
  ...cross(list('m a cache,m a installe,me a cache,me a installe'), list('des cameras,une camera')),
  ...cross(
    list('me surveille avec,me surveille par,me espionne avec,me espionne par'),
    list('cameras,camera,alexa'),
  ),
  ...cross(
    list('controle,pirate,a pirate'),
    list('la domotique,ma domotique,notre domotique,l enceinte connectee'),
  ),
  // A tracker in French, put on me or my car ("mon ex a mis un traceur gps sur moi").
  ...cross(
    list('mis un,mis une,pose un,pose une,cache un,cache une,installe un,installe une'),
    list('traceur,traceur gps,balise,balise gps,mouchard,airtag'),
  ),
  ...cross(
    list('traceur,balise,mouchard'),
    list('sur moi,sur ma voiture,sous ma voiture,dans ma voiture,dans mon sac'),
  ),
];

/**
 * The aids a disabled person lives by, taken or hidden ("takes my wheelchair away so I can't go
 * out", "hides my visual aids"), food withheld, benefits kept: said of a partner or "he"/"she".
 * Not glasses or a phone charger, which anyone mislays.
 */
const AIDS_TAKEN = [
  ...cross(
    list('took my,takes my,takes away my,hides my,hid my,broke my,withholds my'),
    list(
      'wheelchair,wheel chair,walker,crutches,mobility scooter,mobility aids,visual aids,hearing aids,insulin',
    ),
  ),
  ...cross(list('takes my,taking my'), list('wheelchair away,walker away,crutches away')),
  ...list('withholds food,withheld food,withholding food,refuses me food,refused me food'),
  ...list('me prive de nourriture,me prive de manger,me privait de nourriture,me privait de manger'),
  ...cross(
    list('keeps my,takes my,took my,controls my,spends my,steals my,claims my'),
    list('disability benefits,disability payments,disability cheque,disability check'),
  ),
  ...cross(
    list('garde mon,prend mon,me prend mon,gere mon,confisque mon'),
    list('allocation handicap,aah,fauteuil roulant,deambulateur,appareil auditif'),
  ),
  ...cross(
    list('cache mon,cache mes,me cache mon,me cache mes'),
    list('fauteuil roulant,appareil auditif,appareils auditifs,cannes'),
  ),
];

/**
 * Told one imagines it or is to blame for everything: gaslighting in plain words, said of a partner
 * named ("mon copain dit que j'invente tout", "my boyfriend says I'm imagining things"). A mother or
 * a boss says such things too, so a partner must be named. Not "too sensitive" or "overreacting":
 * every couple's quarrel says those.
 */
const TOLD_IMAGINING = [
  ...cross(
    list('says,said,tells me,told me,keeps saying'),
    list(
      'im imagining things,i am imagining things,i imagine things,im imagining it,im making it up,i am making it up,i make things up,i made it up',
    ),
  ),
  ...cross(
    list('dit que,me dit que,repete que'),
    list('j invente,j invente tout,j imagine,j imagine tout,j imagine des choses'),
  ),
  ...list(
    'retourne la situation,retourne toujours la situation,retourne tout contre moi,me met tout sur le dos',
  ),
  ...list('me fait passer pour folle,me fait passer pour la folle,me fait croire que je suis folle'),
];

/** The household's animals, as a threat names them. */
const PETS = list('the dog,the cat,my dog,my cat,our dog,our cat,the pets,my pets');
const PETS_FR = list('le chien,le chat,mon chien,mon chat,mes animaux');
/** A pet threatened, said of a partner named ("my husband threatened to kill the dog"). */
const PET_THREATENED = [
  ...cross(list('threatened to,threatens to,threatening to'), cross(list('hurt,kill'), PETS)),
  ...cross(list('menace de,a menace de,menacait de'), cross(list('tuer,faire du mal a'), PETS_FR)),
];
/** A pet threatened on leaving ("if I leave he will hurt the dog", "il va tuer le chat si je pars"). */
const PET_IF_LEAVE = [
  ...cross(
    list('if i leave,if i leave him'),
    cross(list('he will hurt,he will kill,he ll hurt,he ll kill'), PETS),
  ),
  ...cross(cross(list('will hurt,will kill'), PETS), list('if i leave,if i leave him')),
  ...cross(cross(list('va tuer,va faire du mal a'), PETS_FR), list('si je pars,si je le quitte')),
  ...cross(list('si je pars,si je le quitte'), cross(list('il va tuer,il va faire du mal a'), PETS_FR)),
];

/**
 * Partner words as people type them: Tahitian in French Polynesia ("mon tane me frappe"), and the
 * French ones misspelt, too short for the typo fixer ("mon marie", "mon copin", "mon conjoin"; a
 * bride's "mon marié" names no harm, so alone it decides nothing).
 */
const PARTNERS_AS_TYPED = list('mon tane,ma vahine,mon marie,mon copin,mon conjoin,ma conjoin,ma copinne');

/** Intimate pictures threatened, as people shorten them ("threatened to send my pics"). */
const PICS_THREATENED = cross(
  list(
    'threatened to send,threatens to send,threatened to share,threatens to share,threatened to post,threatens to post',
  ),
  list('my pics,my pictures,my nude pics,our pics'),
);

/** The abuse as his or hers, left or escaped ("to get away from his abuse"). */
const LEFT_HIS_ABUSE = cross(
  list(
    'leaving,leave,left,escaping,escape,escaped,fleeing,flee,fled,get away from,getting away from,got away from',
  ),
  list('his abuse,her abuse'),
);

/** Florida's protective injunctions: court orders, so a civil party named with them decides nothing. */
const INJUNCTIONS = list(
  'protective injunction,protective injunctions,injunction for protection,injunctions for protection',
);

/**
 * The field's own names: protective injunctions, the sexual-assault nurse examiners' programmes,
 * groups for domestic violence, victims' compensation asked about.
 */
const FIELD_18 = [
  ...INJUNCTIONS,
  ...list('sane program,sane programs,sane programme,sane nurse,sane nurses,sexual assault nurse examiner'),
  ...cross(list('dv,dfv,fdv'), list('group,groups')),
  // Victims' compensation, in Québec (IVAC) and France (CIVI, SARVI), asked about: "IVAC" alone is
  // also an infusion pump.
  ...cross(
    list('qu est ce que,c est quoi,demande,demande a,formulaire,indemnisation,reclamation,recours a'),
    list('ivac,l ivac,la civi,la sarvi'),
  ),
  ...cross(list('saisir,saisine de,saisir la,saisine de la'), list('civi,sarvi')),
];

/** Blame for everything, in the other tenses ("my boyfriend is blaming me for everything"); a partner named. */
const BLAMED_MORE = list('blaming me for everything,blamed me for everything,blaming me for every fight');

/**
 * The phone kept from me so I cannot call ("hides my phone so I can't call for help"), and driving
 * forbidden ("won't let me get my licence"): said of a partner or "he"/"she".
 */
const CUT_OFF = [
  ...cross(
    list(
      'hides my phone,hid my phone,takes my phone,took my phone,takes the phone,took the phone,takes the phone with him',
    ),
    list('so i cant call,so i can t call,so i couldnt call,so i cannot call'),
  ),
  ...cross(
    list('wont let me,won t let me,doesnt let me,does not let me'),
    list('get my license,get my licence,get my drivers license,get my drivers licence,learn to drive'),
  ),
];

/** Abuse in pregnancy, as the field names it ("substance abuse during pregnancy" stays a drug's). */
const PREGNANCY = [
  ...cross(list('abuse,abused,violence'), list('during pregnancy,in pregnancy,while pregnant')),
  ...list('violence pendant la grossesse,violences pendant la grossesse,violence durant la grossesse'),
];

/** A bank card is not a card game ("me fait du chantage avec la carte bleue"). */
const BANK_CARDS = list('carte bleue,carte bancaire,carte de credit,carte de debit,carte vitale');

export const LEXICON_18 = {
  strong: [...FIELD_18, ...LEFT_HIS_ABUSE, ...PREGNANCY],
  order: INJUNCTIONS,
  harmWeak: PET_THREATENED,
  situation: [...SPIED_THROUGH, ...AIDS_TAKEN, ...PICS_THREATENED, ...CUT_OFF],
  situationSelf: PET_IF_LEAVE,
  jealous: [...TOLD_IMAGINING, ...BLAMED_MORE],
  relation: PARTNERS_AS_TYPED,
  subject: PARTNERS_AS_TYPED,
  neutral: [
    ...BANK_CARDS,
    // Power abused is not a partner's abuse ("escaping his abuse of power").
    ...cross(
      list('escaping,escape,leaving,leave,get away from'),
      list('his abuse of power,her abuse of power'),
    ),
  ],
} as const;
