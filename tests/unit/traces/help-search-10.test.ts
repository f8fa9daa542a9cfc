// Families seen among the misses of the tenth search set and the fourth page set
// (`help-lexicon-10.ts`), each with searches and titles of our own it must catch, and everyday ones
// a careless version would catch too. None is a row of either set.
import { describe, expect, it } from 'vitest';
import { createTopicClassifier } from '../../../lib/traces/help-topic';
import { describeSearchFamilies } from './search-families';

const topic = createTopicClassifier();

describeSearchFamilies('the tenth set’s families', {
  'French control with "laisser", and "ne … plus / jamais" read as "ne … pas"': {
    help: [
      'mon chum ne me laisse pas voir mes amies',
      'il ne me laissait jamais sortir seule',
      'mon mari ne me laisse plus travailler',
      'ma conjointe ne me a jamais laissé conduire',
      'tu ne reverras plus jamais tes enfants si tu pars',
    ],
    ordinary: [
      'mon bébé ne me laisse pas dormir',
      'mon chat ne me laisse plus dormir le matin',
      'il ne me laisse pas indifférente',
      'ne me laisse jamais seule paroles',
      'il ne pleut plus à montréal',
    ],
  },
  'French "même" is an adverb, an English meme a joke': {
    help: [
      'mon conjoint me frappe même devant les enfants',
      'il me menace même quand je dis rien',
      'consentement même dans le couple',
    ],
    ordinary: ['husband tyrant in the kitchen meme', 'my boyfriend hits me with a pillow meme', 'quand même'],
  },
  'money explained, taken or watched behind one’s back': {
    help: [
      'my husband makes me explain every purchase',
      'partner makes me show receipts for groceries',
      'my boyfriend takes my wages every friday',
      'mon mari gère seul le compte joint',
      'mon conjoint m interdit d avoir une carte bancaire',
      'ma conjointe utilise ma carte bancaire à mon insu',
    ],
    ordinary: [
      'how to explain every penny on a tax return',
      'my accountant makes me show receipts',
      'my husband takes my car every friday',
      'mon mari gère le barbecue',
      'carte bancaire perdue que faire',
      'opposition carte bancaire à mon insu paiement frauduleux',
    ],
  },
  'intimate images shared, leaked or pressed for': {
    help: [
      'my ex leaked my nudes',
      'how to stop ex from posting my intimate pictures',
      'my nudes got leaked what do i do',
      'boyfriend keeps asking me for nudes',
      'mon copain me demande des photos nues',
      'il veut une photo nue de moi',
    ],
    ordinary: [
      'my boyfriend sent nudes to another girl',
      'nude photography course montreal',
      'how to share photos from iphone to android',
      'mon copain me demande des photos de vacances',
      'leaked photos of the new iphone',
    ],
  },
  'a tracker found on one’s car or in one’s bag': {
    help: [
      'found an airtag on my car',
      'found a gps tracker under my car',
      'airtag found in my purse what to do',
      'tracking device hidden in my car',
    ],
    ordinary: [
      'should i put an airtag on my car',
      'best gps tracker for my car against theft',
      'airtag in my luggage for travel',
      'unknown tracker alert android',
    ],
  },
  'aids and belongings hidden or broken; things thrown across the room': {
    help: [
      'my husband hides my wheelchair',
      'carer withholds my meds and my partner lets him',
      'boyfriend threw my phone across the room',
      'he came at me with a knife',
      'my wife backhanded me',
    ],
    ordinary: [
      'my toddler threw my phone across the room',
      'my son hides my glasses as a joke',
      'came at me like a wrecking ball lyrics',
      'backhanded compliment examples',
      'how to throw a frisbee across the room',
    ],
  },
  'an ex who keeps coming by; blows and torture named with whose they are': {
    help: [
      'my ex keeps driving by my house',
      'les coups de mon mari',
      'mon conjoint me torture psychologiquement',
      'battered by my wife for years',
    ],
    ordinary: [
      'the mail truck drives by my house at noon',
      'les coups de fil de mon mari',
      'mon mari me donne un coup de main',
      'battered fish recipe',
    ],
  },
  'French "paroles" are someone’s words; "parole" a group’s': {
    help: [
      'mon mari me rabaisse avec ses paroles',
      'mon chum me traite de folle paroles blessantes',
      'maison d hébergement groupe de parole',
    ],
    ordinary: [
      'les paroles de la chanson il me frappe',
      'stalking parole officer',
      'paroles de chanson d amour',
    ],
  },
  'phones, apps and accounts as people name them': {
    help: [
      'my husband tracks my iphone',
      'my ex hacked my instagram',
      'boyfriend goes through my dms',
      'my boyfriend installed an app on my phone to track me',
      'girlfriend logged into my icloud without asking',
    ],
    ordinary: [
      'my husband checks my laptop for viruses',
      'how to check my iphone storage',
      'app to track my running',
      'track my iphone shipping order',
      'my son hacked my instagram password for a prank',
    ],
  },
  'the field’s terms': {
    help: [
      'maison de seconde étape gaspésie',
      'hommes auteurs de violence accompagnement',
      'ordonnance provisoire de protection immédiate',
      'violentomètre',
      '209a hearing',
      'est ce une agression sexuelle si je dormais',
      'was it sexual assault if i froze',
    ],
    ordinary: [
      'seconde étape du tour de france',
      'première étape pour créer une entreprise',
      'auteurs de romans policiers québécois',
      'ordonnance médicale renouvellement',
    ],
  },
});

