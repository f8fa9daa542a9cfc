/**
 * Waypoint's one settings item: schema, defaults, migrations and a parser that repairs field by
 * field. Every context reads settings through `parseSettings`, so corrupt or hand-edited storage
 * never breaks the popup, the panic exit or the cleaner: a bad field falls back to its default,
 * the rest is kept, and the caller learns which fields were reset.
 */
import {
  LANGUAGE_CHOICES,
  type LanguageChoice,
  REGION_CHOICES,
  type RegionChoice,
} from '../directory/region-choice';
import { DECIMALS, type Decimals } from '../disguise/calculator';
import { isStoredCode } from '../disguise/code';
import { DEFAULT_NEUTRAL_URL, isNeutralUrl } from '../exit/neutral-site';
import { DEFAULT_TRIGGER, parseTrigger, type TriggerConfig } from '../exit/trigger';
import { normalizeHost, normalizePathPrefix, type SiteRule } from '../traces/site-rules';
import { isSiteHost } from '../web-address';

export { SETTINGS_KEY } from './storage-keys';

export const SETTINGS_VERSION = 2;

export const PANIC_SCOPES = ['help-tabs', 'all-tabs'] as const;
export type PanicScope = (typeof PANIC_SCOPES)[number];

/** The discreet looks: each works offline as what it looks like (see `lib/disguise/`). */
export const DISGUISES = ['none', 'calculator', 'notes', 'converter'] as const;
export type Disguise = (typeof DISGUISES)[number];

/** A site the person added to clean and close, in the same model as the built-in rules. */
export type UserSite = SiteRule;

export interface Settings {
  version: typeof SETTINGS_VERSION;
  trigger: TriggerConfig;
  /** Practise the trigger: show "this would have exited" and close nothing. */
  rehearsal: boolean;
  panicScope: PanicScope;
  neutralUrl: string;
  userSites: UserSite[];
  cleanDownloads: boolean;
  cleanSiteData: boolean;
  disguise: Disguise;
  /** Where the person is, for the directory's order; `auto` follows the browser's guess. */
  region: RegionChoice;
  /** The interface language; `auto` follows the browser's. */
  language: LanguageChoice;
  /** What opens Waypoint from the look (`lib/disguise/code.ts`); '' until the person sets one. */
  unlockCode: string;
  /** The calculator's and the converter's own setting: decimal places shown. */
  decoyDecimals: Decimals;
  /** The looks' own setting: larger text. */
  decoyLargeText: boolean;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  version: SETTINGS_VERSION,
  trigger: DEFAULT_TRIGGER,
  rehearsal: false,
  panicScope: 'help-tabs',
  neutralUrl: DEFAULT_NEUTRAL_URL,
  userSites: [],
  cleanDownloads: false,
  cleanSiteData: false,
  disguise: 'none',
  region: 'auto',
  language: 'auto',
  unlockCode: '',
  decoyDecimals: 'auto',
  decoyLargeText: false,
});

export type SettingsField = Exclude<keyof Settings, 'version'>;

export interface ParsedSettings {
  settings: Settings;
  /** Fields that were present but invalid and fell back to their default. */
  reset: SettingsField[];
}

/** True when `raw` is a well-formed stored site rule (lower-case host, path in slashes). */
export function isUserSite(raw: unknown): raw is UserSite {
  if (!raw || typeof raw !== 'object') return false;
  const r = raw as Record<string, unknown>;
  // The same checks the options form applies (`parseUserRule`), on the stored, canonical form.
  const host = (v: unknown) => typeof v === 'string' && normalizeHost(v) === v && isSiteHost(v);
  if (r.type === 'domain') return host(r.domain);
  if (r.type === 'host') return host(r.host);
  if (r.type === 'prefix')
    return (
      host(r.host) && typeof r.path === 'string' && r.path !== '/' && normalizePathPrefix(r.path) === r.path
    );
  return false;
}

type Migration = (raw: Record<string, unknown>) => Record<string, unknown>;

/**
 * `MIGRATIONS[n]` upgrades a version-n object to version n+1. Version 0 is an item without a
 * `version` field (hand-edited or written before versioning): same shape as version 1.
 * Version 2 drops the "weather" look, which could not work offline: it becomes the unit
 * converter (temperatures included), and the look stays on the toolbar only until a code is set.
 */
