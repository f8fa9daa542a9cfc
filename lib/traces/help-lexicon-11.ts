/**
 * Families seen among the misses of an eleventh search set and a fifth page set (both gathered
 * blind, English and French), written as families, never as rows: each is tested with phrasings
 * and everyday look-alikes of our own in `tests/unit/traces/help-search-11.test.ts`. Spread into
 * `LEXICON` (`help-lexicon.ts`).
 */

import { IMAGES_MINE } from './help-lexicon-10';
import { cross, list } from './phrase-lists';

const HIS_PARTNER = list(
  'his wife,his girlfriend,his partner,his ex,his ex partner,his ex wife,his ex girlfriend',
);
const HER_PARTNER = list(
  'her husband,her boyfriend,her partner,her ex,her ex partner,her ex husband,her ex boyfriend',
);
/** "Sa conjointe", "son ex-compagnon": a partner said in the third person, in French. */
const SON_PARTNER = list(
  'sa femme,sa conjointe,sa compagne,sa copine,sa blonde,son ex,son ex compagne,son ex conjointe,son ex femme,son mari,son conjoint,son compagnon,son copain,son chum,son ex mari,son ex conjoint,son ex compagnon',
);
const SON_MALE_PARTNER = SON_PARTNER.filter((p) => p.startsWith('son '));

/**
 * A partner killed, as the news says it: "charged with the murder of his wife", "killed by her
 * ex-partner", "jugé pour l'assassinat de son ex-compagne". Not a death alone ("death of his wife").
 */
const PARTNER_KILLED = [
  ...cross(
    list(
      'murder of,murdered,killing of,killing,killed,slaying of,stabbed,stabbing of,strangled,shot,beat to death,manslaughter of',
    ),
    [...HIS_PARTNER, ...HER_PARTNER],
  ),
  // Headlines drop the possessive: "jailed for killing ex-partner", "murder of wife".
  ...cross(
    list('murder of,murdered,killing of,killing,killed,stabbing of,stabbed,manslaughter of'),
    list('wife,girlfriend,partner,ex partner,ex wife,ex girlfriend,husband,boyfriend'),
  ),
  ...cross(list('killed by,murdered by,stabbed by,strangled by,shot by,beaten to death by'), [
    ...HER_PARTNER,
    ...HIS_PARTNER,
    ...list('an ex partner,a partner,an intimate partner'),
  ]),
  ...cross(list('meurtre de,assassinat de,tue,avoir tue,poignarde,etrangle,abattu,homicide de'), SON_PARTNER),
  ...cross(
    list('tuee par,assassinee par,poignardee par,etranglee par,battue a mort par,abattue par'),
    SON_MALE_PARTNER,
  ),
];

/**
 * Harm told in the third person, as friends, children and neighbours say it: "son mari la bat"
 * (the reader drops "la"), "il bat sa femme", "her husband hits her", "my dad beats my mom", "elle
 * se fait battre par son conjoint". Not "frapper" or "cogner" after a partner alone: a husband
 * knocks at the door ("son mari frappe à la porte"); their feminine participles say "her".
 */
const THIRD_PERSON = [
  ...cross(
    SON_PARTNER,
    list(
      'bat,battait,tabasse,tabassait,etrangle,viole,violait,maltraite,frappee,battue,tabassee,etranglee,violee',
    ),
  ),
  ...cross(list('bat,battait,frappe,frappait,tabasse,viole,etrangle,maltraite'), [
    ...SON_PARTNER.filter((p) => !p.startsWith('son ex')),
    'ma mere',
  ]),
  ...cross(
    list(
      'se fait battre par,se fait frapper par,se faisait battre par,se faisait frapper par,se fait violer par',
    ),
    SON_MALE_PARTNER,
  ),
  ...cross(
    HER_PARTNER,
    list('hits her,hit her,beats her,beat her,abuses her,chokes her,choked her,raped her'),
  ),
  ...cross(HIS_PARTNER, list('hits him,hit him,beats him,beat him,abuses him,abused him')),
  ...cross(list('gets beaten by,gets hit by,got beaten by,was beaten by,being beaten by,being abused by'), [
    ...HER_PARTNER,
    ...HIS_PARTNER,
  ]),
  ...cross(
    list('beat,beats,beating,hit,hits,hitting,abuses,abused,choked,chokes,strangled'),
    list('my mom,my mum,my mother'),
  ),
  // Whoever does it ("my neighbour beats his wife"), the one it is done to is a partner.
  ...cross(list('beats,beat,beating,hits,hitting,abuses,choked,strangled,raped'), [
    ...HIS_PARTNER.filter((p) => p !== 'his ex'),
    ...HER_PARTNER.filter((p) => p !== 'her ex'),
  ]),
];

/**
 * Strangulation in French: "étranglement" is also a bottleneck, a judo hold and a hernia, so it
 * needs a partner or harm near; the attempts are said with "me" ("il a essayé de m'étouffer", "il
 * m'a pris à la gorge"). Not "il m'étouffe" alone: a clingy partner is said so too.
 */