describeSearchFamilies('said plainly (a probe of phrasings of our own)', {
  'aggressive, scary, yelling': {
    help: [
      'my husband is aggressive towards me',
      'my boyfriend is scary when he drinks',
      'mon mari crie sur moi',
    ],
    ordinary: ['my husband is an aggressive driver', 'my husband loves scary movies', 'my dog is aggressive'],
  },
  'how a partner makes me feel, and what he says of me': {
    help: [
      'my husband makes me feel worthless',
      'mon conjoint me fait sentir nulle',
      'my boyfriend says no one else would want me',
    ],
    ordinary: [
      'my boss makes me feel stupid',
      'my husband makes me feel beautiful',
      'no one else would want this couch',
    ],
  },
  'control in everyday words, with a partner named': {
    help: [
      'my husband controls everything',
      'my wife wont let me have friends',
      'my ex wont stop messaging me',
      'my partner threatens to leave me with nothing',
    ],
    ordinary: [
      'my mom wont let me have friends over',
      'wont stop messaging me spam',
      'alexa controls everything',
    ],
  },
  'in French: an ex who won’t let go, a phone broken or taken': {
    help: [
      'mon ex ne me lâche pas',
      'mon ex ne me laisse pas tranquille',
      'il a cassé mon téléphone',
      'mon chum a confisqué mon cell',
    ],
    ordinary: [
      'mon chat ne me lâche pas',
      'mon fils a cassé mon téléphone',
      'ne me lâche pas paroles chanson',
    ],
  },
  'where to go on leaving a partner': {
    help: ['where can i go if i leave my husband', 'où aller si je quitte mon conjoint'],
    ordinary: [
      'if i leave my husband can i take my child',
      'where can i go if i leave my job',
      'où aller si je quitte paris',
    ],
  },
});

describe('the fourth page set’s title families', () => {
  it.each([
    'Sex assault crisis program connects survivors with support',
    'Sexualized Assault Response Team announced',
    'Services for people experiencing violence and abuse',
    "Woman's Aid sees caseload rise",
    'White Ribbon Day walk downtown',
    'Accompagnement pour les hommes auteurs de violence',
    'Hommes aux prises avec des comportements violents',
  ])('help: %s', (title) => {
    expect(topic.isHelpTitle(title)).toBe(true);
  });
  it.each([
    'Stalking the Highlands: a season on the hill',
    'Red deer stalking in the Highlands',
    'White ribbon cake decoration ideas',
    'Experiencing the northern lights in Yukon',
  ])('kept: %s', (title) => {
    expect(topic.isHelpTitle(title)).toBe(false);
  });
});
