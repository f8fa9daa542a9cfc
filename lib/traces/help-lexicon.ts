/**
 * The help vocabulary, English and French, by the part each phrase plays. Phrases are written
 * naturally and compiled through `helpWords` (accents, elisions and case folded); plurals find
 * their singular. Written from knowledge of the field, not from any evaluation set: situations,
 * not single words. A word that is ambiguous on its own ("shelter", "hotline", "abuse",
 * "violence", "safety plan", "refuge", "respect") never decides alone; `neutral` phrases take
 * everyday uses out of play before anything is judged ("animal shelter", "abuse of power",
 * "hotline miami"), and the longest phrase at a position wins.
 */

/** Crosses every prefix with every suffix: (["abusive"], ["husband"]) → ["abusive husband"]. */
export const cross = (prefixes: readonly string[], suffixes: readonly string[]): string[] =>
  prefixes.flatMap((p) => suffixes.map((s) => `${p} ${s}`));
/** Phrases written compactly, separated by commas (the lists below add to the background script). */
const list = (phrases: string): string[] => phrases.split(',');

const PARTNERS_EN = ['husband', 'wife', 'wives', 'boyfriend', 'girlfriend', 'spouse', 'fiance', 'fiancee'];
const PARTNERS_EN_SHORT = ['bf', 'gf', 'hubby', 'common law partner', 'significant other'];
const PARTNERS_FR = ['conjoint', 'conjointe', 'mari', 'epoux', 'epouse', 'copain', 'copine', 'chum'];
const PARTNERS_FR_MORE = [
  'compagnon',
  'compagne',
  'amoureux',
  'partenaire amoureux',
  'petit ami',
  'petite amie',
];
const EX_FORMS = [
  ...cross(
    ['my', 'mon', 'ma', 'an', 'her', 'his', 'your', 'the', 'abusive', 'violent', 'by', 'from'],
    ['ex'],
  ),
  ...cross(['against', 'with', 'of', 'de', 'par', 'toxic', 'toxique', 'mi', 'un', 'une', 'mon'], ['ex']),
  ...cross(['ex'], [...PARTNERS_EN, ...PARTNERS_FR, 'partner', 'partenaire']),
];

/** Decide alone: the page or search is about violence, abuse, or getting help from it. */
const STRONG_EN = [
  ...cross(['domestic'], ['violence', 'abuse', 'assault', 'homicide', 'battery', 'terrorism', 'abuser']),
  ...cross(
    ['intimate partner', 'partner', 'spousal', 'spouse', 'dating', 'relationship', 'teen dating'],
    ['violence', 'abuse'],
  ),
  ...cross(['intimate partner', 'partner', 'spousal'], ['assault', 'homicide']),
  ...['family violence', 'woman abuse', 'wife abuse', 'wife assault', 'wife battering', 'wife beating'],
  ...['wife beater', 'gender based violence', 'gendered violence', 'violence against women'],
  ...['violence towards women', 'violence toward women', 'abuse of women', 'abuse against women'],
  ...['male violence', 'violence against children', 'child abuse', 'child maltreatment', 'elder abuse'],
  ...['abuse of older people', 'abuse of older adults', 'mmiwg', 'missing and murdered indigenous women'],
  ...cross(['sexual'], ['violence', 'assault', 'abuse', 'harassment', 'exploitation', 'misconduct']),
  ...['sexual coercion', 'sexually assaulted', 'sexually abused', 'sexually harassed', 'indecent assault'],
  ...['rape', 'raped', 'rapist', 'rape crisis', 'date rape', 'marital rape', 'incest', 'sex abuse'],
  ...['coercive control', 'coercive controlling behaviour', 'controlling behaviour', 'controlling behavior'],
  ...['reproductive coercion', 'economic abuse', 'financial abuse', 'post separation abuse'],
  ...['spiritual abuse', 'narcissistic abuse', 'physical abuse'],
  ...['technology facilitated abuse', 'technology facilitated violence', 'tech abuse', 'image based abuse'],
  ...['digital dating abuse', 'revenge porn', 'non consensual intimate images', 'sextortion', 'stalkerware'],
  ...['cyberstalking', 'being stalked', 'strangulation', 'non fatal strangulation'],
  ...['battered women', 'battered woman', 'battered wife', 'battered wives', 'abused women', 'abused woman'],
  ...['abused wife', 'abused men', 'abusive men', 'abusive behaviour', 'abusive behavior', 'batterer'],
  ...['batterers', 'abuser', 'abusers', 'femicide', 'feminicide', 'honour killing', 'honor killing'],
  ...['honour based violence', 'honor based violence', 'honour based abuse', 'forced marriage'],
  ...['female genital mutilation', 'fgm', 'human trafficking', 'sex trafficking', 'vawa'],
  ...['cycle of abuse', 'cycle of violence', 'signs of abuse', 'types of abuse', 'forms of abuse'],
  ...['what is abuse', 'warning signs of abuse', 'is this abuse', 'is it abuse', 'am i being abused'],
  ...['being abused', 'was abused', 'were abused', 'been abused', 'got abused'],
  ...cross(['physically', 'financially'], ['abused', 'abusive']),
  ...['trauma bond', 'trauma bonding', 'love bombing', 'toxic relationship', 'toxic relationships'],
  ...['second stage housing', 'second stage shelter', 'maison des femmes', 'maisons des femmes'],
  ...['maison pour femmes', 'relation de controle', 'sane exam', 'sane exams', 'been assaulted'],
  ...['was assaulted', 'being assaulted', 'got assaulted', 'were assaulted', 'dfv', 'fdv'],
  ...cross(
    ['dv', 'dfv', 'fdv'],
    ['services', 'service', 'support', 'legal', 'shelter', 'victims', 'hotline'],
  ),
  ...cross(['dv', 'dfv', 'fdv'], ['helpline', 'advocate', 'court', 'funding', 'crisis', 'refuge', 'order']),
  ...cross(['dv', 'dfv', 'fdv'], ['leave', 'survivors', 'program', 'programs', 'prevention', 'sector']),
  ...['crisis line', 'crisis text line', 'distress line', 'distress centre', 'distress center'],
  ...['crisis centre', 'crisis center', 'sexual assault centre', 'sexual assault center'],
  ...['victim services', 'victim support', 'victim assistance', 'victim advocate', 'victim advocacy'],
  ...['victims of crime', 'crime victims', 'victim witness', "women's aid", 'womens aid'],
  ...['restraining order', 'protection order', 'protective order', 'emergency protection order'],
  ...['emergency protective order', 'no contact order', 'non molestation order', 'occupation order'],
  ...['peace bond', 'order of protection', 'orders of protection', 'anti harassment order'],
  ...['protection from abuse order', 'apprehended violence order', 'intervention order'],
  ...["clare's law", 'domestic violence disclosure scheme', 'fleeing abuse', 'flee abuse', 'escape abuse'],
  ...cross(['leaving', 'leave', 'escaping', 'escape', 'fleeing'], ['an abusive', 'abusive', 'my abuser']),
  ...['suicide crisis', 'suicide hotline', 'suicide helpline', 'suicide prevention lifeline'],
  ...['people who use violence', 'men who use violence', 'stop being abusive', 'stop being violent'],
  ...['am i abusive', 'am i the abuser', 'i am abusive'],
];

