// Families seen among the misses of the fifteenth search set and the ninth page set
// (`help-lexicon-15.ts`), each with searches and titles of our own it must catch, and everyday ones
// a careless version would catch too. None is a row of either set.
import { describe, expect, it } from 'vitest';
import { createTopicClassifier } from '../../../lib/traces/help-topic';
import { describeSearchFamilies } from './search-families';

const topic = createTopicClassifier();

describeSearchFamilies('the fifteenth set’s families', {
  'a blow to a part of my body, by a partner or "he"': {
    help: [
      'my husband punched my face last night',
      'boyfriend busted my lip what do i do',
      'he hit my head against the wall',
      'she slapped my mouth in front of my friends',
    ],
    ordinary: [
      'i hit my head on the cupboard door',
      'ball hit my face at soccer practice',
      'my son kicked my stomach while i was pregnant',
      'my toddler hit my nose and it bled',
    ],
  },
  'pets hurt or threatened': {
    help: [
      'my boyfriend kicked my dog when he was angry',
      'husband threatened to kill our cat if i leave',
      'mon conjoint menace de tuer mon chien',
      'il maltraite le chat quand il a bu',
    ],
    ordinary: [
      'my dog hurt my cat playing',
      'the vet hurt my dog during the exam',
      'ma voisine maltraite son chien qui appeler',
      'le chien du voisin a tué mon chat',
    ],
  },
  'put out of the home': {
    help: ['mon chum me met dehors avec les enfants', 'il m’a jetée dehors en pleine nuit'],
    ordinary: ['mon proprio me met dehors fin du bail', 'mes parents me mettent dehors à 18 ans'],
  },
  'money withheld or accounted for': {
    help: ['mon mari me laisse sans argent', 'je dois justifier chaque dépense à mon conjoint'],
    ordinary: ['justifier chaque dépense note de frais employeur', 'voyage sans argent conseils'],
  },
  'immigration status used as a threat': {
    help: [
      'my husband says he will have me deported',
      'wife controls my visa and my passport',
      'mon mari confisque mon titre de séjour',
      'il menace de me faire expulser si je pars',
    ],
    ordinary: [
      'can i get deported for a dui',
      'visa controls at the airport',
      'renouveler mon titre de séjour en ligne',
    ],
  },
  'mobility aids and medicine withheld': {
    help: ['my husband hides my walker so i cant leave', 'he withholds my medication when i argue'],
    ordinary: ['where to buy a walker with a seat', 'my cat hides my hearing aids'],
  },
  'my things broken': {
    help: ['il casse mes affaires quand il boit', 'mon copain casse tout quand il est fâché'],
    ordinary: ['mon fils casse tout ses jouets', 'le chat casse mes objets sur les étagères'],
  },
  'someone violent to a mother or a partner': {
    help: [
      'my dad is abusive to my mum what can i do',
      'i am violent towards my girlfriend',
      'mon père est violent avec ma mère',
    ],
    ordinary: ['my mum is strict with me', 'violent storms towards my area tonight'],
  },
  'a violent partner or parent named, whoever is named before': {
    help: [
      'mon voisin connaît bien mon conjoint violent que faire',
      'ma fille ne veut plus aller chez son père violent',
    ],
    ordinary: ['film le père violent critique', 'un chien violent avec mon chat'],
  },
  'every move watched, the partner named': {
    help: ['my boyfriend monitors where i go with an app'],
    ordinary: ['app that monitors where i go for running', 'parents tracks my every move teen'],
  },
});

describe('a "sex attack" and the anti-approach bracelet are the field’s words', () => {
  it.each(['New centre to help sex attack victims', 'Bracelet antirapprochement : comment ça marche'])(
    '%j is help',
    (text) => {
      expect(topic.isHelpTitle(text)).toBe(true);
    },
  );
  it.each(['Heart attack victims to get faster care', 'Bracelet connecté : comparatif 2026'])(
    '%j is not help',
    (text) => {
      expect(topic.isHelpTitle(text)).toBe(false);
    },
  );
});
