// Families seen among the misses and false removals of the sixteenth search set and the tenth page
// set (`help-lexicon-16.ts`, and the settings in `help-topic.ts`), each with searches and titles of
// our own it must catch, and everyday ones a careless version would catch too. None is a row of
// either set.
import { describe, expect, it } from 'vitest';
import { createTopicClassifier } from '../../../lib/traces/help-topic';
import { describeSearchFamilies } from './search-families';

const topic = createTopicClassifier();

describeSearchFamilies('the sixteenth set’s families', {
  'care kept from me after harm': {
    help: [
      'my boyfriend wont let me see a doctor about my ribs',
      'he refuses to let me go to the hospital after he pushed me',
      'mon conjoint m empeche d aller chez le medecin',
      'il ne me laisse pas aller aux urgences',
    ],
    ordinary: [
      'my mom wont let me go to the doctor for my acne',
      'the nurse wont let me go to the hospital cafeteria',
      'ma mere ne me laisse pas aller chez le medecin seule',
    ],
  },
  'sex pressed for by a partner named': {
    help: [
      'my boyfriend pressures me to have sex every night',
      'husband pressured me into sex after the baby',
      'girlfriend says if you loved me you would send nudes',
      'mon chum me dit si tu m aimais vraiment tu le ferais',
    ],
    ordinary: [
      'if you really loved me song lyrics',
      'teens pressured to have sex by peers statistics',
      'si tu m aimais tu le ferais film streaming',
    ],
  },
  'sex imposed in a couple, in French': {
    help: ['mon mari m impose des rapports quand il rentre', 'il me forcait au lit pendant des annees'],
    ordinary: ['mon patron m impose un rapport mensuel', 'le chat me force au lit a six heures'],
  },
  'intimate images held over me': {
    help: [
      'my ex threatens to post my nudes online',
      'boyfriend threatened to leak my pictures if i break up',
    ],
    ordinary: [
      'the hacker threatened to leak my photos of the company',
      'how to post my photos on instagram',
    ],
  },
  'pinned to a wall or the floor': {
    help: ['my husband pinned me to the floor during a fight', 'mon copain m a plaquee contre le mur'],
    ordinary: [
      'my brother pinned me down in wrestling',
      'the rugby player pinned me to the ground',
      'mon chien me plaque au sol quand je rentre',
    ],
  },
  'drawn away from family and friends, in French': {
    help: ['mon mari m isole de mes amies depuis le mariage', 'ma blonde m eloigne de mes proches'],
    ordinary: ['le teletravail m isole de mes collegues', 'mon nouveau travail m eloigne de ma famille'],
  },
  'a hold over money, with a partner or a couple beside it': {
    help: ['emprise financiere de mon conjoint que faire', 'sous emprise economique dans mon couple'],
    ordinary: [
      'emprise financiere de la chine en afrique',
      'sous l emprise de l alcool au volant',
      'emprise economique des multinationales',
    ],
  },
  'turning violent, said of a partner or "he"': {
    help: [
      'he gets aggressive when i say no to sex',
      'mon conjoint est devenu violent apres le mariage',
      'il devient agressif des que je sors sans lui',
    ],
    ordinary: [
      'my puppy gets aggressive with visitors',
      'the match became violent after halftime',
      'mon fils devient agressif avec les ecrans',
      'i get aggressive when i am hungry',
    ],
  },
  'money doled out or watched by a partner, in French': {
    help: [
      'mon conjoint me donne de l argent de poche chaque semaine',
      'mon mari confisque ma carte bancaire',
    ],
    ordinary: ['argent de poche ado combien par mois', 'le distributeur garde la carte bancaire que faire'],
  },
  'a scene made when I go out, said of a partner': {
    help: ['ma blonde fait des crises quand je sors avec mes chums'],
    ordinary: ['mon fils fait des crises quand je pars au travail', 'le chat fait une scene quand je rentre'],
  },
  'harm threatened if I leave, and someone else’s': {
    help: ['he says he will kill me if i leave him', 'mon copain va me tuer si je le quitte'],
    ordinary: [
      'my dog is aggressive when i leave the house',
      'my mum will kill me if i leave my room messy',
      'my boss will kill me if i leave before five',
    ],
  },
  'accused of affairs, by a partner named': {
    help: [
      'my boyfriend accused me of flirting with the waiter',
      'mon mari m accuse de coucher avec mon patron',
    ],
    ordinary: [
      'the tabloid accused me of having an affair',
      'my coworker accused me of flirting with clients',
    ],
  },
  'the children used against me by a partner or an ex': {
    help: ['my ex husband uses the children against me', 'mon ex se sert des enfants contre moi'],
    ordinary: ['using the kids as weapons in a custody film', 'teachers using the children against me meme'],
  },
  'flooded with messages or calls': {
    help: ['my ex floods me with texts every night', 'mon ex conjoint me bombarde de textos'],
    ordinary: ['my mother floods me with messages on whatsapp', 'the bank app bombards me with messages'],
  },
  'turning up at my work or home, said of a partner or an ex': {
    help: ['mon ex debarque chez moi sans prevenir', 'mon ancien conjoint se pointe a mon travail'],
    ordinary: ['mon frere debarque chez moi ce soir', 'le facteur se presente a mon travail'],
  },
  'confinement, with a partner or a woman beside it': {
    help: ['sequestree par mon conjoint pendant des jours', 'une femme sequestree par son mari a Lyon'],
    ordinary: ['sequestration du carbone dans les sols', 'sequestration d un patron par des salaries'],
  },
  'a stalker app is stalkerware': {
    help: ['how to find a stalker app on android', 'stalking apps my ex installed'],
    ordinary: ['deer stalking app for hunters scotland'],
  },
  'Scotland’s interdicts, with a partner or harm beside them': {
    help: ['interdict against violent husband glasgow', 'my ex breached the interdict with power of arrest'],
    ordinary: [
      'papal interdict medieval history',
      'interdict against neighbour boundary hedge',
      'interdict meaning scots law exam',
    ],
  },
  'a kind of abuse in another setting (medicine, politics, sport, teaching)': {
    help: [
      'emotional abuse',
      'is it gaslighting when my husband denies what he said',
      'my wife is a teacher and she is verbally abusive to me',
    ],
    ordinary: [
      'medical gaslighting endometriosis',
      'political gaslighting examples',
      'gaslighting en politique',
      'emotional abuse of athletes by coaches',
      'verbal abuse from a teacher at school',
    ],
  },
});

describe('a kind of abuse in another setting, in page titles', () => {
  it('leaves titles about medicine, politics and sport alone, and keeps a partner’s', () => {
    expect(topic.isHelpTitle('Medical gaslighting: when doctors dismiss women’s pain')).toBe(false);
    expect(topic.isHelpTitle('Emotional abuse in sport: what coaches must know')).toBe(false);
    expect(topic.isHelpTitle('Gaslighting in a relationship: signs your partner does it')).toBe(true);
  });
});
