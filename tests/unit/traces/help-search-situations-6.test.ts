// Families added after the sixth search set (forum, Q&A and letter phrasings, accounts, and the
// people around the person, gathered blind): each family with searches it must catch and everyday
// searches a careless version of it would catch too. Phrasings are our own, never rows of a set.
import { describeSearchFamilies, type SearchFamilies } from './search-families';

const lookAlikes: SearchFamilies = {
  'a toxic relationship with a thing is figurative': {
    help: [
      'how to end a toxic relationship with my boyfriend',
      'toxic relationship with a narcissist signs',
      'relation toxique avec mon copain comment partir',
      'toxic relationship with an older man',
    ],
    ordinary: [
      'my toxic relationship with sugar and how i quit',
      'breaking my toxic relationship with my phone',
      'toxic relationship with social media detox',
      'chocolate the toxic relationship i cannot quit',
      'ma relation toxique avec le sucre',
    ],
  },
  'a former convict, boss or friend is not an ex partner': {
    help: [
      'custody battle with my abusive ex husband',
      'my violent ex keeps texting me',
      'co parenting with a toxic ex',
    ],
    ordinary: [
      'violent ex con released from prison',
      'abusive ex priest sentenced',
      'toxic ex best friend spreading rumors',
      'my toxic ex boss wrote a bad reference',
    ],
  },
  '"he" is someone named before it, not after it': {
    help: [
      'il me frappe devant les enfants',
      'he yells at me in front of my kids',
      'elle m insulte devant mes amis',
      'she made me choose between her and my sisters',
    ],
    ordinary: [
      'my son is 5 and he hits me when he is angry',
      'ma fille a 3 ans et elle me frappe quand elle est fatiguee',
      'my toddler screams at me and he hits me',
      'my brother says he will hit me',
    ],
  },
};

