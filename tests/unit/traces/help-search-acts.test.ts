// The inventory of acts (`help-lexicon-acts.ts`) and the precision families written after our own
// look-alikes (`tests/fixtures/traces/lookalikes-own.json`, never shown to the rules): each family
// with searches of our own it must catch, and everyday ones a careless version would catch too.
import { describe, expect, it } from 'vitest';
import { createTopicClassifier } from '../../../lib/traces/help-topic';
import { describeSearchFamilies } from './search-families';

const topic = createTopicClassifier();

describeSearchFamilies('acts a partner does to me', {
  'English physical acts': {
    help: [
      'my husband bit me during an argument',
      'boyfriend spat in my face',
      'my girlfriend pulls my hair when she is angry',
      'husband threw a glass at me',
      'he slammed me against the fridge',
      'my partner broke my nose',
      'my husband gave me a black eye',
      'my boyfriend held me down on the bed',
      'he put his hands on me',
      'my wife pulled a knife on me',
      'my husband tried to kill me',
    ],
    ordinary: [
      'my husband s dog bit me',
      'my puppy he bites me when i play',
      'the news shook me',
      'my husband is going to kill me when he sees the credit card bill',
      'my wife will kill me for forgetting our anniversary',
      'my boyfriend threw a party for me',
      'my husband broke my phone screen protector',
      'my husband burned the toast again',
    ],
  },
  'French acts in every tense': {
    help: [
      'mon mari me bouscule',
      'mon conjoint m a bousculée dans la cuisine',
      'mon chum me secouait',
      'mon mari me bousculait encore',
      'mon copain va me gifler',
      'mon conjoint me crache dessus',
      'mon mari me tire les cheveux',
      'il m a tirée par les cheveux',
      'mon ex me donnait des coups de pied',
      'mon mari me lance des objets',
      'mon conjoint m a cassé le nez',
      'il me laisse des bleus',
      'mon mari m a séquestrée',
      'ma conjointe me griffe',
      'il a abusé de moi',
      'mon mari a essayé de me tuer',
    ],
    ordinary: [
      'mon mari me donne un coup de main pour le déménagement',
      'mon chum m a filé un coup de fil',
      'mon copain m a plaquée pour une autre',
      'ma femme va me tuer si j oublie le pain',
      'mon chiot il me mord les doigts',
      'mon chat me griffe quand je le brosse',
      'il abuse de ma gentillesse',
      'mon mari me secoue les puces pour que je fasse du sport',
    ],
  },
});

describeSearchFamilies('everyday senses found by our own look-alikes', {
  'encouraged, not pushed': {
    help: ['he pushed me down the stairs', 'my husband pushed me to the floor'],
    ordinary: [
      'my dad pushed me to take the scholarship',
      'my wife pushed me to ask for a raise',
      'mon chum me pousse à prendre des cours de chant',
    ],
  },
  'a race or a contest is a score': {
    help: ['my husband beat me in front of the kids'],
    ordinary: [
      'my wife beat me in a 5k',
      'my boyfriend beat me at trivia night',
      'she beat me in the tournament',
    ],
  },
  'an outdoor or travel safety plan': {
    help: ['safety plan to leave an abusive husband', 'safety plan what to leave with a friend when i go'],
    ordinary: [
      'hiking safety plan what to leave with a friend',
      'backcountry ski safety plan',
      'plan de sécurité randonnée',
    ],
  },
  'French "abuser" as overdoing': {
    help: ['mon mari abusait de moi'],
    ordinary: ['faut pas abuser des bonnes choses', 'abuser du sucre', 'sans abuser de leur hospitalité'],
  },
});

describe('harassment at work with no partner named, in a title', () => {
  it.each([
    ['Harcèlement psychologique ou sexuel au travail', false],
    ['Violence conjugale : quand elle se poursuit au travail', true],
    ['Domestic violence and the workplace', true],
  ])('%j → %s', (title, expected) => {
    expect(topic.isHelpTitle(title)).toBe(expected);
  });
});

