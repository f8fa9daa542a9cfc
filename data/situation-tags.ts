/**
 * What each directory entry and guide is for, as situations (`lib/directory/situations.ts`), where
 * its kind, audiences and contacts do not already say it. Keyed by id (`guide:<id>` for guides),
 * kept apart from the entries so the lines' data stays as it is checked. Only an entry's core
 * purpose goes here; the search derives the rest (an emergency number serves danger now, a line
 * with a TTY serves deaf callers, a domestic-violence line also helps with housing and the law).
 * Every id must exist (a unit test checks it).
 */
import type { Tag } from '../lib/directory/situation-fit';
import { ABUSE, type Situation } from '../lib/directory/situations';

const DV = ABUSE;
const DV_AND_SHELTER: readonly Situation[] = [...ABUSE, 'place-to-stay'];
const DV_AND_SEXUAL: readonly Situation[] = [...ABUSE, 'sexual'];

/** A 211 line: finds local help, violence lines and shelters among it. */
const REFERRAL: readonly Tag[] = [
  ['general', 0.6],
  ['place-to-stay', 0.7],
];

/**
 * A 211 line a province names as the way in for violence, having no single violence line of its own
 * (Saskatchewan, New Brunswick): it serves what abuse a person describes, as a referral does.
 */
const VIOLENCE_REFERRAL: readonly Tag[] = [
  ...REFERRAL,
  ...ABUSE.filter((s) => s !== 'general').map((s): Tag => [s, 0.6]),
];

/** A line for anyone who needs to talk: suicide and distress first, abuse only in part. */
const DISTRESS: readonly Tag[] = [
  ['suicidal', 0.8],
  ['emotional', 0.5],
];

/** A line for young people about anything, abuse at home or in dating among it. */
const YOUTH: readonly Tag[] = [...ABUSE.map((s): Tag => [s, 0.8]), ['sexual', 0.8], ['suicidal', 0.8]];

