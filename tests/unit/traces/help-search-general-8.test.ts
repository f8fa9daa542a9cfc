// General reading rules added this stop (never rows of a set): each with searches of our own it
// must catch, and everyday ones a careless version of it would catch too.
import { describe, expect, it } from 'vitest';
import { createTopicClassifier } from '../../../lib/traces/help-topic';
import { describeSearchFamilies } from './search-families';

const topic = createTopicClassifier();

describeSearchFamilies('searches: general reading rules', {
  'a relationship word a few words from harm, in a search': {
    help: [
      'relations amoureuses des ados que faire violence',
      'relationship with my teen boyfriend how to respond to violence',
      'mariage de dix ans comment réagir à la violence',
    ],
    ordinary: [
      'women in history who fought the violence of war',
      'relation entre parents et ados comment réagir au harcèlement scolaire',
      'children of divorce how to talk about school violence',
    ],
  },
  'French media with the adjective after: a rating': {
    help: ['mon mari est violent', 'ma femme devient violente quand elle boit'],
    ordinary: [
      'ma femme regarde des films violents',
      'mon chum aime les jeux vidéo violents',
      'séries violentes pour ados',
      'dessins animés violents et enfants',
    ],
  },
});

describe('titles keep the tight window', () => {
  it.each([
    ['Relationships in the workplace: a guide for new managers, and how violence at work is handled', false],
    ['Violence in relationships: where to get help', true],
  ])('%j → %s', (title, expected) => {
    expect(topic.isHelpTitle(title)).toBe(expected);
  });
});
