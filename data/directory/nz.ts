/**
 * Lines to reach someone now in New Zealand. 0800 and 0508 numbers are stored in their domestic
 * form; text short codes as digits.
 * Every fact has its public source in `data/sources/resources.ts` (not shipped).
 */
import type { Resource } from '../../lib/directory/resource-schema';

export const LINES_NZ: readonly Resource[] = [
  {
    id: 'emergency-nz',
    name: 'Emergency services (New Zealand)',
    nameFr: "Services d'urgence (Nouvelle-Zélande)",
    aliases: ['111', 'police', 'ambulance', 'fire'],
    kind: 'emergency',
    description: {
      en: 'Call 111 for police, fire or an ambulance when someone is in danger now in New Zealand.',
      fr: "Composez le 111 pour la police, les pompiers ou une ambulance quand quelqu'un est en danger en Nouvelle-Zélande.",
    },
    audiences: ['anyone'],
    regions: ['NZ'],
    languages: ['en'],
    contacts: { phone: [{ number: '111', display: '111' }] },
    crisis: true,
  },
  {
    id: 'nz-womens-refuge',
    name: "Women's Refuge crisis line",
    aliases: ["Women's Refuge", 'Womens Refuge', '0800 REFUGE', 'Shielded Site'],
    kind: 'hotline',
    description: {
      en: 'New Zealand crisis line, open 24 hours, that puts you through to your local refuge if you are facing family violence.',
      fr: 'Ligne de crise néo-zélandaise, ouverte 24 h sur 24, qui vous relie au refuge le plus proche si vous subissez de la violence familiale.',
    },
    audiences: ['women', 'experienced-violence', 'helpers'],
    regions: ['NZ'],
    languages: ['en'],
    contacts: { phone: [{ number: '0800733843', display: '0800 733 843' }] },
    hours: { always: true },
    website: 'https://womensrefuge.org.nz/',
    crisis: true,
  },
  {
    id: 'nz-shine',
    name: 'Shine helpline',
    aliases: ['Shine domestic violence'],
    kind: 'hotline',
    description: {
      en: 'New Zealand helpline, open every day from morning to late evening, for people dealing with domestic violence.',
      fr: 'Ligne néo-zélandaise, ouverte tous les jours du matin à la fin de soirée, pour les personnes aux prises avec la violence conjugale.',
    },
    audiences: ['experienced-violence', 'helpers'],
    regions: ['NZ'],
    languages: ['en'],
    contacts: { phone: [{ number: '0508744633', display: '0508 744 633' }] },
    hours: {
      always: false,
      text: { en: 'Every day, 9 a.m. to 11 p.m.', fr: 'Tous les jours, de 9 h à 23 h' },
    },
    website: 'https://www.2shine.org.nz/',
    crisis: true,
  },
  {
    id: 'nz-are-you-ok',
    name: 'Family Violence Information Line (Are You OK)',
    aliases: ['0800 456 450'],
    kind: 'hotline',
    description: {
      en: 'New Zealand information line about family violence, for people living with it and for anyone worried about someone.',
      fr: "Ligne d'information néo-zélandaise sur la violence familiale, pour les personnes qui la vivent et pour leurs proches inquiets.",
    },
    audiences: ['experienced-violence', 'helpers'],
    regions: ['NZ'],
    languages: ['en'],
    contacts: { phone: [{ number: '0800456450', display: '0800 456 450' }] },
    website: 'https://areyouok.org.nz/',
    crisis: true,
  },
  {
    id: 'nz-safe-to-talk',
    name: 'Safe to talk',
    aliases: ['safetotalk', 'sexual harm helpline', '4334'],
    kind: 'hotline',
    description: {
      en: 'Free New Zealand line, open 24 hours, for anyone affected by sexual harm, including people worried about harm they have done.',
      fr: "Ligne gratuite néo-zélandaise, ouverte 24 h sur 24, pour toute personne touchée par la violence sexuelle, y compris celles inquiètes du mal qu'elles ont fait.",
    },
    audiences: ['experienced-violence', 'helpers', 'used-violence'],
    regions: ['NZ'],
    languages: ['en'],
    contacts: {
      phone: [{ number: '0800044334', display: '0800 044 334' }],
      text: [{ number: '4334', display: '4334' }],
    },
    hours: { always: true },
    website: 'https://safetotalk.nz/',
    cost: 'free',
    crisis: true,
  },
  {
    id: 'nz-youthline',
    name: 'Youthline',
    aliases: ['Youthline NZ', '0800 37 66 33', '234'],
    kind: 'hotline',
    description: {
      en: 'Free New Zealand line for young people aged 12 to 24 to call or text a counsellor at any hour about anything big or small.',
      fr: 'Ligne gratuite néo-zélandaise où les jeunes de 12 à 24 ans peuvent appeler ou texter une personne-ressource à toute heure, pour tout sujet.',
    },
    audiences: ['youth'],
    regions: ['NZ'],
    languages: ['en'],
    contacts: {
      phone: [{ number: '0800376633', display: '0800 37 66 33' }],
      text: [{ number: '234', display: '234' }],
    },
    hours: { always: true },
    cost: 'free',
    crisis: true,
  },
  {
    id: 'nz-1737',
    name: 'Need to talk? 1737',
    aliases: ['1737'],
    kind: 'hotline',
    description: {
      en: 'Free New Zealand number to call or text at any hour to reach a trained counsellor about stress, worry or anything else.',
      fr: 'Numéro gratuit en Nouvelle-Zélande à appeler ou texter à toute heure pour joindre un conseiller formé, pour le stress ou tout autre souci.',
    },
    audiences: ['anyone'],
    regions: ['NZ'],
    languages: ['en'],
    contacts: {
      phone: [{ number: '1737', display: '1737' }],
      text: [{ number: '1737', display: '1737' }],
    },
    hours: { always: true },
    cost: 'free',
    crisis: true,
  },
];
