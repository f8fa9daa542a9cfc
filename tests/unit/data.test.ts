import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ALL_RESOURCES as RESOURCES } from '../../data/directory/index';
import { HELP_SITE_RULES, type SiteRule } from '../../data/help-sites';
import { RESOURCE_SOURCES } from '../../data/sources/resources';
import { dialIssue, displayMatches } from '../../lib/directory/dial-forms';
import {
  formatIssues,
  isHttpsUrl,
  type Resource,
  validateResources,
} from '../../lib/directory/resource-schema';
import { compileSiteRules, matchesSite } from '../../lib/traces/site-rules';

const SHORT_CODE = /^\d{2,3}$/;

/**
 * True when `rule` covers `url`: a domain and its subdomains; one exact host; or one host (and
 * its `www.` form) with paths under the prefix, `/x` counting as `/x/`.
 */
function ruleCovers(rule: SiteRule, url: URL): boolean {
  const host = url.hostname.toLowerCase();
  switch (rule.type) {
    case 'domain':
      return host === rule.domain || host.endsWith(`.${rule.domain}`);
    case 'host':
      return host === rule.host;
    case 'prefix':
      return (
        (host === rule.host || host === `www.${rule.host}`) &&
        (url.pathname.startsWith(rule.path) || `${url.pathname}/` === rule.path)
      );
  }
}

const covered = (href: string) => {
  const url = new URL(href);
  return HELP_SITE_RULES.some((rule) => ruleCovers(rule, url));
};

/** Every URL an entry carries: website and chat. */
function urlsOf(r: Resource): string[] {
  return [r.website, r.contacts?.chatUrl].filter((u): u is string => typeof u === 'string');
}

function phonesOf(r: Resource) {
  const c = r.contacts ?? {};
  return [
    ...(c.phone ?? []).map((p) => ({ field: 'phone' as const, ...p })),
    ...(c.text ?? []).map((p) => ({ field: 'text' as const, ...p })),
    ...(c.tty ?? []).map((p) => ({ field: 'tty' as const, ...p })),
  ];
}

const byId = new Map(RESOURCES.map((r) => [r.id, r]));

describe('resource data set', () => {
  it('passes validateResources', () => {
    const issues = validateResources(RESOURCES);
    expect(issues, `\n${formatIssues(issues)}`).toEqual([]);
  });

  it('has unique ids', () => {
    const ids = RESOURCES.map((r) => r.id);
    const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(dupes).toEqual([]);
  });

  it.each(RESOURCES.map((r) => [r.id, r] as const))('%s has a French description', (_id, r) => {
    expect(r.description.fr?.trim().length ?? 0).toBeGreaterThan(10);
  });

  it.each(RESOURCES.map((r) => [r.id, r] as const))(
    '%s has a one-sentence English description of at most 160 characters',
    (_id, r) => {
      const en = r.description.en;
      expect(en.length).toBeLessThanOrEqual(160);
      expect(en).toMatch(/[.!?]$/);
      expect(en.slice(0, -1)).not.toMatch(/[.!?]\s/);
    },
  );

  it.each(RESOURCES.map((r) => [r.id, r] as const))('%s describes people without labels', (_id, r) => {
    expect(r.description.en).not.toMatch(/\b(abusers?|perpetrators?|victims?)\b/i);
    expect(r.description.fr ?? '').not.toMatch(/\b(agresseurs?|agresseuses?|victimes?)\b/i);
  });

  // Which page supports each fact is checked in lines-data.test.ts; here only that it exists
  // and stays out of the shipped entry.
  it.each(RESOURCES.map((r) => [r.id, r] as const))(
    '%s has its sources outside the shipped data',
    (id, r) => {
      expect(r).not.toHaveProperty('sources');
      expect(RESOURCE_SOURCES[id]?.length ?? 0).toBeGreaterThan(0);
    },
  );

  it.each(RESOURCES.filter((r) => r.crisis).map((r) => [r.id, r] as const))(
    'crisis entry %s can be reached by phone, text or chat',
    (_id, r) => {
      const c = r.contacts;
      expect((c?.phone?.length ?? 0) + (c?.text?.length ?? 0) + (c?.chatUrl ? 1 : 0)).toBeGreaterThan(0);
    },
  );

  // A town-only entry says so in its own words, so the person reads why it comes later.
  it.each(RESOURCES.filter((r) => r.area).map((r) => [r.id, r] as const))(
    '%s names each town it serves in its description',
    (_id, r) => {
      for (const town of r.area!) expect(r.description.en.toLowerCase()).toContain(town);
    },
  );

  it('reports a town that is not a plain lowercase word, and keeps the rest', () => {
    const [good] = RESOURCES;
    const issues = validateResources([{ ...good!, area: ['Calgary', 'red deer', 7 as never] }]);
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.every((i) => i.field === 'area')).toBe(true);
    expect(validateResources([{ ...good!, area: ['calgary'] }])).toEqual([]);
  });

  it.each(RESOURCES.filter((r) => r.kind === 'emergency').map((r) => [r.id, r] as const))(
    'emergency entry %s has no website, and is a crisis line when it has a number',
    (_id, r) => {
      // Nunavut's entry has no number (each community's RCMP detachment has its own).
      expect(r.crisis).toBe(!!r.contacts?.phone?.length);
      expect(r.website).toBeUndefined();
      expect(r.contacts?.phone?.every((p) => SHORT_CODE.test(p.number)) ?? true).toBe(true);
    },
  );
});

