import { describe, expect, it } from 'vitest';
import { ALL_RESOURCES } from '../../../data/directory/index';
import { analyzeQuery } from '../../../lib/directory/intent';
import { rankQuery } from '../../../lib/directory/query-rank';
import { regionScore } from '../../../lib/directory/region';
import { buildProfiles, type Candidate, fitOf } from '../../../lib/directory/situation-fit';
import type { Lang } from '../../../lib/i18n-key';
import { guessOf, popupView, profilesFor, topIds } from '../../fixtures/popup-search';
import { REGIONS } from '../../fixtures/queries/check';

/** Every region the judged query set covers, as the person would have it set. */
const everywhere = (queries: [string, Lang][]) =>
  queries.flatMap(([q, lang]) => REGIONS.map((region): [string, Lang, string] => [q, lang, region]));
const byId = new Map(ALL_RESOURCES.map((r) => [r.id, r]));
const profiles = profilesFor('en');
const forUsedViolence = (id: string) => profiles.get(id)?.forUsedViolence ?? false;
const local = (id: string, region: string) => regionScore(byId.get(id)?.regions ?? [], guessOf(region)) >= 2;

/** Written for these tests: people describing harm done to them, in both languages. */
const HARMED: [string, Lang][] = [
  ['my wife hits me', 'en'],
  ['my husband hit me and i hit him back', 'en'],
  ['he controls everything i do and i feel like i am going crazy', 'en'],
  ['my boyfriend forced me to have sex', 'en'],
  ['i am scared of my partner', 'en'],
  ['she says it is my fault that she hits me', 'en'],
  ['ma blonde me frappe', 'fr'],
  ['mon mari me rabaisse devant les enfants', 'fr'],
  ['mon conjoint violent me menace', 'fr'],
  ["il m'a poussée et j'ai eu peur", 'fr'],
  // Words shared with people who used violence: self-defence, blame, a partner in a programme.
  ['i hit him back when he grabbed my throat', 'en'],
  ['am i the abuser? he says i provoked him', 'en'],
  ['my husband is going to a batterer intervention program', 'en'],
  ['he calls me abusive because i fought back', 'en'],
  ['mon mari suit un groupe pour conjoints violents', 'fr'],
  ["je me suis défendue quand il m'a frappée", 'fr'],
];

describe('a person harmed never gets resources for people who used violence first', () => {
  it.each(everywhere(HARMED))('%j (%s, %s)', (q, lang, region) => {
    expect(analyzeQuery(q, lang).speaker).toBe('harmed');
    const view = popupView(q, lang, region);
    if (view.mode !== 'results') return;
    const ids = view.hits.map((h) => h.doc.id);
    const firstUv = ids.findIndex(forUsedViolence);
    // After everything else, if at all.
    if (firstUv >= 0) expect(ids.slice(firstUv).every(forUsedViolence), ids.join()).toBe(true);
  });
});

describe('a person who says they harmed gets resources for people who used violence first', () => {
  it.each<[string, Lang, string]>([
    ['i hit my girlfriend and i want to stop', 'en', 'CA-ON'],
    ['i keep yelling at my wife', 'en', 'US'],
    ['am i abusive', 'en', 'GB-ENG'],
    ["j'ai frappé ma blonde", 'fr', 'CA-QC'],
    ['je crie sur ma femme', 'fr', 'FR'],
    ['je suis violent avec ma compagne', 'fr', 'BE'],
    ["i can't control my temper with my boyfriend", 'en', 'AU'],
    ['my release conditions say no contact with my girlfriend', 'en', 'GB-SCT'],
    ["j'ai levé la main sur mon chum", 'fr', 'CA-QC'],
    ['condition de ne pas communiquer avec ma blonde', 'fr', 'CA-ON'],
    ["i tell my girlfriend i'll kill myself if she leaves", 'en', 'US'],
  ])('%j (%s, %s)', (q, lang, region) => {
    const [first] = topIds(q, lang, region, 1);
    expect(fitOf(profiles.get(first!)!, 'used-violence'), first).toBeGreaterThanOrEqual(0.5);
  });
});

