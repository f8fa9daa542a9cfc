/**
 * Families probed after the eighteenth search set and the twelfth page set, written as families,
 * never as rows: each is tested with phrasings and everyday look-alikes of our own in
 * `tests/unit/traces/help-search-19.test.ts`. Spread into `LEXICON` (`help-lexicon.ts`).
 */

import { cross, list } from './phrase-lists';

/**
 * The question asked of a person who stays with a partner who harms them, asked by them, their
 * family, or an article ("why doesn't she just leave", "pourquoi elle ne le quitte pas"): with
 * "just" or "him" said. Not "why does she stay" (a job, a team), "why doesn't she leave the house",
 * nor "pourquoi elle ne part pas" (a holiday).
 */
const WHY_NOT_LEAVE = [
  ...cross(
    list('why doesnt she,why does she not,why didnt she,why did she not,why dont women,why do women not'),
    list('just leave,leave him,just leave him'),
  ),
  ...list('why do victims stay,why abused women stay,why do abused women stay'),
  ...cross(
    list('pourquoi elle ne,pourquoi ne,pourquoi elles ne,pourquoi les femmes ne'),
    list('le quitte pas,le quittent pas,le quitte t elle pas,le quittent elles pas'),
  ),
  ...list('pourquoi les victimes restent,pourquoi les femmes battues restent'),
];

/**
 * Women "in difficulty", "in distress" or "in danger", the French words of shelters and services
 * for women leaving violence ("Maison La Source : au service des femmes en difficulté", "accompagner
 * les femmes en difficulté"), with a word of taking in or helping; and the scheme "femmes en très
 * grand danger" (the alarm phone given to women at grave risk).
 */
const HELP_FOR = list(
  'help,helping,helps,help for,support,supporting,supports,support for,shelter for,house for,home for,refuge for,services for,centre for,center for,program for,programs for',
);
const WOMEN_IN_DIFFICULTY = [
  ...cross(
    list(
      'accompagner,accompagne,accompagnement,aider,aide aux,aide pour,accueillir,accueille,accueil,soutenir,soutien aux,au service,service pour,maison pour,centre pour,hebergement,heberger,refuge pour',
    ),
    cross(
      ['femmes'],
      list('en difficulte,en detresse,en danger,en situation de crise,en situation de danger'),
    ),
  ),
  ...list(
    'femmes en tres grand danger,femme en tres grand danger,femmes en grave danger,femme en grave danger',
  ),
  // The same in English ("commits support to help women in crisis"), not a crisis pregnancy; "in
  // danger" or "in distress" only with a place to stay ("in danger of eviction" is not at risk of harm).
  ...cross(HELP_FOR, ['women in crisis']),
  ...cross(
    list('shelter for,shelters for,house for,home for,refuge for,safe house for'),
    list('women in danger,women in distress'),
  ),
];

/**
 * A place, an event or a job left ("why didn't she just leave the party"): out of play. Phrases
 * are read without their small words, so "the" is not written.
 */
const LEAVE_A_PLACE = cross(
  list('why doesnt she,why does she not,why didnt she,why did she not'),
  cross(
    list('just leave'),
    list('party,house,room,game,show,band,group,job,company,country,town,city,school,work,chat,server'),
  ),
);

/**
 * A safe haven named for the people a refuge takes in ("Safe haven for women and children"); not one
 * for families in a war, children after school, money or newborns given up.
 */
const SAFE_HAVEN_FOR = cross(
  list('safe haven for,safe havens for,safe haven,safe havens'),
  list('women,abused women,battered women,victims,survivors,women and children,mothers and children'),
);

/** A pregnancy in crisis, a matter of its own ("help for women in crisis pregnancy"). */
const CRISIS_PREGNANCY = cross(HELP_FOR, list('women in crisis pregnancy,women in crisis pregnancies'));

/**
 * Made to prove where one is, all day: the line kept open, a video call, photos of the place, the
 * location shared, an account of every hour ("he makes me keep the phone line open all day", "il
 * m'oblige à partager ma position"). Said of a partner or "he"/"she" (not a boss named first).
 */
const MADE_TO_REPORT = [
  ...cross(
    list('makes me,made me,forces me to,forced me to,force me to,insists i,demands i'),
    list(
      'keep the phone line open,keep the line open,stay on the phone,stay on facetime,stay on video call,video call him,video call her,facetime him,facetime her,send pictures of where i am,send photos of where i am,send selfies of where i am,send him pictures of where,send her pictures of where,share my location,check in every hour,account for every minute,account for my time,text him every hour,call him every hour,call her every hour',
    ),
  ),
  ...cross(
    list('m oblige a,me oblige a,m obligeait a,m a oblige a,me force a,me forcait a,exige que je'),
    list(
      'partager ma position,partager ma localisation,lui envoyer des photos de ou je suis,envoyer des photos de ou je suis,rester en appel,rester au telephone,l appeler toutes les heures,lui rendre des comptes,rendre des comptes,faire un appel video,faire des appels video',
    ),
  ),
];

export const LEXICON_19 = {
  strong: [...WHY_NOT_LEAVE, ...WOMEN_IN_DIFFICULTY, ...SAFE_HAVEN_FOR],
  neutral: [...LEAVE_A_PLACE, ...CRISIS_PREGNANCY],
  situation: MADE_TO_REPORT,
} as const;