const STRONG_FR = [
  ...cross(
    ['violence', 'violences'],
    [
      'conjugale',
      'conjugales',
      'familiale',
      'familiales',
      'intrafamiliale',
      'domestique',
      'domestiques',
      'sexuelle',
      'sexuelles',
      'sexiste',
      'sexistes',
      'economique',
      'financiere',
      'amoureuse',
      'amoureuses',
      'post separation',
      'post separationnelle',
      'faite aux femmes',
      'faites aux femmes',
      'faites aux enfants',
      'envers les femmes',
      'contre les femmes',
      'a l egard des femmes',
      'entre partenaires intimes',
      'entre partenaires',
      'dans les relations amoureuses',
      'dans le couple',
      'au sein du couple',
      'de couple',
      'basee sur le genre',
      'fondee sur le genre',
      'genree',
      'genrees',
    ],
  ),
  ...['agression sexuelle', 'agressions sexuelles', 'agression a caractere sexuel', 'abus sexuel'],
  ...['aggression sexuelle', 'aggressions sexuelles'],
  ...['agressions a caractere sexuel', 'harcelement sexuel', 'harcelement criminel', 'exploitation sexuelle'],
  ...['inceste', 'viol', 'viols', 'violee', 'violees', 'controle coercitif', 'emprise psychologique'],
  ...["relation d'emprise", "sortir de l'emprise", 'emprise conjugale', 'pervers narcissique'],
  ...['feminicide', 'femme battue', 'femmes battues', 'homme battu', 'hommes battus', 'femme violentee'],
  ...['femmes violentees', 'couple violent', 'relation violente', 'relation abusive', 'relation toxique'],
  ...['cycle de la violence', 'maltraitance', 'traite des personnes', 'traite des etres humains'],
  ...['maison de deuxieme etape', 'maisons de deuxieme etape', 'hebergement de deuxieme etape'],
  ...['maison de 2e etape', 'aide aux victimes', "centre d'aide aux victimes", 'victimes d actes criminels'],
  ...['ligne de crise', 'centre de crise', 'ordonnance de protection', 'ordonnance de non communication'],
  ...['interdiction de contact', 'interdiction de communiquer', 'telephone grave danger'],
  ...["engagement de ne pas troubler l'ordre public", 'bracelet anti rapprochement', 'calacs', 'cavac'],
  ...cross(
    ['quitter', 'fuir'],
    ['un conjoint violent', 'mon conjoint violent', 'un agresseur', 'mon agresseur'],
  ),
  ...[
    'rapport sexuel force',
    'rapports sexuels forces',
    'relations sexuelles forcees',
    'rapports non consentis',
  ],
  ...cross(
    ['sous emprise de', 'emprise de'],
    ['mon mari', 'mon conjoint', 'ma conjointe', 'mon copain', 'ma copine', 'mon ex'],
  ),
];
/** Asking whether it counts ("is that abuse", "est-ce de la violence"). */
const STRONG_MORE = [
  ...cross(list('is that,is this,is it,is that still,is this still,is it still,counts as'), ['abuse']),
  ...cross(list('est ce,est ce que ce est'), list('violence,maltraitance')),
];

/**
 * Names services and governments give the field on their own pages: acronyms and terms of the
 * UK (VAWG, IDVA, ISVA, MARAC), New Zealand ("family harm", "sexual harm") and everywhere (GBV).
 */
const PAGE_MORE_EN = [
  ...['vawg', 'gbv', 'sgbv', 'idva', 'idvas', 'isva', 'isvas', 'marac', 'family harm', 'sexual harm'],
  ...['cyberviolence', 'cyber violence', 'cyberviolences'],
];

/** Court orders that protect from a person: they decide alone unless the other side is `CIVIL_PARTY`. */
const ORDERS = [
  ...['restraining order', 'protection order', 'protective order', 'no contact order', 'peace bond'],
  ...['order of protection', 'orders of protection', 'anti harassment order', 'ordonnance de protection'],
];
/** Who an order is against when it is a civil matter, not a partner: a neighbour, a landlord, a co-worker. */
const CIVIL_PARTY = [
  ...['neighbor', 'neighbors', 'neighbour', 'neighbours', 'landlord', 'landlords', 'tenant', 'tenants'],
  ...['coworker', 'coworkers', 'co worker', 'employer', 'stranger', 'civil harassment', 'voisin', 'voisins'],
  ...['voisine', 'proprietaire', 'locataire', 'workplace', 'employee'],
  // Stories and software: an order in an episode, a trope, a package.
  ...list('episode,episodes,recap,trope,tropes,season,sitcom,movie,film,novel,fanfic,plot,netflix,imdb'),
  ...list('screenplay,hollywood,python,package,pypi,npm,api,module,github,sdk,plugin,javascript,software'),
];

/**
 * Kinds of abuse that decide alone unless the text is about work ("verbal abuse from customers",
 * "gaslighting at work"), where a partner must be named.
 */
const KIND = [
  ...['emotional abuse', 'psychological abuse', 'verbal abuse', 'gaslighting'],
  'violence psychologique',
  ...cross(['emotionally', 'verbally', 'psychologically'], ['abused', 'abusive']),
];
const WORKPLACE = [
  ...['boss', 'coworker', 'workplace', 'at work', 'employer', 'manager', 'customer'],
  ...['retail', 'employee', 'staff', 'worker', 'au travail', 'patron', 'collegue', 'client', 'employe'],
];

/** More kinds, as pages name them ("psychological violence"). */
const KIND_MORE = ['psychological violence', 'emotional violence', 'verbal violence', 'violence verbale'];

/** Harm words: help with a partner word anywhere, or a `near` word within three words. */
const HARM = [
  ...['abuse', 'abused', 'abusing', 'abusive', 'violence', 'violent', 'assault', 'assaulted', 'assaulting'],
  ...['battering', 'maltreatment', 'mistreatment', 'mistreated', 'cruelty', 'exploitation', 'harassment'],
  ...['coercion', 'homicide', 'trafficking', 'strangled', 'raped', 'agresseur', 'agresseurs'],
  ...['abus', 'abusif', 'abusifs', 'abusives', 'violente', 'violents', 'violentes', 'violentee', 'agression'],
  ...['agresse', 'agressee', 'sevices', 'harcelement', 'battu', 'battue', 'maltraite', 'maltraitee'],
  ...['etranglee', 'menacee', 'mauvais traitements', 'mauvais traitement', 'maltraitances'],
  ...['maltraitant', 'maltraitante'],
];
/** Too much jealousy, named as such: a weak sign of harm, and jealousy (`JEALOUS`) too. */
const JEALOUSY_WEAK = [
  ...cross(['unhealthy', 'excessive', 'extreme', 'obsessive'], ['jealousy']),
  ...cross(['jalousie'], ['maladive', 'excessive', 'possessive']),
];
/** Weaker signs: help only with a partner word anywhere or a `nearPartner` word within three words. */
const HARM_WEAK = [
  ...['controlling', 'toxic', 'narcissistic', 'narcissist', 'manipulative', 'threats', 'threatening'],
  ...['stalker', 'stalks', 'emprise', 'toxique', 'manipulateur', 'manipulatrice', 'menaces', 'menacant'],
  ...['agressif', 'agressive', 'report abuse', 'abuse report', 'report an abuse', 'reporting abuse'],
  ...['insults', 'insultes', 'insulte', 'walking on eggshells', 'walk on eggshells', 'marcher sur des oeufs'],
  ...['accusing me of cheating', 'accuses me of cheating'],
  ...JEALOUSY_WEAK,
  ...cross(['tracking app', 'tracker', 'spyware'], ['on my phone', 'on my car', 'sur mon telephone']),
  ...['leve la main sur', 'lever la main sur'],
];
/**
 * Temper and contempt aimed at a partner: thrown or smashed things, punched walls, a short fuse,
 * belittling ("rabaissant"), wanting to control everything.
 */
