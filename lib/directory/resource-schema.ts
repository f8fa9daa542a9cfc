/**
 * The directory's schema: the types every entry in `data/directory/` and `data/resources.ts`
 * has, and a runtime validator that names the entry and field of every problem it finds.
 * Entries hold only what the interface shows; where each fact was checked lives in
 * `data/sources/resources.ts`, which tests read and the build never bundles.
 */
import { type Channel, dialIssue, displayMatches } from './dial-forms';

export const KINDS = [
  'emergency',
  'hotline',
  'text-line',
  'chat',
  'directory',
  'counselling',
  'legal',
  'restorative-justice',
  'program',
  'toolkit',
  'book',
  'film',
  'article',
  'campaign',
  'education',
] as const;
export type Kind = (typeof KINDS)[number];

export const AUDIENCES = [
  'anyone',
  'experienced-violence',
  'used-violence',
  'helpers',
  'service-providers',
  'youth',
  'parents',
  'women',
  'men',
  'lgbtq2s',
  'indigenous',
  'francophone',
  'students',
] as const;
export type Audience = (typeof AUDIENCES)[number];

/** Every region an entry may name: countries, the Canadian provinces and territories, UK nations. */
export const REGIONS = [
  'CA',
  'CA-AB',
  'CA-BC',
  'CA-MB',
  'CA-NB',
  'CA-NL',
  'CA-NS',
  'CA-NT',
  'CA-NU',
  'CA-ON',
  'CA-PE',
  'CA-QC',
  'CA-SK',
  'CA-YT',
  'US',
  'GB',
  'GB-ENG',
  'GB-SCT',
  'GB-WLS',
  'GB-NIR',
  'IE',
  'AU',
  'NZ',
  'FR',
  'BE',
  'GLOBAL',
] as const;
/** ISO 3166-1 alpha-2 (`CA`), ISO 3166-2 (`CA-ON`) or `GLOBAL`, from `REGIONS`. */
export type Region = (typeof REGIONS)[number];

/** Text in English, with a French version where we have written one. */
export interface Localized {
  en: string;
  fr?: string;
}

export interface PhoneContact {
  /**
   * The form that dials in the line's country (see `dial-forms.ts`): E.164 (`+18668630511`),
   * a domestic form where E.164 does not dial (`1800737732`), or a short code (`988`, `911`).
   */
  number: string;
  /** As people write it locally: `1-866-863-0511`. */
  display: string;
}

export interface TextContact extends PhoneContact {
  /** Word to send first, prefilled in the `sms:` link (`CONNECT`). */
  keyword?: string;
  /** Language the conversation is held in when this keyword is sent; required with `keyword`. */
  lang?: 'en' | 'fr';
}

export interface Contacts {
  phone?: PhoneContact[];
  text?: TextContact[];
  tty?: PhoneContact[];
  chatUrl?: string;
}

export type Hours = { always: true } | { always: false; text: Localized };

export type Cost = 'free' | 'paid' | 'varies';

export interface Resource {
  /** Stable, kebab-case, never reused. */
  id: string;
  name: string;
  /** Official French name where one exists. */
  nameFr?: string;
  /** Other names people type: acronyms, old names, spellings without accents. */
  aliases?: string[];
  kind: Kind;
  /** One sentence in our own words. */
  description: Localized;
  audiences: Audience[];
  regions: Region[];
  /** BCP 47 primary tags (`en`, `fr`) or `many` for lines with interpreters. */
  languages: string[];
  contacts?: Contacts;
  hours?: Hours;
  website?: string;
  cost?: Cost;
  /** Author, editor or publisher, for books, films, articles and toolkits. */
  by?: string;
  /** A line to reach in a crisis: shown first when nothing is typed. */
  crisis?: boolean;
  /**
   * The towns an entry serves when it serves only them within its regions, lowercase and without
   * accents as a query's words are (`calgary`): it comes after the region's own lines unless one
   * is typed.
   */
  area?: string[];
}

export interface ValidationIssue {
  id: string;
  field: string;
  message: string;
}

const ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LANG_RE = /^(?:many|[a-z]{2,3})$/;

/** True when `value` is an absolute https URL with a host. */
export function isHttpsUrl(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.length > 0 && !url.username && !url.password;
  } catch {
    return false;
  }
}

function checkPhones(
  list: unknown,
  channel: Channel,
  regions: readonly string[],
  issue: (field: string, message: string) => void,
): void {
  const field = `contacts.${channel}`;
  if (list === undefined) return;
  if (!Array.isArray(list) || list.length === 0) {
    issue(field, 'must be a non-empty list when present');
    return;
  }
  for (const [i, p] of list.entries()) {
    const f = `${field}[${i}]`;
    if (typeof p !== 'object' || p === null) {
      issue(f, 'must be an object');
      continue;
    }
    const { number, display, keyword, lang } = p as Partial<TextContact>;
    const dial = typeof number === 'string' ? dialIssue(number, channel, regions) : 'is required';
    if (dial) issue(`${f}.number`, dial);
    if (typeof display !== 'string' || !/\d/.test(display))
      issue(`${f}.display`, 'must be the number as written locally');
    else if (typeof number === 'string' && !displayMatches(number, display))
      issue(`${f}.display`, `"${display}" does not match ${number}`);
    if (keyword !== undefined && (typeof keyword !== 'string' || !/^[A-Za-z0-9]+$/.test(keyword)))
      issue(`${f}.keyword`, 'must be a single word');
    if (keyword !== undefined && lang !== 'en' && lang !== 'fr')
      issue(`${f}.lang`, 'must say which language the keyword starts (en or fr)');
  }
}

