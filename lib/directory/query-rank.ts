/**
 * Orders the directory for what a person typed. The situation layer decides what comes first:
 * entries that serve what the person is living, in their region and language, from a line they
 * can reach now to a book; words that match an entry's text (fuse.js forgives typos) add to that.
 * Then three hard rules:
 * - danger now, strangulation or suicide: the region's emergency number and crisis line (the
 *   suicide line for suicide) take the first two places;
 * - someone describing harm done to them gets resources for people who used violence after
 *   everything else; nobody gets one first unless the query is about having used violence;
 * - a person who says they harmed gets those resources first (their situation words describe
 *   what they did, not what they need).
 */
import type { Intent } from './intent';
import { fromElsewhere, type RegionGuess, regionScore } from './region';
import { type Candidate, fitOf, type Profile } from './situation-fit';
import { ABUSE, isGroup, isTopic, isWay, SITUATION_INDEX, type Situation } from './situations';

export interface RankInput {
  intent: Intent;
  /** Entries and guides the filters keep. */
  candidates: readonly Candidate[];
  profiles: ReadonlyMap<string, Profile>;
  guess: RegionGuess;
  /** Text relevance in (0, 1] of the entries whose text matched every word, by id. */
  text: ReadonlyMap<string, number>;
  /** Entries the person seems to be naming (`coversName`, or words no situation explains). */
  named?: ReadonlySet<string>;
  /** Entries whose name the query typed (`typedNames`). */
  typed?: ReadonlySet<string>;
}

export interface Ranked {
  id: string;
  score: number;
}

/** Kinds a person reaches by calling; the rest is read, which anyone can do silently. */
const CALLED = new Set(['emergency', 'hotline', 'text-line', 'chat', 'counselling']);

/** Results listed for a situation: past these, entries serve it too little to be worth a look. */
const MAX_RESULTS = 120;

/** Text relevance of a match in an entry's name or other names rather than its description. */
export const NAMED = 0.7;

/** Below this, an entry that matched no word is not worth listing for the situation. */
const FLOOR = 0.12;

/**
 * An entry that serves only some towns of the person's region, none of them typed: it may not be
 * theirs to call, so it weighs as a country-wide entry does, after the region's own.
 */
const OTHER_TOWN = 0.9;

/** Taken from the score of an entry from elsewhere, more than any in-region score can be. */
const ELSEWHERE = 10;

function regionFactor(c: Candidate, guess: RegionGuess): number {
  if (!c.regions.length) return 0.9;
  const score = regionScore(c.regions, guess);
  if (fromElsewhere(c.regions, guess, score)) return 0.08;
  // Somewhere we do not list: a country's line may still be of use.
  return [0.35, 0.7, 0.95, 1][score]!;
}

function langFactor(c: Candidate, lang: Intent['lang']): number {
  const l = c.languages;
  if (!l.length || l.includes(lang)) return 1;
  if (l.includes('many')) return lang === 'fr' ? 0.85 : 1;
  return 0.6;
}

/** Someone describing what they did, or asking about having used violence. */
const aboutHarming = (intent: Intent) =>
  intent.speaker === 'harming' || (intent.speaker !== 'harmed' && intent.situations.has('used-violence'));

/** The topics that say what the person needs, with their weights. */
function needs(intent: Intent): [Situation, number][] {
  const topics = [...intent.situations].filter(([s]) => isTopic(s));
  // Someone who harmed describes what they did; what they need is help to stop.
  const kept = aboutHarming(intent)
    ? topics.filter(([s]) => !(ABUSE as readonly string[]).includes(s) && s !== 'sexual')
    : topics;
  const role =
    intent.speaker === 'harming'
      ? 'used-violence'
      : intent.speaker === 'supporter'
        ? 'supporting-someone'
        : undefined;
  // Someone worried about another person needs to know how to help: what happens to that person
  // only says which line to call next.
  const weighted = kept.map(([s, w]): [Situation, number] => [
    s,
    s === role ? 2 * w : intent.speaker === 'supporter' && s !== 'used-violence' ? 0.15 * w : w,
  ]);
  return weighted.length ? weighted : [['general', 0.5]];
}

/** A query's situations as positions in a profile's fits, read once per keystroke. */
interface Weights {
  topics: [number, number][];
  total: number;
  groups: [number, number][];
  ways: [number, number, boolean][];
  maleVictim: number;
}

function weightsOf(intent: Intent): Weights {
  const at = (s: Situation) => SITUATION_INDEX.get(s)!;
  const topics = needs(intent).map(([s, w]): [number, number] => [at(s), w]);
  const all = [...intent.situations];
  return {
    topics,
    total: topics.reduce((t, [, w]) => t + w, 0),
    groups: all.filter(([s]) => isGroup(s)).map(([s, w]) => [at(s), w]),
    ways: all.filter(([s]) => isWay(s)).map(([s, w]) => [at(s), w, s === 'text-only']),
    maleVictim: intent.situations.get('male-victim') ?? 0,
  };
}