const HARM_WEAK_MORE = [
  ...cross(
    list('throws,throwing,threw,breaks,breaking,smashes,punches,punching'),
    list('things,stuff,objects,walls'),
  ),
  ...list(
    'short fuse,loses his temper,loses her temper,lost his temper,fits of rage,anger issues,bad temper',
  ),
  ...list('lance des objets,casse des objets,crises de colere,belittling,belittles,demeaning,meprisant'),
  ...list(
    'rabaissant,rabaissante,rabaisse,denigre,denigrant,devalorise,devalorisant,bon a rien,bonne a rien',
  ),
  ...list('veut tout controler,wants to control everything'),
];
/** Fear of, or leaving, a partner: help when a partner word follows within three words. */
const TOWARD_PARTNER = [
  ...['afraid of', 'scared of', 'frightened of', 'terrified of', 'peur de', 'peur des reactions de'],
  ...['crainte de', 'leave', 'leaving', 'quitter', 'partir', 'escape', 'escaping', 'fuir', 'hiding from'],
  ...['hide from', 'se cacher de', 'safe from', 'quitte', 'porter plainte contre', 'press charges against'],
];
/** "hit by", "frappée par": harm when a partner is named. */
const PASSIVE = [
  ...cross(['hit', 'beaten', 'punched', 'slapped', 'kicked', 'pushed', 'choked', 'strangled'], ['by']),
  ...cross(['threatened', 'attacked', 'controlled', 'stalked', 'forced'], ['by']),
  ...cross(['frappee', 'frappe', 'battue', 'giflee', 'poussee', 'etranglee', 'menacee', 'forcee'], ['par']),
];

/** Partner words: with harm anywhere in the same text. */
const RELATION = [
  ...PARTNERS_EN,
  ...PARTNERS_EN_SHORT,
  ...PARTNERS_FR,
  ...PARTNERS_FR_MORE,
  ...EX_FORMS,
  ...['my man', 'ma femme', 'break up with him', 'break up with her', 'leave him', 'leave her'],
];
/** "my partner", "mon mec": partners named with a possessive ("your" reads as "my"). */
const RELATION_MORE = [
  ...cross(list('my,her,his,mon,ma,sa,son'), list('partner,partenaire')),
  'mon mec',
  'ma meuf',
];
/** Words that make harm about relationships, families or people at risk when within three words. */
const NEAR_PARTNER = ['partner', 'partenaire', 'relationship', 'relation', 'marriage', 'mariage', 'dating'];
const NEAR = [
  ...NEAR_PARTNER,
  ...['domestic', 'family', 'families', 'familial', 'familiale', 'intrafamiliale', 'conjugal', 'conjugale'],
  ...['conjugaux', 'sexual', 'sexuelle', 'sexist', 'sexiste', 'spousal', 'intimate', 'gender', 'child'],
  ...['children', 'enfant', 'enfants', 'elder', 'elders', 'aines', 'girls', 'filles', 'wives', 'women'],
  ...['femmes', 'femme', 'victims', 'victim', 'victimes', 'victime', 'survivors', 'survivor', 'mothers'],
  ...['survivantes', 'survivants', 'meres', 'sexuel', 'sexuels', 'home', 'homes', 'household'],
];
const NEAR_MORE = ['couple', 'couples'];
/** People at risk: with harm nearby, or with a shelter, line or safety-plan word anywhere. */
const PERSON = [
  ...['women', 'woman', 'femmes', 'femme', 'mothers', 'meres', 'victims', 'victim', 'victimes', 'victime'],
  ...['survivors', 'survivor', 'survivantes', 'survivante', 'survivants', 'girls', 'filles'],
];
/** Families (English only: French "hébergement en famille" is a homestay). */
const FAMILY = ['families', 'family', 'children', 'kids'];
const FLEE = ['fleeing', 'flee', 'escape', 'escaping', 'fuir', 'fuyant', 'fuient'];
const LEAVE = [...FLEE, 'leaving', 'leave', 'quitter', 'partir', 'quitte'];

/** Places: help with a person at risk, a family, harm or a partner word. */
const SHELTER = ['shelter', 'shelters', 'refuge', 'refuges', 'safe house', 'safe home', 'safehouse'];
const SHELTER_FR = ['hebergement', "centre d'hebergement", 'foyer pour femmes', 'maison pour femmes'];
/**
 * Decide alone unless the text names another meaning: "maison d'hébergement" (in Québec a shelter
 * for women, unless prisoners, addiction or elders are named), "transition house" (a halfway
 * house in the US), "stalking" (hunting).
 */
const ALONE = ["maison d'hebergement", "maisons d'hebergement", "maison d'aide et d'hebergement", 'stalking'];
const ALONE_EN = ['transition house', 'transition houses', 'transition home', 'transition homes'];
const ALONE_UNLESS = [
  ...[
    'halfway',
    'halfway house',
    'prison',
    'prisoners',
    'inmates',
    'offenders',
    'parole',
    'sober',
    'recovery',
  ],
  ...['addiction', 'rehab', 'reentry', 're entry', 'detox', 'hunting', 'hunt', 'hunter', 'hunters', 'deer'],
  ...['elk', 'stag', 'rifle', 'prey', 'predator', 'lion', 'tiger', 'wildlife', 'bow'],
  ...['detenu', 'detenus', 'ex detenu', 'ex detenus', 'prisonniers', 'justice', 'toxicomanie', 'dependance'],
  ...['dependances', 'alcoolisme', 'itinerance', 'itinerants', 'aines', 'personnes agees', 'jeunesse'],
  ...['jeunes', 'sante mentale', 'deficience', 'handicap', 'animaux', 'chsld', 'hommes en difficulte'],
  ...['etudiants', 'etudiant', 'touristique'],
];
/** Lines: help with harm, a person at risk, a partner word or a crisis. */
const LINE = ['hotline', 'hotlines', 'helpline', 'helplines', 'help line', 'support line', 'text line'];
const LINE_FR = [
  "ligne d'ecoute",
  "ligne d'aide",
  'ligne ressource',
  "ligne d'urgence",
  'ligne telephonique',
];
const CRISIS = ['crisis', 'crise', 'distress', 'detresse', 'suicide', 'suicidal', 'urgence'];
/** Plans: help with harm, a partner, a person at risk, leaving or a crisis. */
const SAFETY = ['safety plan', 'safety plans', 'safety planning', 'plan de securite', 'personal safety plan'];
/** Court orders that also name other things (business litigation): need context in titles. */
const ORDER_WEAK = ['temporary restraining order'];

/** Who does it, in a described situation. */
const SUBJECT = [
  ...PARTNERS_EN,
  ...PARTNERS_EN_SHORT,
  'partner',
  ...PARTNERS_FR,
  ...PARTNERS_FR_MORE,
  'my man',
];
/** Who one dates or dated ("je suis sortie avec un garçon qui me battait"). */
const SUBJECT_MORE = [
  'partenaire',
  'mon mec',
  'ma meuf',
  ...list('sortie avec,sorti avec,sortais avec,sors avec,dated'),
];
const PRONOUN = ['he', 'she', 'il', 'elle'];
/** Anyone else: then "he"/"she" is not taken for a partner ("my son hits me"). */
const NON_PARTNER = [
  ...['daughter', 'kid', 'kids', 'child', 'toddler', 'baby', 'dog', 'cat', 'puppy', 'brother'],
  ...['sister', 'mom', 'mum', 'mother', 'dad', 'father', 'parent', 'parents', 'boss', 'coworker'],
  ...['colleague', 'teacher', 'student', 'classmate', 'roommate', 'neighbour', 'neighbor', 'fils', 'fille'],
  ...['enfant', 'bebe', 'chien', 'chat', 'frere', 'soeur', 'mere', 'pere', 'patron', 'collegue', 'prof'],
  ...['voisin', 'voisine', 'colocataire', 'grandson', 'granddaughter', 'nephew', 'niece', 'school', 'ecole'],
  ...list('friend,best friend,bff,bestie,ami,amie,meilleur ami,meilleure amie,pote'),
];
/** "son" is French for his or her: an English son is someone's ("my son", "teenage son"). */
const NON_PARTNER_MORE = [...cross(list('my,our,his,her,their,teenage,adult,step'), ['son']), 'stepson'];
/** Games, apps and lyrics: a described situation there is not one. */
const OFF_TOPIC = [
  ...['game', 'games', 'gaming', 'fortnite', 'minecraft', 'roblox', 'xbox', 'playstation', 'ps5', 'steam'],
  ...['discord', 'app', 'iphone', 'android', 'windows', 'account', 'lyrics', 'song', 'paroles', 'chanson'],
  ...['ball', 'baseball', 'hockey', 'football', 'soccer', 'boxing', 'sparring', 'mma', 'chess', 'jeu'],
  ...['echecs', 'cartes', 'tennis', 'course', 'golf', 'poker', 'race', 'arm wrestling', 'movie'],
  ...['film', 'trailer', 'episode'],
  ...list('ballon,rondelle,basket,rugby,volley,handball,basketball,volleyball,lacrosse,dodgeball'),
  ...cross(list('jouant,jouait,joue,jouer,partie,match,entrainement'), list('foot,soccer,hockey')),
];

