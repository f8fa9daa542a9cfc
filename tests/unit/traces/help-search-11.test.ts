// Families seen among the misses of the eleventh search set and the fifth page set
// (`help-lexicon-11.ts`), each with searches and titles of our own it must catch, and everyday ones
// a careless version would catch too. None is a row of either set.
import { describe, expect, it } from 'vitest';
import { createTopicClassifier } from '../../../lib/traces/help-topic';
import { describeSearchFamilies } from './search-families';

const topic = createTopicClassifier();

describeSearchFamilies('the eleventh set’s families', {
  'a partner killed, as the news says it': {
    help: [
      'man charged with the murder of his wife in halifax',
      'woman killed by her ex partner had a protection order',
      'trial for the stabbing of his girlfriend',
      'procès pour le meurtre de sa conjointe',
      'accusé d avoir tué son ex conjointe',
      'femme tuée par son conjoint à laval',
    ],
    ordinary: [
      'death of his wife obituary',
      'murder mystery dinner party ideas',
      'killing floor 2 update',
      'tué le match en prolongation',
      'meurtre au presbytère agatha christie',
    ],
  },
  'harm told in the third person: friends, children, neighbours': {
    help: [
      'son chum la bat que faire',
      'ma voisine son mari la tabasse',
      'mon voisin bat sa femme',
      'elle se fait battre par son conjoint',
      'my friend says her husband hits her',
      'my neighbour is beating his wife',
      'she gets beaten by her boyfriend',
      'my dad hits my mom when he drinks',
    ],
    ordinary: [
      'son mari frappe à la porte',
      'son mari se bat contre le cancer',
      'beat her husband at chess',
      'my mom beat me at scrabble again',
      'il frappe la balle',
    ],
  },
  'strangulation and smothering in French': {
    help: [
      'il a essayé de m étouffer avec un oreiller',
      'il a tenté de m étrangler',
      'mon chum m a pris à la gorge',
      'étranglement violence conjugale séquelles',
    ],
    ordinary: [
      'goulot d étranglement production',
      'clé d étranglement judo',
      'cette chanson me prend à la gorge',
      'hernie étranglée symptômes',
      'mon copain m étouffe il veut tout faire ensemble',
    ],
  },
  'reproductive coercion': {
    help: [
      'sabotage contraceptif dans le couple',
      'stealthing is it a crime',
      'il a retiré le préservatif sans me le dire',
      'he poked holes in the condoms',
      'my boyfriend hid my birth control',
      'mon chum cache ma pilule',
    ],
    ordinary: [
      'condom sizes guide',
      'how to take the pill correctly',
      'oubli de pilule que faire',
      'birth control side effects',
    ],
  },
  'sex after a no, and pressure over refusing': {
    help: [
      'had sex even though i said no',
      'my husband sulks if i refuse sex',
      'boyfriend insists on anal',
      'je me sens obligée de coucher avec mon mari',
      'woke up to him having sex with me',
    ],
    ordinary: [
      'how to say no to sex without hurting feelings',
      'refused entry at the border',
      'woke up to my dog licking my face',
      'insists on paying the bill',
    ],
  },
  'passwords and messages, money withheld': {
    help: [
      'my girlfriend demands my passwords',
      'husband makes me give him my phone passcode',
      'mon conjoint exige mes mots de passe',
      'my boyfriend reads all my texts',
      'have to ask my husband permission to spend money',
      'il gère tout l argent et je n ai rien',
    ],
    ordinary: [
      'forgot my password gmail',
      'reset my passcode iphone',
      'permission to spend company money policy',
      'mot de passe oublié',
    ],
  },
  'trackers, images and order acronyms': {
    help: [
      'airtag trouvé sous ma voiture',
      'traceur gps caché dans ma voiture par mon ex',
      'il menace de diffuser mes photos intimes',
      'ex blackmailing me with my nudes',
      'stopncii how does it work',
      'apply for an avo without police',
      'dvo copy lost',
    ],
    ordinary: [
      'airtag dans ma valise voyage',
      'avo toast recipe',
      'got avo on sale',
      'photos de vacances partagées',
    ],
  },
  'French elisions typed without the apostrophe, and forbidding said with the partner': {
    help: [
      'mon chum minterdit de voir mes amies',
      'sortir de lemprise de mon mari',
      'mon mari m interdit d apprendre le français',
    ],
    ordinary: [
      'mon médecin m interdit le sucre',
      'ma mère minterdit de sortir le soir',
      'sharm el sheikh hotels',
      'mattress sale this weekend',
      'le règlement m interdit de stationner ici',
    ],
  },
  'everyday senses of emprise, youth protection, civil orders, deer stalking': {
    help: ["sortir de l'emprise de mon conjoint", 'ordonnance de protection violence conjugale'],
    ordinary: [
      "sortir de l'emprise d'une secte",
      "l'emprise des écrans chez les ados",
      'ordonnance de protection de la jeunesse délai',
      'motion for protective order discovery',
      'stalking holiday highlands lodge',
    ],
  },
});

describe('news titles of partner killings', () => {
  it.each([
    'Man jailed for killing ex-partner',
    'Un homme jugé pour l’assassinat de son ex-compagne',
    'Woman murdered by her husband, inquest told',
  ])('%j is help', (title) => {
    expect(topic.isHelpTitle(title)).toBe(true);
  });
  it.each(['The death of his wife changed everything', 'Killing Eve season 4 review'])(
    '%j is not',
    (title) => {
      expect(topic.isHelpTitle(title)).toBe(false);
    },
  );
});