describe('seed Resource List items are all present', () => {
  const expected: [string, string][] = [
    ['shelter-safe', 'Shelter Safe'],
    ['homeless-hub-lgbtq2s-shelters', 'Making LGBTQ2S shelter spaces safe, inclusive and affirming'],
    ['lgbtq2s-youth-homelessness-toolkit', 'LGBTQ2S Toolkit: Making it Better Now'],
    ['bridges-institute', 'Bridges Institute'],
    ['distress-centres-toronto', 'Distress Centres of Greater Toronto'],
    ['gerstein-crisis-centre', 'Gerstein Crisis Centre'],
    ['assaulted-womens-helpline', "Assaulted Women's Helpline"],
    ['femaide', "Fem'aide"],
    ['kids-help-phone', 'Kids Help Phone'],
    ['ontario-womens-justice-network', "Ontario Women's Justice Network"],
    ['canadian-restorative-justice-consortium', 'Canadian Restorative Justice Consortium'],
    ['nine-ways-accountable', "9 ways to be accountable when you've been abusive"],
    ['neighbours-friends-families', 'Neighbours, Friends and Families'],
    [
      'creative-interventions-toolkit',
      'Creative Interventions Toolkit: A Practical Guide to Stop Interpersonal Violence',
    ],
    [
      'choosing-to-change',
      'Choosing to Change: A Handbook for Men Concerned About their Abusive Behaviours Toward Those They Love',
    ],
    ['unclenching-our-fists', 'Unclenching Our Fists: Abusive Men on the Journey to Non-Violence'],
    ['six-ways-confront-friend', "6 ways to confront your friend who's abusing their partner"],
    ['peak-magazine-transformative-justice', 'The Peak Magazine, Transformative Justice issue'],
    ['beyond-survival', 'Beyond Survival: Strategies and Stories from the Transformative Justice Movement'],
    [
      'innovations-in-ipv-interventions',
      'Innovations in Interventions to Address Intimate Partner Violence: Research and Practice',
    ],
    ['coaching-boys-into-men', 'Coaching Boys Into Men Toolkit'],
    ['rainbow-health-ontario-ipv-lgbtq', 'Evidence Brief: Intimate Partner Violence in LGBTQ Communities'],
    ['becoming-ethical', 'Becoming Ethical: A Parallel, Political Journey with Men Who Have Abused'],
    ['dv-and-restorative-justice', 'Domestic Violence and Restorative Justice: Advancing the Dialogue'],
    ['restorative-justice-and-vaw', 'Restorative Justice and Violence Against Women'],
    ['shift-dv-elibrary', 'Domestic violence e-library (Shift)'],
    ['futures-without-violence-campus', 'Futures Without Violence: Campus Leadership Program'],
    ['next-gen-men', 'Next Gen Men'],
    ['it-starts-with-you', 'It Starts With You'],
    ['manifest-change', 'MANifest Change'],
    ['kizhaay-anishinaabe-niin', 'Kizhaay Anishinaabe Niin (I Am A Kind Man)'],
    ['moosehide-campaign', 'Moose Hide Campaign'],
    ['the-mask-you-live-in', 'The Mask You Live In'],
    ['private-violence', 'Private Violence'],
    ['no-place-to-hide', 'No Place to Hide: The Rehtaeh Parsons Story'],
    ['nfb-violence-against-women', 'National Film Board collection on violence against women'],
    ['prevnet-youth-dating-violence', 'PREVNet: Addressing Youth Dating Violence'],
    ['loveisrespect', 'loveisrespect'],
    ['thats-not-cool', "That's Not Cool"],
    ['teen-digital-dating-violence-toolkit', 'Teen Digital Dating Violence Toolkit'],
    ['abusive-relationships-teens', "Abusive Relationships are Common for Teens. Here's How to Help"],
    ['how-to-talk-to-teens', 'How to Talk to Teens About Dating Violence'],
    // Mentioned in the seed's body
    ['a-better-man', 'A Better Man'],
    ['crisis-centre-coping-guide', 'Coping and Self-Care guide (Crisis Centre)'],
    ['clc-domestic-violence-at-work', 'Domestic Violence at Work resource centre'],
  ];

  it.each(expected)('%s is "%s"', (id, name) => {
    expect(byId.get(id)?.name).toBe(name);
  });

  it.each([
    ['ca-988', '988'],
    ['us-national-dv-hotline', '+18007997233'],
    ['rainn', '+18006564673'],
    ['us-988-lifeline', '988'],
    ['gb-eng-national-domestic-abuse-helpline', '+448082000247'],
    ['gb-mens-advice-line', '+448088010327'],
    ['au-1800respect', '1800737732'],
    ['emergency-ca', '911'],
    ['emergency-us', '911'],
    ['emergency-gb', '999'],
    ['emergency-au', '000'],
  ])('reference line %s is present with number %s', (id, number) => {
    expect(byId.get(id)?.contacts?.phone?.map((p) => p.number)).toContain(number);
  });

  it.each([
    ['kids-help-phone', '686868', 'CONNECT'],
    ['us-national-dv-hotline', '88788', 'START'],
    ['loveisrespect', '22522', 'LOVEIS'],
  ])('text line of %s is %s with keyword %s', (id, number, keyword) => {
    expect(byId.get(id)?.contacts?.text).toContainEqual({ number, display: number, keyword, lang: 'en' });
  });
});

