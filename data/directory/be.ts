/**
 * Lines to reach someone now in French-speaking Belgium (Wallonia and Brussels). Short codes as
 * digits; other numbers in E.164.
 * Every fact has its public source in `data/sources/resources.ts` (not shipped).
 */
import type { Resource } from '../../lib/directory/resource-schema';

export const LINES_BE: readonly Resource[] = [
  {
    id: 'emergency-be',
    name: 'Emergency services (Belgium)',
    nameFr: "Numéros d'urgence (Belgique)",
    aliases: ['112', '101', 'police', 'ambulance', 'urgence'],
    kind: 'emergency',
    description: {
      en: 'Call 112 for an ambulance or the fire service, or 101 to reach the police directly, at any hour in Belgium.',
      fr: 'Composez le 112 pour une ambulance ou les pompiers, ou le 101 pour joindre directement la police, à toute heure en Belgique.',
    },
    audiences: ['anyone'],
    regions: ['BE'],
    languages: ['fr'],
    contacts: {
      phone: [
        { number: '112', display: '112' },
        { number: '101', display: '101' },
      ],
    },
    cost: 'free',
    crisis: true,
  },
  {
    id: 'be-ecoute-violences-conjugales',
    name: 'Écoute Violences Conjugales',
    nameFr: 'Écoute Violences Conjugales',
    aliases: ['Ecoute Violences Conjugales', '0800 30 030', 'violences conjugales Belgique'],
    kind: 'hotline',
    description: {
      en: 'Free line for Wallonia and Brussels, open 24 hours, for anyone affected by violence in a couple; it is not an emergency number.',
      fr: "Ligne gratuite pour la Wallonie et Bruxelles, ouverte 24 h sur 24, pour toute personne touchée par la violence dans le couple; ce n'est pas un numéro d'urgence.",
    },
    audiences: ['experienced-violence', 'helpers'],
    regions: ['BE'],
    languages: ['fr'],
    contacts: { phone: [{ number: '+3280030030', display: '0800 30 030' }] },
    hours: { always: true },
    website: 'https://www.ecouteviolencesconjugales.be/',
    cost: 'free',
    crisis: true,
  },
  {
    id: 'be-sos-viol',
    name: 'SOS Viol',
    nameFr: 'SOS Viol',
    aliases: ['SOS Viol Belgique', 'viol', 'violences sexuelles', '0800 98 100'],
    kind: 'hotline',
    description: {
      en: 'Free, anonymous line in French-speaking Belgium for people who have experienced sexual violence and those close to them, open on weekdays.',
      fr: 'Ligne gratuite et anonyme en Belgique francophone pour les personnes qui ont subi des violences sexuelles et leurs proches, ouverte en semaine.',
    },
    audiences: ['experienced-violence', 'helpers'],
    regions: ['BE'],
    languages: ['fr'],
    contacts: { phone: [{ number: '+3280098100', display: '0800 98 100' }] },
    website: 'https://sosviol.be/',
    cost: 'free',
    crisis: true,
  },
  {
    id: 'be-tele-accueil',
    name: 'Télé-Accueil 107',
    nameFr: 'Télé-Accueil',
    aliases: ['107', 'Tele-Accueil', 'Télé Accueil', 'ligne d’écoute'],
    kind: 'hotline',
    description: {
      en: 'Free, anonymous listening line in French-speaking Belgium, open day and night, for anyone who needs someone to talk to.',
      fr: "Ligne d'écoute gratuite et anonyme en Belgique francophone, ouverte jour et nuit, pour toute personne qui a besoin de parler.",
    },
    audiences: ['anyone'],
    regions: ['BE'],
    languages: ['fr'],
    contacts: { phone: [{ number: '107', display: '107' }] },
    hours: { always: true },
    cost: 'free',
    crisis: true,
  },
];
