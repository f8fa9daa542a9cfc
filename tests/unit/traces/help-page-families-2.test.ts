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

// Look-alikes of the seventh search set's kind (gathered blind), as families of our own.
describeSearchFamilies('everyday searches after the seventh search set', {
  'a partner beat me at a game (French)': {
    help: [
      "mon mari m'a battue hier soir",
      "il m'a battue devant les enfants",
      'mon copain me bat quand il boit',
    ],
    ordinary: [
      "mon mari m'a battu au scrabble",
      "ma copine m'a battu a la belote",
      'mon chum me bat toujours au ping pong',
      'my girlfriend beat me at mario kart',
    ],
  },
  'a home or fire safety plan': {
    help: [
      'safety plan for leaving my husband',
      'home safety plan abusive partner',
      'plan de securite violence conjugale',
    ],
    ordinary: [
      'having a home safety plan',
      'home safety plan for seniors',
      'fire escape plan for kids',
      'fire safety plan template',
    ],
  },
  'a complaint or charges against a partner, in any tense': {
    help: [
      "j'ai porte plainte contre mon mari",
      "j'ai depose une plainte contre mon ex",
      'plainte contre mon conjoint violent',
      'pressed charges against my boyfriend',
      'how to drop charges against my husband',
    ],
    ordinary: [
      'plainte contre mon voisin pour le bruit',
      'porter plainte contre mon employeur',
      'pressed charges against the driver',
      'file charges against my landlord',
    ],
  },
});
