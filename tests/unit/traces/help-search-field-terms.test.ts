// The field's own names for schemes, orders, payments and programmes, and terse searches, added after
// the fourth search set: each family with searches it must catch and everyday searches that share its
// words or acronyms. Phrasings are our own.
import { describeSearchFamilies, type SearchFamilies } from './search-families';

const families: SearchFamilies = {
  'orders by their local names': {
    help: [
      'apply for a barring order cork',
      'emergency intervention order saskatchewan',
      'police safety order how long',
      'dvpo magistrates',
      'fvio victoria respondent',
      'safety order garda',
    ],
    ordinary: [
      'barring the door meaning',
      'police order pizza prank',
      'health and safety order district court',
      'safety orders for construction site',
    ],
  },
  'acronyms that mean other things decide only with their context': {
    help: ['epo calgary court', 'avo court date nsw', 'breach of avo', 'pso breached nz', 'dvo queensland'],
    ordinary: [
      'epo european patent office',
      'epo for anaemia',
      'avo on toast',
      'pso2 best class',
      'dvo to hdmi',
      'evp of sales salary',
    ],
  },
  'payments, leave and programmes': {
    help: [
      'escaping violence payment how long',
      'evp centrelink',
      'aide universelle d urgence caf',
      'mens behaviour change group near me',
      'mbcp online',
    ],
    ordinary: [
      'crisis payment centrelink flood',
      'behaviour change for weight loss',
      'aide d urgence etudiant',
    ],
  },
  'IPV and DV with a service word, not a vaccine or a visa': {
    help: ['ipv advocate training', 'dv lawyer near me', 'ipv awareness month', 'dv counselling sydney'],
    ordinary: [
      'ipv booster for adults',
      'ipv vaccine side effects',
      'dv lottery lawyer fees',
      'dv visa interview',
    ],
  },
  'immigration status used as a threat': {
    help: [
      'my husband threatens to deport me',
      'my sponsor is threatening deportation',
      'abusive sponsor spouse',
    ],
    ordinary: ['government threatening deportation of students', 'sponsor a refugee family'],
  },
  'tracking and spying said of oneself': {
    help: [
      'airtag tracking me',
      'found an airtag in my bag',
      'spy app on my phone boyfriend',
      'mon conjoint me geolocalise',
    ],
    ordinary: [
      'airtag not tracking',
      'best spy app for parents',
      'spy app for my kid',
      'geolocaliser mon telephone perdu',
    ],
  },
  'French schemes and words': {
    help: [
      'telephone grand danger procureur',
      'anti rapprochement',
      'fuir un milieu violent',
      'certificat medical coups et blessures',
      'violence amoureuse au lycee',
      'abus envers un aine',
    ],
    ordinary: [
      'stage de rapprochement familial',
      'milieu violent au hockey junior',
      'certificat medical pour le sport',
      'douleur a l aine',
    ],
  },
  'civil protective orders in litigation': {
    help: ['protective order against my ex'],
    ordinary: ['protective order for trade secrets', 'motion for protective order deposition'],
  },
  'programmes for people who have used violence': {
    help: [
      'stage de responsabilisation combien de jours',
      'accompagnement des auteurs de violences',
      'groupe de parole pour auteurs de violence',
      'perpetrator programme near me',
    ],
    ordinary: [
      'stage de piano',
      'stage de responsabilisation parentale',
      'prise en charge securite sociale',
      'prise en charge des frais de transport',
      'stage de voile pour ados',
      'prise en charge des auteurs de violences urbaines',
    ],
  },
  'leaving the marital home': {
    help: [
      'quitter le domicile conjugal sans prevenir',
      'can i leave the marital home with my children',
      'partir du domicile conjugal avec les enfants',
      'leaving the matrimonial home before divorce',
    ],
    ordinary: [
      'domicile conjugal definition impots',
      'attribution du domicile conjugal',
      'marital home insurance',
      'leave home at 18',
      'vente du domicile conjugal',
    ],
  },
  "asking the police about a partner's past": {
    help: [
      'right to ask police about my new partner',
      'ask police about my boyfriend past',
      'dvds application form online',
      'background check on my boyfriend',
    ],
    ordinary: [
      'right to ask questions at work',
      'ask police about a noise complaint',
      'background check on employee',
      'dvds for sale',
      'rip dvds application',
      'dvds form factor',
      'dvds police academy',
    ],
  },
  'the US visa for victims of crime, by its certification': {
    help: ['u visa certification form', 'how long does u visa certification take', 'i-918 supplement b'],
    ordinary: [
      'u.s. visa application',
      'u.s. visa police certificate',
      'u.s. visa requirements for canadians',
    ],
  },
};

describeSearchFamilies('help searches: field terms and terse forms', families);