export const SITUATION_TAGS: Readonly<Record<string, readonly Tag[]>> = {
  // Canada
  'ca-988': ['suicidal'],
  'kids-help-phone': YOUTH,
  'hope-for-wellness': [...DISTRESS, ['general', 0.5]],
  'ca-trans-lifeline': DISTRESS,
  'bc-victimlinkbc': [...DV_AND_SEXUAL, 'legal'],
  'bc-crisis-centre': ['suicidal'],
  'ab-family-violence-info-line': DV,
  'ab-calgary-family-violence-helpline': DV_AND_SHELTER,
  'ab-one-line-sexual-violence': ['sexual'],
  'sk-211': [...VIOLENCE_REFERRAL, ['used-violence', 0.6]],
  'mb-family-violence-line': DV_AND_SHELTER,
  'mb-sexual-assault-crisis-line': ['sexual'],
  'assaulted-womens-helpline': DV_AND_SEXUAL,
  femaide: DV_AND_SEXUAL,
  'on-talk4healing': DV,
  'distress-centres-toronto': DISTRESS,
  'gerstein-crisis-centre': DISTRESS,
  'qc-sos-violence-conjugale': DV_AND_SHELTER,
  'qc-info-aide-violence-sexuelle': ['sexual'],
  'qc-tel-jeunes': YOUTH,
  'qc-interligne': [
    ['emotional', 0.6],
    ['general', 0.4],
  ],
  // Legal advice by phone: family law (custody) included.
  'qc-rebatir': ['legal', ['protection-order', 0.8], ['children', 0.5]],
  'qc-cavac': ['legal', ['general', 0.3]],
  'nb-211': VIOLENCE_REFERRAL,
  'ns-transition-house-line': DV_AND_SHELTER,
  'pe-family-violence-prevention': DV,
  'nl-iris-kirby-house-line': DV_AND_SHELTER,
  'nt-help-line': DISTRESS,
  'yt-kaushees-place': DV_AND_SHELTER,
  'nu-kamatsiaqtut': DISTRESS,
  'shelter-safe': ['place-to-stay', ['general', 0.6]],
  'ontario-womens-justice-network': ['legal', 'protection-order'],
  'on-lgbt-youthline': [['emotional', 0.5]],
  'qc-a-coeur-d-homme': ['used-violence'],
  // United States
  'us-national-dv-hotline': DV_AND_SHELTER,
  loveisrespect: DV_AND_SEXUAL,
  rainn: ['sexual'],
  'us-988-lifeline': ['suicidal'],
  'us-stronghearts': DV_AND_SEXUAL,
  'us-trevor-project': ['suicidal', ['emotional', 0.5]],
  'us-trans-lifeline': DISTRESS,
  'us-womenslaw': ['legal', 'protection-order', ['children', 0.5]],
  // United Kingdom and Ireland
  'gb-eng-national-domestic-abuse-helpline': DV_AND_SHELTER,
  'gb-sct-domestic-abuse-helpline': DV,
  'gb-sct-rape-crisis-helpline': ['sexual'],
  'gb-wls-live-fear-free': DV_AND_SEXUAL,
  'gb-nir-domestic-sexual-abuse-helpline': DV_AND_SEXUAL,
  'gb-mens-advice-line': DV,
  'gb-sct-womens-rights-centre': ['legal', 'protection-order', ['stalking', 0.6]],
  'gb-samaritans': ['suicidal', ['emotional', 0.5]],
  'gb-childline': YOUTH,
  'ie-childline': YOUTH,
  'ie-womens-aid': DV_AND_SHELTER,
  'ie-rape-crisis-helpline': ['sexual'],
  'ie-mens-aid': DV,
  'ie-male-advice-line': DV,
  'ie-move-ireland': ['used-violence'],
  // Australia and New Zealand
  'au-1800respect': DV_AND_SEXUAL,
  'au-lifeline': ['suicidal'],
  'au-mensline': [['emotional', 0.5], 'used-violence'],
  'au-13yarn': ['suicidal', ['general', 0.5]],
  'au-kids-helpline': YOUTH,
  'au-mens-referral-service': ['used-violence'],
  'nz-womens-refuge': DV_AND_SHELTER,
  'nz-shine': DV,
  'nz-are-you-ok': [...DV, 'supporting-someone'],
  // Sexual harm only, including from people worried about harm they have done.
  'nz-safe-to-talk': ['sexual', ['used-violence', 0.6]],
  'nz-youthline': YOUTH,
  'nz-1737': DISTRESS,
  'nz-hey-bro': ['used-violence'],
  // France and Belgium
  'fr-3919': DV_AND_SEXUAL,
  'fr-viols-femmes-informations': ['sexual'],
  'fr-3114': ['suicidal'],
  'fr-119': ['children'],
  'fr-prevention-violences-conjugales': ['used-violence'],
  'be-ecoute-violences-conjugales': [...DV, 'used-violence'],
  'be-sos-viol': ['sexual'],
  'be-tele-accueil': DISTRESS,
  // Reading, programs and tools
  'homeless-hub-lgbtq2s-shelters': ['place-to-stay'],
  'neighbours-friends-families': ['supporting-someone'],
  'creative-interventions-toolkit': ['supporting-someone'],
  'six-ways-confront-friend': ['supporting-someone'],
  'rainbow-health-ontario-ipv-lgbtq': ['general'],
  'prevnet-youth-dating-violence': ['general'],
  'thats-not-cool': ['tech-safety'],
  'teen-digital-dating-violence-toolkit': ['tech-safety'],
  'abusive-relationships-teens': ['supporting-someone'],
  'how-to-talk-to-teens': ['supporting-someone'],
  'clc-domestic-violence-at-work': ['general'],
  // Guides
  // A companion to the lines, not instead of them.
  'guide:safety_plan': [['general', 0.7], ...ABUSE.filter((s) => s !== 'general').map((s): Tag => [s, 0.6])],
  // Hiding one's own looking is its question; spying and smashed phones are abuse to talk about
  // with a line first.
  'guide:safer_browsing': ['own-traces', ['tech-safety', 0.6]],
  'guide:supporting_someone': ['supporting-someone'],
  'guide:used_violence': ['used-violence'],
  // Custody is one of its parts: children named alone are no reason to read it before a line.
  'guide:court_orders': ['legal', 'protection-order', ['children', 0.6]],
};
