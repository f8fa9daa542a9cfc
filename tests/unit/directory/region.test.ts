import { describe, expect, it } from 'vitest';
import {
  guessRegion,
  type RegionGuess,
  regionFromTimeZone,
  regionScore,
  servesRegion,
} from '../../../lib/directory/region';

describe('regionFromTimeZone', () => {
  it.each<[string | undefined, RegionGuess]>([
    ['America/Toronto', { country: 'CA', subdivision: 'CA-ON' }],
    ['America/Thunder_Bay', { country: 'CA', subdivision: 'CA-ON' }],
    ['America/Montreal', { country: 'CA', subdivision: 'CA-QC' }],
    ['America/Vancouver', { country: 'CA', subdivision: 'CA-BC' }],
    ['America/Edmonton', { country: 'CA', subdivision: 'CA-AB' }],
    ['America/Winnipeg', { country: 'CA', subdivision: 'CA-MB' }],
    ['America/Regina', { country: 'CA', subdivision: 'CA-SK' }],
    ['America/Halifax', { country: 'CA', subdivision: 'CA-NS' }],
    ['America/Moncton', { country: 'CA', subdivision: 'CA-NB' }],
    ['America/St_Johns', { country: 'CA', subdivision: 'CA-NL' }],
    ['America/Whitehorse', { country: 'CA', subdivision: 'CA-YT' }],
    ['America/Yellowknife', { country: 'CA', subdivision: 'CA-NT' }],
    ['America/Iqaluit', { country: 'CA', subdivision: 'CA-NU' }],
    ['Canada/Pacific', { country: 'CA', subdivision: 'CA-BC' }],
    ['Canada/Newfoundland', { country: 'CA', subdivision: 'CA-NL' }],
    ['Canada/Eastern', { country: 'CA' }],
    ['America/New_York', { country: 'US' }],
    ['America/Los_Angeles', { country: 'US' }],
    ['America/Anchorage', { country: 'US' }],
    ['America/Indiana/Indianapolis', { country: 'US' }],
    ['America/Kentucky/Louisville', { country: 'US' }],
    ['America/North_Dakota/Center', { country: 'US' }],
    ['US/Eastern', { country: 'US' }],
    ['Pacific/Honolulu', { country: 'US' }],
    ['America/Mexico_City', {}],
    ['America/Argentina/Buenos_Aires', {}],
    ['Europe/London', { country: 'GB' }],
    ['Europe/Belfast', { country: 'GB' }],
    ['Europe/Dublin', { country: 'IE' }],
    ['Europe/Paris', { country: 'FR' }],
    ['Europe/Brussels', { country: 'BE' }],
    ['Australia/Sydney', { country: 'AU' }],
    ['Australia/Perth', { country: 'AU' }],
    ['Pacific/Auckland', { country: 'NZ' }],
    ['Europe/Berlin', {}],
    ['UTC', {}],
    ['Etc/GMT+5', {}],
    ['', {}],
    [undefined, {}],
  ])('%s → %j', (zone, expected) => {
    expect(regionFromTimeZone(zone)).toEqual(expected);
  });
});

describe('guessRegion', () => {
  it.each<[readonly string[], string | undefined, RegionGuess]>([
    [['en-CA'], 'America/Toronto', { country: 'CA', subdivision: 'CA-ON' }],
    [['fr-CA'], 'America/Toronto', { country: 'CA', subdivision: 'CA-QC' }],
    [['fr'], 'America/Toronto', { country: 'CA', subdivision: 'CA-QC' }],
    [['FR-ca'], 'America/Toronto', { country: 'CA', subdivision: 'CA-QC' }],
    [['en-CA', 'fr-CA'], 'America/Toronto', { country: 'CA', subdivision: 'CA-ON' }],
    [['fr-CA'], 'America/Thunder_Bay', { country: 'CA', subdivision: 'CA-ON' }],
    [['fr-CA'], 'America/Montreal', { country: 'CA', subdivision: 'CA-QC' }],
    [['en-US'], 'America/Montreal', { country: 'CA', subdivision: 'CA-QC' }],
    [['en-US'], 'America/Vancouver', { country: 'CA', subdivision: 'CA-BC' }],
    [['en-GB'], 'Europe/London', { country: 'GB' }],
    [['en-US'], 'Europe/London', { country: 'GB' }],
    [['en-US'], undefined, { country: 'US' }],
    [['en-US'], 'UTC', { country: 'US' }],
    [['fr'], 'UTC', {}],
    [['en-AU'], 'Australia/Sydney', { country: 'AU' }],
    [['en-US'], 'Australia/Sydney', { country: 'AU' }],
    [['en-US'], 'Europe/Paris', { country: 'FR' }],
    [['de-DE'], 'Europe/Berlin', { country: 'DE' }],
    [['en', 'fr-CA'], undefined, { country: 'CA' }],
    [['en_GB'], undefined, { country: 'GB' }],
    [['zh-Hant-TW'], undefined, { country: 'TW' }],
    [['zh-Hant'], undefined, {}],
    [['es-419'], undefined, {}],
    [[], undefined, {}],
    [[], 'America/Toronto', { country: 'CA', subdivision: 'CA-ON' }],
  ])('%j in %s → %j', (languages, zone, expected) => {
    expect(guessRegion(languages, zone)).toEqual(expected);
  });
});

describe('regionScore', () => {
  const ON: RegionGuess = { country: 'CA', subdivision: 'CA-ON' };
  const CA: RegionGuess = { country: 'CA' };
  it.each<[readonly string[], RegionGuess, number]>([
    [['CA-ON'], ON, 3],
    [['CA'], ON, 2],
    [['GLOBAL'], ON, 1],
    [['US'], ON, 0],
    [['CA-BC'], ON, 0],
    [['GLOBAL', 'CA-ON'], ON, 3],
    [['CA', 'GLOBAL'], ON, 2],
    [['CA-BC', 'CA'], ON, 2],
    [['CA-BC'], CA, 2],
    [['CA'], CA, 2],
    [['CA-ON'], {}, 0],
    [['GLOBAL'], {}, 1],
    [['US'], { country: 'US' }, 2],
    [['USA'], { country: 'US' }, 0],
    [[], ON, 0],
  ])('%j for %j → %i', (regions, guess, score) => {
    expect(regionScore(regions, guess)).toBe(score);
  });
});

describe('servesRegion', () => {
  it.each<[readonly string[], string, boolean]>([
    [['CA'], 'CA-ON', true],
    [['CA-ON'], 'CA-ON', true],
    [['CA-BC'], 'CA-ON', false],
    [['GLOBAL'], 'CA-ON', true],
    [['US'], 'CA-ON', false],
    [['CA-ON'], 'CA', true],
    [['CA-NS'], 'CA', true],
    [['CA'], 'CA', true],
    [['US'], 'CA', false],
    [['GLOBAL'], 'CA', true],
    [['GLOBAL'], 'GLOBAL', true],
    [['CA'], 'GLOBAL', false],
    [['CA-ON'], 'GLOBAL', false],
    [['GB'], 'GB', true],
    [[], 'CA', false],
  ])('%j serves %s: %s', (regions, filter, expected) => {
    expect(servesRegion(regions, filter)).toBe(expected);
  });
});