function checkLocalized(value: unknown, field: string, issue: (f: string, m: string) => void) {
  if (typeof value !== 'object' || value === null) return issue(field, 'must be { en, fr? }');
  const { en, fr } = value as Localized;
  if (typeof en !== 'string' || en.trim().length < 3) issue(`${field}.en`, 'is required');
  if (fr !== undefined && (typeof fr !== 'string' || fr.trim().length < 3))
    issue(`${field}.fr`, 'must be text when present');
}

function checkList<T extends string>(
  value: unknown,
  allowed: (v: string) => v is T,
  field: string,
  issue: (f: string, m: string) => void,
) {
  if (!Array.isArray(value) || value.length === 0) return issue(field, 'must be a non-empty list');
  for (const v of value) if (typeof v !== 'string' || !allowed(v)) issue(field, `"${v}" is not allowed`);
  if (new Set(value).size !== value.length) issue(field, 'has duplicates');
}

/** Validates one entry; returns every problem found (empty when the entry is sound). */
export function validateResource(raw: unknown, index = 0): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<Resource>;
  const id = typeof r.id === 'string' ? r.id : `#${index}`;
  const issue = (field: string, message: string) => issues.push({ id, field, message });

  if (typeof r.id !== 'string' || !ID_RE.test(r.id)) issue('id', 'must be kebab-case');
  if (typeof r.name !== 'string' || r.name.trim().length < 2) issue('name', 'is required');
  if (r.nameFr !== undefined && typeof r.nameFr !== 'string') issue('nameFr', 'must be text');
  if (r.aliases !== undefined && (!Array.isArray(r.aliases) || r.aliases.some((a) => typeof a !== 'string')))
    issue('aliases', 'must be a list of text');
  if (!(KINDS as readonly string[]).includes(r.kind as string))
    issue('kind', `"${String(r.kind)}" is not a known kind`);
  checkLocalized(r.description, 'description', issue);
  checkList(
    r.audiences,
    (v): v is Audience => (AUDIENCES as readonly string[]).includes(v),
    'audiences',
    issue,
  );
  checkList(r.regions, (v): v is Region => (REGIONS as readonly string[]).includes(v), 'regions', issue);
  checkList(r.languages, (v): v is string => LANG_RE.test(v), 'languages', issue);
  if (r.website !== undefined && !isHttpsUrl(r.website)) issue('website', 'must be an https URL');
  if (r.cost !== undefined && !['free', 'paid', 'varies'].includes(r.cost))
    issue('cost', 'must be free, paid or varies');
  if (r.by !== undefined && typeof r.by !== 'string') issue('by', 'must be text');
  if (r.crisis !== undefined && typeof r.crisis !== 'boolean') issue('crisis', 'must be true or false');
  if (r.area !== undefined)
    checkList(r.area, (v): v is string => typeof v === 'string' && /^[a-z]+$/.test(v), 'area', issue);
  if (r.hours !== undefined) {
    const h = r.hours as Partial<{ always: boolean; text: Localized }>;
    if (h.always !== true) {
      if (h.always !== false) issue('hours.always', 'must be true or false');
      else checkLocalized(h.text, 'hours.text', issue);
    }
  }
  const c = r.contacts;
  if (c !== undefined) {
    if (typeof c !== 'object' || c === null) issue('contacts', 'must be an object');
    else {
      const regions = Array.isArray(r.regions) ? r.regions : [];
      checkPhones(c.phone, 'phone', regions, issue);
      checkPhones(c.text, 'text', regions, issue);
      checkPhones(c.tty, 'tty', regions, issue);
      if (c.chatUrl !== undefined && !isHttpsUrl(c.chatUrl))
        issue('contacts.chatUrl', 'must be an https URL');
    }
  }
  if (r.crisis && !(c?.phone || c?.text || c?.chatUrl))
    issue('crisis', 'a crisis line needs a way to reach it');
  if ('sources' in r) issue('sources', 'belongs in data/sources/resources.ts, not in shipped data');
  return issues;
}

/** Validates a whole data set: each entry, then ids unique across entries. */
export function validateResources(list: readonly unknown[]): ValidationIssue[] {
  const issues = list.flatMap((r, i) => validateResource(r, i));
  const seen = new Set<string>();
  for (const r of list as Partial<Resource>[]) {
    if (typeof r?.id !== 'string') continue;
    if (seen.has(r.id)) issues.push({ id: r.id, field: 'id', message: 'is used twice' });
    seen.add(r.id);
  }
  return issues;
}

/** One line per issue: `kids-help-phone: contacts.phone[0].number "…" is neither…`. */
export function formatIssues(issues: readonly ValidationIssue[]): string {
  return issues.map((i) => `${i.id}: ${i.field} ${i.message}`).join('\n');
}
