/**
 * What a person may be living or needing, as the popup search understands it. Topics say what is
 * happening or needed; groups say who the person is; ways say how they can be in touch.
 */

export const TOPICS = [
  'general',
  'physical',
  'sexual',
  'emotional',
  'financial',
  'coercive-control',
  'stalking',
  'strangulation',
  'immediate-danger',
  'place-to-stay',
  'children',
  'legal',
  'protection-order',
  'suicidal',
  'supporting-someone',
  'used-violence',
  'tech-safety',
  // Hiding one's own looking for help (browser history, private windows): a guide's question more
  // than a line's.
  'own-traces',
] as const;

export const GROUPS = ['male-victim', 'lgbtq2s', 'indigenous', 'teen-dating'] as const;
export const WAYS = ['text-only', 'deaf-hoh'] as const;

export const SITUATIONS = [...TOPICS, ...GROUPS, ...WAYS] as const;
export type Topic = (typeof TOPICS)[number];
export type Group = (typeof GROUPS)[number];
export type Way = (typeof WAYS)[number];
export type Situation = (typeof SITUATIONS)[number];

/** Situations where the emergency number and a crisis line take the first two places. */
export const URGENT: readonly Situation[] = ['immediate-danger', 'strangulation', 'suicidal'];

/** Abuse by a partner, in its forms: what a domestic-violence line is for. */
export const ABUSE: readonly Topic[] = [
  'general',
  'physical',
  'emotional',
  'financial',
  'coercive-control',
  'stalking',
  'strangulation',
];

/** What abuse leads people to need: a domestic-violence line helps with these too, less directly. */
export const AFTER_ABUSE: readonly Topic[] = [
  'place-to-stay',
  'children',
  'legal',
  'protection-order',
  'tech-safety',
  'own-traces',
  'immediate-danger',
];

/** Each situation's place in `SITUATIONS`: profiles keep their fits in an array in that order. */
export const SITUATION_INDEX: ReadonlyMap<Situation, number> = new Map(SITUATIONS.map((s, i) => [s, i]));

const SET = new Set<string>(SITUATIONS);
export const isSituation = (v: string): v is Situation => SET.has(v);
export const isTopic = (s: Situation): s is Topic => (TOPICS as readonly string[]).includes(s);
export const isGroup = (s: Situation): s is Group => (GROUPS as readonly string[]).includes(s);
export const isWay = (s: Situation): s is Way => (WAYS as readonly string[]).includes(s);
