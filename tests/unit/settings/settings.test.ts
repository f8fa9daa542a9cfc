import { describe, expect, it } from 'vitest';
import { DEFAULT_NEUTRAL_URL } from '../../../lib/exit/neutral-site';
import { DEFAULT_TRIGGER, parseTrigger } from '../../../lib/exit/trigger';
import {
  DEFAULT_SETTINGS,
  isUserSite,
  MIGRATIONS,
  migrateSettings,
  parseSettings,
  SETTINGS_KEY,
  SETTINGS_VERSION,
  type Settings,
  type SettingsField,
} from '../../../lib/settings/settings';
import v0 from '../../fixtures/settings/v0.json';
import v1 from '../../fixtures/settings/v1.json';
import v1Weather from '../../fixtures/settings/v1-weather.json';
import v2 from '../../fixtures/settings/v2.json';

const ALL_FIELDS: SettingsField[] = [
  'trigger',
  'rehearsal',
  'panicScope',
  'neutralUrl',
  'userSites',
  'cleanDownloads',
  'cleanSiteData',
  'disguise',
  'region',
  'language',
  'unlockCode',
  'decoyDecimals',
  'decoyLargeText',
];

const VALID: Settings = {
  version: 2,
  trigger: { key: 'Alt', presses: 2, windowMs: 800 },
  rehearsal: true,
  panicScope: 'all-tabs',
  neutralUrl: 'https://apnews.com/',
  userSites: [{ type: 'domain', domain: 'example.org' }],
  cleanDownloads: true,
  cleanSiteData: true,
  region: 'CA-QC',
  language: 'fr',
  disguise: 'converter',
  unlockCode: '2580',
  decoyDecimals: 4,
  decoyLargeText: true,
};