describe('danger now, strangulation and suicide: emergency number and crisis line first', () => {
  const URGENT: [string, Lang][] = [
    ['he is outside with a knife', 'en'],
    ['he choked me until i passed out', 'en'],
    ['il menace de me tuer ce soir', 'fr'],
    ["il m'a serré le cou", 'fr'],
  ];
  it.each(everywhere(URGENT))('%j (%s, %s)', (q, lang, region) => {
    const [first, second] = topIds(q, lang, region, 2);
    expect(byId.get(first!)?.kind, first).toBe('emergency');
    expect(local(first!, region), first).toBe(true);
    if (region === 'CA-NU') return; // Nunavut's emergency entry has no number; its line may not be 24/7.
    expect(byId.get(second!)?.crisis, second).toBe(true);
    expect(local(second!, region), second).toBe(true);
  });

  const SUICIDE: [string, Lang][] = [
    ['i want to kill myself', 'en'],
    ["j'ai envie d'en finir", 'fr'],
  ];
  it.each(everywhere(SUICIDE))(
    '%j (%s, %s): a suicide or crisis line and the emergency number',
    (q, lang, region) => {
      const top = topIds(q, lang, region, 2);
      expect(top.filter((id) => byId.get(id)?.kind === 'emergency' && local(id, region))).toHaveLength(1);
      const line = top.find((id) => byId.get(id)?.kind !== 'emergency')!;
      expect(local(line, region), line).toBe(true);
      expect(fitOf(profiles.get(line)!, 'suicidal'), line).toBeGreaterThanOrEqual(0.8);
    },
  );

  it('puts a line made for suicide first where there is one, the emergency number first elsewhere', () => {
    expect(topIds('i want to kill myself', 'en', 'CA-ON', 1)).toEqual(['ca-988']);
    expect(topIds('je veux me suicider', 'fr', 'FR', 1)).toEqual(['fr-3114']);
    expect(topIds('je veux me suicider', 'fr', 'BE', 1)).toEqual(['emergency-be']);
  });
});

describe('French queries find French-speaking services first', () => {
  it.each<[string, string, string]>([
    ['violence conjugale', 'CA-ON', 'femaide'],
    ['mon chum me frappe', 'CA-ON', 'femaide'],
    ['violence conjugale', 'CA-QC', 'qc-sos-violence-conjugale'],
    ['agression sexuelle', 'CA-QC', 'qc-info-aide-violence-sexuelle'],
    ['violences conjugales', 'FR', 'fr-3919'],
    ['violences conjugales', 'BE', 'be-ecoute-violences-conjugales'],
  ])('%j in %s → %s', (q, region, first) => {
    expect(topIds(q, 'fr', region, 1)).toEqual([first]);
    // The same query from an English interface still reads as French.
    expect(topIds(q, 'en', region, 1)).toEqual([first]);
  });
});

describe('who the person is', () => {
  it('does not put a line for women only first for a man harmed by a partner', () => {
    for (const region of ['CA-ON', 'GB-ENG', 'IE', 'NZ']) {
      const [first] = topIds('my wife hits me', 'en', region, 1);
      expect(profiles.get(first!)?.womenOnly, `${region}: ${first}`).toBe(false);
    }
    expect(topIds('my wife hits me', 'en', 'GB-ENG', 1)).toEqual(['gb-mens-advice-line']);
  });

  it('puts the guide on helping someone first for a person worried about someone else', () => {
    for (const q of ["my sister's boyfriend hits her", 'comment aider mon amie qui se fait frapper'])
      expect(topIds(q, 'en', 'CA-ON', 1)).toEqual(['guide:supporting_someone']);
  });

  it('puts a line that can be reached without speaking first when the person cannot call', () => {
    const [first] = topIds("he's in the next room i can't call", 'en', 'US', 1);
    expect(byId.get(first!)?.contacts?.text ?? byId.get(first!)?.contacts?.chatUrl).toBeDefined();
  });
});

