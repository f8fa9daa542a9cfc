import { describe, expect, it } from 'vitest';
import { analyzeQuery, type Speaker } from '../../../lib/directory/intent';
import { queryWords } from '../../../lib/directory/query-words';
import type { Situation } from '../../../lib/directory/situations';

/** These phrasings were written for these tests, not taken from the judged query set. */
describe('analyzeQuery: who is speaking', () => {
  it.each<[string, Speaker]>([
    // Harm done to the speaker, in many forms.
    ['he shoved me into the wall', 'harmed'],
    ['my husband keeps slapping me', 'harmed'],
    ['I was raped by my ex', 'harmed'],
    ['my girlfriend punches me when she drinks', 'harmed'],
    ["he doesn't hit me but he takes all my money", 'harmed'],
    ['scared of my boyfriend', 'harmed'],
    ['mon chum me pogne le bras fort', 'harmed'],
    ["il m'a poussée dans l'escalier", 'harmed'],
    ['ma blonde me tape dessus', 'harmed'],
    ["j'ai été violée par mon conjoint", 'harmed'],
    ['je me fais insulter tous les jours', 'harmed'],
    ['mon mari est violent', 'harmed'],
    ['il disait que je ne valais rien', 'harmed'],
    // Harm done by the speaker.
    ['I pushed my wife last night', 'harming'],
    ["I've been hitting my partner", 'harming'],
    ['am i the abusive one in my relationship', 'harming'],
    ['i scream at my girlfriend and i hate it', 'harming'],
    ['how do i stop being controlling', 'harming'],
    ["j'ai poussé ma conjointe", 'harming'],
    ['je crie après ma blonde tout le temps', 'harming'],
    ['je suis violent avec ma femme', 'harming'],
    ['gestion de la colère pour hommes', 'harming'],
    // Looking for a program for people who use violence is said of oneself; a relationship that
    // is abusive, or a partner who is, stays the harmed reading.
    ['programme for abusive men', 'harming'],
    ['support for men who hurt their partners', 'harming'],
    ['how to stop being jealous and possessive', 'harming'],
    ["comment arrêter d'être jaloux et possessif", 'harming'],
    ['help for abusive relationship', 'harmed'],
    ['help for abusive husband', 'harmed'],
    ['resources for abusive relationships', 'harmed'],
    ['group for women in abusive relationships', 'harmed'],
    // Harm done to someone close.
    ["my sister's boyfriend beats her", 'supporter'],
    ['how can i help my friend leave him', 'supporter'],
    ['worried about my mom and her new husband', 'supporter'],
    ['son chum la contrôle, comment aider ma fille', 'supporter'],
    ['mon amie se fait frapper', 'supporter'],
    // A tie goes to the person harmed.
    ['he hit me first and i hit him back', 'harmed'],
    // Own blows against a partner the speaker calls violent: a tie, so the person harmed.
    ['i hit my violent ex', 'harmed'],
    ["j'ai frappé mon ex violent", 'harmed'],
    ["j'ai lancé une assiette sur mon mari violent", 'harmed'],
    ['i hit my ex', 'harming'],
    ["j'ai frappé mon ex", 'harming'],
    ['i have violent thoughts about my wife', 'harming'],
    // Hit, said in the passive ("getting hit"), is harm done to the speaker.
    ['i keep getting blamed and hit', 'harmed'],
    ['i keep getting hit', 'harmed'],
    ['i keep hitting him', 'harming'],
    // Recorded by a partner weighs as the anger the speaker admits to.
    ['i get angry and he records me to show the judge', 'harmed'],
    ['i get angry at my kids', 'harming'],
    // Nothing said about anyone.
    ['shelter', 'unknown'],
    ['femaide', 'unknown'],
  ])('%j → %s', (q, speaker) => {
    expect(analyzeQuery(q, 'en').speaker).toBe(speaker);
  });

  it('does not read a denial as a confession', () => {
    expect(analyzeQuery('i never hit her', 'en').speaker).not.toBe('harming');
    expect(analyzeQuery("je ne l'ai jamais frappée", 'fr').speaker).not.toBe('harming');
  });
});