const HIT_VERBS = [
  ...['hit', 'hits', 'hitting', 'beat', 'beats', 'beating', 'punch', 'punches', 'punched', 'punching'],
  ...['slap', 'slaps', 'slapped', 'slapping', 'kick', 'kicks', 'kicked', 'kicking', 'push', 'pushes'],
  ...['pushed', 'pushing', 'shove', 'shoves', 'shoved', 'choke', 'chokes', 'choked', 'choking'],
  ...['strangle', 'strangles', 'strangled', 'strangling', 'rape', 'rapes', 'abuse', 'abuses', 'abusing'],
  ...['threaten', 'threatens', 'threatened', 'threatening', 'force', 'forces', 'forced', 'assault'],
  ...['assaults', 'attack', 'attacks', 'attacked', 'harass', 'harasses', 'harassed', 'harassing'],
  ...['stalk', 'stalking', 'control', 'controls', 'controlled', 'manipulate', 'manipulates'],
  ...['manipulated', 'isolate', 'isolates', 'isolated', 'blackmail', 'blackmails', 'blackmailed'],
  ...['humiliate', 'humiliates', 'humiliated', 'belittle', 'belittles', 'insult', 'insults', 'insulted'],
  ...['smack', 'smacks', 'smacked', 'spit on', 'spits on', 'drag', 'drags', 'dragged'],
  ...['abused', 'assaulted', 'stalked', 'stalks'],
];
const FR_HARM_VERBS = [
  ...['frappe', 'frapper', 'bat', 'battait', 'menace', 'menacait', 'pousse', 'gifle', 'cogne', 'tape'],
  ...['tabasse', 'brutalise', 'maltraite', 'viole', 'force', 'insulte', 'rabaisse', 'humilie', 'controle'],
  ...['surveille', 'suit', 'harcele', 'traque', 'espionne', 'enferme', 'isole', 'etrangle'],
];
/** The same verbs in the past: imparfait ("me frappait"), and participles as a woman says them ("me a tabassee"). */
const FR_ER_VERBS = FR_HARM_VERBS.filter((v) => v.endsWith('e'));
const FR_IMPARFAIT = [...FR_ER_VERBS.map((v) => `${v.slice(0, -1)}ait`), 'suivait'];
const FR_PARTICIPLES = [
  ...FR_ER_VERBS.map((v) => `${v}e`),
  ...['frappe', 'battue', 'battu', 'agressee', 'agresse', 'etrangle'],
];
/** What a partner does to "me": needs a partner (or he/she) just before it. */
const SITUATION = [
  ...cross(HIT_VERBS, ['me']),
  ...cross(
    ['grab', 'grabs', 'grabbed', 'grabbing'],
    ['me', 'my neck', 'my throat', 'my arm', 'my wrist', 'my hair'],
  ),
  ...cross(['yells', 'yelled', 'yelling', 'screams', 'screamed', 'screaming', 'yell', 'scream'], ['at me']),
  ...cross(['shouts', 'shouted', 'shouting', 'swears', 'swore'], ['at me']),
  ...cross(['wont leave me', 'will not leave me', 'doesnt leave me'], ['alone']),
  ...cross(
    ['keeps showing up', 'shows up', 'showed up'],
    ['at my work', 'at my job', 'at my house', 'at my door'],
  ),
  ...cross(['destroys', 'destroyed', 'breaks', 'broke', 'smashes', 'smashed'], ['my things', 'my stuff']),
  ...cross(['pressures me', 'pressured me'], ['into sex', 'to have sex']),
  ...cross(['wont let me', 'doesnt let me'], ['work', 'go to work', 'get a job', 'drive']),
  ...cross(['insiste pour', 'insiste pour avoir', 'me force a avoir'], ['des rapports', 'un rapport']),
  ...cross(['leve la main sur', 'levait la main sur'], ['moi']),
  ...cross(['me crie', 'me hurle'], ['dessus']),
  ...cross(['punched', 'punches'], ['the wall', 'holes in the wall']),
  ...cross(
    ['posted', 'shared', 'leaked', 'threatens to share', 'threatened to share'],
    ['my nudes', 'nudes', 'intimate photos'],
  ),
  ...cross(['spies', 'spying', 'spied'], ['on me']),
  ...cross(['calls me', 'called me'], ['names', 'stupid', 'worthless', 'useless', 'ugly', 'fat', 'crazy']),
  ...cross(['puts me', 'put me'], ['down']),
  ...cross(['locks me', 'locked me'], ['in', 'out', 'up']),
  ...cross(
    ['check', 'checks', 'checked', 'checking', 'read', 'reads', 'reading', 'track', 'tracks'],
    ['my phone', 'my messages', 'my texts', 'my emails', 'my location'],
  ),
  ...cross(
    ['tracked', 'tracking', 'monitors', 'monitored', 'monitoring', 'goes through', 'went through'],
    ['my phone', 'my messages', 'my location', 'my time', 'my friends', 'my whereabouts', 'my spending'],
  ),
  ...cross(
    ['looks through', 'look through', 'looked through', 'snoops through', 'snooping through'],
    ['my phone', 'my messages'],
  ),
  ...cross(
    ['tells me not to', 'told me not to', 'forbids me to', 'forbade me to'],
    ['talk to', 'see', 'go out', 'work', 'wear'],
  ),
  ...cross(['smashed', 'broke', 'took away', 'hid', 'deleted'], ['my phone', 'my contacts', 'my keys']),
  ...['criticizes everything i do', 'criticises everything i do', 'critique tout ce que je fais'],
  ...cross(
    ['controls', 'controlled', 'controlling', 'control', 'takes', 'took', 'keeps'],
    ['my money', 'my finances', 'my phone', 'my paycheck', 'my passport', 'my bank', 'my cards'],
  ),
  ...cross(
    ['threatens to', 'threatened to', 'threatening to', 'threaten to'],
    ['kill', 'hurt', 'take the kids', 'deport', 'harm'],
  ),
  ...cross(['me', 'm a', 'me a'], FR_HARM_VERBS),
  ...cross(['me'], FR_IMPARFAIT),
  ...cross(['me a', 'me ont', 'm a', 'ma'], FR_PARTICIPLES),
  ...cross(
    ['regarde', 'fouille', 'fouille dans', 'verifie', 'controle', 'prend', 'garde', 'surveille', 'espionne'],
    [
      'mon telephone',
      'mon portable',
      'mon cellulaire',
      'mon cell',
      'mes messages',
      'mes sms',
      'mon argent',
      'le argent',
      'ma facon de',
      'mes sorties',
      'mon salaire',
      'mes depenses',
      'tout',
    ],
  ),
  ...cross(['decide de', 'decide'], ['mes sorties', 'mes depenses', 'ce que je porte']),
  ...cross(['me empeche de', 'me interdit de'], ['parler', 'sortir', 'voir', 'travailler']),
  ...cross(
    ['controls', 'controlled', 'control'],
    ['the money', 'what i wear', 'how i dress', 'everything i do'],
  ),
];
/** Money held back from "me": all of it controlled, kept from view, every penny to account for. */
const MONEY_CONTROL = [
  ...cross(
    list('wont let me,doesnt let me,will not let me,does not let me,never lets me'),
    list('know about our finances,see our finances,see the bank statements,have a bank account'),
  ),
  ...cross(
    list('makes me,made me,make me'),
    list(
      'account for every penny,account for every cent,account for every dollar,ask for money,beg for money,hand over my paycheck,justify every purchase',
    ),
  ),
];
/** All the money held by one side: a weak sign, help with a partner or a relationship named. */
const MONEY_HELD = cross(
  list('controls,controlled'),
  list('all the money,all our money,all our finances,our money'),
);
/** More of what a partner does to "me": money, whereabouts, phone, insults, threats, going out. */
const SITUATION_MORE = [
  ...list('cut me off financially,cuts me off financially,cutting me off financially,me coupe les vivres'),
  ...list('gives me an allowance,puts me on an allowance,no access to money,no access to our money'),
  ...cross(list('shut,emptied,drained'), list('my bank account,our bank account,our joint account')),
  ...cross(
    list('has to know,needs to know,wants to know,demands to know,veut savoir,veut toujours savoir'),
    list('where i am,where i go,who i talk to,who i am with,ou je suis,ou je vais,avec qui je suis'),
  ),
  ...cross(
    list('snooping on,snoops on,snooping in,spying on,spies on,hacked,hacked into'),
    list('my phone,my messages,my texts,my emails,my email,my facebook,my social media'),
  ),
  ...cross(
    list('me traite,me traitait,me dit que je suis,me repete que je suis,me repetait que je etais'),
    list('noms,nulle,nul,folle,conne,idiote,grosse,moche,bonne a rien,bon a rien'),
  ),
  ...cross(
    list('me a donne,me donne,me a mis,me met,me a colle'),
    list('une gifle,des gifles,une claque,des claques,une baffe,des coups de poing,un coup de poing'),
  ),
  ...cross(
    list('ne veut pas que je,veut pas que je,supporte pas que je,tolere pas que je,aime pas quand je'),
    list('sorte,sors,voie,vois,travaille,parle'),
  ),
  ...cross(
    list('doesnt want me to,gets mad when i,gets angry when i,gets jealous when i,hates it when i'),
    list(
      'go out,see my friends,see friends,see my family,talk to,hang out,make friends,make new friends,wear',
    ),
  ),
  ...cross(
    list('threatens to,threatened to,threatening to'),
    list('burn,destroy,take my kids,take the children'),
  ),
  ...list('wont stop texting me,wont stop calling me,wont stop contacting me,appels malveillants'),
  ...list('scares me,frightens me,terrifies me,intimidates me,me fait peur,me terrorise,me fait du mal'),
  ...list('hurts me physically,hurt me physically,physically hurt me,physically hurts me'),
  ...cross(list('following me,follows me,followed me'), list('home,everywhere,to work')),
  ...cross(list('me oblige a,me force a,me forcait a'), list('coucher,avoir des rapports,faire le amour')),
  ...cross(
    list('a publie,publie,a diffuse,diffuse,a partage'),
    list('des photos intimes,mes photos intimes,mes nudes'),
  ),
  ...cross(
    list('menace de publier,menace de diffuser,threatens to post,threatened to post'),
    list('mes photos,my photos,my pictures'),
  ),
  ...MONEY_CONTROL,
  // Cut off from people through the phone: contacts deleted, friends blocked.
  ...cross(
    list('deleted,deletes,blocked,blocks'),
    list('all my contacts,my friends numbers,numbers from my phone,all numbers from my phone,my friends on'),
  ),
];
/** Described situations that say enough without a subject. */
const SITUATION_SELF = [
  ...cross(
    ['wont let me', 'doesnt let me', 'will not let me', 'does not let me'],
    [
      'see my friends',
      'see my family',
      'see friends',
      'leave the house',
      'have my own money',
      'talk to my friends',
      'talk to my family',
      'talk to other guys',
      'talk to other men',
      'talk to anyone',
      'go out',
      'go anywhere',
      'see anyone',
    ],
  ),
  ...cross(['not allowed to'], ['see my friends', 'see my family']),
  ...cross(['isolates me from', 'isolated me from', 'keeps me from seeing'], ['my friends', 'my family']),
  ...cross(
    ['me empeche de voir', 'me interdit de voir', 'ne me laisse pas voir'],
    ['mes amis', 'ma famille'],
  ),
  ...['threatened to kill me', 'threatens to kill me', 'a menace de me tuer', 'menace de me tuer'],
  // Named, not described: still not about a film or a song ("Obsessed", "hommes violents" lyrics).
  ...cross(['obsessed', 'obsessive', 'stalker'], ['ex']),
  ...cross(['ex'], ['obsessed with me', 'obsessed with you', 'stalking me', 'stalker']),
  ...['homme violent', 'hommes violents', 'conjoint violent', 'conjoints violents'],
  // People who used violence, in their own words or named.
  ...cross(
    ['i hit', 'i pushed', 'i slapped', 'i choked', 'i abused'],
    ['my girlfriend', 'my wife', 'my partner', 'my boyfriend', 'my husband'],
  ),
  ...cross(
    ['je ai frappe', 'je ai gifle'],
    ['ma femme', 'ma conjointe', 'ma copine', 'mon mari', 'mon copain'],
  ),
  ...cross(['hit', 'beat', 'abuse'], ['their wives', 'their partners', 'his wife']),
  ...cross(['isolating me from', 'cuts me off from'], ['my friends', 'my family', 'friends', 'family']),
];
/** Sex without consent: asleep, passed out, after "no". Then "let me" said otherwise. */
const SITUATION_SELF_MORE = [
  ...cross(
    list('sex with me,touching me,touched me,touches me,sex,sexual contact,rapports,me touchait'),
    list(
      'while i was asleep,while i was sleeping,while asleep,when i was asleep,in my sleep,while i was passed out',
    ).concat(
      list('without my consent,after i said no,when i said no,pendant que je dormais,sans mon consentement'),
    ),
  ),
  ...cross(
    list('never lets me,wont allow me to,doesnt allow me to,never allows me to,forbids me to'),
    list('see my friends,see my family,go out,leave the house,talk to anyone,have my own money,work'),
  ),
];

