// Families seen among the misses and false removals of the seventeenth search set and the eleventh
// page set (`help-lexicon-17.ts`, and the settings in `help-topic.ts`), each with searches and titles
// of our own it must catch, and everyday ones a careless version would catch too. None is a row of
// either set.
import { describe, expect, it } from 'vitest';
import { createTopicClassifier } from '../../../lib/traces/help-topic';
import { describeSearchFamilies } from './search-families';

const topic = createTopicClassifier();

describeSearchFamilies('the seventeenth set’s families', {
  'a drink spiked, drugs given without knowing': {
    help: [
      'i think my drink was spiked last night',
      'someone spiked my drink at the bar what now',
      'was i roofied symptoms next day',
      'soumission chimique que faire',
      'on a mis de la drogue dans mon verre en boite',
    ],
    ordinary: [
      'spiked punch recipe for halloween',
      'spiked hair gel for men',
      'drink prices spiked at the stadium',
      'mon verre prefere pour le vin',
    ],
  },
  'sexual touching, in French': {
    help: ['attouchements par un proche que faire', 'porter plainte pour attouchements'],
    ordinary: ['touchement de la pension de retraite', 'attachement securisant enfant'],
  },
  'sex as a debt or a duty in a couple': {
    help: [
      'do i owe my husband sex',
      'my boyfriend says sex is his right',
      'girlfriend says if i loved her i would sleep with her',
      'mon mari parle du devoir conjugal quand je refuse',
    ],
    ordinary: [
      'do i owe my landlord rent after moving out',
      'is sex his right in the bible study notes',
      'le devoir conjugal dans le code civil histoire du droit',
    ],
  },
  'intimate images held over me, in French': {
    help: ['mon ex me fait chanter avec des photos intimes', 'il me fait chanter avec des videos'],
    ordinary: ['chantage aux photos de classe humour', 'la chorale me fait chanter avec des partitions'],
  },
  'every purchase accounted for, said of a partner': {
    help: [
      'my husband checks every receipt i bring home',
      'boyfriend makes me account for every penny',
      'mon conjoint m oblige a justifier chaque depense',
    ],
    ordinary: [
      'my accountant checks every receipt for tax',
      'how to account for every penny in a budget',
      'mon patron veut que je justifie chaque depense',
    ],
  },
  'asked where I am at every turn, said of a partner': {
    help: ['mon chum m appelle dix fois pour savoir ou je suis'],
    ordinary: ['ma mere m appelle pour savoir ou je suis', 'une appli pour savoir ou je suis garee'],
  },
  'put on the ground, in French': {
    help: ['mon ex m a mise au sol devant les enfants', 'il m a mis a terre pendant la dispute'],
    ordinary: ['le judoka m a mis au sol en une seconde', 'mon fils m a mis a terre au rugby'],
  },
  'forced himself on me': {
    help: ['my husband forced himself on me last night', 'he forces himself on me when he drinks'],
    ordinary: ['the actor forced himself on stage despite the injury', 'he forced himself to run every day'],
  },
  'a knife waved or held at me': {
    help: ['my wife waved a knife at me during a fight', 'he held a knife to my throat and laughed'],
    ordinary: ['the chef waves a knife at me in the video', 'knife to my throat song lyrics'],
  },
  'a sex video shared by a partner or an ex': {
    help: ['my ex posted our sex tape online', 'boyfriend shared our sex video with his friends'],
    ordinary: ['celebrity sex tape leaked documentary', 'how to share a video to my tv'],
  },
  'followed on my ways by a partner, an ex or him': {
    help: [
      'my ex follows me home from the gym',
      'he keeps following me to work',
      'my ex hired a private investigator to follow me',
    ],
    ordinary: [
      'my dog follows me everywhere',
      'my toddler follows me to the bathroom',
      'follow me home lyrics',
    ],
  },
  'how I dress ruled, with a partner named': {
    help: ['my girlfriend made me change how i dress', 'my husband forces me to change what i wear'],
    ordinary: ['my mum made me change my clothes for church', 'the dress code made me change how i dress'],
  },
  'a parent hitting the other parent, told by their child, in French': {
    help: ['mon pere tape ma maman', 'mon beau pere frappe ma mere le soir'],
    ordinary: ['mon pere tape ma balle au tennis', 'papa frappe a la porte de maman'],
  },
  'bullying at school is the school’s matter': {
    help: ['mon copain me harcele a l ecole', 'my boyfriend is abusive at school'],
    ordinary: [
      'mon enfant est harcele a l ecole que faire',
      'my son is the bully at school harassment',
      'violence entre eleves dans la cour de recreation',
    ],
  },
  'programmes for men who use violence': {
    help: ['mens behaviour change program melbourne', 'men s anti violence programme waitlist'],
    ordinary: ['mens behaviour at work survey', 'anti violence programme for schools bullying'],
  },
  'abuse named of animals, scams or public figures, and a partner’s': {
    help: [
      'financial abuse by my husband',
      'coercive control',
      'my wife is cyberstalking me',
      'mon mari maltraite mon chien pour me faire peur',
      'my boyfriend is emotionally abusive to me and the dog',
    ],
    ordinary: [
      'emotional abuse in horses signs',
      'financial abuse scam warning for seniors',
      'cyberstalking a celebrity is it illegal',
      'coercive control in the workplace examples',
      'maltraitance chien que faire',
    ],
  },
  'a protective order in bankruptcy is a civil matter': {
    help: ['protective order against my husband', 'how to get a protective order in texas'],
    ordinary: ['protective order bankruptcy creditor motion', 'protective order for debtor documents'],
  },
});

describe('the seventeenth set’s families, in page titles', () => {
  it('finds the field’s terms and leaves animal welfare alone', () => {
    expect(topic.isHelpTitle('La perversion narcissique dans le couple')).toBe(true);
    expect(topic.isHelpTitle('La maison de protection des familles du département')).toBe(true);
    expect(topic.isHelpTitle('Men’s behaviour change programs: what works')).toBe(true);
    expect(topic.isHelpTitle('Témoin de maltraitance sur un chat ou un chien : qui contacter ?')).toBe(false);
    expect(topic.isHelpTitle('Maltraitance des enfants : les signes')).toBe(true);
  });
});