describe('defaults', () => {
  it('are the documented ones', () => {
    expect(DEFAULT_SETTINGS).toEqual({
      version: 2,
      trigger: { key: 'Shift', presses: 3, windowMs: 2000 },
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
    expect(SETTINGS_VERSION).toBe(2);
    expect(SETTINGS_KEY).toBe('settings');
  });

  it('cannot be changed through the frozen object', () => {
    expect(Object.isFrozen(DEFAULT_SETTINGS)).toBe(true);
  });
});

describe('parseSettings: valid and missing fields', () => {
  it('keeps a fully valid item as it is', () => {
    expect(parseSettings(VALID)).toEqual({ settings: VALID, reset: [] });
  });

  it('does not share the default user-site list between results', () => {
    const a = parseSettings({}).settings;
    a.userSites.push({ type: 'domain', domain: 'example.org' });
    expect(parseSettings({}).settings.userSites).toEqual([]);
    expect(DEFAULT_SETTINGS.userSites).toEqual([]);
  });

  it.each(ALL_FIELDS)('defaults a missing %s silently', (field) => {
    const raw: Record<string, unknown> = { ...VALID };
    delete raw[field];
    const { settings, reset } = parseSettings(raw);
    expect(reset).toEqual([]);
    expect(settings).toEqual({ ...VALID, [field]: DEFAULT_SETTINGS[field] });
  });

  it.each(ALL_FIELDS)('defaults a %s set to undefined silently', (field) => {
    const { settings, reset } = parseSettings({ ...VALID, [field]: undefined });
    expect(reset).toEqual([]);
    expect(settings[field]).toEqual(DEFAULT_SETTINGS[field]);
  });

  it('ignores unknown fields', () => {
    const { settings, reset } = parseSettings({ ...VALID, colour: 'red', sync: true });
    expect(settings).toEqual(VALID);
    expect(reset).toEqual([]);
  });
});

describe('parseSettings: bad fields', () => {
  it.each<[SettingsField, unknown]>([
    ['trigger', 'Shift'],
    ['trigger', null],
    ['trigger', { key: 'Enter', presses: 2, windowMs: 800 }],
    ['trigger', { key: 'Alt', presses: 9, windowMs: 800 }],
    ['trigger', { key: 'Alt', presses: 2, windowMs: 100 }],
    ['trigger', { key: 'Alt', presses: 2 }],
    ['rehearsal', 'true'],
    ['rehearsal', 1],
    ['rehearsal', null],
    ['panicScope', 'every-tab'],
    ['panicScope', ['help-tabs']],
    ['neutralUrl', 'javascript:alert(1)'],
    ['neutralUrl', 'weather'],
    ['neutralUrl', 42],
    ['userSites', 'example.org'],
    ['userSites', { type: 'domain', domain: 'example.org' }],
    ['userSites', [{ type: 'domain', domain: 'Example.org' }]],
    ['cleanDownloads', 'yes'],
    ['cleanSiteData', 0],
    ['disguise', 'clock'],
    ['disguise', 'NONE'],
    ['region', 'ca-qc'],
    ['region', 'CA'],
    ['region', 'GB'],
    ['region', 'GLOBAL'],
    ['region', { country: 'CA' }],
    ['language', 'de'],
    ['language', 'FR'],
    ['language', true],
    ['disguise', 'weather'],
    ['unlockCode', 2580],
    ['unlockCode', '25'],
    ['unlockCode', 'two words'],
    ['unlockCode', 'Upper'],
    ['unlockCode', ' 2580'],
    ['unlockCode', '1234'],
    ['decoyDecimals', 3],
    ['decoyDecimals', '2'],
    ['decoyLargeText', 'yes'],
  ])('resets %s = %j and keeps the rest', (field, value) => {
    const { settings, reset } = parseSettings({ ...VALID, [field]: value });
    expect(reset).toEqual([field]);
    const { [field]: got, ...rest } = settings;
    const { [field]: _, ...expectedRest } = VALID;
    expect(rest).toEqual(expectedRest);
    if (field === 'userSites') expect(got).toEqual([]);
    else if (field === 'trigger') expect(got).toEqual(parseTrigger(value));
    else expect(got).toEqual(DEFAULT_SETTINGS[field]);
  });

  it('repairs a partly bad trigger field by field, as the content script reads it, and reports it', () => {
    const trigger = { key: 'Escape', presses: 9, windowMs: 1000 };
    const { settings, reset } = parseSettings({ ...VALID, trigger });
    expect(reset).toEqual(['trigger']);
    // The content script runs `parseTrigger(stored.trigger)`: both must mean the same keys.
    expect(settings.trigger).toEqual({ key: 'Escape', presses: 3, windowMs: 1000 });
    expect(settings.trigger).toEqual(parseTrigger(trigger));
  });

  it('lists every bad field, in field order', () => {
    const { settings, reset } = parseSettings({
      version: 2,
      disguise: 'clock',
      rehearsal: 'no',
      neutralUrl: 'about:blank',
      panicScope: 'all-tabs',
    });
    expect(reset).toEqual(['rehearsal', 'neutralUrl', 'disguise']);
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, panicScope: 'all-tabs' });
  });

  it('keeps the good user sites one by one and reports the list', () => {
    const good = [
      { type: 'domain', domain: 'example.org' },
      { type: 'prefix', host: 'example.com', path: '/help/' },
    ];
    const { settings, reset } = parseSettings({
      ...VALID,
      userSites: [good[0], { type: 'domain', domain: 'not a host' }, good[1], null],
    });
    expect(reset).toEqual(['userSites']);
    expect(settings.userSites).toEqual(good);
    expect(settings.trigger).toEqual(VALID.trigger);
  });
});

