// Families seen among the misses and false removals of the twelfth search set and the sixth page
// set (`help-lexicon-12.ts`), and two reading fixes (a participle typed as its infinitive, "im"),
// each with searches and titles of our own it must catch, and everyday ones a careless version
// would catch too. None is a row of either set.
import { describe, expect, it } from 'vitest';
import { createTopicClassifier, participlesTyped } from '../../../lib/traces/help-topic';
import { helpWords } from '../../../lib/traces/help-words';
import { describeSearchFamilies } from './search-families';

const topic = createTopicClassifier();

describeSearchFamilies('the twelfth set’s families', {
  'the other parent of my children, as a partner': {
    help: [
      'the father of my kids threatens me when he drops them off',
      'my daughters dad hits me',
      'my baby mama threatened me',
      'le père de ma fille me menace',
      'la maman de mes enfants me frappe',
      'leur papa me bat devant eux',
      'my co parent is abusive what can i do',
    ],
    ordinary: [
      'the father of my kids forgot their birthday',
      'my kids dad is picking them up late',
      'le père de mes enfants ne paie pas la pension',
      'leur père les emmène au parc',
      'creating a co parenting calendar app',
      'my dad hits the gym every morning',
    ],
  },
  'hands at the throat': {
    help: [
      'i still feel her hands around my throat',
      'il a mis ses mains sur ma gorge',
      'mon conjoint les mains autour de mon cou hier soir',
    ],
    ordinary: [
      'massage hands on my neck tension',
      'collier autour de mon cou allergie',
      'mal à la gorge depuis trois jours',
    ],
  },
  'told one is mad, by a partner named': {
    help: [
      'my wife tells everyone i am unstable',
      'boyfriend says im imagining things',
      'mon mari me fait passer pour folle',
      'ma copine dit que je suis paranoiaque',
    ],
    ordinary: [
      'my friends say im crazy for running marathons',
      'mon prof dit que je suis fou de faire ça',
      'am i going crazy or is the wifi slow',
    ],
  },
  'drugged by a partner': {
    help: [
      'i think my husband drugs me at night',
      'mon copain me droguait pour sortir',
      'my boyfriend put sleeping pills in my coffee',
    ],
    ordinary: [
      'drugs for sleeping pills side effects',
      'somnifères naturels pour dormir',
      'drugstore open near me',
    ],
  },
  'sex when one could not consent': {
    help: [
      'is it rape if i was too drunk to consent',
      'he had sex with me while i was passed out',
      'j étais trop ivre pour dire non à mon copain',
    ],
    ordinary: [
      'too drunk to drive home what to do',
      'trop ivre pour conduire amende',
      'had sex with me and left the next day ghosted',
    ],
  },
  'debts run up in my name': {
    help: [
      'sexually transmitted debt help australia',
      'my husband took a loan in my name without my consent',
      'mon ex a pris un crédit à mon nom sans mon accord',
      'he forged my signature on the mortgage',
    ],
    ordinary: [
      'how to put the car loan in my name',
      'crédit à mon nom taux fixe simulation',
      'debt consolidation loan calculator',
    ],
  },
  'an ex who does not let go': {
    help: [
      'my ex keeps contacting me from new numbers',
      'mon ex me contacte avec un nouveau compte instagram',
      'my ex husband follows my car to work',
    ],
    ordinary: [
      'the band follows my car playlist',
      'transfer my old whatsapp to a new number',
      'un autre numéro de téléphone pour le travail',
    ],
  },
  'a parent harming the other, told by their child': {
    help: ['my mum chokes my dad when they fight', 'mon beau père tabassait ma mère', 'papa menace maman'],
    ordinary: [
      'my dad beat my mom at chess',
      'my dad pushes my mom in her wheelchair',
      'mon père poussait ma mère à reprendre ses études',
    ],
  },
  'orders that protect from a partner, broken or asked for': {
    help: [
      'what happens if he breached my avo twice',
      'mon ex ne respecte pas l interdiction de contact',
      'how to protect me from my ex husband legally',
      'une ordonnance de ne pas faire contre mon ex',
    ],
    ordinary: [
      'breached the contract of sale what now',
      'ordonnance de ne pas faire voisin bruit',
      'interdiction d entrer en contact avec les témoins du procès',
      'protection from the sun spf 50',
    ],
  },
  'held down, the mouth covered, by a partner named': {
    help: ['my boyfriend pinned me down and covered my mouth', 'mon mari me tenait au sol'],
    ordinary: [
      'the cat sat on my chest all night',
      'dentist held me down for the filling',
      'he held me down to give me a shot',
    ],
  },
  'threats of self-harm that hold a partner in place': {
    help: [
      'my girlfriend says she will kill herself if i break up',
      'boyfriend threatened to jump off the bridge when i left',
    ],
    ordinary: ['my son says he will kill himself what do i do', 'the hero threatens to jump off the cliff'],
  },
  'birth control kept from me': {
    help: ['my husband wont let me take the pill', 'mon conjoint m empeche de prendre la pilule'],
    ordinary: [
      'my doctor wont let me take birth control after 35',
      'ne me laisse pas oublier de prendre la pilule',
    ],
  },
  'sex asked for under a threat of leaving or cheating': {
    help: [
      'boyfriend will leave me if i dont have sex',
      'mon copain dit qu il va voir ailleurs si je couche pas',
    ],
    ordinary: [
      'will my cat leave if i dont feed her',
      'aller voir ailleurs si la concurrence est moins chère',
    ],
  },
  'private images shared or asked for': {
    help: [
      'my ex posted my private pictures on facebook',
      'boyfriend keeps asking for topless pics',
      'il a partagé mes photos nues sur snap',
    ],
    ordinary: ['shared my private pictures album with family', 'topless photos beach rules france'],
  },
  'made to account for myself, by a partner named': {
    help: ['mon chum me demande des comptes sur chaque dépense'],
    ordinary: ['le fisc me demande des comptes sur ma déclaration'],
  },
});