/** Games, screens and songs: violence there is a rating, not a situation. */
const MEDIA = [
  ...[
    'games',
    'game',
    'computer games',
    'video games',
    'video',
    'videos',
    'movies',
    'movie',
    'films',
    'film',
  ],
  ...['tv', 'television', 'cartoons', 'cartoon', 'media', 'jeux', 'jeu', 'jeux video', 'series', 'anime'],
  ...['music', 'lyrics', 'content'],
];

/**
 * Everyday uses that must not count; matched first where they overlap a help phrase's start,
 * so "tax shelter" never reaches "shelter". Each is a whole phrase; none decides anything.
 */
const NEUTRAL = [
  ...['animal shelter', 'animal shelters', 'pet shelter', 'dog shelter', 'cat shelter', 'no kill shelter'],
  ...cross(['shelter'], ['dog', 'dogs', 'cat', 'cats', 'pet', 'pets', 'animal', 'animals', 'in place']),
  ...['storm shelter', 'tornado shelter', 'fallout shelter', 'bomb shelter', 'air raid shelter'],
  ...['nuclear shelter', 'bus shelter', 'tax shelter', 'tax shelters', 'gimme shelter', 'tent shelter'],
  ...['bike shelter', 'car shelter', 'shelter island', 'shelter cove', 'shelter bay', 'shelter insurance'],
  ...[
    'shelter cost',
    'shelter costs',
    'shelter allowance',
    'humane society',
    'spca',
    'emergency shelter kit',
  ],
  ...['wildlife refuge', 'national wildlife refuge', 'refuge animalier', 'refuge pour animaux', 'refuge spa'],
  ...[
    'refuge de montagne',
    'hebergement web',
    'hebergement site',
    'hebergement cloud',
    'hebergement serveur',
  ],
  ...['hebergement touristique', 'hebergement insolite', 'hebergement etudiant', 'hebergement de site'],
  ...['hotline miami', 'hotline bling', 'tax hotline', 'customer hotline', 'fraud hotline', 'it hotline'],
  ...['fraud and abuse', 'waste fraud and abuse', 'fraud waste and abuse', 'abuse desk', 'abuse contact'],
  ...['abuse of power', 'abuse of process'],
  ...['abuse of discretion', 'abuse of notation', 'abuse of dominance', 'abuse of dominant position'],
  ...['abuse of authority', 'abuse of rights', 'abuse of trust', 'substance abuse', 'drug abuse'],
  ...[
    'alcohol abuse',
    'solvent abuse',
    'opioid abuse',
    'prescription abuse',
    'animal abuse',
    'animal cruelty',
  ],
  ...['substance abuser', 'drug abuser', 'alcohol abuser', 'abusive language', 'abusive comments'],
  ...['abusive content', 'abusive tax', 'abus de biens sociaux', 'abus de confiance', 'abus de pouvoir'],
  ...[
    'abus de droit',
    'abus de position dominante',
    "abus d'alcool",
    'abus de substances',
    'abus de drogues',
  ],
  ...['maltraitance animale', 'maltraitance animaux', 'maltraitance des animaux', 'gun violence'],
  ...['police violence', 'police brutality', 'political violence', 'gang violence', 'mob violence'],
  ...['armed violence', 'sectarian violence', 'football violence', 'youth violence', 'school violence'],
  ...['video game violence', 'violence in video games', 'violent video games', 'violent video game'],
  ...['violence dans les jeux video', 'violence a la television', 'tv violence', 'movie violence'],
  ...['violence in movies', 'violence in films', 'violence in media', 'graphic violence', 'strong violence'],
  ...['fantasy violence', 'cartoon violence', 'mild violence', 'intense violence', 'bloody violence'],
  ...['violence and gore', 'sex and violence', 'sexual content', 'sexual references', 'violent femmes'],
  ...cross(['violent', 'violence', 'graphic'], MEDIA),
  // Not "content violence": an address's `/content/` then `la violence` reads so once `la` is dropped.
  ...cross(
    MEDIA.filter((m) => m !== 'content'),
    ['violence'],
  ),
  ...['violent storm', 'violent storms', 'violent weather', 'violent crash', 'violent collision'],
  ...['violent death', 'violent earthquake', 'violent winds', 'violent explosion', 'violent shaking'],
  ...['violence policiere', 'violences policieres', 'violence urbaine', 'violences urbaines'],
  ...['assault rifle', 'assault rifles', 'assault weapon', 'assault weapons', 'assault vehicle'],
  ...['assault course', 'assault on precinct', 'assault team', 'assault boat', 'assault mode'],
  ...['relationship between', 'relationships between', 'relation entre', 'relations entre'],
  ...cross(
    ['relationship with', 'toxic relationship with'],
    ['food', 'money', 'alcohol', 'work', 'exercise'],
  ),
  ...['relations publiques', 'relation client', 'relations clients', 'relation de travail'],
  ...['business partner', 'business partners', 'managing partner', 'general partner', 'limited partner'],
  ...['trading partner', 'trading partners', 'strategic partner', 'channel partner', 'partner program'],
  ...['affiliate partner', 'partenaire commercial', 'partenaires commerciaux', 'partenaire financier'],
  ...['tree protection order', 'environmental protection order', 'data protection order', 'price protection'],
  ...['heritage protection order', 'creditor protection order', 'stipulated protective order'],
  ...['agreed protective order', 'confidentiality protective order', 'oilseed rape', 'rape seed', 'rape oil'],
  ...['rape field', 'rape fields', 'deer stalking', 'stalking horse', 'stag stalking', 'crisis core'],
  ...[
    'financial crisis',
    'economic crisis',
    'climate crisis',
    'housing crisis',
    'energy crisis',
    'debt crisis',
  ],
  ...['banking crisis', 'refugee crisis', 'migrant crisis', 'hostage crisis', 'missile crisis'],
  ...[
    'identity crisis',
    'midlife crisis',
    'crisis management',
    'crisis communication',
    'crisis communications',
  ],
  ...['crise economique', 'crise financiere', 'crise climatique', 'crise du logement', 'crise sanitaire'],
  ...['hernia strangulation', 'strangulation hernia', 'bowel strangulation', 'sous l emprise de'],
  ...['emprise au sol', 'emprise de la route', 'emprise fonciere', 'sous emprise de', 'hit me up'],
  ...[
    'hits me up',
    'hit me back',
    'hit me baby',
    'beat me to it',
    'me suit sur',
    'me suivait sur',
    'me tape sur les nerfs',
    'me tapait sur les nerfs',
  ],
  ...cross(
    ['pushed me to', 'pushes me to', 'push me to', 'me pousse a', 'me poussait a'],
    ['be', 'do', 'become', 'try', 'work', 'study', 'grow', 'me depasser', 'reussir', 'travailler', 'faire'],
  ),
  ...['crisis pregnancy', 'pregnancy crisis', 'drug trafficking', 'arms trafficking'],
  ...[
    'paternity leave',
    'maternity leave',
    'parental leave',
    'sick leave',
    'annual leave',
    'leave of absence',
  ],
  ...[
    'home invasion',
    'home invasions',
    'wildlife trafficking',
    'trafic de drogue',
    ...cross(['animals', 'animal', 'dogs', 'dog', 'pets'], ['being abused']),
  ],
  ...['construction safety plan', 'site safety plan', 'workplace safety plan', 'fire safety plan'],
  ...['covid safety plan', 'event safety plan', 'school safety plan', 'pool safety plan', 'food safety plan'],
  ...['safety plan template for construction', 'health and safety plan', 'plan de securite incendie'],
  ...['plan de securite au travail', 'safety plan for construction', 'workplace violence'],
  ...[
    'harcelement scolaire',
    'harcelement au travail',
    'harcelement moral au travail',
    'workplace harassment',
  ],
  ...[
    'sexual health',
    'ligne de metro',
    'ligne de bus',
    'ligne d autobus',
    'conjugal visit',
    'conjugal visits',
  ],
];
const NEUTRAL_MORE = [
  ...cross(
    list('is it,is that,is this,what is,whats,what s,types of,forms of,signs of,counts as'),
    cross(['abuse of'], list('power,process,discretion,authority,trust,rights,judicial discretion')),
  ),
  // Figurative: encouraged ("pushed me to apply", "m'a poussée à m'inscrire"), told ("hit me with the news").
  ...cross(
    list('pushed me,pushes me,push me,pushing me,pushed us'),
    list(
      'be,become,start,try,apply,go,join,pursue,sign,run,study,learn,write,follow,keep,work,grow,change,finish,improve,reach,see,think,step,chase,achieve,believe,dream,train,enroll,register,read,travel,speak,beyond,my limits',
    ),
  ),
  ...cross(
    list('me pousse,me poussee,me poussait,me poussent,me ont pousse'),
    list(
      'me inscrire,inscrire,essayer,commencer,continuer,aller,devenir,changer,reprendre,postuler,courir,etudier,apprendre,ecrire,me depasser,travailler,croire,voyager,lire,me lancer,poursuivre,consulter',
    ),
  ),
  ...cross(
    list('hit me with,hits me with,hit us with'),
    list(
      'idea,great idea,new idea,good idea,crazy idea,question,questions,news,big news,bad news,some news,bill,proposal,offer,request,surprise,compliment,joke,reality check',
    ),
  ),
  ...list(
    'menace expulsion,menacee expulsion,menace de expulsion,threatened with deportation,facing deportation',
  ),
  ...cross(list('throws,throwing,threw,throw'), list('things away,things out,stuff away,stuff out')),
  ...list('harcelement commercial,harcelement telephonique commercial,hit you up'),
];
/**
 * A partner's jealousy is everyday; too much of it, or asking whether it is normal, is not.
 * Help with a partner named and nobody else (a dog jealous of a boyfriend).
 */
