// Families added after the second page set (gathered blind): each with titles and searches of our
// own it must catch, and everyday ones a careless version of it would catch too. Never rows of a set.
import { describe, expect, it } from 'vitest';
import { createTopicClassifier } from '../../../lib/traces/help-topic';
import { describeSearchFamilies } from './search-families';

const topic = createTopicClassifier();

describe('titles after the second page set', () => {
  it.each([
    ['Leaving the abuse', true],
    ['Escaping abuse: planning your next steps', true],
    ['Fleeing abuse with children', true],
    ["Une demande en hausse pour les centres d'aide pour les hommes", true],
    ["Centre d'aide pour hommes de la Haute-Côte-Nord", true],
    ['Escaping abuse of notation in category theory', false],
    ['Leave the abuse of power to politicians', false],
    ['Leaving drug abuse behind: a recovery story', false],
    ["Centre d'aide pour femmes entrepreneures", false],
    ['Escape room review: the abandoned asylum', false],
  ])('%j → %s', (title, expected) => {
    expect(topic.isHelpTitle(title)).toBe(expected);
  });
});

describeSearchFamilies('searches after the second page set', {
  'leaving or escaping the abuse': {
    help: ['how to leave the abuse safely', 'escaping abuse with no money', 'fleeing abuse with my kids'],
    ordinary: [
      'escaping abuse of notation in proofs',
      'leave abuse of process claims to the court',
      'leaving substance abuse behind',
    ],
  },
  "men's help centres (Québec)": {
    help: ["centre d'aide pour hommes laval", 'centre d aide pour les hommes gatineau'],
    ordinary: ["centre d'aide pour entreprises", "centre d'aide en francais pour etudiants"],
  },
});
