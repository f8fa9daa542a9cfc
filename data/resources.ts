/**
 * The bundled, offline directory of hotlines and resources shown in the popup.
 *
 * Every number and address here has a source (see `sources` on each entry): the seed article's
 * Resource List, `shared/reference/resources-facts.md`, or a page found through the project's
 * search tool (the address is recorded). Descriptions are our own words. Entries without a
 * `website` are ones where no trustworthy address was found; none was guessed.
 *
 * Order: lines a person can reach right now (by country), then directories and services,
 * then reading, learning, programs, campaigns and films.
 */
import type { Resource } from '../lib/directory/resource-schema';

const SEED = 'seed 001 Resource List';
const SEED_BODY = 'seed 001 (body of the article)';
const FACTS = 'shared/reference/resources-facts.md';

export const RESOURCES: readonly Resource[] = [
  // ── Canada: reach someone now ──────────────────────────────────────────────────────────
  {
    id: 'emergency-ca',
    name: 'Emergency services (Canada)',
    aliases: ['911', 'police', 'ambulance', 'fire', 'urgence'],
    kind: 'emergency',
    description: {
      en: 'Call 911 for police, fire or an ambulance when someone is in immediate danger anywhere in Canada.',
      fr: "Composez le 911 pour joindre la police, les pompiers ou une ambulance lorsqu'une personne est en danger immédiat, partout au Canada.",
    },
    audiences: ['anyone'],
    regions: ['CA'],
    languages: ['en', 'fr'],
    contacts: { phone: [{ number: '911', display: '911' }] },
    crisis: true,
    sources: [{ ref: FACTS, supports: 'emergency number 911 (CA)' }],
  },
  {
    id: 'ca-988',
    name: '9-8-8: Suicide Crisis Helpline',
    aliases: ['988', '9-8-8', 'Suicide Crisis Helpline', 'Talk Suicide Canada', 'suicide'],
    kind: 'hotline',
    description: {
      en: "Canada's three-digit line to call or text at any hour if you are thinking about suicide or are worried about someone who is.",
      fr: "Numéro à trois chiffres au Canada pour appeler ou texter à toute heure si vous pensez au suicide ou si vous vous inquiétez pour quelqu'un.",
    },
    audiences: ['anyone'],
    regions: ['CA'],
    languages: ['en', 'fr'],
    contacts: {
      phone: [{ number: '988', display: '9-8-8' }],
      text: [{ number: '988', display: '9-8-8' }],
    },
    hours: { always: true },
    website: 'https://988.ca/',
    cost: 'free',
    crisis: true,
    sources: [
      { ref: FACTS, supports: 'call or text 988, English and French, 24/7, website 988.ca' },
      {
        ref: 'https://cmhasaskatoon.ca/9-8-8/ (pages corpus; links to 988.ca/about)',
        supports: 'website',
      },
      {
        ref: 'https://connectfm.ca/news/post/988-suicide-crisis-helpline-launches-across-canada (pages corpus)',
        supports: 'toll-free; replaces the Talk Suicide Canada line (alias)',
      },
    ],
  },
  {
    id: 'assaulted-womens-helpline',
    name: "Assaulted Women's Helpline",
    aliases: ['AWHL', 'Assaulted Womens Helpline', 'Assaulted Women Helpline'],
    kind: 'hotline',
    description: {
      en: 'Free crisis line and TTY, open 24 hours, for women in Ontario facing any form of abuse, with safety planning and referrals in many languages.',
      fr: "Ligne de crise et ATS gratuites, ouvertes 24 heures sur 24, pour les femmes de l'Ontario qui subissent de la violence : écoute, plan de sécurité et références en plusieurs langues.",
    },
    audiences: ['women', 'experienced-violence'],
    regions: ['CA-ON'],
    languages: ['many'],
    contacts: {
      phone: [{ number: '+18668630511', display: '1-866-863-0511' }],
      tty: [{ number: '+18668637868', display: '1-866-863-7868' }],
    },
    hours: { always: true },
    website: 'https://www.awhl.org/',
    cost: 'free',
    crisis: true,
    sources: [
      { ref: SEED, supports: 'toll-free number and TTY; women who experienced gender-based violence' },
      { ref: FACTS, supports: 'phone and TTY numbers (Ontario)' },
      {
        ref: 'https://www.awhl.org/covid-19 (official site, pages corpus)',
        supports: 'website; 24/7 crisis counselling',
      },
      {
        ref: 'https://issuu.com./globalheroes/docs/0224-ghn_-_global_heroes_february/s/43803163 (AWHL advertorial, pages corpus)',
        supports: 'referrals in over 200 languages',
      },
    ],
  },
  {
    id: 'femaide',
    name: "Fem'aide",
    nameFr: "Fem'aide",
    aliases: ['Femaide', 'Fem aide', "Fem'aide Hotline", '1-877-FEM-AIDE'],
    kind: 'hotline',
    description: {
      en: 'Free, confidential French-language support line for women in Ontario affected by gender-based violence, answered day and night.',
      fr: "Ligne d'écoute gratuite et confidentielle, en français, pour les femmes de l'Ontario touchées par la violence fondée sur le sexe, jour et nuit.",
    },
    audiences: ['women', 'francophone', 'experienced-violence'],
    regions: ['CA-ON'],
    languages: ['fr'],
    contacts: { phone: [{ number: '+18773362433', display: '1-877-336-2433' }] },
    hours: { always: true },
    cost: 'free',
    crisis: true,
    sources: [
      { ref: SEED, supports: 'toll-free number; francophone women who experienced gender-based violence' },
      { ref: FACTS, supports: 'phone number (Ontario)' },
      {
        ref: 'https://l-express.ca/oasis-une-hausse-de-36-dappels-de-femmes-en-detresse (pages corpus)',
        supports: 'available 24/7',
      },
      {
        ref: 'https://ontario400.ca/400jours/lunique-ligne-decoute-francophone-destinee-aux-femmes-ontariennes-touchees-par-la-violence/ (pages corpus)',
        supports: 'province-wide French line, 1 877 FEM-AIDE',
      },
    ],
  },
  {
    id: 'kids-help-phone',
    name: 'Kids Help Phone',
    nameFr: "Jeunesse, J'écoute",
    aliases: ['KHP', "Jeunesse J'ecoute", 'Jeunesse Jecoute', 'Jeunesse, J’écoute', '686868'],
    kind: 'hotline',
    description: {
      en: 'Free support for children and young people in Canada by phone or text, day or night, in English or French, about anything from stress to violence.',
      fr: 'Soutien gratuit pour les enfants et les jeunes au Canada, par téléphone ou par texto, jour et nuit, en français ou en anglais, sur tout sujet, y compris la violence.',
    },
    audiences: ['youth', 'experienced-violence', 'used-violence'],
    regions: ['CA'],
    languages: ['en', 'fr'],
    contacts: {
      phone: [{ number: '+18006686868', display: '1-800-668-6868' }],
      text: [{ number: '686868', display: '686868', keyword: 'CONNECT' }],
    },
    hours: { always: true },
    website: 'https://kidshelpphone.ca/',
    cost: 'free',
    crisis: true,
    sources: [
      { ref: SEED, supports: 'phone number; text CONNECT to 686868; children and youth' },
      { ref: FACTS, supports: 'phone number and text keyword' },
      {
        ref: 'https://kidshelpphone.ca/text-about-it/ (official site, pages corpus)',
        supports: 'website; texting service free and available across Canada 24/7',
      },
      {
        ref: 'https://kidshelpphone.ca/get-involved/about-us/who-is-kids-help-phone/ (official site, pages corpus)',
        supports: '24/7, bilingual (English and French)',
      },
      {
        ref: 'https://www.tvanouvelles.ca/2018/11/09/plus-de-400-demandes-daide-par-textos-par-jour (pages corpus); https://www.chga.fm/les-services-de-jeunesse-jecoute-maintenant-offerts-en-version-texto/ (pages corpus)',
        supports: "French name Jeunesse, J'écoute",
      },
    ],
  },
  {
    id: 'distress-centres-toronto',
    name: 'Distress Centres of Greater Toronto',
    aliases: ['Distress Centres Toronto', 'Distress Centre Toronto', '408-HELP', 'DCGT'],
    kind: 'hotline',
    description: {
      en: "Toronto's round-the-clock distress line for anyone feeling overwhelmed or thinking about suicide, including people who have experienced or used violence.",
      fr: 'Ligne de détresse de Toronto, ouverte jour et nuit, pour toute personne dépassée ou ayant des idées suicidaires, y compris les personnes ayant subi de la violence ou y ayant eu recours.',
    },
    audiences: ['anyone', 'experienced-violence', 'used-violence'],
    regions: ['CA-ON'],
    languages: ['en'],
    contacts: {
      phone: [{ number: '+14164084357', display: '416-408-4357' }],
      text: [{ number: '45645', display: '45645' }],
    },
    hours: { always: true },
    website: 'https://www.torontodistresscentre.com/',
    crisis: true,
    sources: [
      { ref: SEED, supports: 'call (416) 408-4357, text 45645; who the line is for' },
      { ref: FACTS, supports: 'phone and text numbers' },
      {
        ref: 'https://www.torontodistresscentre.com/408-help-line (official site, pages corpus)',
        supports: 'website; 408-HELP phone line answered 24 hours a day, 7 days a week',
      },
    ],
  },
  {
    id: 'gerstein-crisis-centre',
    name: 'Gerstein Crisis Centre',
    aliases: ['Gerstein Centre', 'Gerstein', 'GCC'],
    kind: 'hotline',
    description: {
      en: 'Toronto crisis line and mobile team for people 16 and older going through a mental health or substance use crisis, offered without police.',
      fr: 'Ligne de crise et équipe mobile à Toronto pour les personnes de 16 ans et plus qui vivent une crise de santé mentale ou de consommation, sans intervention policière.',
    },
    audiences: ['anyone', 'experienced-violence', 'used-violence'],
    regions: ['CA-ON'],
    languages: ['en'],
    contacts: { phone: [{ number: '+14169295200', display: '416-929-5200' }] },
    hours: { always: true },
    website: 'https://gersteincentre.org/',
    crisis: true,
    sources: [
      { ref: SEED, supports: 'phone number; mental-health crisis line' },
      { ref: FACTS, supports: 'phone number (Toronto)' },
      {
        ref: 'https://gersteincentre.org/our-crisis-services/911-crisis-call-diversion-pilot (official site, pages corpus)',
        supports: 'website',
      },
      {
        ref: 'https://www.eenet.ca/resource/promising-practice-gerstein-crisis-centre-mobile-crisis-team (pages corpus)',
        supports: 'telephone crisis line 24/7, mobile team, ages 16+, no police attached',
      },
    ],
  },

  // ── United States: reach someone now ───────────────────────────────────────────────────
  {
    id: 'emergency-us',
    name: 'Emergency services (United States)',
    aliases: ['911', 'police', 'ambulance', 'fire'],
    kind: 'emergency',
    description: {
      en: 'Call 911 for police, fire or medical help when someone is in immediate danger in the United States.',
      fr: "Composez le 911 pour joindre la police, les pompiers ou les secours médicaux lorsqu'une personne est en danger immédiat aux États-Unis.",
    },
    audiences: ['anyone'],
    regions: ['US'],
    languages: ['en'],
    contacts: { phone: [{ number: '911', display: '911' }] },
    crisis: true,
    sources: [{ ref: FACTS, supports: 'emergency number 911 (US)' }],
  },
  {
    id: 'us-national-dv-hotline',
    name: 'National Domestic Violence Hotline',
    aliases: ['The Hotline', 'NDVH', 'thehotline.org', '1-800-799-SAFE', 'Domestic Violence Hotline'],
    kind: 'hotline',
    description: {
      en: 'US hotline answering calls, texts and chats day and night for anyone affected by relationship abuse, with interpreters in over 200 languages.',
      fr: 'Ligne américaine qui répond jour et nuit aux appels, textos et clavardages de toute personne touchée par la violence conjugale, avec interprètes en plus de 200 langues.',
    },
    audiences: ['experienced-violence', 'used-violence', 'helpers'],
    regions: ['US'],
    languages: ['many'],
    contacts: {
      phone: [{ number: '+18007997233', display: '1-800-799-7233' }],
      text: [{ number: '88788', display: '88788', keyword: 'START' }],
      tty: [{ number: '+18007873224', display: '1-800-787-3224' }],
    },
    hours: { always: true },
    website: 'https://www.thehotline.org/',
    cost: 'free',
    crisis: true,
    sources: [
      { ref: FACTS, supports: 'phone, TTY, text START to 88788, chat, 24/7, 200+ languages, website' },
      {
        ref: 'https://ovc.ojp.gov/news/grantee-news/national-domestic-violence-hotline-answers-6-million-contacts (US DOJ, pages corpus)',
        supports: 'phone, TTY, text START to 88788, live chat, 24/7',
      },
      {
        ref: 'https://en.wikipedia.org/wiki/National_Domestic_Violence_Hotline (pages corpus)',
        supports:
          'website thehotline.org; free; 200+ languages; also for people worried about their own behaviour',
      },
    ],
  },
  {
    id: 'loveisrespect',
    name: 'loveisrespect',
    aliases: ['Love is Respect', 'loveisrespect.org', 'National Teen Dating Abuse Helpline', 'LOVEIS'],
    kind: 'hotline',
    description: {
      en: 'US line where teens and young adults can call, text or chat about dating, boundaries, consent and abuse; a project of The Hotline.',
      fr: 'Ligne américaine où les ados et les jeunes adultes peuvent appeler, texter ou clavarder au sujet des fréquentations, des limites, du consentement et de la violence.',
    },
    audiences: ['youth', 'experienced-violence', 'parents'],
    regions: ['US'],
    languages: ['en'],
    contacts: {
      phone: [{ number: '+18663319474', display: '1-866-331-9474' }],
      text: [{ number: '22522', display: '22522', keyword: 'LOVEIS' }],
    },
    hours: { always: true },
    website: 'https://www.loveisrespect.org/',
    crisis: true,
    sources: [
      {
        ref: SEED,
        supports: 'name; resource for young people created by the National Domestic Violence Hotline (US)',
      },
      { ref: FACTS, supports: 'phone, text LOVEIS to 22522, chat, 24/7, youth and young adults, website' },
      {
        ref: 'http://www.loveisrespect.org/content/category/respectext/ (official site, pages corpus)',
        supports: 'website; phone, chat and text LOVEIS to 22522',
      },
      {
        ref: 'https://www.loveisrespect.org/resources/proactive-support/ (official site, pages corpus)',
        supports: 'guidance for parents',
      },
    ],
  },
  {
    id: 'rainn',
    name: 'RAINN National Sexual Assault Hotline',
    aliases: ['RAINN', 'National Sexual Assault Hotline', '1-800-656-HOPE', 'sexual assault'],
    kind: 'hotline',
    description: {
      en: 'Free, confidential US hotline that connects people affected by sexual violence with a trained worker at a nearby crisis centre, day or night.',
      fr: "Ligne américaine gratuite et confidentielle qui met les personnes touchées par la violence sexuelle en contact avec un centre d'aide près de chez elles, jour et nuit.",
    },
    audiences: ['experienced-violence', 'helpers'],
    regions: ['US'],
    languages: ['en'],
    contacts: { phone: [{ number: '+18006564673', display: '1-800-656-4673' }] },
    hours: { always: true },
    website: 'https://rainn.org/',
    cost: 'free',
    crisis: true,
    sources: [
      { ref: FACTS, supports: 'phone 1-800-656-4673 (HOPE), online chat, 24/7, website' },
      {
        ref: 'https://rainn.org/get-help/national-sexual-assault-hotline (official site, pages corpus)',
        supports: 'website; calls routed to the nearest member crisis centre',
      },
      {
        ref: 'http://domesticviolenceworkplace.blogspot.com/2006/08/national-sexual-assault-hotline-helps.html (pages corpus)',
        supports: 'free, confidential, 24/7',
      },
    ],
  },
  {
    id: 'us-988-lifeline',
    name: '988 Suicide & Crisis Lifeline',
    aliases: ['988', '9-8-8', 'National Suicide Prevention Lifeline', 'suicide'],
    kind: 'hotline',
    description: {
      en: 'US line to call, text or chat with a trained counsellor at any hour during a suicidal, mental health or substance use crisis.',
      fr: "Ligne américaine pour appeler, texter ou clavarder à toute heure avec une personne formée lors d'une crise suicidaire, de santé mentale ou de consommation.",
    },
    audiences: ['anyone'],
    regions: ['US'],
    languages: ['many'],
    contacts: {
      phone: [{ number: '988', display: '988' }],
      text: [{ number: '988', display: '988' }],
    },
    hours: { always: true },
    website: 'https://988lifeline.org/',
    cost: 'free',
    crisis: true,
    sources: [
      { ref: FACTS, supports: 'call or text 988 (since July 2022), website 988lifeline.org' },
      {
        ref: 'https://www.mcphs.edu/student-life/counseling-services/emergency-services/988-suicide-and-crisis-lifeline (pages corpus)',
        supports:
          'call, text or chat 988lifeline.org; free, 24/7; English, Spanish and interpretation in 250+ languages',
      },
    ],
  },

  // ── United Kingdom: reach someone now ──────────────────────────────────────────────────
  {
    id: 'emergency-gb',
    name: 'Emergency services (United Kingdom)',
    aliases: ['999', 'police', 'ambulance', 'fire'],
    kind: 'emergency',
    description: {
      en: 'Call 999 for police, fire or an ambulance when someone is in immediate danger in the United Kingdom.',
      fr: "Composez le 999 pour joindre la police, les pompiers ou une ambulance lorsqu'une personne est en danger immédiat au Royaume-Uni.",
    },
    audiences: ['anyone'],
    regions: ['GB'],
    languages: ['en'],
    contacts: { phone: [{ number: '999', display: '999' }] },
    crisis: true,
    sources: [{ ref: FACTS, supports: 'emergency number 999 (GB)' }],
  },
  {
    id: 'gb-national-domestic-abuse-helpline',
    name: 'National Domestic Abuse Helpline',
    aliases: ['Refuge', 'National Domestic Violence Helpline', 'NDAH', 'domestic abuse helpline'],
    kind: 'hotline',
    description: {
      en: 'Free UK helpline run by Refuge, open day and night, for women experiencing domestic abuse and for people worried about them.',
      fr: "Ligne d'aide britannique gratuite, gérée par Refuge et ouverte jour et nuit, pour les femmes qui subissent de la violence conjugale et leurs proches inquiets.",
    },
    audiences: ['women', 'experienced-violence', 'helpers'],
    regions: ['GB'],
    languages: ['en'],
    contacts: { phone: [{ number: '+448082000247', display: '+44 808 2000 247' }] },
    hours: { always: true },
    website: 'https://www.nationaldahelpline.org.uk/',
    cost: 'free',
    crisis: true,
    sources: [
      {
        ref: FACTS,
        supports: 'number 0808 2000 247, free, 24/7, run by Refuge, website nationaldahelpline.org.uk',
      },
      {
        ref: 'https://www.refuge.org.uk/category/news/ (official site of Refuge, pages corpus)',
        supports: 'freephone 24-hour National Domestic Abuse Helpline 0808 2000 247',
      },
      {
        ref: 'https://www.centre56.org.uk/domestic-abuse (pages corpus)',
        supports: 'free, 24 hours, 7 days; 999 in an emergency',
      },
    ],
  },
  {
    id: 'gb-mens-advice-line',
    name: "Men's Advice Line",
    aliases: ['Mens Advice Line', 'MAL', 'Respect'],
    kind: 'hotline',
    description: {
      en: 'Confidential UK freephone helpline giving emotional support and practical advice to men experiencing abuse from a partner or family member.',
      fr: "Ligne d'aide britannique gratuite et confidentielle qui offre écoute et conseils pratiques aux hommes subissant de la violence d'une ou d'un partenaire ou d'un proche.",
    },
    audiences: ['men', 'experienced-violence', 'helpers'],
    regions: ['GB'],
    languages: ['en'],
    contacts: { phone: [{ number: '+448088010327', display: '+44 808 801 0327' }] },
    website: 'https://mensadviceline.org.uk/',
    cost: 'free',
    crisis: true,
    sources: [
      { ref: FACTS, supports: 'number 0808 801 0327, website mensadviceline.org.uk' },
      {
        ref: 'https://www.respect.uk.net/articles/56-men-s-advice-line-is-here-to-support-frontline-workers-during-covid-19 (Respect, pages corpus)',
        supports: 'website http://mensadviceline.org.uk/; run by Respect',
      },
      {
        ref: 'https://studylib.net/doc/10981472/talk-it-over-help-and-support-for-male-victims-of (Men’s Advice Line leaflet, pages corpus)',
        supports: 'confidential freephone helpline; emotional support and practical advice',
      },
    ],
  },

  // ── Australia: reach someone now ───────────────────────────────────────────────────────
  {
    id: 'emergency-au',
    name: 'Emergency services (Australia)',
    aliases: ['000', 'triple zero', 'police', 'ambulance', 'fire'],
    kind: 'emergency',
    description: {
      en: 'Call 000 (triple zero) for police, fire or an ambulance when someone is in immediate danger in Australia.',
      fr: "Composez le 000 (triple zéro) pour joindre la police, les pompiers ou une ambulance lorsqu'une personne est en danger immédiat en Australie.",
    },
    audiences: ['anyone'],
    regions: ['AU'],
    languages: ['en'],
    contacts: { phone: [{ number: '000', display: '000' }] },
    crisis: true,
    sources: [{ ref: FACTS, supports: 'emergency number 000 (AU)' }],
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
      en: "Australia's national counselling line for people affected by sexual, domestic or family violence, and for their family, friends and workers.",
      fr: 'Service national australien de counseling pour les personnes touchées par la violence sexuelle, conjugale ou familiale, ainsi que leurs proches et les intervenants.',
    },
    audiences: ['experienced-violence', 'helpers', 'service-providers'],
    regions: ['AU'],
    languages: ['en'],
    contacts: { phone: [{ number: '+611800737732', display: '1800 737 732' }] },
    hours: { always: true },
    website: 'https://www.1800respect.org.au/',
    crisis: true,
    sources: [
      { ref: FACTS, supports: 'number 1800 737 732, SMS and chat, 24/7, website 1800respect.org.au' },
      {
        ref: 'https://plan4womenssafety.dss.gov.au/initiatives/1800respect (Australian Government, pages corpus)',
        supports: 'national counselling service for people affected, family, friends and workers; 24/7',
      },
      {
        ref: 'https://1800respect.org.au/news-and-media/press-release-archive/1800respect-welcomes-findings-in-new-report-on-family-domestic-and-sexual-violence (official site, pages corpus)',
        supports: 'website',
      },
    ],
  },

  // ── Directories and services (Canada) ──────────────────────────────────────────────────
  {
    id: 'shelter-safe',
    name: 'Shelter Safe',
    aliases: ['ShelterSafe', 'sheltersafe.ca', "Women's Shelters Canada", 'shelters', 'transition houses'],
    kind: 'directory',
    description: {
      en: "Clickable map of women's shelters and transition houses across Canada, showing each one's 24-hour crisis number while keeping locations private.",
      fr: "Carte interactive des maisons d'hébergement pour femmes partout au Canada, avec le numéro de crise de chacune, sans révéler leur adresse.",
    },
    audiences: ['women', 'experienced-violence', 'helpers'],
    regions: ['CA'],
    languages: ['en'],
    website: 'https://sheltersafe.ca/',
    cost: 'free',
    sources: [
      { ref: SEED, supports: 'name; directory of crisis lines and shelters across Canada' },
      { ref: 'https://sheltersafe.ca/about-shelters/ (official site, pages corpus)', supports: 'website' },
      {
        ref: 'https://endvaw.ca/archives/news/sheltersafe-ca-launches-new-and-improved-search-features-for-women-and-children-escaping-violence/ (Women’s Shelters Canada, pages corpus)',
        supports: 'clickable map; confidential shelter locations; run by Women’s Shelters Canada',
      },
      {
        ref: 'https://ihtoday.ca/sheltersafe-ca-a-lifeline-to-safety-for-abused-women-and-their-children/ (pages corpus)',
        supports: 'map gives 24-hour emergency numbers',
      },
    ],
  },
  {
    id: 'ontario-womens-justice-network',
    name: "Ontario Women's Justice Network",
    aliases: ['OWJN', 'Ontario Womens Justice Network', 'METRAC'],
    kind: 'directory',
    description: {
      en: 'METRAC website with plain-language legal information for women and youth in Ontario dealing with violence, plus pointers to support services.',
      fr: "Site de METRAC offrant de l'information juridique en langage clair aux femmes et aux jeunes de l'Ontario aux prises avec la violence, et des pistes vers des services.",
    },
    audiences: ['women', 'experienced-violence', 'service-providers'],
    regions: ['CA-ON'],
    languages: ['en'],
    website: 'https://owjn.org/',
    sources: [
      { ref: SEED, supports: 'name; list of counselling, legal and support services across Ontario' },
      {
        ref: 'https://metrac.org/what-we-do/justice/ (METRAC, pages corpus)',
        supports: 'OWJN is METRAC’s legal-information website for women and youth experiencing violence',
      },
      {
        ref: 'http://www.owjn.org/archive/gender2.htm (OWJN site, pages corpus; seen over http)',
        supports: 'website address owjn.org',
      },
    ],
  },
  {
    id: 'canadian-restorative-justice-consortium',
    name: 'Canadian Restorative Justice Consortium',
    aliases: ['CRJC', 'restorative justice'],
    kind: 'restorative-justice',
    description: {
      en: 'National network promoting restorative justice in Canada, with a listing of programs and organizations across the country.',
      fr: 'Réseau national qui fait la promotion de la justice réparatrice au Canada, avec une liste de programmes et d’organismes partout au pays.',
    },
    audiences: ['anyone', 'experienced-violence', 'used-violence', 'service-providers'],
    regions: ['CA'],
    languages: ['en'],
    website: 'https://crjc.ca/',
    sources: [
      { ref: SEED, supports: 'name; directory of restorative justice programs and organizations in Canada' },
      {
        ref: 'http://crjc.ca/about/overview/ (official site, pages corpus; seen over http)',
        supports: 'website; mission',
      },
    ],
  },
  {
    id: 'bridges-institute',
    name: 'Bridges Institute',
    aliases: ['Bridges', 'Bridges Truro'],
    kind: 'counselling',
    description: {
      en: 'Counselling and training centre in Truro, Nova Scotia, where men who have used violence in a relationship learn to stop, take responsibility and repair harm.',
      fr: 'Centre de counseling et de formation à Truro (Nouvelle-Écosse) qui aide les hommes ayant eu recours à la violence envers une partenaire à assumer leurs actes et à réparer.',
    },
    audiences: ['used-violence', 'men', 'service-providers'],
    regions: ['CA-NS'],
    languages: ['en'],
    sources: [
      { ref: SEED, supports: 'name; intervention and counselling programs for men who have used violence' },
      {
        ref: 'http://hubnow.ca/criss-steps-down-from-bridges-institute-after-21-years/ (pages corpus)',
        supports: 'located in Truro; works with men who used violence; restorative approach',
      },
      {
        ref: 'https://www.saltwire.com/atlantic-canada/federal-election/truro-counsellor-stars-in-national-documentary-about-domestic-violence-151960/ (pages corpus)',
        supports: 'non-profit counselling and training centre in Truro',
      },
    ],
  },

  // ── Safer shelters for LGBTQ2S people ──────────────────────────────────────────────────
  {
    id: 'homeless-hub-lgbtq2s-shelters',
    name: 'Making LGBTQ2S shelter spaces safe, inclusive and affirming',
    aliases: ['Homeless Hub', 'LGBTQ2S shelters', 'trans inclusive shelters'],
    kind: 'toolkit',
    description: {
      en: 'Tips for shelter workers on welcoming and protecting LGBTQ2S youth; much of it also applies to shelters for people leaving violence.',
      fr: "Conseils aux intervenants en hébergement pour accueillir et protéger les jeunes LGBTQ2S; une bonne partie s'applique aussi aux maisons pour personnes fuyant la violence.",
    },
    audiences: ['service-providers', 'lgbtq2s', 'youth'],
    regions: ['CA'],
    languages: ['en'],
    website: 'https://www.homelesshub.ca/',
    by: 'Homeless Hub',
    sources: [
      { ref: SEED, supports: 'title and publisher (Homeless Hub); for shelter workers' },
      {
        ref: 'http://homelesshub.ca/resource/lgbtq2s-youth-housing-and-shelter-guidelines (Homeless Hub, pages corpus)',
        supports: 'website (publisher’s home page; the page for this item was not found)',
      },
    ],
  },
  {
    id: 'lgbtq2s-youth-homelessness-toolkit',
    name: 'LGBTQ2S Toolkit: Making it Better Now',
    aliases: ['LGBTQ2S toolkit', 'National Learning Community on Youth Homelessness', 'Making it Better Now'],
    kind: 'toolkit',
    description: {
      en: 'Online training, policies and sample forms that help youth-serving staff and agencies become better allies to LGBTQ2S young people.',
      fr: 'Formation en ligne et outils d’un réseau national sur l’itinérance des jeunes, pour aider le personnel à mieux soutenir les jeunes LGBTQ2S.',
    },
    audiences: ['service-providers', 'lgbtq2s', 'youth'],
    regions: ['CA'],
    languages: ['en'],
    website: 'https://lgbtq2stoolkit.learningcommunity.ca/',
    by: 'National Learning Community on Youth Homelessness',
    sources: [
      { ref: SEED, supports: 'title and publisher' },
      {
        ref: 'http://lgbtq2stoolkit.learningcommunity.ca/ (official site, pages corpus; seen over http)',
        supports: 'website; purpose of the toolkit',
      },
    ],
  },

  // ── For people who have used violence, and those around them ───────────────────────────
  {
    id: 'nine-ways-accountable',
    name: "9 ways to be accountable when you've been abusive",
    aliases: ['Everyday Feminism', 'Kai Cheng Thom', 'accountability'],
    kind: 'article',
    description: {
      en: 'Article by Kai Cheng Thom on concrete steps toward taking responsibility after hurting a partner.',
      fr: 'Article de Kai Cheng Thom sur des gestes concrets pour assumer ses responsabilités après avoir fait du mal à une ou un partenaire.',
    },
    audiences: ['used-violence'],
    regions: ['GLOBAL'],
    languages: ['en'],
    website: 'https://everydayfeminism.com/2016/02/be-accountable-when-abusive/',
    cost: 'free',
    by: 'Everyday Feminism (Kai Cheng Thom)',
    sources: [
      { ref: SEED, supports: 'title, author, free' },
      {
        ref: 'https://everydayfeminism.com/2016/02/be-accountable-when-abusive/ (pages corpus)',
        supports: 'website',
      },
    ],
  },
  {
    id: 'neighbours-friends-families',
    name: 'Neighbours, Friends and Families',
    aliases: ['NFF', 'Neighbours Friends and Families', 'safety planning'],
    kind: 'campaign',
    description: {
      en: 'Ontario public education campaign showing friends, family and neighbours how to spot abuse, plan for safety and talk with the people involved.',
      fr: 'Campagne ontarienne de sensibilisation qui montre aux proches et aux voisins comment reconnaître la violence, planifier la sécurité et parler aux personnes concernées.',
    },
    audiences: ['helpers'],
    regions: ['CA-ON'],
    languages: ['en'],
    website: 'https://neighboursfriendsandfamilies.ca/',
    cost: 'free',
    by: 'Centre for Research and Education on Violence Against Women and Children, Western University',
    sources: [
      { ref: SEED, supports: 'name, publisher, free; safety planning tips' },
      {
        ref: 'http://neighboursfriendsandfamilies.ca/about/about-us (official site, pages corpus; seen over http)',
        supports: 'website; Ontario public education campaign',
      },
    ],
  },
  {
    id: 'creative-interventions-toolkit',
    name: 'Creative Interventions Toolkit: A Practical Guide to Stop Interpersonal Violence',
    aliases: ['Creative Interventions', 'CI toolkit', 'transformative justice', 'community accountability'],
    kind: 'toolkit',
    description: {
      en: 'In-depth guide to community responses to interpersonal violence that do not rely on police, written for everyday people who want to act.',
      fr: 'Guide approfondi sur les réponses communautaires à la violence interpersonnelle sans recours à la police, écrit pour les gens ordinaires qui veulent agir.',
    },
    audiences: ['helpers', 'experienced-violence', 'used-violence'],
    regions: ['GLOBAL'],
    languages: ['en'],
    website: 'https://www.creative-interventions.org/',
    cost: 'free',
    by: 'Creative Interventions',
    sources: [
      { ref: SEED, supports: 'title, publisher, free' },
      {
        ref: 'https://de.scribd.com/document/242322963/1-CI-Toolkit-Introduction-FAQ-Pre-Release-Version-06-2012 (toolkit text, pages corpus)',
        supports: 'website www.creative-interventions.org',
      },
      {
        ref: 'https://docslib.org/download/7544686/toolkit-a-practical-guide-to-stop-interpersonal-violence (pages corpus)',
        supports: 'toolkit available on www.creative-interventions.org since 2012',
      },
    ],
  },
  {
    id: 'choosing-to-change',
    name: 'Choosing to Change: A Handbook for Men Concerned About their Abusive Behaviours Toward Those They Love',
    aliases: ['Choosing to Change', 'Calgary Women’s Emergency Shelter', "Calgary Women's Shelter"],
    kind: 'book',
    description: {
      en: 'Free handbook for men who want to stop hurting a partner and start building caring, respectful relationships.',
      fr: 'Guide gratuit pour les hommes qui veulent cesser de faire du mal à leur partenaire et bâtir des relations bienveillantes et respectueuses.',
    },
    audiences: ['used-violence', 'men'],
    regions: ['GLOBAL'],
    languages: ['en'],
    website: 'https://www.calgarywomensshelter.com/',
    cost: 'free',
    by: "Calgary Women's Shelter",
    sources: [
      { ref: SEED, supports: 'title, publisher, free PDF' },
      {
        ref: 'https://www.calgarywomensshelter.com/about/our-approach (official site, pages corpus)',
        supports: 'website (publisher’s home page; the handbook’s own page was not found)',
      },
    ],
  },
  {
    id: 'unclenching-our-fists',
    name: 'Unclenching Our Fists: Abusive Men on the Journey to Non-Violence',
    aliases: ['Unclenching Our Fists', 'Sara Elinoff Acker'],
    kind: 'book',
    description: {
      en: 'Book of first-person stories from men who used violence and have committed over many years to living without it.',
      fr: "Livre de témoignages d'hommes ayant eu recours à la violence qui se sont engagés, sur plusieurs années, à vivre sans elle.",
    },
    audiences: ['used-violence', 'men'],
    regions: ['GLOBAL'],
    languages: ['en'],
    website: 'https://www.unclenchingourfists.org/',
    by: 'Sara Elinoff Acker',
    sources: [
      { ref: SEED, supports: 'title and author' },
      {
        ref: 'http://www.unclenchingourfists.org/ (book’s site, pages corpus; seen over http)',
        supports: 'website; eleven men’s first-person stories',
      },
    ],
  },
  {
    id: 'six-ways-confront-friend',
    name: "6 ways to confront your friend who's abusing their partner",
    aliases: ['Everyday Feminism', 'Kai Cheng Thom', 'confront a friend'],
    kind: 'article',
    description: {
      en: 'Article on talking with a friend about the harm they are doing to a partner while keeping safety and everyone’s humanity in view.',
      fr: "Article sur la façon de parler à un ami du mal qu'il fait à sa ou son partenaire, en tenant compte de la sécurité et de la dignité de chacun.",
    },
    audiences: ['helpers'],
    regions: ['GLOBAL'],
    languages: ['en'],
    website: 'https://everydayfeminism.com/2015/09/confront-friend-abusing-partner/',
    cost: 'free',
    by: 'Everyday Feminism (Kai Cheng Thom)',
    sources: [
      { ref: SEED, supports: 'title, author, free' },
      {
        ref: 'https://everydayfeminism.com/2015/09/confront-friend-abusing-partner/page/32 (pages corpus)',
        supports: 'website (article address without the page suffix)',
      },
    ],
  },
  {
    id: 'peak-magazine-transformative-justice',
    name: 'The Peak Magazine, Transformative Justice issue',
    aliases: ['The Peak', 'Peak Magazine', 'transformative justice'],
    kind: 'article',
    description: {
      en: 'Free magazine issue introducing transformative justice through essays on safety, accountability and community responses to harm.',
      fr: 'Numéro de magazine gratuit qui présente la justice transformatrice par des textes sur la sécurité, la responsabilité et les réponses communautaires.',
    },
    audiences: ['anyone', 'experienced-violence', 'used-violence', 'helpers'],
    regions: ['GLOBAL'],
    languages: ['en'],
    website: 'https://peakmag.net/transformative-justice/',
    cost: 'free',
    by: 'The Peak Magazine (various authors)',
    sources: [
      { ref: SEED, supports: 'title, publisher, free; recommended articles' },
      {
        ref: 'http://peakmag.net/transformative-justice/ (pages corpus; seen over http)',
        supports: 'website; volume 55 issue 3, winter 2016',
      },
    ],
  },
  {
    id: 'beyond-survival',
    name: 'Beyond Survival: Strategies and Stories from the Transformative Justice Movement',
    aliases: ['Beyond Survival', 'Ejeris Dixon', 'Leah Lakshmi Piepzna-Samarasinha', 'AK Press'],
    kind: 'book',
    description: {
      en: 'Anthology of case studies, tools and reflections from organizers practising transformative justice in their communities.',
      fr: 'Anthologie d’études de cas, d’outils et de réflexions de personnes qui pratiquent la justice transformatrice dans leurs communautés.',
    },
    audiences: ['anyone', 'helpers'],
    regions: ['GLOBAL'],
    languages: ['en'],
    by: 'Ejeris Dixon and Leah Lakshmi Piepzna-Samarasinha (eds.), AK Press',
    sources: [
      { ref: SEED, supports: 'title and editors' },
      {
        ref: 'https://akpress.org/beyond-survival-e-book.html (publisher, pages corpus)',
        supports: 'publisher AK Press (no website set: a single page on a general publisher’s site)',
      },
    ],
  },

  // ── Learning for service providers ─────────────────────────────────────────────────────
  {
    id: 'innovations-in-ipv-interventions',
    name: 'Innovations in Interventions to Address Intimate Partner Violence: Research and Practice',
    aliases: ['Innovations in Interventions', 'Tod Augusta-Scott', 'Katreena Scott', 'Leslie Tutty'],
    kind: 'book',
    description: {
      en: 'Edited collection of research and practice on responding to intimate partner violence, including legal and restorative approaches.',
      fr: 'Ouvrage collectif sur la recherche et la pratique en intervention en violence entre partenaires intimes, y compris les approches juridiques et réparatrices.',
    },
    audiences: ['service-providers'],
    regions: ['GLOBAL'],
    languages: ['en'],
    by: 'Tod Augusta-Scott, Katreena Scott and Leslie M. Tutty (eds.)',
    sources: [{ ref: SEED, supports: 'title, editors and audience' }],
  },
  {
    id: 'coaching-boys-into-men',
    name: 'Coaching Boys Into Men Toolkit',
    aliases: ['CBIM', 'Coaching Boys Into Men', 'Coaches Corner', 'Futures Without Violence'],
    kind: 'toolkit',
    description: {
      en: 'Playbook and season-long kit that help athletic coaches teach young athletes respect for women and girls and that strength is not violence.',
      fr: "Guide et trousse pour toute la saison qui aident les entraîneurs à enseigner aux jeunes athlètes le respect des femmes et des filles, et que la force n'est pas la violence.",
    },
    audiences: ['helpers', 'youth', 'men'],
    regions: ['GLOBAL'],
    languages: ['en'],
    website: 'https://www.futureswithoutviolence.org/',
    by: 'Futures Without Violence (Coaches Corner)',
    sources: [
      { ref: SEED, supports: 'title; by Coaches Corner; for coaches and teachers' },
      {
        ref: 'http://www.futureswithoutviolence.org/content/features/detail/2235/ (Futures Without Violence, pages corpus)',
        supports:
          'program of Futures Without Violence; website (publisher’s home page; the toolkit page was not found)',
      },
      {
        ref: 'https://fatherhood.gov/dadtalk-blog/coaching-boys-men (pages corpus)',
        supports: 'Playbook (2004) and Coaches Kit (2008)',
      },
    ],
  },
  {
    id: 'rainbow-health-ontario-ipv-lgbtq',
    name: 'Evidence Brief: Intimate Partner Violence in LGBTQ Communities',
    aliases: ['Rainbow Health Ontario', 'RHO', 'LGBTQ IPV', 'queer relationship violence'],
    kind: 'article',
    description: {
      en: 'Research summary on the particular forms intimate partner violence can take in queer, trans and Two-Spirit relationships.',
      fr: 'Synthèse de recherche sur les formes particulières que peut prendre la violence entre partenaires intimes dans les relations queers, trans et bispirituelles.',
    },
    audiences: ['lgbtq2s', 'anyone', 'service-providers'],
    regions: ['GLOBAL'],
    languages: ['en'],
    website: 'https://www.rainbowhealthontario.ca/',
    by: 'Rainbow Health Ontario',
    sources: [
      { ref: SEED, supports: 'title and publisher' },
      {
        ref: 'https://www.rainbowhealthontario.ca/about-us/ (official site, pages corpus)',
        supports: 'website (publisher’s home page; the brief’s own page was not found)',
      },
    ],
  },
  {
    id: 'becoming-ethical',
    name: 'Becoming Ethical: A Parallel, Political Journey with Men Who Have Abused',
    aliases: ['Becoming Ethical', 'Alan Jenkins', 'invitational approach'],
    kind: 'book',
    description: {
      en: 'Practice guide for counsellors supporting men who have harmed their partners or families, built on an invitational, ethics-centred approach.',
      fr: 'Guide pratique pour les intervenants qui accompagnent des hommes ayant eu recours à la violence dans leur couple ou leur famille, selon une approche invitationnelle.',
    },
    audiences: ['service-providers'],
    regions: ['GLOBAL'],
    languages: ['en'],
    by: 'Alan Jenkins (Russell House Publishing)',
    sources: [
      { ref: SEED, supports: 'title, author and audience' },
      {
        ref: 'http://www.russellhouse.co.uk/bookpages/9781905541409.htm (publisher, pages corpus)',
        supports:
          'publisher; practice guide for counsellors and therapists (no website set: a single page on a general publisher’s site)',
      },
    ],
  },
  {
    id: 'dv-and-restorative-justice',
    name: 'Domestic Violence and Restorative Justice: Advancing the Dialogue',
    aliases: ['Alan Edwards', 'Jennifer Haslett', 'restorative justice'],
    kind: 'article',
    description: {
      en: 'Short paper on what to weigh before using restorative justice processes in cases involving domestic violence.',
      fr: 'Court texte sur les éléments à considérer avant de recourir à la justice réparatrice dans des situations de violence conjugale.',
    },
    audiences: ['service-providers'],
    regions: ['GLOBAL'],
    languages: ['en'],
    by: 'Alan Edwards and Jennifer Haslett',
    sources: [{ ref: SEED, supports: 'title, authors and audience' }],
  },
  {
    id: 'restorative-justice-and-vaw',
    name: 'Restorative Justice and Violence Against Women',
    aliases: ['James Ptacek', 'restorative justice'],
    kind: 'book',
    description: {
      en: 'Edited book examining whether and how restorative justice can serve women who have experienced violence, with programs from four countries.',
      fr: 'Ouvrage collectif qui examine si et comment la justice réparatrice peut répondre aux besoins des femmes ayant subi de la violence, avec des exemples de quatre pays.',
    },
    audiences: ['service-providers'],
    regions: ['GLOBAL'],
    languages: ['en'],
    by: 'James Ptacek (ed.), Oxford University Press',
    sources: [
      {
        ref: SEED,
        supports: 'title, editor and audience; examples from Canada, the US, Australia and New Zealand',
      },
      {
        ref: 'https://pdfcookie.com/documents/gavrielides-t-2014-review-of-2010-restorative-justice-amp-violence-against-women-by-j-ptacek-oxford-oup-internet-journal-of-restorative-justice-issn-2056-2985-zmlyw5wmr5v0 (book review, pages corpus)',
        supports: 'publisher Oxford University Press (2010)',
      },
    ],
  },
  {
    id: 'shift-dv-elibrary',
    name: 'Domestic violence e-library (Shift)',
    aliases: ['Shift', 'Sh!ft', 'Shift: The Project to End Domestic Violence', 'primary prevention'],
    kind: 'education',
    description: {
      en: "Free research library from the University of Calgary's Shift project on preventing domestic violence before it starts.",
      fr: "Bibliothèque de recherche gratuite du projet Shift de l'Université de Calgary, consacrée à la prévention de la violence conjugale avant qu'elle ne survienne.",
    },
    audiences: ['service-providers'],
    regions: ['GLOBAL'],
    languages: ['en'],
    website: 'https://preventdomesticviolence.ca/',
    cost: 'free',
    by: 'Shift: The Project to End Domestic Violence',
    sources: [
      { ref: SEED, supports: 'name, publisher, free' },
      {
        ref: 'https://preventdomesticviolence.ca/eyes-high-on-domestic-violence-research (official site, pages corpus)',
        supports: 'website; University of Calgary primary-prevention project',
      },
    ],
  },

  // ── Programs and campaigns with men, boys and students ─────────────────────────────────
  {
    id: 'futures-without-violence-campus',
    name: 'Futures Without Violence: Campus Leadership Program',
    aliases: ['Futures Without Violence', 'FUTURES', 'campus'],
    kind: 'program',
    description: {
      en: 'Futures Without Violence program for college students who want to help prevent gender-based violence on their campus.',
      fr: 'Programme de Futures Without Violence pour les étudiantes et étudiants qui veulent contribuer à prévenir la violence fondée sur le sexe sur leur campus.',
    },
    audiences: ['students'],
    regions: ['US'],
    languages: ['en'],
    website: 'https://www.futureswithoutviolence.org/',
    by: 'Futures Without Violence',
    sources: [
      { ref: SEED, supports: 'name; program for post-secondary students' },
      {
        ref: 'https://www.futureswithoutviolence.org/new-online-quiz-helps-teens-draw-the-line-on-digital-dating-abuse/ (official site, pages corpus)',
        supports: 'website (organization’s home page; the program page was not found)',
      },
    ],
  },
  {
    id: 'next-gen-men',
    name: 'Next Gen Men',
    aliases: ['NGM', 'Next Generation Men', 'healthy masculinity'],
    kind: 'program',
    description: {
      en: 'Canadian non-profit offering workshops, online groups, a podcast and resources that help boys and men explore healthier masculinity.',
      fr: 'Organisme canadien sans but lucratif qui propose ateliers, groupes en ligne, balado et ressources pour aider garçons et hommes à vivre une masculinité plus saine.',
    },
    audiences: ['men', 'youth', 'parents'],
    regions: ['CA'],
    languages: ['en'],
    website: 'https://nextgenmen.ca/',
    sources: [
      { ref: SEED, supports: 'name; workshops, discussion groups, podcast, resources' },
      {
        ref: 'https://nextgenmen.ca/blog/the-genesis (official site, pages corpus)',
        supports: 'website; non-profit',
      },
    ],
  },
  {
    id: 'it-starts-with-you',
    name: 'It Starts With You',
    aliases: ['It Starts With You. It Stays With Him.', 'White Ribbon', 'COPA'],
    kind: 'campaign',
    description: {
      en: 'White Ribbon initiative encouraging fathers, coaches and other men to talk with young men about consent and healthy, equal relationships.',
      fr: 'Initiative de White Ribbon qui invite pères, entraîneurs et autres hommes à parler de consentement et de relations saines et égalitaires avec les jeunes hommes.',
    },
    audiences: ['men', 'parents', 'helpers'],
    regions: ['CA-ON'],
    languages: ['en'],
    website: 'https://www.whiteribbon.ca/',
    by: 'White Ribbon Canada, the Ontario Government and COPA',
    sources: [
      { ref: SEED, supports: 'name; White Ribbon Canada, Ontario Government and COPA' },
      {
        ref: 'https://openparliament.ca/committees/status-of-women/41-2/44/todd-minerson-17/only (pages corpus)',
        supports: 'Ontario-funded project encouraging men to talk with young men',
      },
      {
        ref: 'https://www.whiteribbon.ca/blog (official site, pages corpus)',
        supports: 'website (organization’s home page; the campaign page was not found)',
      },
    ],
  },
  {
    id: 'manifest-change',
    name: 'MANifest Change',
    aliases: ['Manifest Change', 'OCTEVAW'],
    kind: 'campaign',
    description: {
      en: 'Ottawa program and campaign that coaches young men to recognize gender-based violence and step in safely to prevent it.',
      fr: 'Programme et campagne à Ottawa qui outillent les jeunes hommes pour reconnaître la violence fondée sur le sexe et intervenir prudemment pour la prévenir.',
    },
    audiences: ['men', 'youth'],
    regions: ['CA-ON'],
    languages: ['en'],
    website: 'https://www.manifestchange.ca/',
    sources: [
      { ref: SEED, supports: 'name; engages men and boys against gender-based violence' },
      {
        ref: 'http://www.manifestchange.ca/evidence (official site, pages corpus; seen over http)',
        supports: 'website; OCTEVAW program with workshops for young men',
      },
    ],
  },
  {
    id: 'kizhaay-anishinaabe-niin',
    name: 'Kizhaay Anishinaabe Niin (I Am A Kind Man)',
    aliases: ['I Am A Kind Man', 'Kizhaay', 'OFIFC'],
    kind: 'program',
    description: {
      en: 'Ontario initiative, guided by the Seven Grandfather Teachings, that trains Indigenous men and youth to speak up against violence toward women.',
      fr: 'Initiative ontarienne, guidée par les enseignements des sept grands-pères, qui forme des hommes et des jeunes autochtones à dénoncer la violence envers les femmes.',
    },
    audiences: ['indigenous', 'men', 'youth'],
    regions: ['CA-ON'],
    languages: ['en'],
    website: 'https://iamakindman.ca/',
    by: 'Ontario Federation of Indigenous Friendship Centres',
    sources: [
      { ref: SEED, supports: 'name; engages Indigenous men through traditional teachings' },
      {
        ref: 'https://iamakindman.ca/ (official site, pages corpus)',
        supports: 'website; Seven Grandfather Teachings',
      },
      {
        ref: 'https://cbpp-pcpe.phac-aspc.gc.ca/aboriginalwtt/kizhaay-anishinaabe-niin-im-a-kind-man/ (Public Health Agency of Canada, pages corpus)',
        supports: 'community facilitators train men and youth in Ontario',
      },
    ],
  },
  {
    id: 'moosehide-campaign',
    name: 'Moose Hide Campaign',
    aliases: ['Moosehide Campaign', 'Moosehide', 'moose hide pin'],
    kind: 'campaign',
    description: {
      en: 'Indigenous-led movement inviting men, boys and all Canadians to stand up against violence toward women and children.',
      fr: 'Mouvement mené par des Autochtones qui invite les hommes, les garçons et toute la population canadienne à se lever contre la violence envers les femmes et les enfants.',
    },
    audiences: ['indigenous', 'men', 'anyone'],
    regions: ['CA'],
    languages: ['en'],
    website: 'https://moosehidecampaign.ca/',
    sources: [
      { ref: SEED, supports: 'name; men challenging violence against Indigenous women and girls' },
      {
        ref: 'https://moosehidecampaign.ca/about-us (official site, pages corpus)',
        supports: 'website; mission',
      },
    ],
  },

  // ── Films ──────────────────────────────────────────────────────────────────────────────
  {
    id: 'a-better-man',
    name: 'A Better Man',
    nameFr: 'Un homme meilleur',
    aliases: ['Attiya Khan', 'Lawrence Jackman', 'Un homme meilleur'],
    kind: 'film',
    description: {
      en: 'Documentary in which Attiya Khan sits down with the former partner who used violence against her to talk about it and what responsibility means.',
      fr: "Documentaire où Attiya Khan rencontre l'ex-partenaire qui a eu recours à la violence contre elle pour en parler et réfléchir à ce que veut dire assumer ses actes.",
    },
    audiences: ['anyone', 'experienced-violence', 'used-violence'],
    regions: ['GLOBAL'],
    languages: ['en', 'fr'],
    by: 'Attiya Khan and Lawrence Jackman (NFB, Intervention Productions, TVO)',
    sources: [
      { ref: SEED_BODY, supports: 'the film and its discussion guides (English and French)' },
      {
        ref: 'https://www.onf.ca/distribution/film/homme_meilleur (NFB, pages corpus)',
        supports: 'French title Un homme meilleur; directors',
      },
      {
        ref: 'https://docslib.org/doc/3902884/the-national-film-board-of-canada-and-intervention-productions-in-association-with-tvo-present-a-better-man-a-documentary-film-b (NFB press kit, pages corpus)',
        supports: 'producers; 79 minutes, 2017',
      },
    ],
  },
  {
    id: 'the-mask-you-live-in',
    name: 'The Mask You Live In',
    aliases: ['Mask You Live In', 'The Representation Project', 'Jennifer Siebel Newsom'],
    kind: 'film',
    description: {
      en: 'Documentary on how narrow ideas of manhood in the United States shape and harm boys and young men.',
      fr: 'Documentaire sur la façon dont une vision étroite de la masculinité aux États-Unis façonne et blesse les garçons et les jeunes hommes.',
    },
    audiences: ['anyone', 'men', 'parents'],
    regions: ['GLOBAL'],
    languages: ['en'],
    website: 'https://therepresentationproject.org/film/the-mask-you-live-in-film/about-the-film/',
    by: 'Jennifer Siebel Newsom (The Representation Project)',
    sources: [
      { ref: SEED, supports: 'title; documentary on masculinity norms' },
      {
        ref: 'https://therepresentationproject.org/film/the-mask-you-live-in-film/about-the-film/ (official site, pages corpus)',
        supports: 'website; director',
      },
    ],
  },
  {
    id: 'private-violence',
    name: 'Private Violence',
    aliases: ['Cynthia Hill', 'Kit Gruelle', 'HBO'],
    kind: 'film',
    description: {
      en: 'Documentary following an advocate and a woman seeking justice, taking apart the question of why people in danger do not simply leave.',
      fr: 'Documentaire qui suit une intervenante et une femme en quête de justice, et qui démonte la question de savoir pourquoi une personne en danger ne part pas, tout simplement.',
    },
    audiences: ['anyone', 'experienced-violence', 'helpers'],
    regions: ['GLOBAL'],
    languages: ['en'],
    by: 'Cynthia Hill (HBO Documentary Films)',
    sources: [
      { ref: SEED, supports: 'title; documentary seen through two women' },
      {
        ref: 'https://en.wikipedia.org/wiki/Private_Violence (pages corpus)',
        supports: 'director, 2014, distributor',
      },
    ],
  },
  {
    id: 'no-place-to-hide',
    name: 'No Place to Hide: The Rehtaeh Parsons Story',
    aliases: ['Rehtaeh Parsons', 'Rama Rau', 'cyberbullying'],
    kind: 'film',
    description: {
      en: "Documentary about Rehtaeh Parsons, a teen who was sexually assaulted and harassed online, and her parents' long search for justice.",
      fr: 'Documentaire sur Rehtaeh Parsons, une adolescente agressée sexuellement et harcelée en ligne, et sur la longue quête de justice de ses parents.',
    },
    audiences: ['anyone', 'youth', 'parents'],
    regions: ['GLOBAL'],
    languages: ['en'],
    by: 'Rama Rau',
    sources: [
      { ref: SEED, supports: 'title; subject of the documentary' },
      {
        ref: 'https://www.flare.com/tv-movies/director-rama-rau-rehtaeh-parsons-documentary-nowhere-to-hide-the-rehtaeh-parsons-story/ (pages corpus)',
        supports: 'director',
      },
    ],
  },
  {
    id: 'nfb-violence-against-women',
    name: 'National Film Board collection on violence against women',
    aliases: ['NFB', 'ONF', 'National Film Board', 'gender-based violence films'],
    kind: 'film',
    description: {
      en: 'Selection of National Film Board short and feature films on gender-based violence, most free to stream, with notes for classes aged 15 and up.',
      fr: "Sélection de courts et longs métrages de l'ONF sur la violence fondée sur le sexe, la plupart gratuits en ligne, avec des pistes pour les classes de 15 ans et plus.",
    },
    audiences: ['anyone', 'youth', 'service-providers'],
    regions: ['CA'],
    languages: ['en', 'fr'],
    website: 'https://www.nfb.ca/playlist/edu-elimination-violence-against-women/',
    by: 'National Film Board of Canada',
    sources: [
      { ref: SEED, supports: 'name; NFB films on violence against women' },
      {
        ref: 'https://www.nfb.ca/playlist/edu-elimination-violence-against-women/ (official site, pages corpus)',
        supports: 'website; playlist for ages 15+',
      },
      {
        ref: 'https://www.straight.com/movies/national-film-board-of-canada-sheds-light-on-scourge-of-gender-based-violence (pages corpus)',
        supports: 'most films free to view on the NFB website',
      },
    ],
  },

  // ── Youth, dating and parents ──────────────────────────────────────────────────────────
  {
    id: 'prevnet-youth-dating-violence',
    name: 'PREVNet: Addressing Youth Dating Violence',
    aliases: ['PREVNet', 'youth dating violence', 'YDV'],
    kind: 'education',
    description: {
      en: 'Plain-language introduction to dating violence among teens, with advice for caregivers on talking with and supporting them.',
      fr: 'Introduction claire à la violence dans les fréquentations chez les ados, avec des conseils aux parents et aux proches pour en parler et les soutenir.',
    },
    audiences: ['parents', 'youth', 'helpers'],
    regions: ['CA'],
    languages: ['en'],
    website: 'https://youthdatingviolence.prevnet.ca/',
    sources: [
      { ref: SEED, supports: 'name; primer with a section for parents and caregivers' },
      {
        ref: 'https://youthdatingviolence.prevnet.ca/learn-more/caregivers/caregivers-role/ (official site, pages corpus)',
        supports: 'website; caregiver guidance',
      },
    ],
  },
  {
    id: 'thats-not-cool',
    name: "That's Not Cool",
    aliases: ['Thats Not Cool', 'thatsnotcool.com', 'digital dating abuse'],
    kind: 'education',
    description: {
      en: 'Youth site on healthy digital boundaries in dating, with quizzes and tools about texting pressure, shared passwords and online control.',
      fr: 'Site pour les jeunes sur les limites numériques saines dans les fréquentations, avec jeux-questionnaires et outils sur la pression par texto et le contrôle en ligne.',
    },
    audiences: ['youth', 'parents'],
    regions: ['US'],
    languages: ['en'],
    website: 'https://www.thatsnotcool.com/',
    by: 'Futures Without Violence',
    sources: [
      { ref: SEED, supports: 'name; quizzes and app on digital abuse, section for parents' },
      {
        ref: 'https://www.futureswithoutviolence.org/pressure-to-share-passwords-cool-or-not-cool/ (Futures Without Violence, pages corpus)',
        supports: 'website www.thatsnotcool.com',
      },
    ],
  },
  {
    id: 'teen-digital-dating-violence-toolkit',
    name: 'Teen Digital Dating Violence Toolkit',
    aliases: ['BCSTH', 'BC Society of Transition Houses', 'digital dating violence'],
    kind: 'toolkit',
    description: {
      en: 'BC Society of Transition Houses toolkit for caregivers and anti-violence workers supporting teens facing abuse through phones and social media.',
      fr: 'Trousse de la BC Society of Transition Houses pour les parents et les intervenantes qui soutiennent des ados subissant de la violence par téléphone ou médias sociaux.',
    },
    audiences: ['parents', 'service-providers', 'youth'],
    regions: ['CA-BC'],
    languages: ['en'],
    website: 'https://bcsth.ca/teendigitaldatingviolence/',
    by: 'BC Society of Transition Houses',
    sources: [
      { ref: SEED, supports: 'name and publisher' },
      {
        ref: 'https://bcsth.ca/teendigitaldatingviolence/ (official site, pages corpus)',
        supports: 'website; audience',
      },
    ],
  },
  {
    id: 'abusive-relationships-teens',
    name: "Abusive Relationships are Common for Teens. Here's How to Help",
    aliases: ['NPR Life Kit', 'teen dating abuse'],
    kind: 'article',
    description: {
      en: "NPR Life Kit episode for adults on noticing dating abuse in a teen's life and responding in ways that keep young people talking.",
      fr: "Épisode de NPR Life Kit pour les adultes : repérer la violence dans les fréquentations d'un ado et réagir de façon à garder le dialogue ouvert.",
    },
    audiences: ['parents', 'helpers'],
    regions: ['GLOBAL'],
    languages: ['en'],
    by: 'NPR Life Kit',
    sources: [
      { ref: SEED, supports: 'title' },
      {
        ref: 'https://www.npr.org/transcripts/994256485 (NPR, pages corpus)',
        supports:
          'publisher NPR Life Kit and subject (no website set: a transcript page on a general news site)',
      },
    ],
  },
  {
    id: 'how-to-talk-to-teens',
    name: 'How to Talk to Teens About Dating Violence',
    aliases: ['Futures Without Violence', 'talking to teens', 'parents'],
    kind: 'article',
    description: {
      en: 'Futures Without Violence guide for parents on starting early, honest conversations with teens about healthy relationships and warning signs.',
      fr: 'Guide de Futures Without Violence pour aider les parents à parler tôt et franchement avec les ados des relations saines et des signes avant-coureurs.',
    },
    audiences: ['parents'],
    regions: ['GLOBAL'],
    languages: ['en'],
    website: 'https://www.futureswithoutviolence.org/',
    by: 'Futures Without Violence',
    sources: [
      { ref: SEED, supports: 'title; web resource for adults from Futures Without Violence' },
      {
        ref: 'https://sharemylesson.com/teaching-resource/how-talk-teens-about-dating-violence-guide-parents-299410 (pages corpus)',
        supports: 'content of the guide for parents',
      },
      {
        ref: 'https://www.futureswithoutviolence.org/pressure-to-share-passwords-cool-or-not-cool/ (official site, pages corpus)',
        supports: 'website (organization’s home page; the guide’s own page was not found)',
      },
    ],
  },

  // ── Mentioned in the seed article's body ───────────────────────────────────────────────
  {
    id: 'crisis-centre-coping-guide',
    name: 'Coping and Self-Care guide (Crisis Centre)',
    aliases: ['Crisis Centre', 'self-care', 'coping'],
    kind: 'education',
    description: {
      en: 'Crisis Centre guide with general ideas for coping with stress and looking after yourself through hard times.',
      fr: 'Guide du Crisis Centre qui propose des idées générales pour gérer le stress et prendre soin de soi dans les moments difficiles.',
    },
    audiences: ['anyone'],
    regions: ['GLOBAL'],
    languages: ['en'],
    by: 'Crisis Centre',
    sources: [{ ref: SEED_BODY, supports: 'name; general coping and self-care tips' }],
  },
  {
    id: 'clc-domestic-violence-at-work',
    name: 'Domestic Violence at Work resource centre',
    aliases: ['CLC', 'Canadian Labour Congress', 'union', 'workplace'],
    kind: 'education',
    description: {
      en: 'Canadian Labour Congress hub with research and tools for unions and workers responding to domestic violence that follows people to work.',
      fr: 'Centre de ressources du Congrès du travail du Canada, avec recherches et outils pour les syndicats et les travailleurs face à la violence conjugale qui suit les gens au travail.',
    },
    audiences: ['helpers', 'anyone'],
    regions: ['CA'],
    languages: ['en'],
    website: 'https://canadianlabour.ca/issues-research/domestic-violence-work/',
    by: 'Canadian Labour Congress',
    sources: [
      { ref: SEED_BODY, supports: 'name; CLC union guide for A Better Man' },
      {
        ref: 'https://canadianlabour.ca/issues-research/domestic-violence-work/ (official site, pages corpus)',
        supports: 'website; survey and tools for union reps',
      },
    ],
  },
];