const JEALOUS = [
  ...cross(
    list('too,trop,tellement,excessively,extremely,insanely,constantly,tout le temps,constamment'),
    list('jealous,jaloux,jalouse,possessive,possessif'),
  ),
  ...cross(
    list('jealous,jealousy,possessive,jaloux,jalouse,jalousie'),
    list('normal,red flag,red flags,problem'),
  ),
  ...cross(
    list('signs of,sign of,red flags of,signs,red flags'),
    list('jealous,jealousy,possessive,possessiveness'),
  ),
  ...list('jealous and possessive,possessive and jealous,jaloux et possessif,jalouse et possessive'),
  ...JEALOUSY_WEAK,
  ...cross(
    list('jalousie est,jalousie devient,jealousy is,jealousy is getting'),
    list('excessive,maladive,extreme,obsessive,tellement excessive,trop forte,out of control,too much,scary'),
  ),
];
/**
 * Fear said of oneself (`towardPartner`, as "afraid of" is): with jealousy it makes the jealousy a
 * partner's without a name ("sa jalousie est tellement excessive, j'ai peur").
 */
const FEAR = list(
  'je ai peur,jai peur,i am scared,im scared,i am afraid,im afraid,i am terrified,me fait peur',
);
/** Afraid to tell, ask or lose someone: reluctance, not fear of a person (`neutral`). */
const RELUCTANT = [
  ...cross(
    list('afraid,scared,i am afraid,im afraid,i am scared,im scared'),
    list('tell,ask,say,lose,hurt his,hurt her'),
  ),
  ...cross(
    list('peur,je ai peur,jai peur'),
    list('lui dire,le dire,perdre,la perdre,le perdre,le blesser,la blesser'),
  ),
];
const FEAR_OF = cross(list('jalousie,jealousy'), list('me fait peur,scares me,frightens me,terrifies me'));
/** Leaving a partner: with a threat, harm or a described situation, a text is help without a name. */
const IF_LEAVE = list(
  'if i leave,if i leave him,if i leave her,when i leave,if you leave,when you leave,si je pars,si je le quitte,si je la quitte,quand je pars,si je quitte',
);