describe('the field’s terms in titles', () => {
  it.each([
    'Violences intimes : repérer et orienter',
    'Perpetrator intervention programs in Victoria',
    'Can counselling stop men being violent?',
  ])('%j is help', (title) => {
    expect(topic.isHelpTitle(title)).toBe(true);
  });
  it.each(['Intimes convictions : critique du film', 'Early intervention for young offenders'])(
    '%j is not',
    (title) => {
      expect(topic.isHelpTitle(title)).toBe(false);
    },
  );
});

describe('homeless shelters are not refuges from abuse, unless abuse is named', () => {
  it.each([
    'Shelter for homeless women opens downtown',
    'Un refuge pour femmes sans abri ouvre ses portes',
    'Hébergement des personnes en situation d’itinérance cet hiver',
  ])('%j is not help', (title) => {
    expect(topic.isHelpTitle(title)).toBe(false);
  });
  it.each([
    'Shelter for homeless and abused women opens downtown',
    'Women made homeless by domestic abuse wait for refuge places',
    'Refuge pour femmes victimes de violence conjugale',
  ])('%j is help', (title) => {
    expect(topic.isHelpTitle(title)).toBe(true);
  });
});

describe('a French past participle typed as its infinitive', () => {
  const vocab = new Set(['frappe', 'menace']);
  it('reads it as the participle after an auxiliary', () => {
    expect(participlesTyped(helpWords('il ma frapper hier'), vocab)).toEqual(['il', 'ma', 'frappe', 'hier']);
    expect(participlesTyped(helpWords('jai ete menacer'), vocab)).toEqual(['jai', 'ete', 'menace']);
    expect(participlesTyped(helpWords('il a frapper'), vocab)).toEqual(['il', 'a', 'frappe']);
  });
  it('keeps an infinitive where one belongs', () => {
    // "a" is also "à" without its accent: "apprendre a frapper" is an infinitive.
    expect(participlesTyped(helpWords('apprendre a frapper'), vocab)).toEqual(['apprendre', 'a', 'frapper']);
    expect(participlesTyped(helpWords('il va frapper'), vocab)).toEqual(['il', 'va', 'frapper']);
    // A participle the vocabulary does not hold is left as typed.
    expect(participlesTyped(helpWords('jai manger'), vocab)).toEqual(['jai', 'manger']);
  });
  it.each([
    'il ma frapper hier soir',
    'mon copain ma menacer de mort',
    'il a enlever le preservatif sans mon accord',
  ])('%j is help', (q) => {
    expect(topic.isHelpQuery(q)).toBe(true);
  });
  it.each(['apprendre a frapper une balle de golf', 'jai manger trop de chocolat'])('%j is not', (q) => {
    expect(topic.isHelpQuery(q)).toBe(false);
  });
});

describe('"im" typed without its apostrophe', () => {
  it('reads as "i am"', () => {
    expect(helpWords('he says im crazy')).toEqual(['he', 'says', 'i', 'am', 'crazy']);
  });
  it.each(['my husband says im worthless', 'im scared of my boyfriend'])('%j is help', (q) => {
    expect(topic.isHelpQuery(q)).toBe(true);
  });
});