describe('analyzeQuery: situations', () => {
  it.each<[string, Situation[]]>([
    ['he grabbed my throat', ['strangulation']],
    ['il me serre le cou', ['strangulation']],
    ['he took my bank card', ['financial']],
    ['il garde mon salaire', ['financial']],
    ['my ex keeps showing up at my work', ['stalking']],
    ['mon ex me suit partout', ['stalking']],
    ['i need a bed for me and my kids tonight', ['place-to-stay', 'children']],
    ["besoin d'une maison d'hébergement", ['place-to-stay']],
    ['peace bond ontario', ['protection-order']],
    ['ordonnance de protection', ['protection-order']],
    ['avocat pour la garde des enfants', ['legal', 'children']],
    ['i want to end it all', ['suicidal']],
    ["j'ai des idées noires", ['suicidal']],
    ['i am deaf and need help', ['deaf-hoh']],
    ['je suis sourde', ['deaf-hoh']],
    ["i can't call, can i text", ['text-only']],
    ['two spirit and my partner hurts me', ['lgbtq2s', 'indigenous']],
    ['je suis autochtone', ['indigenous']],
    ["i'm 16 and my boyfriend is jealous", ['teen-dating', 'coercive-control']],
    ['he put a tracker on my car', ['tech-safety']],
    ['il a installé un logiciel espion', ['tech-safety']],
    ['calacs', ['sexual']],
    ['cavac', ['legal']],
  ])('%j → %j', (q, situations) => {
    const found = analyzeQuery(q, 'en').situations;
    for (const s of situations) expect([...found.keys()], q).toContain(s);
  });

  it.each<[string, Situation]>([
    ['he never choked me', 'strangulation'],
    ["i don't want to die", 'suicidal'],
    ['il ne me frappe pas', 'physical'],
  ])('a negation takes back harm: %j has no %s', (q, s) => {
    expect(analyzeQuery(q, 'en').situations.has(s)).toBe(false);
  });

  it('keeps needs that are said with a negation', () => {
    expect(analyzeQuery('no safe place to go', 'en').situations.has('place-to-stay')).toBe(true);
    expect(analyzeQuery("j'ai nulle part où aller", 'fr').situations.has('place-to-stay')).toBe(true);
  });

  it('forgives typos', () => {
    expect(analyzeQuery('he stragled me', 'en').situations.has('strangulation')).toBe(true);
    expect(analyzeQuery('violance conjugal', 'fr').situations.has('general')).toBe(true);
    expect(analyzeQuery('mon chum me controle', 'fr').situations.has('coercive-control')).toBe(true);
  });

  it('does not turn ordinary words into situations', () => {
    expect(
      analyzeQuery('my boyfriend wont let me talk to other guys', 'en').situations.has('immediate-danger'),
    ).toBe(false);
    expect(analyzeQuery('emergency protection order', 'en').urgent).toBe(false);
    expect(analyzeQuery("i don't want to be like my dad", 'en').situations.has('suicidal')).toBe(false);
  });

  it.each([
    ["he always said if you leave me i'll kill you", 'en'],
    ['he texted me i will kill you', 'en'],
    ['il me répète si tu pars je vais te tuer', 'fr'],
    ['il a crié je te tue', 'fr'],
  ])('hears a death threat quoted as it was said: %j', (q, lang) => {
    expect(analyzeQuery(q, lang as 'en' | 'fr').situations.has('immediate-danger')).toBe(true);
  });

  it.each([
    ['i will kill you at chess', 'en'],
    ['je vais te tuer au ping pong', 'fr'],
  ])('a game is not a threat: %j', (q, lang) => {
    expect(analyzeQuery(q, lang as 'en' | 'fr').situations.has('immediate-danger')).toBe(false);
  });

  it('reads another person’s words as theirs', () => {
    const told = analyzeQuery('he tells me i should kill myself', 'en');
    expect(told.situations.has('suicidal')).toBe(false);
    expect(told.speaker).toBe('harmed');
    expect(analyzeQuery('he said he would kill me', 'en').urgent).toBe(true);
  });
});

