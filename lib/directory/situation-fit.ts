/**
 * How well each entry or guide serves each situation, from its attributes (kind, audiences,
 * contacts) and its situation tags (`data/situation-tags.ts`): 1 is what it is for, 0 nothing.
 * Built once per directory; ranking a query then only reads these numbers.
 */
import { ABUSE, AFTER_ABUSE, SITUATION_INDEX, SITUATIONS, type Situation } from './situations';

/** What the ranking needs to know about an entry or a guide. */
export interface Candidate {
  id: string;
  /** A resource kind, or `guide`. */
  kind: string;
  audiences: readonly string[];
  /** Empty for guides, which serve every region. */
  regions: readonly string[];
  languages: readonly string[];
  crisis?: boolean;
  /** Towns served, when only those (`Resource.area`). */
  area?: readonly string[];
  hours?: { always: boolean };
  contacts?: { text?: readonly unknown[]; tty?: readonly unknown[]; chatUrl?: string };
}

/** A situation an entry serves fully, or `[situation, fit]` for one it serves in part. */
export type Tag = Situation | readonly [Situation, number];

export interface Profile {
  /** Fit per situation, in `SITUATIONS` order (read it with `fitOf`). */
  fit: Float32Array;
  /** Made only for people who have used violence: never first for anyone else. */
  forUsedViolence: boolean;
  /** For women only: not an answer for a man harmed by a partner. */
  womenOnly: boolean;
  /** How directly a person can act on it now: a line beats a guide beats a book. */
  practical: number;
  /** Groups it is meant for (youth, men, Indigenous, LGBTQ2S+ people), unless it is for anyone. */
  groups: readonly Situation[];
}

const PRACTICAL: Readonly<Record<string, number>> = {
  emergency: 1,
  hotline: 1,
  'text-line': 1,
  chat: 1,
  directory: 0.9,
  guide: 0.85,
  counselling: 0.85,
  legal: 0.85,
  program: 0.7,
  toolkit: 0.55,
  education: 0.5,
  article: 0.5,
  'restorative-justice': 0.4,
  book: 0.35,
  campaign: 0.3,
  film: 0.2,
};

/** True for entries made only for people who have used violence. */
export function isForUsedViolence(c: Pick<Candidate, 'audiences'>): boolean {
  const a = c.audiences;
  return a.includes('used-violence') && !a.includes('experienced-violence') && !a.includes('anyone');
}

function raise(fit: Map<Situation, number>, s: Situation, v: number) {
  fit.set(s, Math.max(fit.get(s) ?? 0, v));
}

/** The profile of one entry or guide. */
export function profileOf(c: Candidate, tags: readonly Tag[] = []): Profile {
  const fit = new Map<Situation, number>();
  for (const t of tags) typeof t === 'string' ? fit.set(t, 1) : fit.set(t[0], t[1]);
  const a = c.audiences;
  const forUsedViolence = isForUsedViolence(c);
  if (c.kind === 'emergency') {
    for (const s of ['immediate-danger', 'strangulation'] as const) raise(fit, s, 1);
    raise(fit, 'suicidal', 0.8);
    // Abuse that is not happening right now is for a support line first.
    for (const s of ABUSE) raise(fit, s, 0.35);
    raise(fit, 'sexual', 0.35);
  }
  // A domestic-violence line also helps with what abuse leads to: housing, children, the law.
  if (fit.get('general') === 1) {
    for (const s of AFTER_ABUSE) raise(fit, s, 0.5);
    raise(fit, 'sexual', 0.4);
  }
  if (forUsedViolence) raise(fit, 'used-violence', 1);
  else if (a.includes('used-violence')) raise(fit, 'used-violence', 0.5);
  if (a.includes('helpers') || a.includes('parents')) raise(fit, 'supporting-someone', 0.5);
  if (a.includes('men') && !forUsedViolence)
    raise(fit, 'male-victim', a.includes('experienced-violence') ? 1 : 0.7);
  if (a.includes('lgbtq2s')) raise(fit, 'lgbtq2s', 1);
  if (a.includes('indigenous')) raise(fit, 'indigenous', 1);
  if (a.includes('youth')) raise(fit, 'teen-dating', 1);
  else if (a.includes('students')) raise(fit, 'teen-dating', 0.6);
  if (c.crisis) raise(fit, 'suicidal', 0.15);
  const ct = c.contacts;
  if (ct?.text?.length || ct?.chatUrl) raise(fit, 'text-only', 1);
  if (ct?.tty?.length) raise(fit, 'deaf-hoh', 1);
  else if (ct?.text?.length) raise(fit, 'deaf-hoh', 0.7);
  else if (ct?.chatUrl) raise(fit, 'deaf-hoh', 0.6);
  const groups = a.includes('anyone')
    ? []
    : (Object.keys(GROUP_OF) as (keyof typeof GROUP_OF)[])
        .filter((g) => a.includes(g))
        .map((g) => GROUP_OF[g]);
  return {
    fit: Float32Array.from(SITUATIONS, (s) => fit.get(s) ?? 0),
    forUsedViolence,
    womenOnly: a.includes('women') && !a.includes('men') && !a.includes('anyone'),
    practical: PRACTICAL[c.kind] ?? 0.5,
    groups,
  };
}

/** Audiences that make an entry specific to a group of people. */
const GROUP_OF = {
  youth: 'teen-dating',
  men: 'male-victim',
  indigenous: 'indigenous',
  lgbtq2s: 'lgbtq2s',
} as const satisfies Record<string, Situation>;

/** How well a profile serves a situation, 0 to 1. */
export const fitOf = (p: Profile, s: Situation): number => p.fit[SITUATION_INDEX.get(s)!]!;

/** Profiles of a whole directory, by id. */
export function buildProfiles(
  list: readonly Candidate[],
  tags: Readonly<Record<string, readonly Tag[]>>,
): Map<string, Profile> {
  return new Map(list.map((c) => [c.id, profileOf(c, tags[c.id])]));
}