/**
 * Phrasings written for this test, none from the judged set, each with the answers a careful
 * advocate would accept first for the person's region.
 */
describe('everyday phrasings, first answer', () => {
  it.each<[string, Lang, string, string[]]>([
    ['husband threw a plate at me', 'en', 'US', ['us-national-dv-hotline']],
    ['partner takes my paycheck', 'en', 'AU', ['au-1800respect']],
    ['my ex is following me home from work', 'en', 'IE', ['ie-womens-aid']],
    ['where do i go if i leave tonight', 'en', 'CA-BC', ['shelter-safe', 'bc-victimlinkbc']],
    [
      'how do i get a restraining order',
      'en',
      'US',
      ['guide:court_orders', 'us-national-dv-hotline', 'us-womenslaw'],
    ],
    ['deaf woman abused by husband', 'en', 'CA-ON', ['assaulted-womens-helpline']],
    ['im 15 and my boyfriend hurts me', 'en', 'GB-ENG', ['gb-childline']],
    ['my mom is scared of her husband what can i do', 'en', 'US', ['guide:supporting_someone']],
    ['how to stop being so angry with my girlfriend', 'en', 'AU', ['guide:used_violence', 'au-mensline']],
    ['ex found my new address', 'en', 'CA-BC', ['bc-victimlinkbc']],
    ['dating violence teen help', 'en', 'US', ['loveisrespect']],
    ['i have nowhere to go with my baby', 'en', 'CA-NL', ['nl-iris-kirby-house-line', 'shelter-safe']],
    ['il me bat depuis des années', 'fr', 'CA-QC', ['qc-sos-violence-conjugale']],
    ['mon mari me prend tout mon argent', 'fr', 'FR', ['fr-3919']],
    [
      "où trouver une maison d'hébergement pour femmes",
      'fr',
      'CA-QC',
      ['qc-sos-violence-conjugale', 'shelter-safe'],
    ],
    ['mon copain me force à coucher avec lui', 'fr', 'BE', ['be-sos-viol', 'be-ecoute-violences-conjugales']],
    ['je crois que je suis violent avec ma conjointe', 'fr', 'CA-QC', ['guide:used_violence']],
    ['comment aider ma mère qui se fait frapper', 'fr', 'FR', ['guide:supporting_someone']],
    ['je suis lesbienne et ma conjointe me frappe', 'fr', 'CA-QC', ['qc-sos-violence-conjugale']],
    [
      "j'ai 16 ans et mon chum me contrôle",
      'fr',
      'CA-QC',
      ['qc-tel-jeunes', 'kids-help-phone', 'qc-sos-violence-conjugale'],
    ],
    ['ordonnance de protection comment faire', 'fr', 'FR', ['guide:court_orders']],
  ])('%j (%s, %s)', (q, lang, region, accepted) => {
    const [first] = topIds(q, lang, region, 1);
    expect(accepted).toContain(first);
  });
});