describe('parseSettings: corrupt items', () => {
  it.each<[string, unknown]>([
    ['a string', '{"rehearsal":true}'],
    ['a number', 7],
    ['true', true],
    ['an array', [VALID]],
  ])('%s resets every field and says so', (_, raw) => {
    expect(parseSettings(raw)).toEqual({ settings: DEFAULT_SETTINGS, reset: ALL_FIELDS });
  });

  it.each<[string, unknown]>([
    ['undefined (never saved)', undefined],
    ['null', null],
  ])('%s gives the defaults without a warning', (_, raw) => {
    expect(parseSettings(raw)).toEqual({ settings: DEFAULT_SETTINGS, reset: [] });
  });

  it('an empty object gives the defaults without a warning', () => {
    expect(parseSettings({})).toEqual({ settings: DEFAULT_SETTINGS, reset: [] });
  });

  it('always answers the current version', () => {
    expect(parseSettings({ ...VALID, version: 99 }).settings.version).toBe(2);
    expect(parseSettings({ ...VALID, version: 'one' }).settings.version).toBe(2);
  });
});

describe('migrations', () => {
  it('has one migration per version below the current one', () => {
    expect(Object.keys(MIGRATIONS).map(Number)).toEqual([...Array(SETTINGS_VERSION).keys()]);
  });

  it.each<[string, Record<string, unknown>, Record<string, unknown>]>([
    ['no version', { rehearsal: true }, { rehearsal: true, version: 2 }],
    ['version 0', { version: 0, rehearsal: true }, { version: 2, rehearsal: true }],
    ['a fractional version (treated as 0)', { version: 0.5 }, { version: 2 }],
    ['a text version (treated as 0)', { version: '1' }, { version: 2 }],
    [
      'version 1 with the weather look',
      { version: 1, disguise: 'weather' },
      { version: 2, disguise: 'converter' },
    ],
    ['version 1 with another look', { version: 1, disguise: 'notes' }, { version: 2, disguise: 'notes' }],
    ['version 0 with the weather look', { disguise: 'weather' }, { version: 2, disguise: 'converter' }],
    ['the current version', { version: 2, rehearsal: true }, { version: 2, rehearsal: true }],
    [
      'version 2 keeps an unknown look for the parser',
      { version: 2, disguise: 'weather' },
      { version: 2, disguise: 'weather' },
    ],
    ['a later version (left alone)', { version: 3, x: 1 }, { version: 3, x: 1 }],
    ['a negative version (no migration known)', { version: -1 }, { version: -1 }],
  ])('%s', (_, raw, expected) => {
    expect(migrateSettings(raw)).toEqual(expected);
  });

  it('does not modify the stored object', () => {
    const raw = { rehearsal: true };
    migrateSettings(raw);
    expect(raw).toEqual({ rehearsal: true });
  });
});

describe('fixtures per version', () => {
  it('v0 (no version field) parses to its settings, the rest defaulted', () => {
    expect('version' in v0).toBe(false);
    expect(parseSettings(v0)).toEqual({
      settings: {
        ...DEFAULT_SETTINGS,
        trigger: { key: 'Escape', presses: 2, windowMs: 1200 },
        rehearsal: true,
        panicScope: 'all-tabs',
        neutralUrl: 'https://duckduckgo.com/',
        userSites: [
          { type: 'domain', domain: 'example.org' },
          { type: 'prefix', host: 'example.com', path: '/help/' },
        ],
        cleanDownloads: true,
        cleanSiteData: false,
        disguise: 'none',
        region: 'auto',
        language: 'auto',
      },
      reset: [],
    });
  });

  it('v1 parses to what it holds, the look kept on the toolbar until a code is set', () => {
    expect(parseSettings(v1)).toEqual({
      settings: {
        ...DEFAULT_SETTINGS,
        trigger: { key: 'F2', presses: 4, windowMs: 2500 },
        rehearsal: false,
        panicScope: 'help-tabs',
        neutralUrl: 'https://en.wikipedia.org/wiki/Special:Random',
        userSites: [
          { type: 'domain', domain: 'xn--hbergement-femmes-btb.ca' },
          { type: 'host', host: 'chat.helpchat.org' },
          { type: 'prefix', host: 'sites.google.com', path: '/view/my-shelter' },
        ],
        cleanDownloads: false,
        cleanSiteData: true,
        disguise: 'calculator',
        region: 'auto',
        language: 'auto',
      },
      reset: [],
    });
  });

  it('a v1 item with a chosen region and language keeps them, with no migration', () => {
    const chosen = { ...v1, region: 'GB-SCT', language: 'fr' };
    expect(parseSettings(chosen)).toEqual({
      settings: { ...parseSettings(v1).settings, region: 'GB-SCT', language: 'fr' },
      reset: [],
    });
  });

  it('v1 with the weather look becomes the unit converter', () => {
    expect(v1Weather.version).toBe(1);
    const { settings, reset } = parseSettings(v1Weather);
    expect(reset).toEqual([]);
    expect(settings.disguise).toBe('converter');
    expect(settings.unlockCode).toBe('');
    expect(settings.neutralUrl).toBe(v1Weather.neutralUrl);
  });

  it('v2 parses to exactly what it holds', () => {
    expect(parseSettings(v2)).toEqual({ settings: v2, reset: [] });
  });

  it('a parsed item parses to itself (saving and loading is stable)', () => {
    for (const raw of [v0, v1, v1Weather, v2, VALID, {}, 'corrupt']) {
      const once = parseSettings(raw).settings;
      expect(parseSettings(once)).toEqual({ settings: once, reset: [] });
    }
  });

  it('the default trigger is the one a v0 item without a trigger gets', () => {
    const { trigger: _, ...noTrigger } = v0;
    expect(parseSettings(noTrigger).settings.trigger).toEqual(DEFAULT_TRIGGER);
  });
});

