/**
 * Lines to reach someone now in France. Short codes as digits; other numbers in E.164.
 * Every fact has its public source in `data/sources/resources.ts` (not shipped).
 */
import type { Resource } from '../../lib/directory/resource-schema';

export const LINES_FR: readonly Resource[] = [
  {
    id: 'emergency-fr',
    name: 'Emergency services (France)',
    nameFr: "Numéros d'urgence (France)",
    aliases: ['17', '112', '114', 'urgence', 'SMS 114'],
    kind: 'emergency',
    description: {
      en: 'Call 17 for the police or 112 for any emergency; if you cannot speak, send a text message to 114.',
      fr: 'Composez le 17 pour la police ou le 112 pour toute urgence; si vous ne pouvez pas parler, envoyez un SMS au 114.',
    },
    audiences: ['anyone'],
    regions: ['FR'],
    languages: ['fr'],
    contacts: {
      phone: [
        { number: '17', display: '17' },
        { number: '112', display: '112' },
      ],
      text: [{ number: '114', display: '114' }],
    },
    crisis: true,
  },
  {
    id: 'fr-3919',
    name: '3919 – Violences Femmes Info',
    nameFr: '3919 – Violences Femmes Info',
    aliases: ['3919', 'Violences Femmes Info', 'violences conjugales'],
    kind: 'hotline',
    description: {
      en: 'Free, anonymous line in France, open 24 hours, for women facing violence and the people around them; it is not an emergency number.',
      fr: "Ligne gratuite et anonyme en France, ouverte 24 h sur 24, pour les femmes qui subissent de la violence et leurs proches; ce n'est pas un numéro d'urgence.",
    },
    audiences: ['women', 'experienced-violence', 'helpers'],
    regions: ['FR'],
    languages: ['fr', 'many'],
    contacts: { phone: [{ number: '3919', display: '3919' }] },
    hours: { always: true },
    cost: 'free',
    crisis: true,
  },
  {
    id: 'fr-viols-femmes-informations',
    name: 'Viols Femmes Informations',
    nameFr: 'Viols Femmes Informations',
    aliases: ['CFCV', 'Collectif féministe contre le viol', 'viol', '0 800 05 95 95'],
    kind: 'hotline',
    description: {
      en: 'Free, anonymous line in France for people who have experienced rape or sexual assault, and for those close to them.',
      fr: 'Ligne gratuite et anonyme en France pour les personnes qui ont subi un viol ou une agression sexuelle, et pour leurs proches.',
    },
    audiences: ['experienced-violence', 'women', 'helpers'],
    regions: ['FR'],
    languages: ['fr'],
    contacts: { phone: [{ number: '+33800059595', display: '0 800 05 95 95' }] },
    cost: 'free',
    crisis: true,
  },
  {
    id: 'fr-3114',
    name: '3114 – numéro national de prévention du suicide',
    nameFr: '3114 – numéro national de prévention du suicide',
    aliases: ['3114', 'prévention du suicide', 'suicide'],
    kind: 'hotline',
    description: {
      en: 'Free national suicide prevention line in France, answered 24 hours by health workers, for you or for someone you are worried about.',
      fr: "Ligne nationale gratuite de prévention du suicide, où des soignants répondent 24 h sur 24, pour vous ou pour quelqu'un qui vous inquiète.",
    },
    audiences: ['anyone'],
    regions: ['FR'],
    languages: ['fr'],
    contacts: { phone: [{ number: '3114', display: '3114' }] },
    hours: { always: true },
    website: 'https://3114.fr/',
    cost: 'free',
    crisis: true,
  },
  {
    id: 'fr-119',
    name: '119 – Allô Enfance en Danger',
    nameFr: '119 – Allô Enfance en Danger',
    aliases: ['119', 'Allo Enfance en Danger', 'enfance en danger', 'child abuse France'],
    kind: 'hotline',
    description: {
      en: 'Free line in France, open 24 hours, for children and teens in danger and for any adult worried about a child; it does not show on phone bills.',
      fr: "Ligne gratuite en France, ouverte 24 h sur 24, pour les enfants et ados en danger et pour tout adulte inquiet pour un enfant; elle n'apparaît pas sur les factures.",
    },
    audiences: ['youth', 'helpers', 'parents'],
    regions: ['FR'],
    languages: ['fr'],
    contacts: { phone: [{ number: '119', display: '119' }] },
    hours: { always: true },
    cost: 'free',
    crisis: true,
  },
  {
    id: 'fr-prevention-violences-conjugales',
    name: 'Numéro national de prévention des violences conjugales (FNACAV)',
    nameFr: 'Numéro national de prévention des violences conjugales (FNACAV)',
    aliases: ['08 019 019 11', 'FNACAV', 'Ne frappez pas', 'appeler avant de frapper'],
    kind: 'hotline',
    description: {
      en: 'French line for people who fear they may hurt a partner or family member, or already have, and want help to stop.',
      fr: "Ligne française pour les personnes qui craignent de s'en prendre à leur partenaire ou à un proche, ou l'ont déjà fait, et veulent de l'aide pour arrêter.",
    },
    audiences: ['used-violence'],
    regions: ['FR'],
    languages: ['fr'],
    contacts: { phone: [{ number: '+33801901911', display: '08 019 019 11' }] },
    // Not shown first: a person who was harmed must not meet this line before their own.
    crisis: false,
  },
];
