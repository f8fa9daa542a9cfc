// Families probed in a second pass after the eighteenth search set, each with searches of our own
// it must catch and everyday ones a careless version would catch too. None is a row of any set.
import { describeSearchFamilies } from './search-families';

describeSearchFamilies('families probed in a second pass after the eighteenth set', {
  'a parent hitting the one who searches': {
    help: [
      'my dad hits me when he drinks',
      'my stepdad punched me what do i do',
      'my mom slapped me and pulled my hair',
      'my father choked me last night',
      'my parents beat me for bad grades',
      'my mom hit me with a belt',
      'mon pere me frappe quand il boit',
      'ma mere me giflait tous les jours',
      "mon beau-père m'a frappée hier soir",
      'ma mere m a etranglee',
      'mes parents me frappent que faire',
      "mes parents m'ont battue",
    ],
    ordinary: [
      'my dad kicked me out at 18',
      'my dad hit me up after years of silence',
      'my mom beat me to it again',
      'my dad hits me with dad jokes every morning',
      'my dad beat me at chess',
      'my mom beat me in a 5k',
      'my mom pushed me to apply for the job',
      'my dad threatened to take my phone',
      'my mom forces me to eat vegetables',
      'my toddler hits me when he is angry',
      'ma mere me tape sur les nerfs',
      'mon pere m a battu aux echecs',
      "mon père m'a poussé à m'inscrire",
    ],
  },
  'things of a partner pushed or hit, and a partner put out': {
    help: ['i pushed my wife', 'i slapped my wife and she left', 'i kicked my boyfriend out after he hit me'],
    ordinary: [
      "i pushed my wife's wheelchair up the ramp",
      'i pushed my husbands stroller',
      'i kicked my boyfriend out of the apartment',
      'i hit my husbands car in the driveway',
      'my husband hit me with a great idea',
      'my wife hits me with the truth',
    ],
  },
  'grated food, in French, with or without its accent': {
    help: ['rape crisis line', "centre d'aide aux victimes de rape", 'he raped me'],
    ordinary: [
      'gratin au gruyère râpé facile',
      'combien de grammes de parmesan râpé par personne',
      'noix de coco râpée sans sucre',
      'meilleure râpe pour le gingembre',
      'mozzarella rape prix',
      'betteraves rapees salade',
    ],
  },
  'the sleeveless shirt': {
    help: ['my husband is a wife beater', 'wife beater laws canada'],
    ordinary: ['where to buy wife beater shirts', 'black ribbed wife beater', 'wife beater tank tops 6 pack'],
  },
  'a partner hurt by an accident, an illness, an animal': {
    help: ['my husband hit me', 'mon mari m a frappee', 'attacked by my ex boyfriend'],
    ordinary: [
      'my wife got hit by a bus what compensation',
      'husband struck by lightning survived',
      'mon conjoint renversé par une voiture',
      'ma femme mordue par un chien que faire',
      'boyfriend bitten by a shark in florida',
    ],
  },
  'symptoms and weather called violent': {
    help: ['mon conjoint est violent', 'my husband is violent when he drinks'],
    ordinary: [
      'my husband has violent headaches at night',
      'ma femme a des douleurs violentes au ventre',
      'mon chum a des crampes violentes',
      'violent thunderstorm damaged our house husband',
    ],
  },
  'French "abuser de" as overdoing': {
    help: ['mon mari abuse de moi', 'mon conjoint abuse de ma confiance et me frappe'],
    ordinary: [
      'ma conjointe abuse du chocolat',
      'mon chum abuse des jeux video',
      'mon mari abuse des somniferes',
    ],
  },
  'victims of fraud, fires and floods; help for other needs': {
    help: [
      'aide aux victimes de violence conjugale',
      'helpline for women victims of abuse',
      'shelter for battered women',
    ],
    ordinary: [
      'aide aux victimes des feux de foret en Abitibi',
      'victims of identity theft what to do first',
      'emergency shelter for families evacuated from the wildfire',
      'ligne d ecoute allaitement pour les mamans',
      'safety plan for autistic children who run away',
      'hébergement pour femmes enceintes voyage',
    ],
  },
  'a partner named in everyday life': {
    help: ['how to leave my husband safely', 'partir de chez mon conjoint violent', 'leave my abusive wife'],
    ordinary: [
      'my boyfriend punches me in his sleep',
      'how to leave my girlfriend a love letter',
      'remove my spouse off the lease',
      'partir en voyage avec mon conjoint en Europe',
      'ma femme a battu son record au marathon',
      'my husband keeps controlling the thermostat',
      'ma conjointe a un patron toxique',
    ],
  },
  'the words of abuse used of cults, jobs, screens and warranties': {
    help: [
      'love bombing in a relationship',
      'emprise psychologique dans le couple',
      'trauma bond with my ex',
    ],
    ordinary: [
      'love bombing by a cult recruiter',
      'trauma bond with my old boss',
      'la violence des dessins animés à l ecran',
      'does the warranty cover physical abuse damage',
      'is it abuse of the system to use sick leave',
      'facebook stalking my ex crush lol',
    ],
  },
  'done to keep the one searching from leaving or calling, and an ex who keeps calling (French)': {
    help: [
      'he hides my keys so i cant leave',
      'she hides my phone so i cant call anyone',
      "il cache mes clés pour m'empêcher de partir",
      'il a pris mes clés pour pas que je parte',
      "mon ex n'arrête pas de m'appeler",
      'mon ex arrete pas de me texter',
    ],
    ordinary: [
      'my dog sits on my lap so i cant leave',
      'snow blocked the door so i couldnt get out',
      'my boss schedules meetings so i cant leave early',
      "il fait tout pour m'empêcher de partir en vacances",
      "ma mère n'arrête pas de m'appeler",
      "le bébé n'arrête pas de pleurer",
    ],
  },
  'a partner’s things, which are not the partner': {
    help: [
      "are you ever frightened of your partner's temper",
      "my boyfriend's violence is getting worse",
      "is my husband's jealousy normal",
      "my wife's anger scares me",
      "my husband's friend raped me",
      'my husband hits me',
    ],
    ordinary: [
      "scared of my girlfriend's cat",
      "afraid of my wife's driving on the highway",
      "hiding from my husband's surprise party plans",
      "leaving my boyfriend's apartment early for work",
      "press charges against my husband's landlord",
      "how to stop my partner's dog from attacking my cat",
    ],
  },
});
