import { describe, expect, it } from 'vitest';
import {
  ABUSE_WORDS,
  createTermMatcher,
  HELP_TERMS_EN,
  HELP_TERMS_FR,
  normalizeQuery,
  PARTNER_WORDS,
  phraseVariants,
} from '../../../lib/traces/help-terms';

const RESOURCE_NAMES = [
  "Assaulted Women's Helpline",
  "Fem'aide",
  'Kids Help Phone',
  'Shelter Safe',
  'loveisrespect',
  'RAINN',
  'SOS violence conjugale',
];
const isHelp = createTermMatcher(RESOURCE_NAMES);
const matches = (query: string) => isHelp(normalizeQuery(query));

describe('normalizeQuery', () => {
  it.each([
    ['Domestic  Violence', 'domestic violence'],
    ["women's shelter", 'womens shelter'],
    ['women’s shelter', 'womens shelter'],
    ["maison d'hébergement", 'maison dhebergement'],
    ['MAISON D’HÉBERGEMENT', 'maison dhebergement'],
    ['ligne d’écoute', 'ligne decoute'],
    ['violence—conjugale!!!', 'violence conjugale'],
    ['  safe-house, near   me? ', 'safe house near me'],
    ['sœur', 'soeur'],
    ['Ça va', 'ca va'],
    ['ﬁnancial abuse', 'financial abuse'],
    ['ＤＯＭＥＳＴＩＣ', 'domestic'],
    ['hotline\tbling\n', 'hotline bling'],
    ['911 help', '911 help'],
    ['', ''],
    ['?!…', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeQuery(input)).toBe(expected);
  });

  it('is idempotent', () => {
    for (const term of [...HELP_TERMS_EN, ...HELP_TERMS_FR, ...RESOURCE_NAMES]) {
      const once = normalizeQuery(term);
      expect(normalizeQuery(once)).toBe(once);
    }
  });
});

describe('term lists', () => {
  it('has no term that normalises to nothing', () => {
    for (const term of [...HELP_TERMS_EN, ...HELP_TERMS_FR]) expect(normalizeQuery(term)).not.toBe('');
  });

  it.each([
    ['abuse'],
    ['shelter'],
    ['hotline'],
    ['helpline'],
    ['help'],
    ['violence'],
    ['stalker'],
    ['crisis'],
  ])('does not list the ambiguous lone word %j', (word) => {
    const normalised = [...HELP_TERMS_EN, ...HELP_TERMS_FR].map(normalizeQuery);
    expect(normalised).not.toContain(word);
  });

  it('keeps the co-occurrence words in normalised form', () => {
    for (const word of [...ABUSE_WORDS, ...PARTNER_WORDS]) expect(normalizeQuery(word)).toBe(word);
  });

  it('has French and English lists of substance', () => {
    expect(HELP_TERMS_EN.length).toBeGreaterThan(100);
    expect(HELP_TERMS_FR.length).toBeGreaterThan(60);
  });
});

describe('phraseVariants', () => {
  it.each([
    ["maison d'hébergement", ['maison dhebergement', 'maison d hebergement']],
    ["women's shelter", ['womens shelter', 'women s shelter']],
    ['domestic violence', ['domestic violence']],
  ])('%j → %j', (phrase, expected) => {
    expect(phraseVariants(phrase)).toEqual(expected);
  });
});

