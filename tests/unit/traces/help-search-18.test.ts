// Families seen among the misses and false removals of the eighteenth search set and the twelfth
// page set (`help-lexicon-18.ts`, and the settings in `help-topic.ts`), each with searches and titles
// of our own it must catch, and everyday ones a careless version would catch too. None is a row of
// either set.
import { describe, expect, it } from 'vitest';
import { createTopicClassifier } from '../../../lib/traces/help-topic';
import { describeSearchFamilies } from './search-families';

const topic = createTopicClassifier();

describeSearchFamilies('the eighteenth set’s families', {
  'the home’s devices used to watch or torment': {
    help: [
      'my ex is spying on me through the ring camera',
      'husband listens in through alexa when im on the phone',
      'ex still has access to our smart home what do i do',
      'boyfriend hacked my smart lock',
      'my husband put cameras all over the house',
      'mon ex me surveille avec des cameras',
      'mon conjoint m a cache une camera dans la chambre',
      'mon ex a pose une balise gps sous ma voiture',
    ],
    ordinary: [
      'my husband wants a smart thermostat which one',
      'we put cameras all over the house for the dog',
      'i put a camera in my car for insurance',
      'how to listen through alexa drop in feature',
      'traceur gps voiture antivol avis',
      'cache camera webcam ordinateur',
      'my landlord put cameras all over the house is it legal',
      'ring doorbell battery replacement',
    ],
  },
  'aids taken, food withheld, benefits kept': {
    help: [
      'my boyfriend takes my wheelchair away when we fight',
      'husband hides my hearing aids so i cant hear the phone',
      'wife withholds food as punishment',
      'partner keeps my disability benefits',
      'mon mari me prive de nourriture',
      'mon conjoint garde mon allocation handicap',
    ],
    ordinary: [
      'wheelchair accessible restaurants near me',
      'my son broke my walker where to fix it',
      'how to claim my disability benefits online',
      'withholding tax on disability benefits',
      'best food for my dog with allergies',
    ],
  },
  'told one imagines it, with a partner named': {
    help: [
      'my boyfriend says im imagining things',
      'husband keeps saying i make things up',
      'mon copain me dit que j invente tout',
      'mon mari retourne toujours la situation contre moi',
      'ma copine me met tout sur le dos',
    ],
    ordinary: [
      'my boss says im imagining things',
      'my husband says im too sensitive about the wedding',
      'la remontada retourne la situation en 10 minutes',
      'ma mere me dit que j invente tout',
      'imagining things before sleep is it normal',
    ],
  },
  'a pet threatened': {
    help: [
      'my husband threatened to kill the dog',
      'if i leave him he will hurt the cat',
      'he will kill my dog if i leave',
      'mon mari menace de tuer le chat',
      'il va tuer le chien si je pars',
    ],
    ordinary: [
      'my husband will kill the dog with kindness',
      'will my dog hurt the cat',
      'my cat will kill the birds if i leave the window open',
      'if i leave my dog alone will he be ok',
      'tuer le chiendent dans le jardin',
    ],
  },
  'violence used, said again': {
    help: ['i keep hurting my girlfriend when im angry', 'i keep hitting my husband when i drink'],
    ordinary: ['i keep hurting my back when i run', 'i keep hitting my head on the shelf'],
  },
  'partner words in Tahitian, and misspelt in French': {
    help: [
      'mon tane me frappe',
      'ma vahine me menace avec un couteau',
      'mon marie me frappe',
      'mon copin me menace',
    ],
    ordinary: [
      'tane mahuta arbre nouvelle zelande',
      'vahine vanille sucre',
      'cadeau pour mon marie',
      'discours pour mon marie',
    ],
  },
  'pictures threatened, the abuse escaped': {
    help: [
      'boyfriend threatened to share my pics',
      'my ex threatens to post my pictures online',
      'how to get away from his abuse with kids',
      'escaping her abuse as a man',
    ],
    ordinary: [
      'my mom threatened to post my baby pics',
      'escaping his abuse of power at work',
      'leave his abusive comments on facebook',
    ],
  },
  'the field’s own names': {
    help: [
      'protective injunction hillsborough county',
      'how long does an injunction for protection last',
      'sane nurse exam after rape',
      'dv groups near me',
      'qu est ce que l ivac',
      'formulaire de demande ivac',
      'saisir la civi apres une agression',
    ],
    ordinary: [
      'ivac pump user manual',
      'civi meaning slang',
      'protective injunction against neighbor harassment',
      'sane person meaning',
      'dv lottery groups',
    ],
  },
  'blamed, cut off, kept from driving': {
    help: [
      'my girlfriend is blaming me for everything',
      'he hides my phone so i cant call for help',
      'husband wont let me get my drivers license',
      'my wife wont let me learn to drive',
    ],
    ordinary: [
      'my boss is blaming me for everything',
      'my dad wont let me get my license until im 18',
      'he hides my phone charger every morning',
    ],
  },
  'abuse in pregnancy': {
    help: [
      'abuse during pregnancy signs',
      'violences pendant la grossesse que faire',
      'abused while pregnant by boyfriend',
    ],
    ordinary: [
      'substance abuse during pregnancy effects',
      'alcohol abuse during pregnancy',
      'nausea during pregnancy',
    ],
  },
  'a bank card is not a card game': {
    help: [
      'mon mari me fait du chantage avec la carte bleue',
      'mon mari m a pris ma carte bancaire et me menace',
    ],
    ordinary: ['mon mari m a battu aux cartes', 'carte bleue bloquee que faire'],
  },
  'the cycle of violence of a war, a gang or an era': {
    help: ['cycle de la violence', 'cycle of violence honeymoon phase', 'cycle of violence in my marriage'],
    ordinary: [
      'cycle of violence in the war in syria',
      'breaking the cycle of gang violence',
      'cycle de la violence guerre civile',
      'cycle of violence medieval europe',
    ],
  },
});

describe('the eighteenth set’s families, in page titles', () => {
  it('finds the field’s terms and leaves wars alone', () => {
    expect(topic.isHelpTitle('Protective Injunctions | Clerk of Court')).toBe(true);
    expect(topic.isHelpTitle('SANE program expands to three hospitals')).toBe(true);
    expect(topic.isHelpTitle('Le cycle de la violence')).toBe(true);
    expect(topic.isHelpTitle('Ending the cycle of violence in the war')).toBe(false);
  });
});
