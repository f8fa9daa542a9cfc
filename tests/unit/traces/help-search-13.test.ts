// Families seen among the misses and false removals of the thirteenth search set and the seventh
// page set (`help-lexicon-13.ts`), each with searches and titles of our own it must catch, and
// everyday ones a careless version would catch too. None is a row of either set.
import { describe, expect, it } from 'vitest';
import { createTopicClassifier } from '../../../lib/traces/help-topic';
import { describeSearchFamilies } from './search-families';

const topic = createTopicClassifier();

describeSearchFamilies('the thirteenth set’s families', {
  'a partner hitting my child': {
    help: [
      'my boyfriend slapped my daughter what do i do',
      'husband beats our son when hes drunk',
      'he kicked my kids in front of me',
      'mon conjoint frappe mes enfants',
      'il a giflé notre fille hier',
    ],
    ordinary: [
      'a boy at school hit my son',
      'the swing hit my daughter in the face',
      'my dog bit my son',
      'how to stop my toddler hitting my baby',
      'le ballon a frappé mon fils au visage',
    ],
  },
  'things thrown at my head or face': {
    help: ['my wife throws things at my head when she is angry', 'he threw a glass at my face last night'],
    ordinary: ['my toddler throws food at my face', 'threw a ball at my head in dodgeball'],
  },
  'a door blocked, a way out barred': {
    help: [
      'husband blocked the door so i could not leave',
      'she stands in the doorway when i try to go',
      'mon chum bloque la porte quand je veux partir',
      'il m’empêche de sortir de la maison',
    ],
    ordinary: [
      'snow blocked the door this morning',
      'car blocking the exit of my driveway',
      'la neige bloque la porte du garage',
      'le médecin m’empêche de sortir de l’hôpital',
    ],
  },
  'touched while asleep, in any tense': {
    help: ['il me caresse quand je dors et je n’ose rien dire', 'my boyfriend touches me while i sleep'],
    ordinary: ['mon chat me réveille quand je dors', 'i talk when i sleep'],
  },
  'the children held over leaving': {
    help: [
      'il dit que si je pars je ne reverrai jamais les enfants',
      'si tu me quittes tu verras plus tes enfants',
    ],
    ordinary: ['tu ne verras plus les enfants de la même façon après ce film', 'si tu pars en vacances'],
  },
  'sex demanded or bargained for by a partner': {
    help: ['my boyfriend demands sex every day', 'husband wont give me money unless i have sex with him'],
    ordinary: ['demands of sex education teachers', 'money unless i get a job'],
  },
  'pay, benefits or inheritance taken by a partner': {
    help: [
      'my wife controls my wages and my bank card',
      'boyfriend takes my benefits every fortnight',
      'mon mari garde mon salaire',
      'mon copain veut que je lui donne mon salaire chaque mois',
    ],
    ordinary: [
      'my employer controls my wages',
      'the government takes my pension',
      'mon patron garde mon salaire',
      'combien prend mon comptable',
    ],
  },
  'intimate images of me shared, in French': {
    help: ['mon ex a diffusé ma vidéo intime', 'il a fait circuler des photos de moi nue'],
    ordinary: ['diffuser ma vidéo de mariage sur youtube', 'partage des photos de vacances'],
  },
  'a child harmed by the other parent, in the passive': {
    help: ['ma fille battue par son père que faire', 'my daughter was abused by her father'],
    ordinary: ['battu par son père aux échecs', 'frappé par son père en pleine partie de tennis'],
  },
  'a partner nearly killed, said by the one who did it': {
    help: ['i nearly killed my girlfriend last night', 'j’ai failli tuer mon conjoint'],
    ordinary: ['i almost killed my houseplant', 'j’ai failli tuer mon ordinateur'],
  },
  'the children questioned about me, an ex around the house': {
    help: [
      'my ex husband grills the kids about me after every visit',
      'mon ex questionne les enfants à mon sujet',
      'mon ex conjoint rôde autour de chez moi',
    ],
    ordinary: ['the teacher questions the kids about me', 'le voisin passe devant chez moi avec son chien'],
  },
  'threats over papers and secrets': {
    help: [
      'my wife threatened to call immigration on me',
      'boyfriend says he will have me deported',
      'my girlfriend threatens to out me as trans to my family',
      'my husband will cancel my sponsorship unless i do what he says',
    ],
    ordinary: [
      'my landlord threatened to call immigration on me',
      'will the new law have me deported',
      'how to out myself as trans to my family',
    ],
  },
  'a trans partner’s transition attacked': {
    help: ['my girlfriend hid my hormones again', 'my husband calls me by my dead name when he is angry'],
    ordinary: ['the pharmacy hid my hormones behind the counter', 'my grandma calls me by my old name'],
  },
  'an ex back through new accounts, or behind my car': {
    help: ['my ex keeps making fake accounts to message me', 'mon ex me suit en voiture partout'],
    ordinary: ['making new accounts after i blocked cookies', 'mon chien me suit partout'],
  },
});

describe('orders in commercial and intellectual-property matters stay', () => {
  it.each([
    'protective order trademark dispute',
    'patent litigation protective order template',
    'ordonnance de protection brevet',
  ])('%j is not help', (q) => {
    expect(topic.isHelpQuery(q)).toBe(false);
  });
  it.each(['protection order against my husband', 'protective order for domestic violence'])(
    '%j is help',
    (q) => {
      expect(topic.isHelpQuery(q)).toBe(true);
    },
  );
});

describe('“too violent for a child” is a rating', () => {
  it.each(['is this film too violent for a teen', 'jeu trop violent pour un enfant de 8 ans'])(
    '%j is not help',
    (q) => {
      expect(topic.isHelpQuery(q)).toBe(false);
    },
  );
  it.each(['mon mari est trop violent avec les enfants', 'my husband is violent with the kids'])(
    '%j is help',
    (q) => {
      expect(topic.isHelpQuery(q)).toBe(true);
    },
  );
});

describe('homeless shelters named so, and men’s refuges', () => {
  it.each(['City opens new homeless shelter for women', 'Un nouveau refuge pour sans-abri'])(
    '%j is not help',
    (title) => {
      expect(topic.isHelpTitle(title)).toBe(false);
    },
  );
  it.each(['Homeless shelter for women fleeing domestic violence', 'First men’s refuge opens in the county'])(
    '%j is help',
    (title) => {
      expect(topic.isHelpTitle(title)).toBe(true);
    },
  );
});

describe('the field’s French terms in titles', () => {
  it.each([
    'Soumission chimique : comment se faire dépister',
    'Pornodivulgation : les recours',
    'Hommes agressés sexuellement : briser le silence',
    'Diffusion d’images intimes sans consentement : porter plainte',
  ])('%j is help', (title) => {
    expect(topic.isHelpTitle(title)).toBe(true);
  });
  it.each(['Soumission du dossier en ligne', 'Images de la soirée disponibles'])('%j is not', (title) => {
    expect(topic.isHelpTitle(title)).toBe(false);
  });
});