const STRANGLE_FR = {
  harm: list('etranglement,etranglements,tentative d etranglement'),
  situation: [
    ...cross(
      list(
        'essaye de me,essayait de me,tente de me,tentait de me,failli me,voulu me,voulait me,allait me,cherche a me',
      ),
      list('etouffer,etrangler'),
    ),
    ...list('me pris a la gorge,me prend a la gorge,me prenait a la gorge,me saisie a la gorge'),
    ...list('me attrapee a la gorge,me attrape a la gorge,me tenait a la gorge,me tient a la gorge'),
  ],
  neutral: list(
    'goulot d etranglement,goulots d etranglement,cle d etranglement,etranglement judo,etranglement herniaire,hernie etranglee,etranglement financier',
  ),
};

/**
 * Reproductive coercion: the field's terms decide alone; the acts need the partner or "he" ("il a
 * enlevé le condom", "he poked holes in the condoms", "hid my birth control").
 */
const REPRODUCTIVE = {
  strong: list(
    'coercition reproductive,sabotage contraceptif,sabotage de la contraception,sabotage du preservatif,retrait non consenti du preservatif,retrait du preservatif sans consentement,stealthing,contraceptive sabotage,birth control sabotage,condom sabotage,reproductive control',
  ),
  situation: [
    ...cross(
      list('enleve,retire,enlevait,retirait,a enleve,a retire'),
      list('le preservatif,le condom,la capote'),
    ),
    ...cross(
      list('refuse de mettre,refusait de mettre,refuse de porter,refusait de porter,veut pas mettre'),
      list('le preservatif,un preservatif,le condom,un condom,la capote,une capote'),
    ),
    ...cross(list('perce,percait,a perce'), list('les preservatifs,le preservatif,les condoms,les capotes')),
    ...cross(
      list('cache,cachait,jete,jetait,a cache,a jete'),
      list('ma pilule,mes pilules,ma contraception,la pilule du lendemain,ma pilule du lendemain'),
    ),
    ...cross(
      list('took off,takes off,removed,removes,took,messed with,tampered with,poked holes in,pokes holes in'),
      list('the condom,a condom,the condoms,condoms'),
    ),
    ...list('took the condom off,takes the condom off,took condom off'),
    ...cross(
      list('hid,hides,hiding,flushed,flushes,threw away,throws away,threw out,tampered with,messed with'),
      list('my birth control,my pills,my pill,my contraception,my contraceptive pills'),
    ),
    ...list('refuses to wear a condom,refused to wear a condom,wont wear a condom,refuses to use a condom'),
  ],
};

/**
 * Sex after a "no", said with the partner or on its own: "sex even though I said no" decides
 * alone; pressure over refusing ("guilt trips me for saying no to sex", "insists on anal sex",
 * "je me sens obligée de coucher avec mon copain") needs the partner named.
 */
const SEX_AFTER_NO = {
  situationSelf: [
    ...cross(
      list('sex,having sex,have sex,had sex'),
      list(
        'even though i said no,even though i say no,after i said no,when i said no,when i say no,although i said no,even when i say no',
      ),
    ),
    ...cross(
      list('woke up to,woke up with,wake up to'),
      cross(list('him,my husband,my boyfriend,my partner'), list('having sex with me,on top of me')),
    ),
    ...list('rapports que je ne voulais pas,rapport que je ne voulais pas,rapports que je voulais pas'),
  ],
  harmWeak: [
    ...list(
      'saying no to sex,said no to sex,say no to sex,refuse sex,refused sex,refusing sex,keep refusing sex',
    ),
    ...cross(
      list(
        'insists on,insisted on,insisting on,guilt trips me for,guilt trips me into,guilts me into,sulks if i refuse',
      ),
      list('sex,anal sex,anal,oral sex,a threesome'),
    ),
    ...cross(
      list('obligee de,oblige de,me sens obligee de,me sentais obligee de'),
      list('coucher,faire l amour,avoir des rapports,avoir des relations sexuelles'),
    ),
    ...list(
      'impose des rapports,imposait des rapports,rapports non consentis,rapport non consenti,rapports forces',
    ),
    ...list('sans mon consentement,devoir conjugal'),
  ],
};

/** Forbidding, said with the partner next to it ("mon mari m'interdit d'apprendre le français"); not a doctor or a parent. */
const FORBIDS = list('me interdit,me interdisait,me a interdit,me interdit de,me defend de,me defendait de');

/** Passwords demanded or handed over, and messages read, said with the partner. */
const PASSWORDS = cross(
  list(
    'give him,give her,gave him,gave her,demands,demanded,wants,wanted,asks for,asked for,makes me give him,makes me give her,made me give him,made me give her',
  ),
  list(
    'my password,my passwords,all my passwords,my passcode,my phone password,my phone passcode,my facebook password,my instagram password,my email password,my snapchat password',
  ),
);
const PASSWORDS_FR = cross(
  list('exige,exigeait,veut,voulait,me demande,me demandait,me force a donner,me oblige a donner'),
  list(
    'mes mots de passe,mon mot de passe,le code de mon telephone,mon code de telephone,le code de mon cell',
  ),
);
const MESSAGES_READ = list(
  'read all my texts,reads all my texts,read all my messages,reads all my messages,reads my diary,read my diary',
);