describe('URLs and numbers', () => {
  const urls = RESOURCES.flatMap((r) => urlsOf(r).map((u) => [r.id, u] as const));
  const phones = RESOURCES.flatMap((r) =>
    phonesOf(r).map((p) => [r.id, p.field, p.number, p.display] as const),
  );

  it.each(urls)('%s: %s is https', (_id, url) => {
    expect(isHttpsUrl(url)).toBe(true);
    expect(new URL(url).protocol).toBe('https:');
  });

  // General sites whose only known address is their home page: no page rule can name the part that
  // is about help, and a whole-domain rule would wipe a person's ordinary reading there.
  const GENERAL_HOME_PAGES = new Set(['https://www.homelesshub.ca/', 'https://www.rainbowhealthontario.ca/']);
  const helpUrls = urls.filter(([, url]) => !GENERAL_HOME_PAGES.has(url));

  it.each(helpUrls)('%s: %s is covered by HELP_SITE_RULES', (_id, url) => {
    expect(covered(url)).toBe(true);
  });

  it.each(helpUrls)('%s: %s is also matched by the compiled rules the cleaner uses', (_id, href) => {
    const url = new URL(href);
    expect(matchesSite(compileSiteRules(HELP_SITE_RULES), url.hostname, url.pathname)).toBe(true);
  });

  it.each([...GENERAL_HOME_PAGES])('the general site %s is not a help site as a whole', (href) => {
    expect(covered(href)).toBe(false);
  });

  it('every rule compiles (none is silently ignored)', () => {
    expect(compileSiteRules(HELP_SITE_RULES).invalid).toEqual([]);
  });

  it.each(phones)(
    '%s %s %s (%s) dials in its country and matches its display',
    (id, field, number, display) => {
      expect(dialIssue(number, field, byId.get(id)!.regions)).toBeUndefined();
      expect(displayMatches(number, display)).toBe(true);
    },
  );

  it('rule paths start and end with "/" and hosts are lower case', () => {
    for (const rule of HELP_SITE_RULES) {
      const host = rule.type === 'domain' ? rule.domain : rule.host;
      expect(host).toBe(host.toLowerCase());
      expect(host).not.toMatch(/[/:]/);
      if (rule.type === 'domain') expect(host.startsWith('www.')).toBe(false);
      if (rule.type === 'prefix') expect(rule.path).toMatch(/^\/.*\/$/);
    }
  });

  it('the coverage check does not treat a look-alike or another section as covered', () => {
    expect(covered('https://notkidshelpphone.ca/')).toBe(false);
    expect(covered('https://www.nfb.ca/film/some_other_film/')).toBe(false);
    expect(covered('https://nfb.ca/playlist/edu-elimination-violence-against-women')).toBe(true);
    expect(covered('https://everydayfeminism.com/')).toBe(false);
    expect(covered('https://chat.kidshelpphone.ca/x')).toBe(true);
  });
});