export const MIGRATIONS: Record<number, Migration> = {
  0: (raw) => ({ ...raw, version: 1 }),
  1: (raw) => ({ ...raw, version: 2, ...(raw.disguise === 'weather' ? { disguise: 'converter' } : {}) }),
};

/** Brings a stored object up to the current version, one migration at a time. */
export function migrateSettings(raw: Record<string, unknown>): Record<string, unknown> {
  let current = raw;
  let version =
    typeof current.version === 'number' && Number.isInteger(current.version) ? current.version : 0;
  while (version < SETTINGS_VERSION) {
    const migrate = MIGRATIONS[version];
    if (!migrate) break;
    current = migrate(current);
    version++;
  }
  return current;
}

const oneOf =
  <T>(list: readonly T[]) =>
  (v: unknown): v is T =>
    list.includes(v as T);
const isBool = (v: unknown): v is boolean => typeof v === 'boolean';

function parseTriggerField(v: unknown): TriggerConfig | undefined {
  if (!v || typeof v !== 'object') return undefined;
  const parsed = parseTrigger(v);
  const r = v as Record<string, unknown>;
  // Any repaired sub-field reports the whole trigger as reset, so the person is told.
  return parsed.key === r.key && parsed.presses === r.presses && parsed.windowMs === r.windowMs
    ? parsed
    : undefined;
}

function parseUserSites(v: unknown): UserSite[] | undefined {
  if (!Array.isArray(v)) return undefined;
  const good = v.filter(isUserSite);
  return good.length === v.length ? good : undefined;
}

const FIELD_PARSERS: { [K in SettingsField]: (v: unknown) => Settings[K] | undefined } = {
  trigger: parseTriggerField,
  rehearsal: (v) => (isBool(v) ? v : undefined),
  panicScope: (v) => (oneOf(PANIC_SCOPES)(v) ? v : undefined),
  neutralUrl: (v) => (isNeutralUrl(v) ? v : undefined),
  userSites: parseUserSites,
  cleanDownloads: (v) => (isBool(v) ? v : undefined),
  cleanSiteData: (v) => (isBool(v) ? v : undefined),
  disguise: (v) => (oneOf(DISGUISES)(v) ? v : undefined),
  region: (v) => (oneOf(REGION_CHOICES)(v) ? v : undefined),
  language: (v) => (oneOf(LANGUAGE_CHOICES)(v) ? v : undefined),
  unlockCode: (v) => (isStoredCode(v) ? v : undefined),
  decoyDecimals: (v) => (oneOf(DECIMALS)(v) ? v : undefined),
  decoyLargeText: (v) => (isBool(v) ? v : undefined),
};

/**
 * Parses stored settings. Missing fields take their default silently; present-but-invalid ones
 * take their default and are listed in `reset`. A non-object (corrupt item) resets everything
 * it can name. User sites are kept one by one: only the invalid entries are dropped.
 */
export function parseSettings(raw: unknown): ParsedSettings {
  const reset: SettingsField[] = [];
  const isObject = raw !== null && typeof raw === 'object' && !Array.isArray(raw);
  const source = isObject ? migrateSettings(raw as Record<string, unknown>) : {};
  if (!isObject && raw !== undefined && raw !== null)
    reset.push(...(Object.keys(FIELD_PARSERS) as SettingsField[]));
  // Fresh copies: a caller that edits its settings in place must not edit the defaults.
  const settings: Settings = { ...DEFAULT_SETTINGS, trigger: { ...DEFAULT_TRIGGER }, userSites: [] };
  for (const field of Object.keys(FIELD_PARSERS) as SettingsField[]) {
    if (!(field in source) || source[field] === undefined) continue;
    const value = FIELD_PARSERS[field](source[field]);
    if (value !== undefined) (settings as unknown as Record<string, unknown>)[field] = value;
    else {
      reset.push(field);
      if (field === 'userSites' && Array.isArray(source.userSites))
        settings.userSites = source.userSites.filter(isUserSite);
      // Repaired the way the content script reads it (`parseTrigger`), so both use the same keys.
      if (field === 'trigger' && source.trigger && typeof source.trigger === 'object')
        settings.trigger = parseTrigger(source.trigger);
    }
  }
  return { settings, reset };
}