describeSearchFamilies('acts done to someone close, by their partner', {
  'someone else named with their partner': {
    help: [
      "my friend's husband threatens to shoot her",
      "my cousin's husband beats her when he drinks",
      "my daughter's boyfriend slapped her again",
      "my son's girlfriend hit him",
      "le chum de ma fille l'a frappée",
      'le mari de ma soeur lui donne des coups',
      'ma fille reçoit des gifles de son copain',
      'notre voisin se fait frapper par sa femme',
      "ma cousine, son conjoint l'a étranglée",
    ],
    ordinary: [
      "my mom's boyfriend pushed her car out of the snow",
      "my friend's boyfriend pushed her buttons",
      "my daughter's boyfriend beat her record",
      "my friend's husband kicked her habit",
      'my son and his girlfriend beat him at trivia',
      'my dog bit my wife and she kicked him',
      'my friend and her husband hit the gym',
      'quitter son domicile pour un nouveau travail',
      'ma fille et son copain frappent à la porte',
      'le mari de ma soeur bat des records',
      'my sister says her husband hit a deer',
    ],
  },
});

describeSearchFamilies('consent in a couple, and sex pressed for', {
  'consent named with a couple or a partner; sex pressed for or taken': {
    help: [
      'le consentement dans le couple existe-t-il',
      'sexual consent in marriage',
      'zone grise du consentement entre conjoints',
      'il me fait du chantage pour coucher',
      'mon chum insiste pour avoir des relations',
      'il a continué sans avoir consenti',
    ],
    ordinary: [
      'cookie consent banner wordpress',
      'consentement du conjoint pour vendre la maison',
      'consent form for my husband s surgery',
      'age of consent by country',
      'consentement éclairé avant une chirurgie',
      'mon patron me fait du chantage pour une promotion',
    ],
  },
});

describeSearchFamilies('money and devices', {
  'pay stolen, debt in my name, a phone tapped or tracked': {
    help: [
      'my boyfriend drained my savings',
      'husband opened credit cards in my name',
      'my ex hacked my instagram',
      'my husband bugged my car',
      'mon conjoint me prenait mes allocations',
      'il a fait des dettes à mon nom',
      'mon ex géolocalise mon cellulaire',
      'mon chum a mis mon cell sur écoute',
    ],
    ordinary: [
      'my husband spent my money on a boat',
      'someone hacked my facebook',
      'mon fils a piraté mon compte',
      'a thief stole my wallet',
      'my roommate stole my money',
      'how to open a credit card in my name',
    ],
  },
});

describeSearchFamilies('other forms of control', {
  'contraception, pets, medication, accounts, messages, work': {
    help: [
      'my boyfriend poked holes in condoms',
      'my husband won t let me use birth control',
      'mon conjoint m empêche de prendre la pilule',
      'my husband hurts my dog to punish me',
      'mon conjoint cache mes médicaments',
      'my husband locked me out of my accounts',
      'my ex keeps calling me from different numbers',
      'mon ex m envoie des dizaines de sms',
      'my husband sabotaged my job interview',
      'mon chum m empêche d aller travailler',
    ],
    ordinary: [
      'my mom texts me 100 times a day',
      'google locked me out of my account',
      'my husband changed my password for me because i forgot it',
      'the pharmacy hid my medication behind the counter',
      'my dog hid my shoes again',
      'mon mari m empêche de dormir avec ses ronflements',
      'my husband won t let me eat his fries',
    ],
  },
});