describe('descriptions are in our own words', () => {
  const seedsDir = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));
  const seedsAvailable = existsSync(seedsDir);
  const title = 'no description copies a run of 6+ words from the seed files';

  /** Lower-case words with accents, apostrophes and punctuation flattened. */
  const words = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/['’‘]/g, '')
      .split(/[^a-z0-9]+/)
      .filter(Boolean);

  const runs = (ws: string[], n = 6) => {
    const out: string[] = [];
    for (let i = 0; i + n <= ws.length; i++) out.push(ws.slice(i, i + n).join(' '));
    return out;
  };

  it.skipIf(!seedsAvailable)(
    seedsAvailable ? title : `${title} (SKIPPED: seed folder not found at ${seedsDir})`,
    () => {
      const seedRuns = new Set<string>();
      for (const file of readdirSync(seedsDir).filter((f) => f.endsWith('.txt'))) {
        for (const run of runs(words(readFileSync(`${seedsDir}${file}`, 'utf8')))) seedRuns.add(run);
      }
      expect(seedRuns.size).toBeGreaterThan(0);
      const copied = RESOURCES.flatMap((r) =>
        runs(words(r.description.en))
          .filter((run) => seedRuns.has(run))
          .map((run) => `${r.id}: "${run}"`),
      );
      expect(copied, copied.join('\n')).toEqual([]);
    },
  );
});

describe('the validator catches a broken entry', () => {
  it('names the entry and the field', () => {
    const good = byId.get('kids-help-phone')!;
    const broken = {
      ...good,
      id: 'broken-entry',
      website: 'http://example.org/',
      contacts: { phone: [{ number: '555-0100', display: '555-0100' }] },
    };
    const issues = validateResources([...RESOURCES, broken]);
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: 'broken-entry', field: 'contacts.phone[0].number' }),
        expect.objectContaining({ id: 'broken-entry', field: 'website' }),
      ]),
    );
    expect(issues.every((i) => i.id === 'broken-entry')).toBe(true);
    expect(formatIssues(issues)).toContain('broken-entry: contacts.phone[0].number');
  });

  it('reports a duplicated id', () => {
    const issues = validateResources([...RESOURCES, RESOURCES[0]]);
    expect(issues).toContainEqual({ id: RESOURCES[0]!.id, field: 'id', message: 'is used twice' });
  });
});