/**
 * The field's own names for schemes, orders, payments and programmes, region by region, and terse
 * forms of them. Acronyms that mean other things (EPO, AVO, PSO, EVP, TGD, MBCP, IPV) never decide
 * alone: only next to a word that says which one is meant (a province, a court, "breach", "payment").
 */
/** Orders that protect from a person, by their local names (Ireland, New Zealand, Canada). */
const ORDERS_MORE = list(
  'barring order,interim barring order,emergency barring order,police safety order,emergency intervention order',
);
const FIELD = [
  ...ORDERS_MORE,
  ...list('community intervention order,victim assistance order,advo,dvpo,dvpn,dvro,fvio,fvro,dsdas,vqrp'),
  ...list('domestic abuse disclosure scheme,ddvc,mvdac,dvilr,escaping violence payment,safe havens for pets'),
  ...list('ask for ani,ani codeword,codeword ani,ask for angela,men behaviour change,men behavior change'),
  ...list('partner inflicted,aide universelle d urgence,telephone grand danger,second stage house'),
  ...list('second stage home,loi de clare,interpersonal violence,anti rapprochement,abusive sponsor'),
  ...list('address confidentiality program,lethality assessment,police protection notice,refuge space'),
  ...list('family court support worker,interdiction temporaire de residence,dash risk assessment'),
  ...list('sarc near me,pharmacy codeword,pharmacy code word'),
  ...cross(list('epo'), list('alberta,saskatchewan,nova scotia,newfoundland,nwt,calgary,edmonton')),
  ...cross(list('alberta,saskatchewan,calgary,edmonton,legal aid'), ['epo']),
  ...cross(['avo'], list('nsw,court,lawyer,solicitor,breach,breached,application,conditions,hearing')),
  ...cross(list('nsw,apply,breach,breached'), ['avo']),
  ...cross(['pso'], list('nz,new zealand,breach,breached,police')),
  ...cross(['safety order'], list('ireland,district court,garda,gardai')),
  ...cross(['evp'], list('payment,eligibility,uniting,centrelink')),
  ...cross(list('obtenir,demander,demande'), ['tgd']),
  ...cross(['mbcp'], list('course,program,provider,near me,online')),
  ...cross(['dvo'], list('qld,queensland,court,breach,breached,application,conditions,hearing')),
  ...cross(['pfa'], list('order,hearing,petition,court,filed,file')),
  ...cross(list('file,filed,temporary'), ['pfa']),
  ...cross(
    ['ipv'],
    list('survivor,victim,lgbtq,lgbt,brain injury,strangulation,screening,advocate,advocacy'),
  ),
  ...cross(['ipv'], list('shelter,hotline,support,awareness,signs,toolkit')),
  ...cross(list('lgbtq,lgbt,2slgbtq,queer,same sex'), ['ipv']),
  ...cross(list('abused,battered'), list('friend,sister,mother,mom,mum,neighbour,neighbor,coworker')),
  ...cross(list('quitter,fuir,sortir de'), list('milieu violent,foyer violent')),
  ...cross(list('certificat medical,certificat de constatation'), list('violences,violence,coups')),
  ...cross(
    list('dv,dfv,fdv,ipv'),
    list('lawyer,attorney,solicitor,counselling,counseling,therapist,class,charge,help,resources,awareness'),
  ),
  ...cross(list('dv,dfv,fdv,ipv'), list('near me,statistics,training')),
];
/**
 * Programmes for people who have used violence (French field terms: never "stage" or "prise en
 * charge" alone), disclosure schemes by their acronym, forgiving or accepting the first slap.
 */
const FOR_AUTHORS = list(
  'prise en charge,pris en charge,prendre en charge,accompagnement,stage,groupe de parole,programme,suivi',
);
const FIELD_MORE = [
  ...cross(FOR_AUTHORS, ['auteur de violence']),
  ...list(
    'stage de responsabilisation,pour auteur de violence,perpetrator programme,perpetrator program,apply for dvds',
  ),
  ...cross(['dvds'], list('application form,scheme,disclosure')),
  // The US visa for victims of crime, by its certification or form ("u visa" alone is also "U.S. visa").
  ...list('u visa certification,i 918 supplement b,i 918b'),
  ...cross(list('accepter,pardonner,excuser,apres'), ['la premiere gifle']),
  ...cross(list('accept,accepting,forgive,forgiving'), ['the first slap']),
];
/** Asking the police about a partner's past (disclosure schemes), in words: a partner must follow. */
const ASK_ABOUT = list(
  'ask police about,right to ask about,right to ask police about,right to know about,police check on,background check on',
);
/** The marital home: leaving it is leaving a partner ("quitter le domicile conjugal avec les enfants"). */
const MARITAL_HOME = list('domicile conjugal,logement conjugal,foyer conjugal,matrimonial home,marital home');
/** Civil litigation: a protective order there protects documents, not a person. */
const CIVIL_MORE = list(
  'discovery,stipulated,confidentiality,attorneys eyes only,clawback,trade secret,subpoena,deposition,frcp',
);
/** Tracking and spying on a phone: with a partner named nearby (harmWeak). */
const SPY = cross(
  list('spy app,spy apps,spying app,logiciel espion,logiciels espions,application espionne,mouchard'),
  list('on my phone,in my phone,sur mon telephone,sur mon portable,dans mon telephone'),
);
/** A tracker or spy app put on my things: said with "he"/"she" or a partner ("il a mis un traceur sur mon téléphone"). */
const SPY_ON_ME = cross(
  list(
    'tracker,tracking app,spy app,spyware,gps tracker,traceur,mouchard,logiciel espion,application espion',
  ),
  list('on my phone,on my car,in my car,sur mon telephone,sur mon portable,sur ma voiture,dans ma voiture'),
);
/** A partner's spyware in French ("logiciel espion conjoint"): the partner must follow (`towardPartner`). */
const SPY_FR = list(
  'logiciel espion,logiciels espions,application espion,applications espions,application espionne,appli espion',
);
/** Spying on a partner, or catching one cheating: the searcher's own, not a sign of harm. */
const SPIED = [...PARTNERS_FR, ...PARTNERS_FR_MORE];
const SPYING_ON_PARTNER = [
  ...cross(list('surveiller,espionner'), [...SPIED, ...cross(list('son,sa,mon,ma'), SPIED)]),
  ...cross(SPIED, list('infidele,infideles')),
];
/**
 * Said of oneself, enough alone: an unknown tracker moving with me, threats about my status, a
 * violent parent (named, so not in a film or a game).
 */
