// Families added after the fifth search set (people's own words, gathered blind): each family
// with searches it must catch and everyday searches a careless version of it would catch too.
// Phrasings are our own, never rows of a set.
import { describeSearchFamilies, type SearchFamilies } from './search-families';

const lookAlikes: SearchFamilies = {
  'pushed me: encouraged, not shoved': {
    help: [
      'my husband pushed me down the stairs',
      'boyfriend pushed me against the wall',
      'mon conjoint m a poussee contre le frigo',
      'mon mari m a poussee par terre devant les enfants',
    ],
    ordinary: [
      'my wife pushed me to apply for the promotion',
      'my girlfriend pushes me to be a better person',
      'mon mari m a pousse a reprendre mes etudes',
      'ma copine me pousse a postuler ailleurs',
    ],
  },
  'hit me with: told, or a sport': {
    help: [
      'my boyfriend hit me with a belt',
      'he hit me with his phone',
      'mon copain m a frappe avec une ceinture',
    ],
    ordinary: [
      'my husband hit me with the news that we are moving',
      'my wife hit me with a question i could not answer',
      'my girlfriend hit me with a pillow',
      'il m a frappe avec la rondelle au hockey',
      'mon frere m a frappe avec le ballon en jouant au soccer',
    ],
  },
  'orders in stories and software': {
    help: [
      'how to get a restraining order against my ex',
      'protection order hearing what to expect',
      'my husband broke the protection order',
    ],
    ordinary: [
      'restraining order episode grey anatomy',
      'restraining order sitcom season 3',
      'protection order npm module',
      'protective order github plugin',
    ],
  },
  'abuse of discretion, a legal standard': {
    help: ['what is abuse', 'is it abuse if he yells every day', 'signs of abuse in a relationship'],
    ordinary: [
      'what is abuse of process in civil court',
      'what is abuse of judicial discretion',
      'types of abuse of power in government',
      'is it abuse of discretion to deny a continuance',
    ],
  },
  "someone else's jealousy": {
    help: [
      'my boyfriend gets mad when i see my friends',
      'my girlfriend gets angry when i talk to other guys',
      'mon chum ne veut pas que je sorte',
      'my boyfriend is too jealous of my friends',
      'mon chum est trop jaloux de mes amis',
    ],
    ordinary: [
      'my best friend gets jealous when i hang out with my girlfriend',
      'my bff gets mad when i talk to my boyfriend',
      'ma meilleure amie ne veut pas que je sorte avec mon copain',
      "my boyfriend's sister is too jealous of me",
    ],
  },
  'threatened by the state, not by a partner': {
    help: [
      'my husband threatens to have me deported',
      'boyfriend threatened deportation if i leave',
      'mon mari me menace d expulsion',
    ],
    ordinary: [
      'my husband is facing deportation what can i do',
      'wife threatened with deportation after visa expired',
      'mon conjoint menace d expulsion du territoire',
    ],
  },
};

describeSearchFamilies('help searches: look-alikes seen in the fifth set', lookAlikes);

