// Families probed after the eighteenth search set, each with searches of our own it must catch and
// everyday ones a careless version would catch too. None is a row of any set.
import { describe, expect, it } from 'vitest';
import { createTopicClassifier } from '../../../lib/traces/help-topic';
import { spellsHelp } from '../../../lib/traces/page-words';
import { describeSearchFamilies } from './search-families';

describeSearchFamilies('families probed after the eighteenth set', {
  'a safe haven for women, a YWCA shelter': {
    help: [
      'safe haven for women and children near me',
      'ywca shelter beds tonight',
      'ywca emergency shelter intake',
      'safe havens for abused women',
    ],
    ordinary: [
      'ywca gym membership price',
      'ywca swimming lessons for kids',
      'safe haven law newborn',
      'tax safe haven for families',
      'gold safe haven asset',
      'safe haven movie cast',
      'safe haven baby box locations for children',
      'safe haven for families in gaza',
      'safe haven for kids after school program',
    ],
  },
  'made to prove where one is, all day': {
    help: [
      'he makes me keep the phone line open when im at work',
      'girlfriend forces me to share my location',
      'husband made me video call him from the store',
      'he makes me send photos of where i am every hour',
      'mon conjoint m oblige a partager ma position',
      'mon copain me force a faire des appels video quand je sors',
    ],
    ordinary: [
      'my boss makes me keep my phone on',
      'my mom makes me share my location',
      'my teacher made me share my location for the field trip',
      'app makes me share my location',
      'mon patron m oblige a rendre des comptes',
      'how to share my location with family iphone',
    ],
  },
  'a coercive partner or co-parent': {
    help: [
      'coercive co parent what to do',
      'my coercive coparent keeps taking me to court',
      'coercive husband',
    ],
    ordinary: [
      'coercive diplomacy definition',
      'coercive parenting style',
      'coercive power definition psychology',
      'coercive pricing law',
      'pouvoir coercitif definition',
    ],
  },
  'women in difficulty, taken in or helped': {
    help: [
      'maison pour femmes en difficulte lyon',
      'accueil des femmes en detresse avec enfants',
      'aide aux femmes en danger de mort',
      'hebergement femmes en situation de crise',
      'dispositif femmes en tres grand danger',
      'shelter for women in crisis near me',
      'shelter for women in danger',
    ],
    ordinary: [
      'aide aux entreprises en difficulte',
      'accompagner les eleves en difficulte',
      'femmes en difficulte statistiques emploi',
      'meres en difficulte allaitement forum',
      'espece en danger liste',
      'help for women in crisis pregnancy',
      'women in crisis nursing course',
      'support for women in danger of losing their homes',
      'help for mothers in crisis with a newborn',
      'aide aux mamans en detresse post partum',
    ],
  },
  'the question asked of a person who stays': {
    help: [
      'why doesnt she just leave him',
      "why didn't she just leave",
      'why dont women just leave',
      'why do victims stay with their abusers',
      'pourquoi elle ne le quitte pas',
      'pourquoi ne le quitte t elle pas',
      'pourquoi les femmes battues restent',
    ],
    ordinary: [
      'why does she stay at that job',
      "why doesn't she leave the house anymore",
      'why didnt she just leave the party early',
      'why doesnt she just leave the band',
      'why women stay single longer',
      'pourquoi elle ne part pas en vacances',
      'pourquoi elles restent en france',
    ],
  },
  'French words of harm misspelt as they sound': {
    help: [
      'mon chum me frape quand il boit',
      'ma conjointe me frapes tous les soirs',
      'je suis batue par mon conjoint',
      'mon copain me tappe',
      'mon mari menasse de partir avec les enfants et de me tuer',
      'mon conjoint est violant avec moi',
      'quitter un mari violant',
      'ma copine devient violante quand elle boit',
    ],
    ordinary: [
      'frape de monnaie euro',
      'batu le record du monde',
      'en violant la loi sur la vie privee',
      'violant les regles du contrat de travail',
      'tappe a cheveux',
      'menasse village autriche',
    ],
  },
  'a shelter that takes pets in, and houses for animals or other needs': {
    help: [
      "maison d'hébergement qui accepte les animaux",
      'maison d hebergement qui accepte les chiens quebec',
      'maison d hebergement qui accueille les animaux de compagnie',
      'women’s shelter that allows dogs',
      'domestic violence shelter that accepts cats',
      'maison d hebergement qui accepte les chats',
      // "chat" is also a help chat: it never keeps the house from deciding.
      "maison d'hébergement chat en ligne",
    ],
    ordinary: [
      'maison d hebergement pour animaux',
      "maison d'hébergement pour chiens pendant l'été",
      'maison d hebergement pour chats prix',
      'maison d hebergement pour chevaux a la retraite',
      'maison d hebergement pour personnes handicapees',
      'maison d hebergement pour migrants benevolat',
      'maison d hebergement pour sans abri',
      'hotel qui accepte les animaux',
      'animal shelter that accepts cats',
    ],
  },
});

describe('help phrases spelt as one word in an address, and transition housing in a title', () => {
  const topic = createTopicClassifier();
  const spelt: readonly (readonly [string, boolean])[] = [
    ['controlecoercitif.ca', true],
    ['misconceptions-about-maritalrape', true],
    ['violencesintrafamiliales', true],
    ['aide-femmesbattues', true],
    ['abusesupporthub.com', true],
    ['abusesurvivors', true],
    ['violconjugal', true],
    ['drugabusesupport.org', false],
    ['substanceabusesurvivor.com', false],
    ['controlequalite', false],
    ['maritalstatus', false],
    ['violoncelle', false],
  ];
  it.each(spelt)('%s spells help: %s', (word, help) => {
    expect(spellsHelp(word)).toBe(help);
  });

  it('reads transition housing for women as a shelter, not transition housing for youth', () => {
    expect(topic.isHelpTitle("Women's Transition Housing and Supports Program")).toBe(true);
    expect(topic.isHelpTitle('Transition housing for youth leaving care')).toBe(false);
    expect(topic.isHelpTitle('Transition housing after prison release')).toBe(false);
  });
});
