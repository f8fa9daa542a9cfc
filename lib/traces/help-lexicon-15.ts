/**
 * Families seen among the misses and false removals of a fifteenth search set and a ninth page set
 * (gathered blind, English and French), written as families, never as rows: each is tested with
 * phrasings and everyday look-alikes of our own in `tests/unit/traces/help-search-15.test.ts`.
 * Spread into `LEXICON` (`help-lexicon.ts`).
 */

import { cross, list } from './phrase-lists';

/**
 * A blow to a part of my body ("he slapped my mouth", "busted my lip"), owned like every
 * situation by a partner or "he"/"she" (`help-topic.ts`'s `described`): "I hit my head" is the
 * speaker's, "the door hit my face" nobody's, "my son kicked my back" someone else's.
 */
const BLOWS_TO_MY_BODY = cross(
  list('slapped,punched,kicked,hit,busted,split'),
  list('my face,my mouth,my lip,my head,my eye,my nose'),
);

/** Pets hurt or threatened by the partner ("he kicked my dog", "il menace de tuer mon chat"). */
const PETS_HARMED = [
  ...cross(
    list('kicked,hurt,killed,threatens to kill,threatened to kill'),
    list('my dog,my cat,my pet,my puppy,our dog,our cat'),
  ),
  ...cross(
    list('menace de tuer,a tue,frappe,maltraite'),
    list('mon chien,mon chat,mes animaux,le chat,le chien,notre chien,notre chat'),
  ),
];

/** Put out of the home by the partner ("il me jette dehors", "m'a mise à la porte"). */
const THROWN_OUT = cross(
  list(
    'me jette,me jetait,m a jete,m a jetee,me met,me mettait,m a mis,m a mise,me fout,m a foutu,m a foutue',
  ),
  list('dehors,a la porte'),
);

/** Left without money, or made to account for every euro, by the partner. */
const LEFT_WITHOUT_MONEY = cross(
  list('me laisse,me laissait,m a laisse,m a laissee'),
  list('sans argent,sans un sou,sans un rond,sans un centime'),
);
const SPENDING_JUSTIFIED = cross(list('justifier,justifie'), list('chaque euro,chaque depense,chaque achat'));

/** Every move watched: a weak sign that needs the partner named ("my boyfriend monitors where I go"). */
const MONITORED = cross(list('monitors,monitoring,tracks'), list('where i go,everywhere i go,my every move'));

/**
 * Immigration status used as a threat or a leash ("he'll have me deported", "controls my visa",
 * "me faire expulser"): what a sponsor or partner does, never a border officer's words.
 */
const STATUS_HELD = [
  ...list('have me deported,get me deported,call immigration on me,controls my visa,me faire expulser'),
  ...cross(list('garde,confisque'), list('mon titre de sejour,ma carte de sejour')),
];

/** Mobility and hearing aids or medicine withheld ("hides my walker", "keeps my wheelchair out of reach"). */
const AIDS = list('my wheelchair,my walker,my cane,my hearing aids,my medication,my meds');
const AIDS_WITHHELD = [
  ...cross(list('hides,hid,withholds,takes away'), AIDS),
  ...cross(cross(list('keeps'), AIDS), list('out of reach')),
];

/** My things broken ("il casse mes affaires quand il est en colère"). */
const THINGS_BROKEN = [
  ...cross(
    list('casse,cassait,a casse,detruit,brise'),
    list('mes affaires,mes objets,mes choses,mon telephone,mon portable'),
  ),
  ...list('casse tout,cassait tout,a tout casse'),
];

/**
 * Someone violent to a mother or a partner, said by their child or by themself ("my dad is abusive to
 * my mum", "abusive towards my wife"): a family's violence whoever names it.
 */
const VIOLENT_TO_FAMILY = [
  ...cross(
    list('abusive to,abusive towards,violent towards'),
    list('my mum,my mom,my mother,my wife,my husband,my girlfriend,my boyfriend,my partner'),
  ),
  ...cross(list('violent avec,violent envers'), list('ma mere,ma femme,ma conjointe,ma blonde,ma copine')),
  ...cross(list('violente avec,violente envers'), list('mon mari,mon conjoint,mon chum,mon copain')),
];

/** The field's words a ninth page set's titles used alone: a "sex attack" is a sexual assault. */
const FIELD_TERMS = [
  ...list('sex attack,sex attacks,sex attacker,sex attackers,sexual attack,sexual attacks'),
  ...list('bracelet antirapprochement,bracelets antirapprochement'),
];

/** Fear felt in the body ("la peur au ventre"), which needs the partner just after it. */
const FEAR_FELT = list('peur au ventre,la boule au ventre');

export const LEXICON_15 = {
  strong: [...FIELD_TERMS, ...VIOLENT_TO_FAMILY],
  situation: [
    ...BLOWS_TO_MY_BODY,
    ...PETS_HARMED,
    ...THROWN_OUT,
    ...LEFT_WITHOUT_MONEY,
    ...STATUS_HELD,
    ...AIDS_WITHHELD,
    ...THINGS_BROKEN,
  ],
  jealous: [...SPENDING_JUSTIFIED, ...MONITORED],
  towardPartner: FEAR_FELT,
} as const;