const recall: SearchFamilies = {
  "a relative's partner harms her": {
    help: [
      "my best friend's boyfriend abuses her",
      "my daughter's boyfriend chokes her",
      'my niece boyfriend mistreats her',
      'comment aider mon amie son mec est violent',
      'son mec est toxique que faire',
    ],
    ordinary: [
      'my wife hit her car in the parking lot',
      'my wife choked on her water',
      'my boyfriend beat her at chess',
      "my friend's husband hit her up on facebook",
      "my sister's boyfriend beat her at mario kart",
      'son mec est trop beau',
      'sa meuf est jalouse de moi',
    ],
  },
  'cut off from everyone, or made to choose': {
    help: [
      'my girlfriend wants me to stop seeing my friends',
      'my husband made me cut everyone out of my life',
      'she made me choose between her and my family',
      'mon copain me a fait choisir entre lui et mes amis',
      'my husband makes me choose between him and my kids',
    ],
    ordinary: [
      'should i cut everyone out of my life',
      'my therapist wants me to cut off my family',
      'my best friend made me choose between her and my boyfriend',
      'the show made me choose between him and the other guy',
      'she made me choose between her and pizza',
    ],
  },
  'money taken over or rationed': {
    help: [
      'my husband took control of my finances after the wedding',
      'he wants to know every penny i spend',
      'il me donne de l argent au compte gouttes',
      'mon mari garde ma carte bancaire',
      'he only gives me what he thinks i need for groceries',
    ],
    ordinary: [
      'taking control of my finances in my 20s',
      'my son took control of my finances after my stroke',
      'mon pere me donnait juste ce qu il estimait necessaire',
      'my accountant wants to know every penny',
    ],
  },
  'nothing if I ever leave': {
    help: [
      "my husband says if i ever leave don't expect a dime",
      'si jamais je le quitte il dit que tu n auras rien',
      "he told me if i ever leave him i won't get a penny",
    ],
    ordinary: [
      'if i ever leave my job will i get a penny of my bonus',
      'if i ever leave london i will miss it',
      "if i ever leave this game don't expect a penny back",
    ],
  },
  'people who have used violence, asking to stop': {
    help: [
      'how do i stop hitting my girlfriend',
      'i feel guilty for slapping my wife',
      'how to stop verbally abusing my husband',
      'programme pour hommes violents',
      'groupe de parole pour conjoints violents',
      'therapy for abusive men near me',
      'je me suis excuse aupres de celle sur qui j ai leve la main',
      'j ai leve la main sur elle hier soir',
    ],
    ordinary: [
      'i hit my wife in my sleep',
      'stop emotionally abusing yourself with negative self talk',
      'fans verbally abusing referees at youth games',
      "hitting my wife's car with the door",
      'groupe de parole pour parents endeuilles',
      'stage de conduite pour jeunes conducteurs',
      'j ai leve la main pour poser une question',
    ],
  },
  'French accounts in the past, with adverbs, inverted': {
    help: [
      'il m avait deja frappee devant les enfants',
      'il m a encore frappee hier',
      'il m a plaquee contre le mur',
      'il me serrait le cou',
      'he put his hands around my neck',
      'mon conjoint me surveille-t-il',
      'pourquoi mon mari me rabaisse-t-il',
    ],
    ordinary: [
      'il m avait deja prevenu',
      'il m a encore appele hier',
      'il m a plaque au rugby',
      'elle m a plaque par sms',
      'le chat a-t-il faim',
    ],
  },
  'watched and controlled, in French': {
    help: [
      'il contrôlait mes sorties et mes dépenses',
      'mon conjoint veut lire mes textos',
      'elle fouillait mon portable',
    ],
    ordinary: [
      'je veux lire mes textos sur mon ordinateur',
      'ma mere lisait mes messages',
      'il faut verifier mes comptes',
      'il lit tout harry potter en une semaine',
    ],
  },
  'weak signs with a partner named': {
    help: [
      'mon mari est contrôlant',
      'ma copine m accuse sans cesse de flirter',
      'my husband constantly criticizes me',
      'my husband slams doors when he is angry',
      'walking on pins and needles around my husband',
    ],
    ordinary: [
      'mon chef est controlant',
      'ma mere me critique sans cesse',
      'mon chum m accuse de tricher aux cartes',
      'pins and needles in my feet at night',
      'my husband is walking on pins and needles after surgery',
      'my teenager slams doors',
    ],
  },
  'violent when drunk': {
    help: [
      'il est violent quand il boit',
      'my boyfriend gets aggressive when he drinks',
      'elle est violente quand elle a bu',
    ],
    ordinary: [
      'why do people get violent when drunk',
      'my dog gets aggressive when he eats',
      'mon pere est agressif quand il a faim',
    ],
  },
  'papers held over someone': {
    help: [
      'mon mari dit que je n aurai jamais mes papiers si je pars',
      'il refuse de renouveler mon titre de sejour',
      'my husband refuses to file my green card',
    ],
    ordinary: [
      'si je change de travail je perdrai mon titre de sejour',
      'mon employeur refuse de signer pour mes papiers',
      'how to file my green card myself',
    ],
  },
  'outing and status threats, sex refused, blows received': {
    help: [
      'il menace de reveler mon homosexualite a ma famille',
      'mon ex me fait du chantage a la serologie',
      'my partner threatened to reveal my hiv status',
      'he gets angry when i refuse sex',
      'il boude quand je ne veux pas coucher',
      'my wife sulks if i say no to sex',
      'je recevais des coups tous les soirs',
    ],
    ordinary: [
      'je recois des coups de fil anonymes',
      'je recevais des coups de soleil l ete',
      'je recois des coups de pied du bebe',
      'refuse collection day for my street',
      'outing scolaire au zoo',
    ],
  },
  'harassed by an ex': {
    help: [
      'se faire harceler par son ex',
      'comment ne plus se faire harceler par mon ex copain',
      'arreter de se faire harceler par son ancien conjoint',
    ],
    ordinary: [
      'se faire harceler par son patron',
      'se faire harceler par un voisin que faire',
      'se faire harceler par des vendeurs au telephone',
    ],
  },
};

describeSearchFamilies('sixth search set: look-alikes first', lookAlikes);
describeSearchFamilies('sixth search set: situations', recall);
