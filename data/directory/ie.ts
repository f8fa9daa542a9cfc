/**
 * Lines to reach someone now in Ireland. Irish freephone (1800) numbers are stored in their
 * domestic form: they do not dial reliably as +353.
 * Every fact has its public source in `data/sources/resources.ts` (not shipped).
 */
import type { Resource } from '../../lib/directory/resource-schema';

export const LINES_IE: readonly Resource[] = [
  {
    id: 'emergency-ie',
    name: 'Emergency services (Ireland)',
    nameFr: "Services d'urgence (Irlande)",
    aliases: ['112', '999', 'police', 'ambulance', 'fire'],
    kind: 'emergency',
    description: {
      en: 'Call 112 or 999, free from any phone, for the Gardaí, an ambulance, the fire service or the coast guard.',
      fr: 'Composez le 112 ou le 999, gratuits depuis tout téléphone, pour la police (Gardaí), une ambulance, les pompiers ou la garde côtière.',
    },
    audiences: ['anyone'],
    regions: ['IE'],
    languages: ['en'],
    contacts: {
      phone: [
        { number: '112', display: '112' },
        { number: '999', display: '999' },
      ],
    },
    cost: 'free',
    crisis: true,
  },
  {
    id: 'ie-womens-aid',
    name: "Women's Aid 24-hour National Freephone Helpline",
    aliases: ["Women's Aid Ireland", 'Womens Aid', '1800 341 900'],
    kind: 'hotline',
    description: {
      en: "Ireland's free national helpline for women facing abuse from a partner, answered 24 hours a day.",
      fr: "Ligne nationale gratuite d'Irlande pour les femmes qui subissent de la violence d'un partenaire, ouverte 24 h sur 24.",
    },
    audiences: ['women', 'experienced-violence', 'helpers'],
    regions: ['IE'],
    languages: ['en'],
    contacts: { phone: [{ number: '1800341900', display: '1800 341 900' }] },
    hours: { always: true },
    website: 'https://www.womensaid.ie/',
    cost: 'free',
    crisis: true,
  },
  {
    id: 'ie-rape-crisis-helpline',
    name: 'National Rape Crisis Helpline (Dublin Rape Crisis Centre)',
    aliases: ['DRCC', 'Dublin Rape Crisis Centre', 'rape crisis Ireland'],
    kind: 'hotline',
    description: {
      en: 'Free national line, open 24 hours, for anyone in Ireland affected by rape or sexual violence, and for the people supporting them.',
      fr: 'Ligne nationale gratuite, ouverte 24 h sur 24, pour toute personne en Irlande touchée par le viol ou la violence sexuelle, et ses proches.',
    },
    audiences: ['experienced-violence', 'helpers'],
    regions: ['IE'],
    languages: ['en'],
    contacts: { phone: [{ number: '1800778888', display: '1800 77 88 88' }] },
    hours: { always: true },
    website: 'https://www.drcc.ie/',
    cost: 'free',
    crisis: true,
  },
  {
    id: 'ie-mens-aid',
    name: "Men's Aid",
    aliases: ['Mens Aid', 'Men’s Aid Ireland', 'male domestic abuse Ireland'],
    kind: 'hotline',
    description: {
      en: 'Weekday support line in Ireland for men who are facing abuse from a partner or family member.',
      fr: "Ligne de soutien en semaine, en Irlande, pour les hommes qui subissent de la violence d'un partenaire ou d'un proche.",
    },
    audiences: ['men', 'experienced-violence'],
    regions: ['IE'],
    languages: ['en'],
    contacts: { phone: [{ number: '+35315543811', display: '01 554 3811' }] },
    hours: {
      always: false,
      text: { en: 'Monday to Friday, 9 a.m. to 5 p.m.', fr: 'Du lundi au vendredi, de 9 h à 17 h' },
    },
    website: 'https://www.mensaid.ie/',
    crisis: true,
  },
  {
    id: 'ie-male-advice-line',
    name: 'Male Advice Line (Men’s Development Network)',
    aliases: ['Male Advice Line', "Men's Development Network"],
    kind: 'hotline',
    description: {
      en: 'Free line in Ireland for men affected by abuse in their relationship, open at set hours that change by day.',
      fr: 'Ligne gratuite en Irlande pour les hommes touchés par la violence dans leur couple, ouverte à des heures qui varient selon le jour.',
    },
    audiences: ['men', 'experienced-violence'],
    regions: ['IE'],
    languages: ['en'],
    contacts: { phone: [{ number: '1800816588', display: '1800 816 588' }] },
    cost: 'free',
    crisis: true,
  },
  {
    id: 'ie-childline',
    name: 'Childline (ISPCC)',
    aliases: ['Childline Ireland', 'ISPCC', '1800 66 66 66'],
    kind: 'hotline',
    description: {
      en: 'Free line in Ireland, open day and night, where children and young people up to 18 can talk about anything on their mind.',
      fr: 'Ligne gratuite en Irlande, ouverte jour et nuit, où les enfants et les jeunes de moins de 18 ans peuvent parler de ce qui les préoccupe.',
    },
    audiences: ['youth'],
    regions: ['IE'],
    languages: ['en'],
    contacts: { phone: [{ number: '1800666666', display: '1800 66 66 66' }] },
    hours: { always: true },
    website: 'https://www.childline.ie/',
    cost: 'free',
    crisis: true,
  },
];
