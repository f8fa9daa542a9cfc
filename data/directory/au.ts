/**
 * Lines to reach someone now in Australia. 1800, 13 and 1300 numbers and mobile numbers for SMS
 * are stored in their domestic form (`1800737732`): that is the form that dials reliably.
 * Every fact has its public source in `data/sources/resources.ts` (not shipped).
 */
import type { Resource } from '../../lib/directory/resource-schema';

export const LINES_AU: readonly Resource[] = [
  {
    id: 'emergency-au',
    name: 'Emergency services (Australia)',
    nameFr: "Services d'urgence (Australie)",
    aliases: ['000', 'triple zero', 'police', 'ambulance', 'fire'],
    kind: 'emergency',
    description: {
      en: 'Call 000 (triple zero), free, for police, fire or an ambulance when someone is in danger now in Australia.',
      fr: "Composez le 000 (triple zéro), gratuit, pour la police, les pompiers ou une ambulance quand quelqu'un est en danger en Australie.",
    },
    audiences: ['anyone'],
    regions: ['AU'],
    languages: ['en'],
    contacts: { phone: [{ number: '000', display: '000' }] },
    cost: 'free',
    crisis: true,
  },
  {
    id: 'au-1800respect',
    name: '1800RESPECT',
    aliases: [
      '1800 RESPECT',
      '1800respect',
      'National Domestic, Family and Sexual Violence Counselling Service',
    ],
    kind: 'hotline',
    description: {
      en: "Australia's national line, open 24 hours, for people affected by sexual, domestic or family violence and for the people who support them.",
      fr: "Ligne nationale de l'Australie, ouverte 24 h sur 24, pour les personnes touchées par la violence sexuelle, conjugale ou familiale et leurs proches.",
    },
    audiences: ['experienced-violence', 'helpers', 'service-providers'],
    regions: ['AU'],
    languages: ['en'],
    contacts: {
      phone: [{ number: '1800737732', display: '1800 737 732' }],
      text: [{ number: '0458737732', display: '0458 737 732' }],
    },
    hours: { always: true },
    website: 'https://www.1800respect.org.au/',
    crisis: true,
  },
  {
    id: 'au-lifeline',
    name: 'Lifeline Australia',
    aliases: ['13 11 14'],
    kind: 'hotline',
    description: {
      en: 'Australian crisis line to call or text at any hour if you are struggling or thinking about suicide.',
      fr: 'Ligne de crise australienne à appeler ou texter à toute heure si ça ne va pas ou si vous pensez au suicide.',
    },
    audiences: ['anyone'],
    regions: ['AU'],
    languages: ['en'],
    contacts: {
      phone: [{ number: '131114', display: '13 11 14' }],
      text: [{ number: '0477131114', display: '0477 13 11 14' }],
    },
    hours: { always: true },
    website: 'https://www.lifeline.org.au/',
    crisis: true,
  },
  {
    id: 'au-mensline',
    name: 'MensLine Australia',
    aliases: ['MensLine', 'Mens Line', '1300 78 99 78'],
    kind: 'hotline',
    description: {
      en: 'Australian line for men, open 24 hours, to talk through whatever is weighing on them.',
      fr: 'Ligne australienne pour les hommes, ouverte 24 h sur 24, pour parler de ce qui leur pèse.',
    },
    audiences: ['men'],
    regions: ['AU'],
    languages: ['en'],
    contacts: { phone: [{ number: '1300789978', display: '1300 78 99 78' }] },
    hours: { always: true },
    website: 'https://mensline.org.au/',
    crisis: true,
  },
  {
    id: 'au-kids-helpline',
    name: 'Kids Helpline',
    aliases: ['Kids Help Line', '1800 55 1800'],
    kind: 'hotline',
    description: {
      en: 'Free Australian line for young people aged 5 to 25, open day and night, to talk about anything.',
      fr: 'Ligne australienne gratuite pour les jeunes de 5 à 25 ans, ouverte jour et nuit, pour parler de tout.',
    },
    audiences: ['youth'],
    regions: ['AU'],
    languages: ['en'],
    contacts: { phone: [{ number: '1800551800', display: '1800 55 1800' }] },
    hours: { always: true },
    website: 'https://kidshelpline.com.au/',
    cost: 'free',
    crisis: true,
  },
  {
    id: 'au-13yarn',
    name: '13YARN',
    aliases: ['13 YARN', 'Thirteen YARN', '13 92 76', 'Aboriginal crisis line'],
    kind: 'hotline',
    description: {
      en: 'Free, confidential crisis line, open 24 hours, answered by Aboriginal and Torres Strait Islander people for their own communities.',
      fr: 'Ligne de crise gratuite et confidentielle, tenue par des Aborigènes et des Insulaires du détroit de Torres pour leurs communautés, ouverte 24 h sur 24.',
    },
    audiences: ['indigenous'],
    regions: ['AU'],
    languages: ['en'],
    contacts: { phone: [{ number: '139276', display: '13 92 76' }] },
    hours: { always: true },
    cost: 'free',
    crisis: true,
  },
  {
    id: 'au-mens-referral-service',
    name: "Men's Referral Service (No to Violence)",
    aliases: ["Men's Referral Service", 'Mens Referral Service', 'No to Violence', '1300 766 491'],
    kind: 'hotline',
    description: {
      en: 'Australian line for men who have behaved abusively toward a partner or family and want to change; callers can stay anonymous.',
      fr: 'Ligne australienne pour les hommes qui ont eu des comportements violents envers leur partenaire ou leur famille et veulent changer; on peut rester anonyme.',
    },
    audiences: ['used-violence', 'men', 'service-providers'],
    regions: ['AU'],
    languages: ['en'],
    contacts: { phone: [{ number: '1300766491', display: '1300 766 491' }] },
    website: 'https://ntv.org.au/',
    // Not shown first: a person who was harmed must not meet this line before their own.
    crisis: false,
  },
];