const SELF_MORE = [
  ...cross(list('airtag,air tag,tracker'), list('following me,tracking me')),
  ...list('found airtag,found tracker,unknown airtag,unknown tracker on my car'),
  ...cross(
    list('threatens to,threatened to,threatening to,menace de'),
    list('deport me,have me deported,me faire expulser'),
  ),
  ...cross(list('pere,mere,parent,papa'), list('violent,violente')),
];
/** Partner's surveillance of messages and location, with a subject. */
const DEPORT = cross(list('threatening,threatens,threatened'), ['deportation']);
const WATCH = list(
  'reads my messages,reads my texts,checks my messages,lit mes messages,lit mes sms,regarde mes messages,me geolocalise,me localise,me traque,me piste',
);
/** Older people (French): "aîné" singular and "personnes âgées" with harm nearby. */
const NEAR_ELDERS = list('aine,ainee,personne agee,personne ainee');
/** Vaccines: polio "IPV" is a dose, not a situation. */
const VACCINE = list(
  'vaccine,vaccines,vaccination,vaccin,polio,dose,doses,immunization,immunisation,booster,dtap,opv',
);

/** Every phrase list, by the part it plays. */
export const LEXICON = {
  strong: [...STRONG_EN, ...STRONG_FR, ...PAGE_MORE_EN, ...STRONG_MORE, ...FIELD, ...FIELD_MORE],
  kind: [...KIND, ...KIND_MORE],
  workplace: WORKPLACE,
  harm: HARM,
  harmWeak: [
    ...HARM_WEAK,
    ...HARM_WEAK_MORE,
    ...SPY,
    ...SPY_ON_ME,
    ...MONEY_HELD,
    ...list('premiere gifle,first slap'),
  ],
  passive: PASSIVE,
  towardPartner: [...TOWARD_PARTNER, ...ASK_ABOUT, ...SPY_FR, ...FEAR, ...FEAR_OF],
  relation: [...RELATION, ...RELATION_MORE],
  near: [...NEAR, ...NEAR_MORE, ...NEAR_ELDERS, 'amoureuse', 'amoureuses', ...MARITAL_HOME],
  nearPartner: [...NEAR_PARTNER, ...MARITAL_HOME],
  person: PERSON,
  family: FAMILY,
  flee: FLEE,
  leave: LEAVE,
  shelter: [...SHELTER, ...SHELTER_FR, 'mise a l abri'],
  alone: [...ALONE, ...ALONE_EN],
  aloneUnless: ALONE_UNLESS,
  line: [...LINE, ...LINE_FR],
  crisis: CRISIS,
  safety: SAFETY,
  orderWeak: ORDER_WEAK,
  subject: [...SUBJECT, ...SUBJECT_MORE, ...EX_FORMS, 'ex', 'sponsor', 'my sponsor'],
  pronoun: PRONOUN,
  nonPartner: [...NON_PARTNER, ...NON_PARTNER_MORE],
  offTopic: [
    ...OFF_TOPIC,
    ...VACCINE,
    ...cross(['violent', 'violence'], MEDIA),
    'violent video games',
    'video game violence',
  ],
  situation: [...SITUATION, ...SITUATION_MORE, ...WATCH, ...DEPORT, ...SPY_ON_ME],
  situationSelf: [...SITUATION_SELF, ...SITUATION_SELF_MORE, ...SELF_MORE],
  neutral: [
    ...NEUTRAL,
    ...NEUTRAL_MORE,
    ...list('dv lottery,dv visa,diversity visa,dv 2025,dv 2026,dv 2027,health and safety'),
    ...SPYING_ON_PARTNER,
    ...RELUCTANT,
    // Authors of other violence: riots, the police.
    ...cross(FOR_AUTHORS, list('auteur de violence urbaine,auteur de violence policiere')),
    'stage de responsabilisation parentale',
  ],
  order: [...ORDERS, ...ORDERS_MORE],
  civilParty: [...CIVIL_PARTY, ...CIVIL_MORE],
  jealous: [...JEALOUS, ...FEAR_OF],
  ifLeave: IF_LEAVE,
} as const;

export type Cue = keyof typeof LEXICON;

/**
 * Help words a search may misspell, besides every vocabulary word of 6+ letters
 * (`vocabularyTypoTargets`); titles are not corrected.
 */
export const TYPO_TARGETS: readonly string[] = [
  ...['violence', 'violent', 'domestic', 'abusive', 'assault', 'assaulted', 'harassment', 'restraining'],
  ...['shelter', 'hebergement', 'conjugale', 'conjugal', 'agression', 'sexuelle', 'sexual', 'relationship'],
  ...['helpline', 'hotline', 'coercive', 'strangulation', 'boyfriend', 'girlfriend', 'husband'],
  ...['battered', 'maltraitance', 'emotional', 'psychological', 'narcissistic', 'gaslighting', 'trafficking'],
  ...[
    'violences',
    'violente',
    'feminicide',
    'harcelement',
    'protection',
    'intimate',
    'transition',
    'spousal',
  ],
  ...['controlling', 'strangled', 'victims', 'survivors', 'sexuelles', 'conjugales', 'familiale', 'physical'],
  ...['sexual', 'abused', 'abusive', 'conjoint', 'conjointe', 'partenaire', 'partner', 'relation'],
  ...['psychologique', 'psychologiques', 'violents', 'violentes', 'abusives'],
  ...list(
    'harassing,harcele,harceler,fiancee,jalousie,jealousy,threatened,threatens,stalking,stalker,manipulative,ordonnance',
  ),
  ...list('stalkerware,deuxieme,rapprochement,responsabilisation'),
];

/** Real words near a typo target, besides the dictionaries' (`typo-guard.ts`): never corrected. */
export const NOT_TYPOS: readonly string[] = [
  ...['violet', 'violets', 'violin', 'violins', 'violon', 'violette', 'smelter', 'helter', 'spelter'],
  ...['aggression', 'assaut', 'assauts', 'husbandry', 'conjugate', 'conjugated', 'conjugation', 'retraining'],
  ...['production', 'projection', 'protections', 'protecting', 'protector', 'domestique', 'domestics'],
  ...[
    'relationships',
    'relations',
    'sexually',
    'hotlines',
    'helplines',
    'shelters',
    'sheltered',
    'transitions',
  ],
  ...['intimately', 'intimates', 'abrasive', 'victim', 'survivor', 'physician', 'physicals', 'emotions'],
  ...['emotion', 'silence', 'violation', 'violations', 'violates', 'violated', 'swelter', 'shelver'],
  ...['digression', 'regression', 'progression', 'transgression', 'aggressions', 'bettered', 'battened'],
  ...['buttered', 'intimated', 'intimite', 'transitive', 'transitional', 'espousal', 'wrangled', 'violant'],
  ...['violante', 'stalling', 'talking', 'walking', 'stalkers', 'conjoin', 'conjoins', 'partier'],
  ...['elation', 'delation', 'psychologie', 'psychologue'],
  ...list('talker,talkers,manipulation,manipulations,stalkers,ordonnances,ordinance'),
];