describe('createTermMatcher: help searches', () => {
  it.each([
    // English
    ['domestic violence'],
    ['domestic violence shelter near me'],
    ['signs of domestic abuse'],
    ['family violence resources ontario'],
    ['what is intimate partner violence'],
    ['teen dating violence'],
    ['am i in an abusive relationship'],
    ['is my partner abusive'],
    ['is my husband abusive quiz'],
    ['abusive boyfriend'],
    ['my girlfriend is abusive'],
    ['emotional abuse'],
    ['verbal abuse from husband'],
    ['financial abuse'],
    ['sexual abuse support'],
    ['coercive control'],
    ["women's shelter toronto"],
    ['womens shelter'],
    ['women shelter near me'],
    ['shelter for women and children'],
    ['transition house nova scotia'],
    ['safe house for women'],
    ['domestic violence hotline'],
    ['crisis line'],
    ['rape crisis centre'],
    ['how to get a restraining order'],
    ['protection order alberta'],
    ['peace bond canada'],
    ['no contact order'],
    ['safety plan domestic violence'],
    ['leaving an abusive marriage'],
    ['sexual assault centre'],
    ['what to do if i was raped'],
    ['stalking laws'],
    ['my ex is stalking me'],
    ['he hits me'],
    ['my husband hits me'],
    ['my boyfriend is violent'],
    ['abused by my ex'],
    ['wife threatens me'],
    ['afraid of my husband'],
    ['how to leave my boyfriend safely'],
    ['coercive-control'],
    ['stalkerware on phone'],
    ["clare's law"],
    ['gaslighting'],
    // French
    ['violence conjugale'],
    ['Violences conjugales : que faire ?'],
    ['violence familiale'],
    ['violence domestique'],
    ['violence faite aux femmes'],
    ["maison d'hébergement montréal"],
    ['maison d hebergement'],
    ['maison dhebergement'],
    ['maisons d’hébergement pour femmes'],
    ['refuge pour femmes'],
    ["hébergement d'urgence femmes"],
    ["ligne d'écoute violence"],
    ["ligne d'aide"],
    ['ordonnance de protection'],
    ['agression sexuelle'],
    ['relation abusive'],
    ['conjoint violent'],
    ['mon chum est violent'],
    ['mon mari me frappe'],
    ['il me bat'],
    ['ma conjointe me menace'],
    ['quitter mon conjoint'],
    ['contrôle coercitif'],
    ['harcèlement criminel'],
    ['femme battue'],
    ['viol'],
    ['hébergement femme violence'],
    ['mari battu'],
    ['ma copine est violente'],
    // Resource names
    ["assaulted women's helpline"],
    ['assaulted womens helpline number'],
    ['femaide'],
    ["fem'aide"],
    ['kids help phone'],
    ['shelter safe'],
    ['loveisrespect'],
    ['RAINN'],
    ['sos violence conjugale'],
  ])('%j is a help search', (query) => {
    expect(matches(query)).toBe(true);
  });
});

describe('createTermMatcher: ordinary searches', () => {
  it.each([
    ['weather toronto'],
    ['pizza near me'],
    ['abuse of notation'],
    ['abuse of power'],
    ['abuse of process'],
    ['drug abuse statistics'],
    ['substance abuse treatment'],
    ['report abuse youtube'],
    ['tax shelter'],
    ['animal shelter'],
    ['animal shelter near me'],
    ['dog shelter adoption'],
    ['bus shelter ads'],
    ['shelter in place'],
    ['hotline bling'],
    ['hotline miami'],
    ['apple helpline'],
    ['hmrc helpline'],
    ['help'],
    ['how to help a friend move'],
    ['help desk jobs'],
    ['midlife crisis'],
    ['financial crisis 2008'],
    ['violent femmes'],
    ['video game violence'],
    ['violence in movies'],
    ['stalker 2'],
    ['rapeseed oil'],
    ['assault rifle'],
    ['my wife birthday gift ideas'],
    ['boyfriend gift ideas'],
    ['husband and wife costumes'],
    ['business partner agreement'],
    ['partner program'],
    ['ex machina'],
    ['domestic flights'],
    ['domestic cat'],
    ['family movies'],
    ['protection plan'],
    ['safety glasses'],
    ['transition lenses'],
    ['peace lily'],
    ['bond yield'],
    ['order pizza'],
    ['house for sale'],
    ['safe deposit box'],
    ['crisis core'],
    ['helping hands'],
    // French
    ['météo montréal'],
    ['recette de crêpes'],
    ['maison à vendre'],
    ['hébergement web'],
    ['refuge animalier'],
    ['abus de biens sociaux'],
    ['abus de confiance'],
    ['conjoint de fait impôt'],
    ['cadeau pour mon mari'],
    ['ligne de métro'],
    ['ordonnance médicale'],
    ['plan de travail cuisine'],
    ['violon'],
    ['violette'],
    ['quitter mon emploi'],
    ["peur de l'avion"],
    ['aide financière aux études'],
    ['violence dans les jeux vidéo'],
    [''],
  ])('%j stays', (query) => {
    expect(matches(query)).toBe(false);
  });
});

describe('createTermMatcher: construction', () => {
  it('matches whole words only', () => {
    expect(matches('rainnbow')).toBe(false);
    expect(matches('domesticviolence')).toBe(false);
  });

  it('ignores empty resource names', () => {
    const matcher = createTermMatcher(['', '  ', "'"]);
    expect(matcher('weather')).toBe(false);
    expect(matcher('')).toBe(false);
  });

  it('handles resource names longer than any help term', () => {
    const name = 'Le Réseau des Maisons Amies du Grand Quartier Nord';
    const matcher = createTermMatcher([name]);
    expect(matcher(normalizeQuery(`site ${name} adresse`))).toBe(true);
    expect(matcher(normalizeQuery('le reseau des maisons amies du grand quartier'))).toBe(false);
  });

  it('copes with a very long query', () => {
    expect(matches('word '.repeat(20_000))).toBe(false);
    expect(matches(`${'word '.repeat(20_000)}violence conjugale`)).toBe(true);
  });
});