const plainWords: SearchFamilies = {
  'coercive control in plain words': {
    help: [
      'my wife controls every aspect of my life',
      'boyfriend forbids me from going out with coworkers',
      'husband wont let me see a doctor alone',
      'not allowed to have my own bank account husband',
      'mon conjoint me empeche de travailler',
      'le copain de mon amie la empeche de sortir',
      'vivre avec un mari dictateur',
      'my boyfriend is a tyrant',
    ],
    ordinary: [
      'diabetes controls my whole life',
      'my mom forbids me from seeing my boyfriend',
      'my doctor says i am not allowed to go out after surgery',
      'anxiety controls my life how to cope',
      'mon chat me empeche de dormir',
      'mon patron me empeche de prendre mes vacances',
      'film sur le mari du dictateur',
      'husband reading about a dictator',
      'my husband is not allowed to work on his h4 visa',
      'husband never allowed seeing his kids after the divorce',
    ],
  },
  'sexual coercion in a relationship': {
    help: [
      'my husband keeps pressuring me for sex',
      'is sex a wifely duty',
      'mon mari dit que le devoir conjugal est obligatoire',
      "est-on obligée d'accomplir le devoir conjugal",
      'is it my wifely duty to have sex whenever he demands',
      'il me reproche de refuser le devoir conjugal',
      'mon copain me obligeait a coucher avec lui',
      'i give him sex to stop the fighting',
    ],
    ordinary: [
      'my brother pinned me down in wrestling practice',
      'peer pressure to try alcohol',
      'wifely duties in the 1950s tv show',
      'wifely duties in the bible',
      'my marital duty to pay taxes',
      'how to give him sex appeal in a drawing',
      'husband tyrant in the kitchen meme',
      'devoir conjugal définition juridique',
      'devoir conjugal et divorce jurisprudence',
      'he pinned me down in jiu jitsu class',
    ],
  },
  'people who use violence asking to change': {
    help: [
      'i hurt my wife when i drink',
      'i take my anger out on my boyfriend',
      'je suis violent avec ma conjointe comment arreter',
      'je ai failli frapper ma copine',
      'my wife is scared of me because of my anger',
    ],
    ordinary: [
      'i hurt my girlfriend feelings how to apologize',
      'i hurt my back lifting',
      'i hurt my husband by forgetting his birthday',
      'je ai failli rater mon train',
      'my dog is scared of me because of my anger',
    ],
  },
  'threats used to control': {
    help: [
      'boyfriend says he will kill himself if i leave',
      'my husband threatens suicide if i divorce him',
      'he says i will never see the kids again if i go',
      'si tu me quittes tu ne reverras plus jamais les enfants',
      'if i leave he will take the kids',
    ],
    ordinary: [
      'what to do if a friend says they want to kill themselves',
      'will i never see my kids again if i move abroad for work',
      'can i take the kids on holiday without the other parent consent',
      'if i leave work early will he take the kids to practice',
    ],
  },
  'immigration used to control': {
    help: [
      'my husband threatens to cancel my sponsorship',
      'wife threatened to report me to immigration',
      'mon conjoint garde mon passeport',
      'mon mari fait du chantage au titre de sejour',
    ],
    ordinary: [
      'how to cancel my visa application',
      'passport office keeps my passport for how long',
      'sponsorship withdrawal form canada',
      'sponsor threatened to withdraw sponsorship from the team',
    ],
  },
  'trackers and airtags': {
    help: [
      'found an airtag under my car after leaving my husband',
      'my ex put a gps tracker on my car',
      'my ex broke into my car and planted a tracker',
      'mon ex a mis un traceur sous ma voiture',
    ],
    ordinary: [
      'how to put an airtag in my bag',
      'best gps tracker for my car',
      'airtag sous ma voiture en cas de vol',
      'my husband installed a tracker on our dog',
    ],
  },
  'images shared without consent': {
    help: [
      'my ex sent my nude photos to my family',
      'mon ex copain a envoye mes photos nues',
      'boyfriend sent my nudes to his friends',
    ],
    ordinary: [
      'how to send photos to my family',
      'my boyfriend sent nudes to another girl',
      'envoye mes photos de vacances',
    ],
  },
  'gaslighting in French': {
    help: [
      'mon conjoint me fait douter de ma memoire',
      'mon mari dit que je deforme tout',
      'ma copine me fait douter de tout ce que je dis',
    ],
    ordinary: [
      'ce film me fait douter de tout',
      'mon prof me fait douter de mes capacites',
      'la meteo me fait douter de partir',
    ],
  },
  'harassment over custody after separation': {
    help: [
      'mon ex utilise les enfants pour me faire du chantage',
      'ex husband using the kids against me',
      'ex conjointe harcelante pour la garde',
    ],
    ordinary: [
      'mon fils me fait du chantage pour avoir un telephone',
      'teacher uses the kids drawings for the exhibition',
      'demarchage telephonique harcelant',
    ],
  },
  'worried friends and family': {
    help: [
      "my sister's boyfriend is isolating her from us",
      "my friend's husband is abusing her from what i see",
      "my daughter's boyfriend curses at her",
      'une amie me dit que elle vit de la violence conjugale',
    ],
    ordinary: [
      'my friend is isolating herself what to do',
      'my sister is having a baby',
      'elle vit de la vente de bijoux',
    ],
  },
  'teen dating control': {
    help: [
      'my boyfriend gets upset when i am making friends',
      'boyfriend made me cut off all my friends',
      'girlfriend mad because i am talking to other guys',
    ],
    ordinary: [
      'my mom made me cut off my friends',
      'upset because i am not making friends at college',
      'should i cut off my friends who gossip',
    ],
  },
  'control in everyday words: a partner named, never "he" or "she" alone': {
    help: [
      'hubby controls every aspect of my life',
      'my boyfriend planted a tracker in my car',
      'mon copain me fait douter de moi',
      'my husband broke into my car',
      'ex uses the kids against me',
    ],
    ordinary: [
      'he broke into my car and stole my laptop',
      'she broke into my apartment with a spare key landlord',
      'she says i am crazy for liking pineapple pizza',
      'he controls my whole life as my manager',
      'she isolates him from the team',
      'he knows where i am in hide and seek',
      'elle me fait douter de mes choix vestimentaires',
      'il a detruit ma voiture en marche arriere',
      'he held me down to give me an injection',
    ],
  },
};

describeSearchFamilies('help searches: families from the fifth set', plainWords);