/** `aaa….aaa….ab`, `length` characters long, with labels of at most 63. */
const hostOfLength = (length: number) => {
  const label = `${'a'.repeat(63)}.`;
  return `${label}${label}${label}${'a'.repeat(length - 192 - 3)}.ab`;
};

describe('isUserSite', () => {
  it.each<[string, unknown, boolean]>([
    ['a domain rule', { type: 'domain', domain: 'example.org' }, true],
    ['a subdomain', { type: 'domain', domain: 'aide.example.org' }, true],
    ['a punycode domain', { type: 'domain', domain: 'xn--hbergement-femmes-btb.ca' }, true],
    ['a host rule', { type: 'host', host: 'chat.helpchat.org' }, true],
    ['a prefix rule', { type: 'prefix', host: 'example.com', path: '/help/' }, true],
    ['a prefix rule without a trailing slash', { type: 'prefix', host: 'example.com', path: '/help' }, true],
    ['an upper-case domain', { type: 'domain', domain: 'Example.org' }, false],
    ['a single label', { type: 'domain', domain: 'localhost' }, false],
    ['a one-letter top-level domain', { type: 'domain', domain: 'example.x' }, false],
    ['a leading dot', { type: 'domain', domain: '.example.org' }, false],
    ['a label starting with a hyphen', { type: 'domain', domain: '-x.example.org' }, false],
    ['a URL instead of a host', { type: 'domain', domain: 'https://example.org/' }, false],
    ['a unicode host', { type: 'domain', domain: 'hébergement.ca' }, false],
    ['a 253-character host', { type: 'domain', domain: hostOfLength(253) }, true],
    ['a 254-character host', { type: 'domain', domain: hostOfLength(254) }, false],
    ['a domain rule with host instead of domain', { type: 'domain', host: 'example.org' }, false],
    ['a prefix rule of the root', { type: 'prefix', host: 'example.com', path: '/' }, false],
    ['a prefix rule with a relative path', { type: 'prefix', host: 'example.com', path: 'help/' }, false],
    ['a prefix rule without a path', { type: 'prefix', host: 'example.com' }, false],
    ['an unknown type', { type: 'regex', domain: 'example.org' }, false],
    ['a string', 'example.org', false],
    ['null', null, false],
    ['an array', [{ type: 'domain', domain: 'example.org' }], false],
  ])('%s → %s', (_, raw, expected) => {
    expect(isUserSite(raw)).toBe(expected);
  });
});
