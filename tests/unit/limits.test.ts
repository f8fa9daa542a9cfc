import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../data/limits';
import type { Lang } from '../../lib/i18n-key';
import { type LimitState, type LimitWhen, limitApplies, limitStateOf, limitsFor } from '../../lib/limits';
import { DEFAULT_SETTINGS, PANIC_SCOPES } from '../../lib/settings/settings';
import { withLimits } from '../../scripts/limits-readme';

const LANGS: Lang[] = ['en', 'fr'];

/** Every state the list depends on: 2 × 2 × 2 × 2. */
const STATES: LimitState[] = [false, true].flatMap((privateAllowed) =>
  PANIC_SCOPES.flatMap((panicScope) =>
    [false, true].flatMap((cleanDownloads) =>
      [false, true].map((cleanSiteData) => ({ privateAllowed, panicScope, cleanDownloads, cleanSiteData })),
    ),
  ),
);

const name = (s: LimitState) =>
  `private ${s.privateAllowed ? 'allowed' : 'not allowed'}, ${s.panicScope}, downloads ${s.cleanDownloads ? 'on' : 'off'}, site data ${s.cleanSiteData ? 'on' : 'off'}`;

/** What the list says about each piece of behaviour, in each language. */
const MENTIONS: Record<string, Record<Lang, RegExp>> = {
  'private windows': { en: /\b(private|incognito)\b/i, fr: /\b(privées?|incognito)\b/i },
  'other tabs staying open': {
    en: /tabs of other websites stay open/i,
    fr: /onglets des autres sites restent ouverts/i,
  },
  'the downloads list': { en: /downloads list/i, fr: /liste des téléchargements/i },
  'cookies and site data': { en: /\bcookies\b/i, fr: /\btémoins\b/i },
};

/** When each mention must appear: exactly in the states where the behaviour is true. */
const TRUE_WHEN: Record<string, (s: LimitState) => boolean> = {
  'private windows': (s) => !s.privateAllowed,
  'other tabs staying open': (s) => s.panicScope === 'help-tabs',
  'the downloads list': (s) => !s.cleanDownloads,
  'cookies and site data': (s) => !s.cleanSiteData,
};

describe('the limits list', () => {
  it('has unique snake_case ids and text in both languages', () => {
    const ids = LIMITS.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const l of LIMITS) {
      expect(l.id).toMatch(/^[a-z]+(?:_[a-z]+)*$/);
      for (const lang of LANGS) {
        expect(l[lang].trim(), `${l.id}.${lang}`).not.toBe('');
        expect(l[lang]).toBe(l[lang].trim());
        expect(l[lang].split(/\s+/).length, `${l.id}.${lang}`).toBeLessThanOrEqual(60);
      }
    }
  });

  it('uses every condition at least once', () => {
    const used = new Set(LIMITS.map((l) => l.when).filter(Boolean));
    const all: LimitWhen[] = ['no-private', 'help-tabs-only', 'downloads-off', 'site-data-off'];
    expect([...used].sort()).toEqual([...all].sort());
  });

  describe.each(STATES.map((s) => [name(s), s] as const))('%s', (_name, state) => {
    it.each(LANGS)('%s: mentions each behaviour exactly when it is true', (lang) => {
      const text = limitsFor(LIMITS, state, lang).join('\n');
      for (const [what, re] of Object.entries(MENTIONS))
        expect(re[lang].test(text), `${what} (${lang})`).toBe(TRUE_WHEN[what]!(state));
    });

    it('keeps every unconditional item, in order', () => {
      const always = LIMITS.filter((l) => !l.when).map((l) => l.en);
      expect(limitsFor(LIMITS, state, 'en').filter((t) => always.includes(t))).toEqual(always);
    });
  });

  it('in the browsers’ default state (no private windows, default settings) lists every item', () => {
    const state = limitStateOf({ ...DEFAULT_SETTINGS }, false);
    expect(limitsFor(LIMITS, state, 'en')).toEqual(LIMITS.map((l) => l.en));
    expect(LIMITS.every((l) => limitApplies(l.when, state))).toBe(true);
  });

  it('is the list in the README', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    // If this fails, run: npx tsx scripts/limits-readme.ts
    expect(withLimits(readme)).toBe(readme);
  });
});