/** Money withheld: asking permission to spend, kept short, an account one cannot reach. */
const MONEY_WITHHELD = {
  harmWeak: [
    ...list('permission to spend,permission to buy,permission to spend money,ask permission to spend'),
    ...list('keeps me short of money,keeps me without money,gives me no money,wont give me any money'),
    ...list('aucun acces au compte joint,pas acces au compte joint,aucun acces a notre compte'),
  ],
  situation: list('gere tout argent,gerait tout argent,controle tout argent,controlait tout argent'),
};

/** A tracker found in French ("un AirTag trouvé dans ma voiture"): stalking, whoever put it there. */
const TRACKER_FR = [
  ...cross(
    list('airtag,air tag,traceur,traceur gps,balise gps'),
    list(
      'trouve dans ma voiture,trouve sous ma voiture,trouve sur ma voiture,trouve dans mon sac,cache dans ma voiture,cache sous ma voiture,cache dans mon sac',
    ),
  ),
  ...cross(
    list('trouve un,trouve une,decouvert un,decouvert une'),
    cross(list('airtag,traceur,balise gps'), list('dans ma voiture,sous ma voiture,dans mon sac')),
  ),
];

/** Intimate images shared or held over someone, in French and English, and the service that removes them. */
const IMAGES = [
  ...cross(
    list(
      'fait circuler,faire circuler,menace de faire circuler,menace de diffuser,menace de publier,menace de partager,a publie,publie',
    ),
    list('mes nudes,mes photos intimes,mes photos nues,mes videos intimes,des photos intimes de moi'),
  ),
  ...list(
    'photos intimes diffusees,photos intimes partagees,diffusion de photos intimes,diffusion non consentie',
  ),
  ...cross(
    list(
      'blackmailing me with,blackmails me with,blackmailed me with,threatening me with,threatens me with,threatens to post,threatens to share,threatened to post,threatened to share,threatening to post,threatening to share',
    ),
    IMAGES_MINE,
  ),
  'stopncii',
];

/**
 * Australia's and New Zealand's order acronyms with the words said around them ("lost my AVO copy",
 * "apply for a DVO"). Not "avo" after "get" or "got": avocado toast.
 */
const ORDER_ACRONYMS = [
  ...cross(
    list('avo,dvo,apvo,advo'),
    list(
      'copy,says,no contact,variation,vary,withdraw,withdrawal,extension,extend,expire,expiry,expired,served,magistrate,police,against me,against him,against her,protected person,defendant',
    ),
  ),
  ...cross(
    list('apply,apply for,vary,withdraw,extend,breaching,interim,provisional,police'),
    list('avo,dvo,apvo'),
  ),
  ...cross(list('get,got,have,has'), ['dvo']),
];

/**
 * Everyday senses the families above and older ones must leave alone: the hold of a sect or of
 * screens ("sortir de l'emprise des écrans"), Québec's youth protection (its "ordonnance"), a civil
 * case's protective order, a deer-stalking holiday.
 */
const EVERYDAY = [
  ...cross(
    list('emprise,sortir de l emprise,sortir de emprise,se liberer de l emprise,echapper a l emprise'),
    list(
      'une secte,sectaire,des sectes,ecrans,des ecrans,du numerique,alcool,de alcool,drogue,la drogue,du jeu,des jeux video,des reseaux sociaux,du telephone',
    ),
  ),
  ...list(
    'protection de la jeunesse,ordonnance de protection de la jeunesse,directeur de la protection de la jeunesse',
  ),
  ...list('motion for protective order,motion for a protective order,discovery protective order'),
];

export const LEXICON_11 = {
  strong: [...PARTNER_KILLED, ...REPRODUCTIVE.strong, ...TRACKER_FR, ...IMAGES, ...ORDER_ACRONYMS],
  situation: [...STRANGLE_FR.situation, ...REPRODUCTIVE.situation, ...MONEY_WITHHELD.situation],
  situationSelf: [...THIRD_PERSON, ...SEX_AFTER_NO.situationSelf],
  // Each names who does it: the phrase is its own subject (`help-topic.ts`'s `described`).
  subject: THIRD_PERSON,
  harm: STRANGLE_FR.harm,
  harmWeak: [
    ...SEX_AFTER_NO.harmWeak,
    ...PASSWORDS,
    ...PASSWORDS_FR,
    ...MESSAGES_READ,
    ...MONEY_WITHHELD.harmWeak,
    ...FORBIDS,
  ],
  neutral: [...STRANGLE_FR.neutral, ...EVERYDAY],
} as const;