describe('analyzeQuery: urgency and language', () => {
  it.each<[string, boolean]>([
    ['he is outside my door with a knife', true],
    ['he strangled me last night', true],
    ["il m'a étranglée", true],
    ['i want to kill myself', true],
    ['je veux mourir', true],
    ['he yells a lot', false],
    ['shelter', false],
  ])('%j urgent: %s', (q, urgent) => {
    expect(analyzeQuery(q, 'en').urgent).toBe(urgent);
  });

  it.each<[string, 'en' | 'fr', 'en' | 'fr']>([
    ['mon chum me frappe', 'en', 'fr'],
    ['my husband hits me', 'fr', 'en'],
    ['femaide', 'fr', 'fr'],
    ['femaide', 'en', 'en'],
  ])('%j with an interface in %s reads as %s', (q, ui, lang) => {
    expect(analyzeQuery(q, ui).lang).toBe(lang);
  });
});

describe('analyzeQuery: a threat to die made to hold the speaker', () => {
  // Someone else's suicide threat with a condition on the speaker is control done to them: their
  // abuse line first, not the suicide line as if the wish were theirs, nor danger now.
  it.each([
    'he threatens to kill himself if i leave',
    'my girlfriend threatens suicide every time i try to leave',
    'she says she will kill herself if i break up with her',
    'my husband threatened to kill himself to scare me',
    'il menace de se suicider si je le quitte',
    'elle menace de se tuer si je pars',
    'mon chum fait du chantage au suicide',
    'il dit qu il va se suicider si je retourne pas avec lui',
  ])('%j is control done to the speaker, not urgent', (q) => {
    const intent = analyzeQuery(q, 'en');
    expect(intent.speaker).not.toBe('harming');
    expect(intent.urgent).toBe(false);
    expect(intent.situations.get('coercive-control') ?? 0).toBeGreaterThanOrEqual(0.8);
  });

  // Their own wish to die, a threat on the speaker's life, or the speaker's own threat: unchanged.
  it.each<[string, boolean]>([
    ['mon chum veut se suicider', true],
    ["he's going to kill himself", true],
    ['he threatens to kill me if i leave', true],
    ['il menace de me tuer si je pars', true],
    ['i want to kill myself because of my husband', true],
  ])('%j urgent: %s', (q, urgent) => {
    expect(analyzeQuery(q, 'en').urgent).toBe(urgent);
  });

  it('keeps the speaker’s own threat a way of controlling, read by the harming branch', () => {
    const intent = analyzeQuery('i threaten to kill myself if she leaves', 'en');
    expect(intent.speaker).toBe('harming');
    expect(intent.urgent).toBe(false);
  });
});

describe('analyzeQuery: texting as a way to reach someone, not texts in the abuse', () => {
  const textOnly = (q: string, lang: 'en' | 'fr') => analyzeQuery(q, lang).situations.get('text-only') ?? 0;
  it.each<[string, 'en' | 'fr']>([
    ['can i text the hotline', 'en'],
    ['i cant call can i text someone', 'en'],
    ['is there a text line for abuse', 'en'],
    ['envoyer un sms au 114', 'fr'],
    ['je peux pas appeler il est à côté', 'fr'],
    ['est-ce que je peux envoyer un texto à la ligne', 'fr'],
  ])('%j asks for a silent way', (q, lang) => {
    expect(textOnly(q, lang)).toBeGreaterThanOrEqual(0.7);
  });

  it.each<[string, 'en' | 'fr']>([
    ['my boyfriend got mad because i didnt text him back', 'en'],
    ['i got a text from my ex every hour', 'en'],
    ['il m envoie des centaines de textos', 'fr'],
    ["il a cassé mon téléphone parce que j'ai reçu un sms", 'fr'],
  ])('%j tells of texts, and asks for no way', (q, lang) => {
    expect(textOnly(q, lang)).toBeLessThan(0.7);
  });
});

describe('words that are also the names of an object’s own properties', () => {
  it.each(['constructor', '__proto__', "toString's abuse", 'hasOwnProperty valueOf'])(
    '%j is read as words, without throwing',
    (q) => {
      expect(() => analyzeQuery(q, 'en')).not.toThrow();
      expect(queryWords(q).every((w) => typeof w === 'string')).toBe(true);
    },
  );
});