describe('no dead ends', () => {
  it('says nothing matched and offers the region’s lines and a way to widen', () => {
    const view = popupView('zzqx', 'en', 'CA-ON');
    expect(view.mode).toBe('no-match');
    if (view.mode !== 'no-match') return;
    // Words nobody could place are most often someone telling what they live: the region's
    // support line first, the emergency number right after it.
    expect(view.fallback[0]?.id).toBe('assaulted-womens-helpline');
    expect(view.fallback[1]?.id).toBe('emergency-ca');
    const fr = popupView('zzqx', 'fr', 'CA-QC');
    expect(fr.mode === 'no-match' && fr.fallback.slice(0, 2).map((r) => r.kind)).toEqual([
      'hotline',
      'emergency',
    ]);
    expect(view.fallback.every((r) => local(r.id, 'CA-ON'))).toBe(true);
    expect(view.widen).toBe('browse');
    const filtered = popupView('zzqx', 'en', 'CA-ON', { kind: 'book' });
    expect(filtered.mode === 'no-match' && filtered.widen).toBe('filters');
  });

  it('answers a description even when no word is in any entry', () => {
    const view = popupView('he pushed me down the stairs', 'en', 'CA-ON');
    expect(view.mode).toBe('results');
  });

  it.each<[string, Lang, string, string]>([
    ['femaide', 'en', 'CA-ON', 'femaide'],
    ['bridges institute', 'en', 'CA-ON', 'bridges-institute'],
    ['kids help', 'en', 'CA-ON', 'kids-help-phone'],
    ['assaulted womens helpline', 'en', 'CA-BC', 'assaulted-womens-helpline'],
    ['sos violence conjugale', 'fr', 'CA-ON', 'qc-sos-violence-conjugale'],
  ])('still finds organisations by name: %j', (q, lang, region, first) => {
    expect(topIds(q, lang, region, 1)).toEqual([first]);
  });

  it('reads situation words as a situation, not as a name, in the person’s region', () => {
    expect(topIds('violence conjugale', 'fr', 'CA-ON', 1)).toEqual(['femaide']);
  });
});

describe('rankQuery hard rules, on a small made-up directory', () => {
  const entry = (id: string, over: Partial<Candidate> = {}): Candidate => ({
    id,
    kind: 'hotline',
    audiences: ['experienced-violence'],
    regions: ['CA-ON'],
    languages: ['en'],
    crisis: true,
    ...over,
  });
  const candidates = [
    entry('uv-line', { audiences: ['used-violence'] }),
    entry('dv-line'),
    entry('emergency', { kind: 'emergency', audiences: ['anyone'] }),
    entry('suicide-line', { audiences: ['anyone'] }),
  ];
  const tags = {
    'uv-line': ['used-violence', 'physical'],
    'dv-line': ['physical'],
    'suicide-line': ['suicidal'],
  } as const;
  const rank = (q: string) =>
    rankQuery({
      intent: analyzeQuery(q, 'en'),
      candidates,
      profiles: buildProfiles(candidates, tags),
      guess: guessOf('CA-ON'),
      text: new Map(),
    }).map((r) => r.id);

  it.each<[string, string[]]>([
    ['he hits me', ['dv-line']],
    ['i hit my wife', ['uv-line']],
    ['he is strangling me', ['emergency', 'dv-line']],
    ['i want to end my life', ['suicide-line', 'emergency']],
  ])('%j → %j first', (q, first) => {
    expect(rank(q).slice(0, first.length)).toEqual(first);
  });

  it('puts a resource for people who used violence last for a person harmed, even when it fits best', () => {
    expect(rank('he hits me').at(-1)).toBe('uv-line');
  });

  it('puts a line for one town after the region’s own, unless the town is typed', () => {
    const town = [entry('town-line', { area: ['ottawa'] }), entry('dv-line')];
    const rankTown = (q: string) =>
      rankQuery({
        intent: analyzeQuery(q, 'en'),
        candidates: town,
        profiles: buildProfiles(town, { 'town-line': ['physical'], 'dv-line': ['physical'] }),
        guess: guessOf('CA-ON'),
        text: new Map(),
      });
    const [first, second] = rankTown('he hits me');
    expect([first!.id, second!.id]).toEqual(['dv-line', 'town-line']);
    expect(second!.score).toBeLessThan(first!.score);
    const typed = rankTown('he hits me in ottawa');
    expect(typed[0]!.score).toBeCloseTo(typed[1]!.score);
  });
});