/** How well one candidate serves the person, before region, language, text and hard rules. */
function situationScore(c: Candidate, p: Profile, intent: Intent, q: Weights): number {
  let sum = 0;
  for (const [i, w] of q.topics) sum += w * p.fit[i]!;
  if (!sum) return 0;
  let score = (sum / q.total) * p.practical;
  // A line for a group the person did not mention comes after the lines for everyone; a line for
  // young people, after most else when nothing says the person is young, and after all else when
  // a spouse is named ("my husband hits me").
  for (const g of p.groups)
    if ((intent.situations.get(g) ?? 0) < 0.6)
      score *= g !== 'teen-dating' ? 0.65 : intent.adult ? 0.15 : 0.45;
  for (const [i, w] of q.groups) score *= 1 + 0.5 * w * p.fit[i]!;
  if (q.maleVictim && p.womenOnly) score *= 1 - 0.9 * q.maleVictim;
  // A phone-only line is out of reach for someone who cannot talk now; a deaf person can still
  // reach most lines through a relay service.
  if (CALLED.has(c.kind))
    for (const [i, w, silent] of q.ways) {
      const f = p.fit[i]!;
      score *= f ? 1 + 0.3 * w * f : 1 - (silent ? 0.5 : 0.15) * w;
    }
  return score;
}

/** Ranks candidates for a query that says something about the person's situation. */
export function rankQuery(input: RankInput): Ranked[] {
  const { intent, text, profiles } = input;
  const weights = weightsOf(intent);
  const { near, byId } = reachable(input.candidates, input.guess, profiles);
  const ranked: Ranked[] = [];
  const score = (c: Candidate, region: number, p: Profile | undefined) => {
    if (!p) return;
    const rel = text.get(c.id) ?? 0;
    const town = c.area && !c.area.some((a) => intent.words.includes(a)) ? OTHER_TOWN : 1;
    const base = situationScore(c, p, intent, weights) * region * town * langFactor(c, intent.lang);
    if (base < FLOOR && !rel) return;
    const nudge = (c.crisis ? 0.02 : 0) + (c.hours?.always ? 0.02 : 0);
    // A name typed in full finds its organisation first; words that describe a situation only
    // add a little to the entries whose text has them.
    const named = rel >= NAMED && input.named?.has(c.id);
    const words = named ? 1 + rel : 0.35 * rel;
    // An entry for another province or country comes after every entry that serves the person's
    // region, unless its name was typed in full: a Manitoba line is no one's first call in Yukon.
    const elsewhere = region < FLOOR && !input.typed?.has(c.id) ? ELSEWHERE : 0;
    ranked.push({ id: c.id, score: base + words + nudge - elsewhere });
  };
  for (const [c, region, p] of near) score(c, region, p);
  // Another country's entries cannot reach the floor on their situation alone: only their words.
  for (const id of text.keys()) {
    const c = byId.get(id);
    const region = c ? regionFactor(c, input.guess) : 1;
    if (c && region < FLOOR) score(c, region, profiles.get(id));
  }
  return applyRules(best(ranked, MAX_RESULTS), input, byId).slice(0, MAX_RESULTS);
}