describeSearchFamilies('the French infinitive, clothing, tracking, and naming who harmed me', {
  'a French harm verb after any verb': {
    help: [
      "mon conjoint n'arrête pas de me rabaisser",
      'mon ex ne cesse de me harceler',
      "ma blonde essaie de m'humilier devant ses amis",
      'mon mari commence à me bousculer',
      'il a essayé de me séquestrer',
    ],
    ordinary: [
      'quand je le caresse mon chat commence à me griffer',
      'mon patron essaie de me manipuler',
      "mon fils n'arrête pas de me taper sur les nerfs",
      'mon prof veut me rencontrer',
    ],
  },
  'dragged by the body, in French': {
    help: ['mon copain me traînait par les cheveux', "il m'a traînée sur le sol de la cuisine"],
    ordinary: ['mon chum me traîne au cinéma', 'il me traîne dans les magasins tous les samedis'],
  },
  'what I wear, decided for me': {
    help: [
      'my boyfriend decides what i wear',
      'my husband wont let me wear shorts',
      'mon mari décide de mes vêtements et de mes amies',
      "mon copain m'interdit de me maquiller",
    ],
    ordinary: [
      'my husband picks my clothes for the wedding',
      'what should i wear to my boyfriends family dinner',
      'ma copine choisit mes vêtements pour le mariage de sa soeur',
      'mon mari me conseille pour ma tenue',
    ],
  },
  'my car or my movements tracked': {
    help: ['my husband is tracking my car', 'my ex tracks my every move'],
    ordinary: ['app that tracks my car mileage', 'my fitness watch tracks my movements'],
  },
  'who harmed me, named as such': {
    help: [
      'confronter mon agresseur',
      'mon violeur est sorti de prison',
      'je suis auteur de violence qui appeler',
    ],
    ordinary: ["l'agresseur de la joueuse suspendu trois matchs", 'auteur de polar violence et suspense'],
  },
  'love or control, the campaigns question': {
    help: ['is it love or control', 'jalousie amour ou contrôle dans le couple'],
    ordinary: ['love or hate lyrics', 'remote control or love'],
  },
});

describeSearchFamilies('insults, papers taken, sex pressed after no, wanting to stop', {
  'names a partner calls me': {
    help: ['my boyfriend calls me a whore when he drinks', 'ma blonde me traite de moins que rien'],
    ordinary: ['my son calls me a loser when i win at cards', 'my dog is a pig with his food'],
  },
  'papers and contacts taken or gone through': {
    help: ['my ex hid my passport so i cant travel', 'mon mari confisque mes papiers'],
    ordinary: [
      'my wife reads my mail to me since my eye surgery',
      'the postman opened my mail',
      'mon mari ouvre mon courrier quand je suis en voyage',
    ],
  },
  'forcing, counted where it is sexual': {
    help: ['mon copain me forçait même quand je disais non', 'mon mari m a forcée'],
    ordinary: ['il me force à manger des légumes', 'ma mère me force à faire mes devoirs'],
  },
  'wanting to stop being violent, in French': {
    help: ['comment arrêter d être violent', 'cesser d être violente avec mes enfants'],
    ordinary: ['arrêter de fumer', 'comment arrêter d être timide'],
  },
});

describeSearchFamilies('the ninth set’s families', {
  'harm by a partner, said in the passive': {
    help: ['strangled by partner what to do', 'beaten by my partner last night'],
    ordinary: ['beaten by my business partner at golf', 'hit by a car partner injured'],
  },
  'who I see or date, controlled': {
    help: ['my boyfriend controls who i talk to', 'my ex tries to control where i go'],
    ordinary: [
      'my business partner is trying to control who i talk to',
      'app that controls who i text at night',
    ],
  },
  'people who have used violence, saying what they did': {
    help: ['i shoved my wife during a fight', 'i kicked my boyfriend and feel awful'],
    ordinary: ['i hit my girlfriend s car backing out', 'i beat my husband s time in the 5k'],
  },
  'pushed or thrown against the wall, in French': {
    help: ['mon conjoint me plaquait contre le mur', 'il m a poussée dans les escaliers'],
    ordinary: ['il me pousse à postuler', 'mon fils me plaque au rugby'],
  },
  'the field’s terms and questions': {
    help: ['what is coerced debt', 'when does arguing become abuse', 'avo against my ex'],
    ordinary: ['when does drinking become abuse', 'avo toast recipe'],
  },
  'spyware and feeling driven mad, with a partner named': {
    help: ['mon mari a mis un logiciel espion sur mon cell', 'i feel like im going crazy with my husband'],
    ordinary: ['logiciel espion gratuit pour entreprise', 'i feel like im going crazy with this heat'],
  },
});