describe('children named beside harm: a line before the guide to court orders', () => {
  it.each<[string, Lang, string]>([
    ['he breaks things and the kids are scared', 'en', 'CA-ON'],
    ['il casse tout devant les enfants', 'fr', 'CA-QC'],
    ['i am pregnant and he pushed me', 'en', 'US'],
    ['il crie sur moi devant mon fils', 'fr', 'FR'],
  ])('%j (%s, %s)', (q, lang, region) => {
    expect(topIds(q, lang, region, 1)[0]).not.toMatch(/^guide:/);
  });

  it('keeps the guide first for custody asked alone', () => {
    expect(topIds('custody', 'en', 'CA-ON', 1)).toEqual(['guide:court_orders']);
    expect(topIds('garde des enfants', 'fr', 'CA-QC', 3)).toContain('guide:court_orders');
  });
});

describe('spying is abuse to talk about; hiding one’s own looking is the guide’s question', () => {
  it.each<[string, Lang, string]>([
    ['my ex put spyware on my phone', 'en', 'GB-ENG'],
    ['he reads my messages and changed my passwords', 'en', 'CA-BC'],
    ['il a mis un logiciel espion sur mon cellulaire', 'fr', 'CA-QC'],
  ])('%j (%s, %s): a line first', (q, lang, region) => {
    expect(topIds(q, lang, region, 1)[0]).not.toMatch(/^guide:/);
  });

  it.each<[string, Lang, string]>([
    ['how do i clear my browser history', 'en', 'CA-ON'],
    ['how to delete my search history so he doesnt see', 'en', 'US'],
    ['comment effacer mon historique', 'fr', 'CA-QC'],
    ['navigation privée', 'fr', 'FR'],
  ])('%j (%s, %s): the safer browsing guide first', (q, lang, region) => {
    expect(topIds(q, lang, region, 1)).toEqual(['guide:safer_browsing']);
  });
});

describe('a line for one city, in the rest of its province', () => {
  it.each<[string, string, string]>([
    ['my husband hits me', 'CA-AB', 'ab-family-violence-info-line'],
    ['my husband hits me calgary', 'CA-AB', 'ab-calgary-family-violence-helpline'],
  ])('%j (%s): %s first', (q, region, first) => {
    expect(topIds(q, 'en', region, 1)).toEqual([first]);
  });
});

describe('a province whose way in for violence is 211 (Saskatchewan, New Brunswick)', () => {
  it.each<[string, Lang, string, string]>([
    ['my husband screams at me and takes my pay', 'en', 'CA-SK', 'sk-211'],
    ['he checks my phone and follows me to work', 'en', 'CA-SK', 'sk-211'],
    ['my boyfriend pushes me around', 'en', 'CA-NB', 'nb-211'],
  ])('%j (%s, %s): its 211 among the first three', (q, lang, region, line) => {
    expect(topIds(q, lang, region, 3)).toContain(line);
  });
});

describe('a line for young people, when a spouse is named', () => {
  it.each([
    ['my husband hits me and i want to leave', 'en', 'CA-NB'],
    ['my wife screams at me every night', 'en', 'CA-ON'],
    ['mon mari me rabaisse depuis des années', 'fr', 'CA-NU'],
  ] as const)('"%s" (%s, %s): Kids Help Phone is not among the first three', (q, lang, region) => {
    expect(topIds(q, lang, region).slice(0, 3)).not.toContain('kids-help-phone');
  });

  it('stays for a teen, and for a young person naming a parent’s husband', () => {
    expect(analyzeQuery('my boyfriend hits me and im 15', 'en').adult).toBe(false);
    expect(analyzeQuery("my mom's husband hits me", 'en').adult).toBe(false);
    expect(analyzeQuery('ma mère et son conjoint me frappent', 'fr').adult).toBe(false);
    expect(analyzeQuery('my husband hits me', 'en').adult).toBe(true);
    expect(topIds('my boyfriend hits me and im 15', 'en', 'CA-NB').slice(0, 3)).toContain('kids-help-phone');
  });
});