/** The `n` best, best first (ties by id); only those are sorted, so 10,000 entries stay cheap. */
function best(ranked: Ranked[], n: number): Ranked[] {
  let kept = ranked;
  if (ranked.length > 2 * n) {
    const scores = Float64Array.from(ranked, (r) => r.score).sort();
    const cutoff = scores[scores.length - n]!;
    kept = ranked.filter((r) => r.score >= cutoff);
  }
  return kept.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

interface Reachable {
  key: string;
  profiles: ReadonlyMap<string, Profile>;
  /** Candidates in or serving the person's region, with their region factor and profile. */
  near: [Candidate, number, Profile | undefined][];
  byId: ReadonlyMap<string, Candidate>;
}
/** Per candidate list and region: the list does not change while the popup is open. */
const reachableCache = new WeakMap<readonly Candidate[], Reachable>();

function reachable(
  candidates: readonly Candidate[],
  guess: RegionGuess,
  profiles: ReadonlyMap<string, Profile>,
): Reachable {
  const key = `${guess.country ?? ''}/${guess.subdivision ?? ''}`;
  const cached = reachableCache.get(candidates);
  if (cached?.key === key && cached.profiles === profiles) return cached;
  const near: [Candidate, number, Profile | undefined][] = [];
  for (const c of candidates) {
    const region = regionFactor(c, guess);
    if (region >= FLOOR) near.push([c, region, profiles.get(c.id)]);
  }
  const made = { key, profiles, near, byId: new Map(candidates.map((c) => [c.id, c])) };
  reachableCache.set(candidates, made);
  return made;
}

function applyRules(ranked: Ranked[], input: RankInput, byId: ReadonlyMap<string, Candidate>): Ranked[] {
  const { intent, profiles } = input;
  const uv = (r: Ranked) => profiles.get(r.id)?.forUsedViolence ?? false;
  let out = ranked;
  if (intent.urgent) out = pinUrgent(out, input);
  else if (!aboutHarming(intent) && intent.speaker !== 'supporter') out = addOwnLine(out, input, byId);
  if (intent.speaker === 'harmed') out = [...out.filter((r) => !uv(r)), ...out.filter(uv)];
  else if (!intent.situations.has('used-violence') && out.length && uv(out[0]!)) {
    const first = out.findIndex((r) => !uv(r));
    if (first > 0) out = [out[first]!, ...out.filter((_, i) => i !== first)];
  }
  return out;
}

/**
 * Where the region's lines serve nothing a person harmed named (the territories, whose lines are
 * general help lines; Saskatchewan, whose way in is 211), the results would offer no one to talk
 * to: the region's own line (a crisis line first, then one in their language, then one open at all
 * hours; never a line for women for a man, nor one for a group they did not name) joins them after
 * the first result, or before a line for a group they did not name ("sexual assault" in the
 * Northwest Territories: the NWT Help Line before Kids Help Phone).
 */
function addOwnLine(ranked: Ranked[], input: RankInput, byId: ReadonlyMap<string, Candidate>): Ranked[] {
  const { intent, guess, profiles } = input;
  const otherGroup = (id: string) =>
    (profiles.get(id)?.groups ?? []).some((g) => (intent.situations.get(g) ?? 0) < 0.6);
  const talk = (c: Candidate | undefined) =>
    c !== undefined && CALLED.has(c.kind) && c.kind !== 'emergency' && regionScore(c.regions, guess) >= 2;
  if (ranked.some((r) => talk(byId.get(r.id)) && !otherGroup(r.id))) return ranked;
  const own = input.candidates
    .filter(
      (c) =>
        talk(c) &&
        regionScore(c.regions, guess) === 3 &&
        profiles.has(c.id) &&
        !profiles.get(c.id)!.forUsedViolence &&
        !(intent.situations.has('male-victim') && profiles.get(c.id)!.womenOnly) &&
        !otherGroup(c.id),
    )
    .sort(
      (a, b) =>
        (b.crisis ? 1 : 0) - (a.crisis ? 1 : 0) ||
        langFactor(b, intent.lang) - langFactor(a, intent.lang) ||
        (b.hours?.always ? 1 : 0) - (a.hours?.always ? 1 : 0),
    )[0];
  if (!own) return ranked;
  // Not listed yet (it would have returned above): after the first result, or before a group's line.
  const first = ranked.findIndex((r) => talk(byId.get(r.id)) && otherGroup(r.id));
  const at = Math.min(1, first >= 0 ? first : ranked.length);
  return [...ranked.slice(0, at), { id: own.id, score: 0 }, ...ranked.slice(at)];
}

/** The emergency number and the crisis line for the person's region, in the first two places. */
function pinUrgent(ranked: Ranked[], input: RankInput): Ranked[] {
  const { intent, guess, profiles } = input;
  const position = new Map(ranked.map((r, i) => [r.id, i]));
  const local = input.candidates.filter((c) => regionScore(c.regions, guess) >= 2 && profiles.has(c.id));
  const emergency = local
    .filter((c) => c.kind === 'emergency')
    .sort((a, b) => regionScore(b.regions, guess) - regionScore(a.regions, guess))[0];
  const suicide = (intent.situations.get('suicidal') ?? 0) >= 0.7;
  const danger =
    (intent.situations.get('immediate-danger') ?? 0) >= 0.7 ||
    (intent.situations.get('strangulation') ?? 0) >= 0.7;
  // For suicide alone, the line most made for it; otherwise the best-ranked crisis line, then
  // any local crisis line, open at all hours first.
  const suicideFit = (c: Candidate) => (suicide && !danger ? fitOf(profiles.get(c.id)!, 'suicidal') : 0);
  const order = (c: Candidate) => position.get(c.id) ?? ranked.length + (c.hours?.always ? 0 : 1);
  // A line for a group the person did not mention is not their crisis line.
  const other = (c: Candidate) =>
    profiles.get(c.id)!.groups.some((g) => (intent.situations.get(g) ?? 0) < 0.6) ? 1 : 0;
  const line = local
    .filter((c) => c.kind !== 'emergency' && c.crisis && !profiles.get(c.id)!.forUsedViolence)
    .sort((a, b) => suicideFit(b) - suicideFit(a) || other(a) - other(b) || order(a) - order(b))[0];
  // A line made for suicide comes first; without one, the emergency number does.
  const lineFirst = suicide && !danger && line !== undefined && suicideFit(line) >= 1;
  const ids = (lineFirst ? [line, emergency] : [emergency, line])
    .filter((c): c is Candidate => c !== undefined)
    .map((c) => c.id);
  const pins = ids.map((id) => ranked.find((r) => r.id === id) ?? { id, score: 0 });
  return [...pins, ...ranked.filter((r) => !ids.includes(r.id))];
}
