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
    ],
    ordinary: [
      'my best friend gets jealous when i hang out with my girlfriend',
      'my bff gets mad when i talk to my boyfriend',
      'ma meilleure amie ne veut pas que je sorte avec mon copain',
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
