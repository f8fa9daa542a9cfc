/**
 * The help vocabulary, English and French, by the part each phrase plays. Phrases are written
 * naturally and compiled through `helpWords` (accents, elisions and case folded); plurals find
 * their singular. Written from knowledge of the field, not from any evaluation set: situations,
 * not single words. A word that is ambiguous on its own ("shelter", "hotline", "abuse",
 * "violence", "safety plan", "refuge", "respect") never decides alone; `neutral` phrases take
 * everyday uses out of play before anything is judged ("animal shelter", "abuse of power",
 * "hotline miami"), and the longest phrase at a position wins.
 */

import { LEXICON_6 as SIX } from './help-lexicon-6';
import { LEXICON_10 as TEN } from './help-lexicon-10';
import { LEXICON_11 as ELEVEN } from './help-lexicon-11';
import { LEXICON_12 as TWELVE } from './help-lexicon-12';
import { LEXICON_13 as THIRTEEN } from './help-lexicon-13';
import { LEXICON_14 as FOURTEEN } from './help-lexicon-14';
import { LEXICON_15 as FIFTEEN } from './help-lexicon-15';
import { LEXICON_16 as SIXTEEN } from './help-lexicon-16';
import { LEXICON_17 as SEVENTEEN } from './help-lexicon-17';
import { LEXICON_18 as EIGHTEEN } from './help-lexicon-18';
import { LEXICON_19 as NINETEEN } from './help-lexicon-19';
import { parentSaid, LEXICON_20 as TWENTY } from './help-lexicon-20';
import { LEXICON_21 as TWENTY_ONE } from './help-lexicon-21';
import { LEXICON_ACTS as ACTS, EN_ACTS, FR_ACTS, FR_DONE, NAMED_ACTS } from './help-lexicon-acts';
import { cross, list, thirdPerson } from './phrase-lists';

const PARTNERS_EN = list('husband,wife,wives,boyfriend,girlfriend,spouse,fiance,fiancee');
const PARTNERS_EN_SHORT = list('bf,gf,hubby,common law partner,significant other');
const PARTNERS_FR = list('conjoint,conjointe,mari,epoux,epouse,copain,copine,chum');
const PARTNERS_FR_MORE = list('compagnon,compagne,amoureux,partenaire amoureux,petit ami,petite amie');
const EX_FORMS = [
  ...cross(list('my,mon,ma,an,her,his,your,the,abusive,violent,by,from'), ['ex']),
  ...cross(list('against,with,of,de,par,toxic,toxique,mi,un,une,mon'), ['ex']),
  ...cross(['ex'], [...PARTNERS_EN, ...PARTNERS_FR, 'partner', 'partenaire']),
];

/** What one leaves the abuse by; "escaping abuse of notation" and "leave abuse of power" stay neutral. */
const LEAVE_ABUSE = list('leaving,leave,escaping,escape,fleeing,flee');

/** Decide alone: the page or search is about violence, abuse, or getting help from it. */
const STRONG_EN = [
  ...cross(['domestic'], list('violence,abuse,assault,homicide,battery,terrorism,abuser')),
  ...cross(
    list('intimate partner,partner,spousal,spouse,dating,relationship,teen dating'),
    list('violence,abuse'),
  ),
  ...cross(list('intimate partner,partner,spousal'), list('assault,homicide')),
  ...list('family violence,woman abuse,wife abuse,wife assault,wife battering,wife beating'),
  ...list('wife beater,gender based violence,gendered violence,violence against women'),
  ...list('violence towards women,violence toward women,abuse of women,abuse against women'),
  ...list('male violence,violence against children,child abuse,child maltreatment,elder abuse'),
  ...list('abuse of older people,abuse of older adults,mmiwg,missing and murdered indigenous women'),
  ...cross(['sexual'], list('violence,assault,abuse,harassment,exploitation,misconduct')),
  ...list('sexual coercion,sexually assaulted,sexually abused,sexually harassed,indecent assault'),
  ...list('rape,raped,rapist,rape crisis,date rape,marital rape,incest,sex abuse'),
  ...list('controlling behaviour,controlling behavior,reproductive coercion,post separation abuse'),
  ...list('spiritual abuse,narcissistic abuse,physical abuse'),
  ...list('technology facilitated abuse,technology facilitated violence,tech abuse,image based abuse'),
  ...list('digital dating abuse,revenge porn,non consensual intimate images,sextortion,stalkerware'),
  ...list('being stalked,strangulation,non fatal strangulation'),
  ...list('battered women,battered woman,battered wife,battered wives,abused women,abused woman'),
  ...list('abused wife,abused men,abusive men,abusive behaviour,abusive behavior,batterer'),
  ...list('batterers,abuser,abusers,femicide,feminicide,honour killing,honor killing'),
  ...list('honour based violence,honor based violence,honour based abuse,forced marriage'),
  ...list('female genital mutilation,fgm,human trafficking,sex trafficking,vawa'),
  ...list('cycle of abuse,signs of abuse,types of abuse,forms of abuse'),
  ...list('what is abuse,warning signs of abuse,is this abuse,is it abuse,am i being abused'),
  ...list('being abused,was abused,were abused,been abused,got abused'),
  ...cross(list('physically,financially'), list('abused,abusive')),
  ...list('toxic relationship,toxic relationships'),
  ...list('second stage housing,second stage shelter,maison des femmes,maisons des femmes'),
  ...list('maison pour femmes,relation de controle,sane exam,sane exams,been assaulted'),
  ...list('was assaulted,being assaulted,got assaulted,were assaulted,dfv,fdv'),
  ...cross(list('dv,dfv,fdv'), list('services,service,support,legal,shelter,victims,hotline')),
  ...cross(list('dv,dfv,fdv'), list('helpline,advocate,court,funding,crisis,refuge,order')),
  ...cross(list('dv,dfv,fdv'), list('leave,survivors,program,programs,prevention,sector')),
  ...list('sexual assault centre,sexual assault center'),
  ...list('victim services,victim support,victim assistance,victim advocate,victim advocacy'),
  ...['victims of crime', 'crime victims', 'victim witness', "women's aid", 'womens aid'],
  ...list('restraining order,protection order,protective order,emergency protection order'),
  ...list('emergency protective order,no contact order,non molestation order,occupation order'),
  ...list('peace bond,order of protection,orders of protection,anti harassment order'),
  ...list('protection from abuse order,apprehended violence order,intervention order'),
  ...["clare's law", 'domestic violence disclosure scheme'],
  // "Leaving the abuse", "escaping abuse": the abuse as what one leaves (function words drop out).
  ...cross(LEAVE_ABUSE, ['abuse']),
  ...cross(list('leaving,leave,escaping,escape,fleeing'), list('an abusive,abusive,my abuser')),
  ...list('people who use violence,men who use violence,stop being abusive,stop being violent'),
  ...list('am i abusive,am i the abuser,i am abusive'),
];

const STRONG_FR = [
  ...cross(
    list('violence,violences'),
    list(
      'conjugale,conjugales,familiale,familiales,intrafamiliale,domestique,domestiques,sexuelle,sexuelles,sexiste,sexistes,economique,financiere,amoureuse,amoureuses,post separation,post separationnelle,faite aux femmes,faites aux femmes,faites aux enfants,envers les femmes,contre les femmes,a l egard des femmes,entre partenaires intimes,entre partenaires,dans les relations amoureuses,dans le couple,au sein du couple,de couple,basee sur le genre,fondee sur le genre,genree,genrees',
    ),
  ),
  ...list('agression sexuelle,agressions sexuelles,agression a caractere sexuel,abus sexuel'),
  ...list('aggression sexuelle,aggressions sexuelles'),
  ...list('agressions a caractere sexuel,harcelement sexuel,harcelement criminel,exploitation sexuelle'),
  ...list('inceste,viol,viols,violee,violees'),
  ...["relation d'emprise", "sortir de l'emprise", 'emprise conjugale', 'pervers narcissique'],
  ...list('feminicide,femme battue,femmes battues,homme battu,hommes battus,femme violentee'),
  ...list('femmes violentees,couple violent,relation violente,relation abusive,relation toxique'),
  ...list('traite des personnes,traite des etres humains'),
  ...list('maison de deuxieme etape,maisons de deuxieme etape,hebergement de deuxieme etape'),
  ...['maison de 2e etape', 'aide aux victimes', "centre d'aide aux victimes", 'victimes d actes criminels'],
  // Québec's men's help centres (violence used or lived, a crisis): "centre d'aide pour hommes".
  ...["centre d'aide pour hommes", "centre d'aide pour les hommes"],
  ...list('ordonnance de protection,ordonnance de non communication'),
  ...list('interdiction de contact,interdiction de communiquer,telephone grave danger'),
  ...["engagement de ne pas troubler l'ordre public", 'bracelet anti rapprochement', 'calacs', 'cavac'],
  ...cross(list('quitter,fuir'), list('un conjoint violent,mon conjoint violent,un agresseur,mon agresseur')),
  // The person who harmed me, named as such ("rapist" and "my abuser" in English): "agresseur" alone is
  // also a mugger in a news story, so only mine; "violeur" has no other sense.
  ...list('mon agresseur,mon ancien agresseur,mon ex agresseur,violeur,violeurs,mon violeur'),
  // Wanting to stop, said in French as in English ("how to stop being violent" is already help).
  ...list('arreter d etre violent,arreter d etre violente,cesser d etre violent,cesser d etre violente'),
  // People who have used violence, named as the field names them: "je suis auteur de violence".
  ...cross(
    list('je suis,suis je,vous etes,tu es,etre'),
    list('auteur de violence,auteure de violence,un auteur de violence,une auteure de violence'),
  ),
  ...list('rapport sexuel force,rapports sexuels forces,relations sexuelles forcees,rapports non consentis'),
  ...cross(
    list('sous emprise de,emprise de'),
    list('mon mari,mon conjoint,ma conjointe,mon copain,ma copine,mon ex'),
  ),
];
/** Asking whether it counts ("is that abuse", "est-ce de la violence"). */
const STRONG_MORE = [
  ...cross(list('is that,is this,is it,is that still,is this still,is it still,counts as'), ['abuse']),
  // The question awareness campaigns put ("love or control?"), in either language.
  ...list('love or control,amour ou controle,jealousy or control,jalousie ou controle'),
  ...cross(list('est ce,est ce que ce est'), list('violence,maltraitance')),
];

/**
 * Names services and governments give the field on their own pages: acronyms and terms of the
 * UK (VAWG, IDVA, ISVA, MARAC), New Zealand ("family harm", "sexual harm") and everywhere (GBV).
 */
const PAGE_MORE_EN = [
  ...list('vawg,gbv,sgbv,idva,idvas,isva,isvas,marac,family harm,sexual harm'),
  ...list('cyberviolence,cyber violence,cyberviolences'),
];

/** Court orders that protect from a person: they decide alone unless the other side is `CIVIL_PARTY`. */
const ORDERS = [
  ...list('restraining order,protection order,protective order,no contact order,peace bond'),
  ...list('order of protection,orders of protection,anti harassment order,ordonnance de protection'),
];
/** Who an order is against when it is a civil matter, not a partner: a neighbour, a landlord, a co-worker. */
const CIVIL_PARTY = [
  ...list('neighbor,neighbors,neighbour,neighbours,landlord,landlords,tenant,tenants'),
  ...list('coworker,coworkers,co worker,employer,stranger,civil harassment,voisin,voisins'),
  ...list('voisine,proprietaire,locataire,workplace,employee'),
  // Stories and software: an order in an episode, a trope, a package.
  ...list('episode,episodes,recap,trope,tropes,season,sitcom,movie,film,novel,fanfic,plot,netflix,imdb'),
  ...list('screenplay,hollywood,python,package,pypi,npm,api,module,github,sdk,plugin,javascript,software'),
];

/**
 * Kinds of abuse that decide alone unless the text is about work ("verbal abuse from customers",
 * "gaslighting at work"), where a partner must be named.
 */
const KIND = [
  ...list('abus emotionnel,abus psychologique,abus verbal,maltraitance,controle coercitif'),
  // Also said of work, animals, scams or public figures ("coercive control in the workplace").
  ...list('coercive control,coercive controlling behaviour,economic abuse,financial abuse,cyberstalking'),
  ...list('emotional abuse,psychological abuse,verbal abuse,gaslighting'),
  'violence psychologique',
  // Also said of cults and jobs ("love bombing by a cult recruiter", "trauma bond with my boss").
  ...list('trauma bond,trauma bonding,love bombing,emprise psychologique'),
  ...cross(list('emotionally,verbally,psychologically'), list('abused,abusive')),
  // Also said of wars, gangs and history ("the cycle of violence in the Middle East").
  ...list('cycle of violence,cycle de la violence'),
];
const WORKPLACE = [
  ...list('boss,coworker,workplace,at work,employer,manager,customer'),
  ...list('retail,employee,staff,worker,au travail,patron,collegue,client,employe'),
];

/** More kinds, as pages name them ("psychological violence"). */
const KIND_MORE = list('psychological violence,emotional violence,verbal violence,violence verbale');

/** Harm words: help with a partner word anywhere, or a `near` word within three words. */
const HARM = [
  ...list('abuse,abused,abusing,abusive,violence,violent,assault,assaulted,assaulting'),
  ...list('battering,maltreatment,mistreatment,mistreated,cruelty,exploitation,harassment'),
  ...list('coercion,homicide,trafficking,strangled,raped,agresseur,agresseurs'),
  ...list('abus,abusif,abusifs,abusives,violente,violents,violentes,violentee,agression'),
  ...list('agresse,agressee,sevices,harcelement,battu,battue,maltraite,maltraitee'),
  ...list('etranglee,menacee,mauvais traitements,mauvais traitement,maltraitances'),
  ...list('maltraitant,maltraitante'),
];
/** Too much jealousy, named as such: a weak sign of harm, and jealousy (`JEALOUS`) too. */
const JEALOUSY_WEAK = [
  ...cross(list('unhealthy,excessive,extreme,obsessive'), ['jealousy']),
  ...cross(['jalousie'], list('maladive,excessive,possessive')),
];
/** Weaker signs: help only with a partner word anywhere or a `nearPartner` word within three words. */
const HARM_WEAK = [
  ...list('controlling,toxic,narcissistic,narcissist,manipulative,threats,threatening'),
  ...list('coercive,coercif,coercitive'),
  ...list('stalker,stalks,emprise,toxique,manipulateur,manipulatrice,menaces,menacant'),
  ...list('agressif,agressive,report abuse,abuse report,report an abuse,reporting abuse'),
  ...list('insults,insultes,insulte,walking on eggshells,walk on eggshells,marcher sur des oeufs'),
  ...list('accusing me of cheating,accuses me of cheating'),
  ...JEALOUSY_WEAK,
  ...cross(list('tracking app,tracker,spyware'), list('on my phone,on my car,sur mon telephone')),
  ...list('leve la main sur,lever la main sur'),
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
  ...list('afraid of,scared of,frightened of,terrified of,peur de,peur des reactions de'),
  ...list('crainte de,leave,leaving,quitter,partir,escape,escaping,fuir,hiding from'),
  ...list('hide from,se cacher de,safe from,quitte,press charges against'),
  // A complaint or charges against a partner, in every tense ("j'ai porté plainte contre mon mari").
  ...cross(list('porter,porte,portee,porterai,deposer,depose,deposee,deposerai'), ['plainte contre']),
  ...list('plainte contre,pressed charges against,pressing charges against,file charges against'),
  ...list('filed charges against,drop charges against,dropped charges against,retirer plainte contre'),
];
/** "hit by", "frappée par": harm when a partner is named. */
const PASSIVE = [
  ...cross(list('hit,beaten,punched,slapped,kicked,pushed,choked,strangled'), ['by']),
  ...cross(list('threatened,attacked,controlled,stalked,forced'), ['by']),
  ...cross(list('harcele,harcelee,frappee,frappe,battue,giflee,poussee,etranglee,menacee,forcee'), ['par']),
];

/** Partner words: with harm anywhere in the same text. */
const RELATION = [
  ...PARTNERS_EN,
  ...PARTNERS_EN_SHORT,
  ...PARTNERS_FR,
  ...PARTNERS_FR_MORE,
  ...EX_FORMS,
  ...list('my man,ma femme,break up with him,break up with her,leave him,leave her'),
];
/** "my partner", "mon mec": partners named with a possessive ("your" reads as "my"). */
const RELATION_MORE = [
  ...cross(list('my,her,his,mon,ma,sa,son'), list('partner,partenaire')),
  'mon mec',
  'ma meuf',
  'ma blonde',
];
/** Words that make harm about relationships, families or people at risk when within three words. */
const NEAR_PARTNER = list('partner,partenaire,relationship,relation,marriage,mariage,dating');
const NEAR = [
  ...NEAR_PARTNER,
  ...list('domestic,family,families,familial,familiale,intrafamiliale,conjugal,conjugale'),
  ...list('conjugaux,sexual,sexuelle,sexist,sexiste,spousal,intimate,gender,child'),
  ...list('children,enfant,enfants,elder,elders,aines,girls,filles,wives,women'),
  ...list('femmes,femme,victims,victim,victimes,victime,survivors,survivor,mothers'),
  ...list('survivantes,survivants,meres,sexuel,sexuels,home,homes,household'),
];
const NEAR_MORE = list('couple,couples');
/** People at risk: with harm nearby, or with a shelter, line or safety-plan word anywhere. */
const PERSON = [
  ...list('women,woman,femmes,femme,mothers,meres,victims,victim,victimes,victime'),
  ...list('survivors,survivor,survivantes,survivante,survivants,girls,filles'),
  // The Young Women's Christian Association, whose shelters are for women ("YWCA shelter").
  ...list('ywca,ywcas'),
];
/** Families (English only: French "hébergement en famille" is a homestay). */
const FAMILY = list('families,family,children,kids');
const FLEE = list('fleeing,flee,escape,escaping,fuir,fuyant,fuient');
const LEAVE = [...FLEE, 'leaving', 'leave', 'quitter', 'partir', 'quitte'];

/** Places: help with a person at risk, a family, harm or a partner word. */
const SHELTER = list('shelter,shelters,refuge,refuges,safe house,safe home,safehouse,transition housing');
const SHELTER_FR = ['hebergement', "centre d'hebergement", 'foyer pour femmes', 'maison pour femmes'];
/**
 * Decide alone unless the text names another meaning: "maison d'hébergement" (in Québec a shelter
 * for women, unless prisoners, addiction or elders are named), "transition house" (a halfway
 * house in the US), "stalking" (hunting).
 */
const ALONE = ["maison d'hebergement", "maisons d'hebergement", "maison d'aide et d'hebergement", 'stalking'];
const ALONE_EN = list('transition house,transition houses,transition home,transition homes');
const ALONE_UNLESS = [
  ...list('halfway,halfway house,prison,prisoners,inmates,offenders,parole,sober,recovery'),
  ...list('addiction,rehab,reentry,re entry,detox,hunting,hunt,hunter,hunters,deer'),
  ...list('elk,stag,rifle,prey,predator,lion,tiger,wildlife,bow'),
  ...list('detenu,detenus,ex detenu,ex detenus,prisonniers,justice,toxicomanie,dependance'),
  ...list('dependances,alcoolisme,itinerance,itinerants,aines,personnes agees,jeunesse'),
  ...list('jeunes,sante mentale,deficience,handicap,animaux,chsld,hommes en difficulte'),
  ...list('etudiants,etudiant,touristique'),
  // Houses for animals, for people with disabilities, for migrants or the homeless: "maison
  // d'hébergement pour chiens", "… pour personnes handicapées", "… pour sans-abri".
  ...list('chien,chiens,chiot,chiots,chevaux,cheval,handicapees,handicapes'),
  // Cats only as whom the house is for: "chat" alone is also a help chat ("maison d'hébergement chat").
  ...list('pour chats,pour chatons'),
  ...list('migrants,migrantes,refugies,demandeurs d asile,sans abri,sans domicile,sdf'),
];
/**
 * Lines: help with harm, a person at risk or a partner word. Not a crisis alone: mental-health,
 * farm-stress and suicide lines are help of another kind (the directory's own stay listed sites).
 */
const LINE = list('hotline,hotlines,helpline,helplines,help line,support line,text line');
const LINE_FR = [
  "ligne d'ecoute",
  "ligne d'aide",
  'ligne ressource',
  "ligne d'urgence",
  'ligne telephonique',
];
const CRISIS = list('crisis,crise,distress,detresse,suicide,suicidal,urgence');
/** Plans: help with harm, a partner, a person at risk, leaving or a crisis. */
const SAFETY = list('safety plan,safety plans,safety planning,plan de securite,personal safety plan');
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
const PRONOUN = list('he,she,il,elle');
/** Anyone else: then "he"/"she" is not taken for a partner ("my son hits me"). */
const NON_PARTNER = [
  ...list('daughter,kid,kids,child,toddler,baby,dog,cat,puppy,brother'),
  ...list('sister,mom,mum,mother,dad,father,parent,parents,boss,coworker'),
  ...list('colleague,teacher,student,classmate,roommate,neighbour,neighbor,fils,fille'),
  ...list('enfant,bebe,chien,chat,frere,soeur,mere,pere,patron,collegue,prof'),
  ...list('voisin,voisine,colocataire,grandson,granddaughter,nephew,niece,school,ecole'),
  ...list('friend,best friend,bff,bestie,ami,amie,meilleur ami,meilleure amie,pote'),
];
/** "son" is French for his or her: an English son is someone's ("my son", "teenage son"). */
const NON_PARTNER_MORE = [...cross(list('my,our,his,her,their,teenage,adult,step'), ['son']), 'stepson'];
/**
 * Games, sports, films and lyrics: a described situation there is not one. Not phones, apps or
 * accounts: tech abuse is told with them ("my ex hacked my iphone", "installed an app to track me").
 */
const OFF_TOPIC = [
  ...list('game,games,gaming,fortnite,minecraft,roblox,xbox,playstation,ps5,steam'),
  ...list('lyrics,song,paroles,chanson'),
  ...list('ball,baseball,hockey,football,soccer,boxing,sparring,mma,chess,jeu'),
  ...list('echecs,cartes,tennis,course,golf,poker,race,arm wrestling,movie'),
  // French "même" folds to "meme": the reader drops it where French words stand next to it.
  ...list('film,trailer,episode,meme,memes'),
  // Board, card and bar games: "m'a battu au scrabble" is a score.
  ...list('scrabble,monopoly,belote,tarot,ping pong,badminton,mario kart,jeu de societe,petanque'),
  // Not "dames" alone: French for ladies.
  ...list('bowling,billard,darts,flechettes,sudoku,wordle,cribbage,checkers'),
  // Races and contests: "my wife beat me in a 5k" is a time.
  ...list(
    '5k,10k,marathon,half marathon,triathlon,sprint,trivia,spelling bee,contest,competition,tournament',
  ),
  ...list(
    'tv show,jiu jitsu,wrestling,bjj,judo,ballon,rondelle,basket,rugby,volley,handball,basketball,volleyball,lacrosse,dodgeball',
  ),
];

const HIT_VERBS = [
  ...list('hit,hits,hitting,beat,beats,beating,punch,punches,punched,punching'),
  ...list('slap,slaps,slapped,slapping,kick,kicks,kicked,kicking,push,pushes'),
  ...list('pushed,pushing,shove,shoves,shoved,choke,chokes,choked,choking'),
  ...list('strangle,strangles,strangled,strangling,rape,rapes,abuse,abuses,abusing'),
  ...list('threaten,threatens,threatened,threatening,force,forces,forced,assault'),
  ...list('assaults,attack,attacks,attacked,harass,harasses,harassed,harassing'),
  ...list('stalk,stalking,control,controls,controlled,manipulate,manipulates'),
  ...list('manipulated,isolate,isolates,isolated,blackmail,blackmails,blackmailed'),
  ...list('humiliate,humiliates,humiliated,belittle,belittles,insult,insults,insulted'),
  ...list('smack,smacks,smacked,spit on,spits on,drag,drags,dragged'),
  ...list('abused,assaulted,stalked,stalks'),
];
/**
 * Not "force": "il me force à manger des légumes" is a parent; forcing is counted where it is
 * sexual ("me force à coucher", "m'a forcée", "me force alors que je dis non").
 */
const FR_HARM_VERBS = [
  ...list('frappe,frapper,bat,battait,menace,menacait,pousse,gifle,cogne,tape'),
  ...list('tabasse,brutalise,maltraite,viole,insulte,rabaisse,humilie,controle'),
  ...list('surveille,suit,harcele,traque,espionne,enferme,isole,etrangle'),
];
/** The same verbs in the past: imparfait ("me frappait"), and participles as a woman says them ("me a tabassee"). */
const FR_ER_VERBS = FR_HARM_VERBS.filter((v) => v.endsWith('e'));
const FR_IMPARFAIT = [...FR_ER_VERBS.map((v) => `${v.slice(0, -1)}ait`), 'suivait'];
const FR_PARTICIPLES = [
  ...FR_ER_VERBS.map((v) => `${v}e`),
  ...list('frappe,battue,battu,agressee,agresse,etrangle,forcee'),
];
/** What a partner does to "me": needs a partner (or he/she) just before it. */
const SITUATION = [
  ...cross(HIT_VERBS, ['me']),
  ...cross(list('grab,grabs,grabbed,grabbing'), list('me,my neck,my throat,my arm,my wrist,my hair')),
  ...cross(list('yells,yelled,yelling,screams,screamed,screaming,yell,scream'), ['at me']),
  ...cross(list('shouts,shouted,shouting,swears,swore'), ['at me']),
  ...cross(list('wont leave me,will not leave me,doesnt leave me'), ['alone']),
  ...cross(list('keeps showing up,shows up,showed up'), list('at my work,at my job,at my house,at my door')),
  ...cross(list('destroys,destroyed,breaks,broke,smashes,smashed'), list('my things,my stuff')),
  ...cross(list('pressures me,pressured me,pressuring me,pressure me'), list('into sex,to have sex,for sex')),
  ...cross(list('wont let me,doesnt let me'), list('work,go to work,get a job,drive')),
  ...cross(list('insiste pour,insiste pour avoir,me force a avoir'), list('des rapports,un rapport')),
  ...cross(list('leve la main sur,levait la main sur'), ['moi']),
  ...cross(list('me crie,me hurle'), ['dessus']),
  ...cross(list('punched,punches'), list('the wall,holes in the wall')),
  ...cross(
    list('posted,shared,leaked,threatens to share,threatened to share'),
    list('my nudes,nudes,intimate photos'),
  ),
  ...cross(list('spies,spying,spied'), ['on me']),
  ...cross(list('calls me,called me'), list('names,stupid,worthless,useless,ugly,fat,crazy')),
  ...cross(list('puts me,put me'), ['down']),
  ...cross(list('locks me,locked me'), list('in,out,up')),
  ...cross(
    list('check,checks,checked,checking,read,reads,reading,track,tracks'),
    list('my phone,my messages,my texts,my emails,my location'),
  ),
  ...cross(
    list('tracked,tracking,monitors,monitored,monitoring,goes through,went through'),
    list('my phone,my messages,my location,my time,my friends,my whereabouts,my spending'),
  ),
  ...cross(
    list('looks through,look through,looked through,snoops through,snooping through'),
    list('my phone,my messages'),
  ),
  ...cross(
    list('tells me not to,told me not to,forbids me to,forbade me to'),
    list('talk to,see,go out,work,wear'),
  ),
  ...cross(list('smashed,broke,took away,hid,deleted'), list('my phone,my contacts,my keys')),
  ...list('criticizes everything i do,criticises everything i do,critique tout ce que je fais'),
  ...cross(
    list('controls,controlled,controlling,control,takes,took,keeps'),
    list('my money,my finances,my phone,my paycheck,my passport,my bank,my cards'),
  ),
  ...cross(
    list('threatens to,threatened to,threatening to,threaten to'),
    list('kill,hurt,take the kids,deport,harm'),
  ),
  ...cross(list('me,m a,me a'), FR_HARM_VERBS),
  ...cross(['me'], FR_IMPARFAIT),
  ...cross(list('me a,me ont,m a,ma'), FR_PARTICIPLES),
  ...cross(
    list('regarde,fouille,fouille dans,verifie,controle,prend,garde,surveille,espionne,exige'),
    list(
      'mon telephone,mon portable,mon cellulaire,mon cell,mes messages,mes sms,mon argent,le argent,ma facon de,mes sorties,mon salaire,mes depenses,tout,mon passeport,mes papiers,ses heures,ses sorties',
    ),
  ),
  ...cross(list('decide de,decide'), list('mes sorties,mes depenses,ce que je porte')),
  ...cross(
    list('me empeche de,me interdit de,le empeche de,la empeche de'),
    list('parler,sortir,voir,travailler'),
  ),
  ...cross(list('controls,controlled,control'), list('the money,what i wear,how i dress,everything i do')),
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
    list('my phone,my messages,my texts,my emails,my email,my facebook,my social media,my account'),
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
    list(
      'doesnt want me to,gets mad when i,gets angry when i,gets jealous when i,hates it when i,upset because i am,upset when i am,mad because i am',
    ),
    list(
      'go out,see my friends,see friends,see my family,talk to,hang out,make friends,make new friends,wear,making friends,talking to',
    ),
  ),
  ...cross(
    list('threatens to,threatened to,threatening to'),
    list('burn,destroy,take my kids,take the children'),
  ),
  ...list('wont stop texting me,wont stop calling me,wont stop contacting me,appels malveillants'),
  ...cross(
    list('arrete pas de,cesse pas de,arrete plus de'),
    list('me appeler,me texter,me contacter,me ecrire'),
  ),
  // Done to keep "me" from leaving: "he hides my keys so I can't leave", « pour m'empêcher de partir ».
  ...cross(
    list('so i cant,so i couldnt,so i cannot,so i could not,so that i cant,so that i couldnt'),
    list('leave,escape,get out,call anyone,call for help,call the police'),
  ),
  ...cross(list('pour me empecher de'), list('partir,sortir,fuir,le quitter,appeler')),
  ...cross(list('pour pas que je,pour que je ne'), list('parte,sorte,fuie,le quitte')),
  ...list('scares me,frightens me,terrifies me,intimidates me,me fait peur,me terrorise,me fait du mal'),
  ...list('hurts me physically,hurt me physically,physically hurt me,physically hurts me'),
  ...cross(list('following me,follows me,followed me'), list('home,everywhere,to work')),
  ...cross(
    list('me oblige a,me force a,me forcait a,me obligeait a'),
    list('coucher,avoir des rapports,faire le amour,faire des choses,faire des trucs'),
  ),
  ...cross(
    list('a publie,publie,a diffuse,diffuse,a partage,envoye,sent,sends'),
    list(
      'des photos intimes,mes photos intimes,mes nudes,mes photos nues,my nudes,my nude photos,my nude pictures,my intimate photos',
    ),
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
/**
 * A violent partner or parent named as such ("mon conjoint violent", "son père violent"): the phrase
 * says who is violent, so it is its own subject (`help-topic.ts`'s `described`), whoever is named
 * before it ("le gendarme est ami avec mon conjoint violent").
 */
const NAMED_VIOLENT = [
  ...list('homme violent,hommes violents,conjoint violent,conjoints violents'),
  ...cross(list('pere,mere,parent,papa'), list('violent,violente')),
];
const SITUATION_SELF = [
  ...cross(
    list('wont let me,doesnt let me,will not let me,does not let me'),
    list(
      'see my friends,see my family,see friends,leave the house,have my own money,talk to my friends,talk to my family,talk to other guys,talk to other men,talk to anyone,go out,go anywhere,see anyone',
    ),
  ),
  ...cross(['not allowed to'], list('see my friends,see my family')),
  ...cross(list('isolates me from,isolated me from,keeps me from seeing'), list('my friends,my family')),
  ...cross(list('me empeche de voir,me interdit de voir,ne me laisse pas voir'), list('mes amis,ma famille')),
  ...list('threatened to kill me,threatens to kill me,a menace de me tuer,menace de me tuer'),
  // Named, not described: still not about a film or a song ("Obsessed", "hommes violents" lyrics).
  ...cross(list('obsessed,obsessive,stalker'), ['ex']),
  ...cross(['ex'], list('obsessed with me,obsessed with you,stalking me,stalker')),
  ...NAMED_VIOLENT.slice(0, 4),
  // People who used violence, in their own words or named.
  ...cross(
    list('i hit,i pushed,i slapped,i choked,i abused'),
    list('my girlfriend,my wife,my partner,my boyfriend,my husband'),
  ),
  ...cross(list('je ai frappe,je ai gifle'), list('ma femme,ma conjointe,ma copine,mon mari,mon copain')),
  ...cross(list('hit,beat,abuse'), list('their wives,their partners,his wife')),
  ...cross(list('isolating me from,cuts me off from'), list('my friends,my family,friends,family')),
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
  ...list('games,game,computer games,video games,video,videos,movies,movie,films,film'),
  ...list('tv,television,cartoons,cartoon,media,jeux,jeu,jeux video,series,anime'),
  ...list('music,lyrics,content'),
];

/**
 * Everyday uses that must not count; matched first where they overlap a help phrase's start,
 * so "tax shelter" never reaches "shelter". Each is a whole phrase; none decides anything.
 */
const NEUTRAL = [
  ...list('animal shelter,animal shelters,pet shelter,dog shelter,cat shelter,no kill shelter'),
  ...cross(['shelter'], list('dog,dogs,cat,cats,pet,pets,animal,animals,in place')),
  ...list('storm shelter,tornado shelter,fallout shelter,bomb shelter,air raid shelter'),
  ...list('nuclear shelter,bus shelter,tax shelter,tax shelters,gimme shelter,tent shelter'),
  ...list('bike shelter,car shelter,shelter island,shelter cove,shelter bay,shelter insurance'),
  ...list('shelter cost,shelter costs,shelter allowance,humane society,spca,emergency shelter kit'),
  ...list('wildlife refuge,national wildlife refuge,refuge animalier,refuge pour animaux,refuge spa'),
  ...list('refuge de montagne,hebergement web,hebergement site,hebergement cloud,hebergement serveur'),
  ...list('hebergement touristique,hebergement insolite,hebergement etudiant,hebergement de site'),
  ...list('hotline miami,hotline bling,tax hotline,customer hotline,fraud hotline,it hotline'),
  ...list('fraud and abuse,waste fraud and abuse,fraud waste and abuse,abuse desk,abuse contact'),
  ...list('abuse of power,abuse of process'),
  ...list('abuse of discretion,abuse of notation,abuse of dominance,abuse of dominant position'),
  ...list('abuse of authority,abuse of rights,abuse of trust,substance abuse,drug abuse'),
  ...list('alcohol abuse,solvent abuse,opioid abuse,prescription abuse,animal abuse,animal cruelty'),
  ...list('substance abuser,drug abuser,alcohol abuser,abusive language,abusive comments'),
  ...list('abusive content,abusive tax,abus de biens sociaux,abus de confiance,abus de pouvoir'),
  ...[
    'abus de droit',
    'abus de position dominante',
    "abus d'alcool",
    'abus de substances',
    'abus de drogues',
  ],
  ...list('maltraitance animale,maltraitance animaux,maltraitance des animaux,gun violence'),
  ...list('police violence,police brutality,political violence,gang violence,mob violence'),
  ...list('armed violence,sectarian violence,football violence,youth violence,school violence'),
  ...list('video game violence,violence in video games,violent video games,violent video game'),
  ...list('violence dans les jeux video,violence a la television,tv violence,movie violence'),
  ...list('violence in movies,violence in films,violence in media,graphic violence,strong violence'),
  ...list('fantasy violence,cartoon violence,mild violence,intense violence,bloody violence'),
  ...list('violence and gore,sex and violence,sexual content,sexual references,violent femmes'),
  ...cross(list('violent,violence,graphic'), MEDIA),
  // French puts the adjective after: "des films violents", "jeux vidéo violents".
  ...cross(MEDIA, list('violent,violente')),
  // Not "content violence": an address's `/content/` then `la violence` reads so once `la` is dropped.
  ...cross(
    MEDIA.filter((m) => m !== 'content'),
    ['violence'],
  ),
  ...list('violent storm,violent storms,violent weather,violent crash,violent collision'),
  ...list('violent death,violent earthquake,violent winds,violent explosion,violent shaking'),
  ...list('violence policiere,violences policieres,violence urbaine,violences urbaines'),
  ...list('assault rifle,assault rifles,assault weapon,assault weapons,assault vehicle'),
  ...list('assault course,assault on precinct,assault team,assault boat,assault mode'),
  ...list('relationship between,relationships between,relation entre,relations entre'),
  ...cross(list('relationship with,toxic relationship with'), list('food,money,alcohol,work,exercise')),
  ...list('relations publiques,relation client,relations clients,relation de travail'),
  ...list('business partner,business partners,managing partner,general partner,limited partner'),
  ...list('trading partner,trading partners,strategic partner,channel partner,partner program'),
  ...list('affiliate partner,partenaire commercial,partenaires commerciaux,partenaire financier'),
  ...list('tree protection order,environmental protection order,data protection order,price protection'),
  ...list('heritage protection order,creditor protection order,stipulated protective order'),
  ...list('agreed protective order,confidentiality protective order,oilseed rape,rape seed,rape oil'),
  ...list('rape field,rape fields,deer stalking,stalking horse,stag stalking,crisis core'),
  ...list('financial crisis,economic crisis,climate crisis,housing crisis,energy crisis,debt crisis'),
  ...list('banking crisis,refugee crisis,migrant crisis,hostage crisis,missile crisis'),
  ...list('identity crisis,midlife crisis,crisis management,crisis communication,crisis communications'),
  ...list('crise economique,crise financiere,crise climatique,crise du logement,crise sanitaire'),
  ...list('hernia strangulation,strangulation hernia,bowel strangulation,sous l emprise de'),
  ...list('emprise au sol,emprise de la route,emprise fonciere,sous emprise de,hit me up'),
  ...list(
    'hits me up,hit me back,hit me baby,beat me to it,me suit sur,me suivait sur,me tape sur les nerfs,me tapait sur les nerfs',
  ),
  // French "abuser" is also to overdo: "faut pas abuser des bonnes choses" (English "abuser" is a person).
  ...list('faut pas abuser,pas abuser,sans abuser,abuser un peu,abuser bonne chose,abuser bonnes choses'),
  ...cross(['abuser'], list('gentillesse,patience,hospitalite,sucre,alcool,sel,ecrans,situation,temps')),
  ...cross(
    list('pushed me to,pushes me to,push me to,me pousse a,me poussait a'),
    list('be,do,become,try,work,study,grow,me depasser,reussir,travailler,faire'),
  ),
  ...list('crisis pregnancy,pregnancy crisis,drug trafficking,arms trafficking'),
  ...list('paternity leave,maternity leave,parental leave,sick leave,annual leave,leave of absence'),
  ...[
    'home invasion',
    'home invasions',
    'wildlife trafficking',
    'trafic de drogue',
    ...cross(list('animals,animal,dogs,dog,pets'), ['being abused']),
  ],
  ...list('construction safety plan,site safety plan,workplace safety plan,fire safety plan'),
  ...list('covid safety plan,event safety plan,school safety plan,pool safety plan,food safety plan'),
  // Outdoors and travel: a plan for a hike or a trip, not for leaving ("what to leave with a friend").
  ...cross(
    list(
      'hiking,hike,camping,backcountry,boating,kayak,kayaking,canoe,canoeing,paddling,hunting,climbing,ski,skiing,snowmobile,travel,trip,wilderness,outdoor,field,lab,laboratory,randonnee',
    ),
    list('safety plan,safety plans,safety planning'),
  ),
  ...list('plan de securite randonnee,plan de securite en randonnee,plan de securite plein air'),
  ...list('safety plan template for construction,health and safety plan,plan de securite incendie'),
  ...list('plan de securite au travail,safety plan for construction,workplace violence'),
  ...list('harcelement scolaire,harcelement au travail,harcelement moral au travail,workplace harassment'),
  ...list('sexual health,ligne de metro,ligne de bus,ligne d autobus,conjugal visit,conjugal visits'),
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
      'be,become,start,try,apply,go,join,pursue,sign,run,study,learn,write,follow,keep,work,grow,change,finish,improve,reach,see,think,step,chase,achieve,believe,dream,train,enroll,register,read,travel,speak,beyond,my limits,take,accept,ask,get,make,find,move,buy,open,call,look,seek,talk,do,sing,play,paint,cook,exercise,lose,save,stand,face,overcome,explore,consider,quit smoking',
    ),
  ),
  ...cross(
    list('me pousse,me poussee,me poussait,me poussent,me ont pousse'),
    list(
      'me inscrire,inscrire,aller,devenir,reprendre,postuler,courir,etudier,apprendre,me depasser,travailler,lire,prendre,accepter,chercher,faire,essayer,changer,parler,demander,acheter,ouvrir,chanter,jouer,consulter,perdre,arreter de fumer',
    ),
  ),
  ...cross(
    list('hit me with,hits me with,hit us with'),
    list(
      'idea,great idea,new idea,good idea,crazy idea,question,questions,news,big news,bad news,some news,bill,offer,request,joke,jokes,dad joke,dad jokes,puns,facts,truth,pillow,pillows,snowball,snowballs',
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
  'if i leave,if i leave him,if i leave her,when i leave,if you leave,when you leave,si je pars,si je le quitte,si je la quitte,quand je pars,si je quitte,si tu me quittes,si tu pars,if i dont take him back,if i break up',
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
  'discovery,stipulated,confidentiality,attorneys eyes only,clawback,trade secret,subpoena,deposition,frcp,bankruptcy,creditor,creditors,debtor,debtors,faillite,creancier,creanciers',
);
/** Tracking and spying on a phone: with a partner named nearby (harmWeak). */
const SPY = cross(
  list('spy app,spy apps,spying app,logiciel espion,logiciels espions,application espionne,mouchard'),
  list('on my phone,in my phone,sur mon telephone,sur mon portable,dans mon telephone'),
);
/** A tracker or spy app put on my things: said with "he"/"she" or a partner ("il a mis un traceur sur mon téléphone"). */
const SPY_ON_ME = cross(
  list(
    'tracker,tracking app,spy app,spyware,gps tracker,traceur,mouchard,logiciel espion,application espion,airtag,air tag,balise gps',
  ),
  list(
    'on my phone,on my car,in my car,under my car,sur mon telephone,sur mon portable,sur ma voiture,dans ma voiture,sous ma voiture',
  ),
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
 * Said of oneself, enough alone: an unknown tracker moving with me, a violent parent (named, so
 * not in a film or a game). Threats about one's status need someone named (`help-lexicon-21.ts`):
 * a landlord or an employer makes them too.
 */
const SELF_MORE = [
  ...cross(list('airtag,air tag,tracker'), list('following me,tracking me')),
  ...list('found airtag,found tracker,unknown airtag,unknown tracker on my car'),
  ...NAMED_VIOLENT.slice(4),
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

/**
 * Control, coercion and threats in plain words (after the fifth search set): with a partner or
 * "he"/"she" as the subject ("hubby controls my whole life", "m'obligeait à coucher").
 */
const SITUATION_PLAIN = [
  ...list('sex under pressure,pressured into sex,kept pressuring me into'),
  ...cross(list('break up with me,leave me,dump me'), list('if i dont have sex,if i dont sleep with him')),
  ...list('deadnames me,hides my hormones,me fait mendier,me fait chantage,je deforme tout'),
  ...list('ne reverras plus jamais,ne reverrai jamais,chantage titre sejour'),
  ...list('never see the kids again,never see my kids again'),
  ...cross(list('je ai failli'), list('frapper,gifler,etrangler')),
];
/**
 * The same, in words everyday life also uses ("he broke into my car" is a theft, "she says I am
 * crazy for liking pineapple" a joke): only with a partner named, never "he" or "she" alone.
 */
const SITUATION_PLAIN_NAMED = [
  ...cross(list('controls,controlled,controlling'), list('my whole life,my life,every aspect of my life')),
  ...cross(
    list('forbids me from,forbade me from,wont let me'),
    list('seeing,going out,working,having friends,cut my hair,see a therapist,see a doctor,have my own'),
  ),
  ...cross(list('not allowed,never allowed'), list('have my own,have my own bank account')),
  ...list('pinned me down,pins me down,held me down'),
  ...cross(
    list('says i am,tells me i am,dit que je suis'),
    list('fat,ugly,stupid,worthless,crazy,useless,nulle,folle'),
  ),
  ...list('curses at me,cursing at me,curses at her'),
  ...list('me fait douter,me faisait douter,me a fait douter,makes me doubt myself'),
  ...cross(
    list('isolating,isolates,isolated,abuses,abusing,is having'),
    list('her from,him from,her followed'),
  ),
  ...cross(list('uses,using'), list('our child against me,the kids against me,the children against me')),
  ...cross(['utilise'], list('notre enfant,les enfants,nos enfants')),
  ...cross(list('planted'), list('tracker,gps tracker,airtag,gps')),
  ...list('broke into my car,broke into my house,broke into my apartment'),
  ...list('pour me suivre,pour me pister,to track me,to spy on me,knows where i am'),
  ...cross(list('cut off,stop talking to'), list('my guy friends,my friends,all my friends')),
  ...cross(list('take the kids,take the children,take my kids'), ['away']),
  ...cross(list('detruit,a detruit,saccage'), list('ma voiture,mes affaires')),
];
const PARTNERS_ALL = [...PARTNERS_EN, 'partner', ...PARTNERS_FR.slice(0, 2)];
/** Said of oneself, enough alone: a duty of sex, a suicide threat tied to leaving, violence one uses. */
const SELF_PLAIN = [
  // A duty of sex said of oneself or asked about, not the phrase alone (a sermon, a legal definition).
  ...cross(list('is sex a,is sex my,is it my,is it a,its my,it is my'), list('wifely duty,marital duty')),
  'my wifely duty',
  ...list('devoir conjugal est obligatoire,devoir conjugal obligatoire,exige le devoir conjugal'),
  ...cross(list('obligee de accomplir,oblige de accomplir,refuser'), ['le devoir conjugal']),
  ...list('give him sex to stop,give him sex so,just give him sex,have sex with him to stop'),
  ...cross(list('kill himself,kill herself,se suicider,se tuer'), IF_LEAVE),
  ...cross(
    list('take my anger out on,take my stress out on,took my anger out on'),
    cross(['my'], PARTNERS_ALL),
  ),
  ...cross(
    cross(list('i hurt my,i keep hurting my,i keep hitting my'), PARTNERS_ALL),
    list('when i get angry,when i am angry,physically,when i drink'),
  ),
  ...list('je suis violent,je suis encore violent,je suis violente'),
];
/** A partner named a tyrant; custody threatened on leaving; fear one's own anger causes. */
const SELF_PLAIN_MORE = [
  ...cross(
    list('mari,conjoint,copain,chum,husband,boyfriend'),
    list('dictateur,tyran,tyrannique,dictator,tyrant,is tyrant,is dictator,est tyran'),
  ),
  ...cross(
    IF_LEAVE,
    cross(
      list('he will take,he take,she will take,il prendra,il va prendre'),
      list('children,kids,my kids,enfants'),
    ),
  ),
  ...cross(
    list('afraid of me,scared of me,peur de moi'),
    list('because of my anger,when i get angry,because of my temper'),
  ),
];

/** Every phrase list, by the part it plays. */
/**
 * Acts said of her or him, counted when someone else's partner is named ("my sister's husband threw
 * a glass at her", "le chum de ma fille la frappe", "notre voisin se fait frapper par sa femme"):
 * the first-person acts, turned to the third person, and being on the receiving end.
 */
const TO_THEM_ACTS = [
  ...thirdPerson([...cross(HIT_VERBS, ['me']), ...EN_ACTS, ...NAMED_ACTS], 'en'),
  ...thirdPerson(FR_ACTS, 'fr'),
  // "Il l'a frappée": a feminine participle agrees with "her" before it ("l'", "la", "qu'").
  ...[...FR_PARTICIPLES, ...FR_DONE].filter((p) => p.endsWith('ee')),
  ...cross(
    list('threatens to,threatened to,threatening to'),
    list('kill her,shoot her,stab her,kill him,shoot him'),
  ),
  ...cross(
    list('se fait,se faisait,se est fait,se est faite'),
    list('frapper,battre,tabasser,gifler,insulter,menacer,etrangler,violer'),
  ),
  ...cross(list('recoit,recevait,a recu'), list('des coups,des gifles,des claques')),
  ...list('gets hit,gets beaten,got beaten'),
];
/** The everyday phrases said of "me", which are said of others too (`NEUTRAL_THIRD`, `parentSaid`). */
const EVERYDAY = [...NEUTRAL, ...NEUTRAL_MORE, ...ACTS.neutral];
/** Everyday phrases said of her or him too: "pushed her to apply", "hit him up" (English: French uses "la"). */
const NEUTRAL_THIRD = (phrases: readonly string[]) =>
  thirdPerson(
    phrases.filter((p) => !/^me /.test(p)),
    'en',
  );

export const LEXICON = {
  strong: [
    ...STRONG_EN,
    ...STRONG_FR,
    ...PAGE_MORE_EN,
    ...STRONG_MORE,
    ...FIELD,
    ...FIELD_MORE,
    ...SIX.strong,
    ...ACTS.strong,
    ...TEN.strong,
    ...ELEVEN.strong,
    ...TWELVE.strong,
    ...THIRTEEN.strong,
    ...FOURTEEN.strong,
    ...FIFTEEN.strong,
    ...SIXTEEN.strong,
    ...SEVENTEEN.strong,
    ...EIGHTEEN.strong,
    ...NINETEEN.strong,
  ],
  kind: [...KIND, ...KIND_MORE, ...SIX.kind],
  workplace: [...WORKPLACE, ...SIX.workplace],
  harm: [
    ...HARM,
    ...list('harcelant,harcelante,harceleur'),
    ...SIX.harm,
    ...ELEVEN.harm,
    ...SIXTEEN.harm,
    ...SEVENTEEN.harm,
  ],
  harmWeak: [
    ...list('threatens suicide,threatened suicide,threatening suicide'),
    ...HARM_WEAK,
    ...HARM_WEAK_MORE,
    ...SPY,
    ...SPY_ON_ME,
    ...MONEY_HELD,
    ...list('premiere gifle,first slap'),
    ...SIX.harmWeak,
    ...ACTS.harmWeak,
    ...TEN.harmWeak,
    ...ELEVEN.harmWeak,
    ...TWELVE.harmWeak,
    ...THIRTEEN.harmWeak,
    ...FOURTEEN.harmWeak,
    ...SIXTEEN.harmWeak,
    ...SEVENTEEN.harmWeak,
    ...EIGHTEEN.harmWeak,
    ...TWENTY_ONE.harmWeak,
  ],
  passive: [...PASSIVE, ...SIX.passive],
  towardPartner: [
    ...TOWARD_PARTNER,
    ...ASK_ABOUT,
    ...SPY_FR,
    ...FEAR,
    ...FEAR_OF,
    ...TEN.towardPartner,
    ...FIFTEEN.towardPartner,
  ],
  relation: [
    ...RELATION,
    ...RELATION_MORE,
    ...SIX.relation,
    ...TWELVE.relation,
    ...FOURTEEN.relation,
    ...EIGHTEEN.relation,
  ],
  near: [...NEAR, ...NEAR_MORE, ...NEAR_ELDERS, 'amoureuse', 'amoureuses', ...MARITAL_HOME],
  nearPartner: [...NEAR_PARTNER, ...MARITAL_HOME],
  person: PERSON,
  // Who a shelter is for or what it is from: a family, or fleeing.
  family: [...FAMILY, ...FLEE],
  leave: [...LEAVE, ...TEN.leave],
  shelter: [...SHELTER, ...SHELTER_FR, 'mise a l abri'],
  alone: [...ALONE, ...ALONE_EN],
  aloneUnless: [...ALONE_UNLESS, ...TEN.aloneUnless, ...TWENTY.aloneUnless],
  line: [...LINE, ...LINE_FR],
  crisis: CRISIS,
  // A temporary restraining order is also business litigation's: it needs the same context as a plan.
  safety: [...SAFETY, ...ORDER_WEAK, ...FOURTEEN.safety, ...SIXTEEN.safety],
  subject: [
    ...SUBJECT,
    ...SUBJECT_MORE,
    ...EX_FORMS,
    'ex',
    'sponsor',
    'my sponsor',
    ...SIX.subject,
    ...ELEVEN.subject,
    ...TWELVE.subject,
    ...THIRTEEN.subject,
    ...FOURTEEN.subject,
    ...EIGHTEEN.subject,
    ...TWENTY.subject,
    ...NAMED_VIOLENT,
  ],
  pronoun: PRONOUN,
  nonPartner: [...NON_PARTNER, ...NON_PARTNER_MORE, ...ACTS.nonPartner],
  offTopic: [
    ...TWENTY.offTopic,
    ...OFF_TOPIC,
    ...VACCINE,
    ...cross(list('violent,violence'), MEDIA),
    ...cross(MEDIA, list('violent,violente')),
    'violent video games',
    'video game violence',
  ],
  toThem: TO_THEM_ACTS,
  thirdParty: ACTS.thirdParty,
  situation: [
    ...SITUATION_PLAIN,
    ...SITUATION,
    ...SITUATION_MORE,
    ...WATCH,
    ...DEPORT,
    ...SPY_ON_ME,
    ...SIX.situation,
    ...ACTS.situation,
    ...TEN.situation,
    ...ELEVEN.situation,
    ...TWELVE.situation,
    ...THIRTEEN.situation,
    ...FOURTEEN.situation,
    ...FIFTEEN.situation,
    ...SIXTEEN.situation,
    ...SEVENTEEN.situation,
    ...EIGHTEEN.situation,
    ...NINETEEN.situation,
    ...TWENTY_ONE.situation,
  ],
  situationSelf: [
    ...SELF_PLAIN,
    ...SELF_PLAIN_MORE,
    ...SITUATION_SELF,
    ...SITUATION_SELF_MORE,
    ...SELF_MORE,
    ...SIX.situationSelf,
    ...ACTS.situationSelf,
    ...TEN.situationSelf,
    ...ELEVEN.situationSelf,
    ...TWELVE.situationSelf,
    ...THIRTEEN.situationSelf,
    ...FOURTEEN.situationSelf,
    ...EIGHTEEN.situationSelf,
    ...TWENTY.situationSelf,
    ...TWENTY_ONE.situationSelf,
  ],
  neutral: [
    ...NEUTRAL,
    ...NEUTRAL_MORE,
    ...NEUTRAL_THIRD(EVERYDAY),
    ...TWENTY.neutral,
    ...TWENTY_ONE.neutral,
    ...parentSaid(EVERYDAY),
    ...list('dv lottery,dv visa,diversity visa,dv 2025,dv 2026,dv 2027,health and safety'),
    ...SPYING_ON_PARTNER,
    ...RELUCTANT,
    // Authors of other violence: riots, the police.
    ...cross(FOR_AUTHORS, list('auteur de violence urbaine,auteur de violence policiere')),
    'stage de responsabilisation parentale',
    // Fire and home safety: a plan for a fire or a fall, not for leaving.
    ...list('home safety plan,home safety,fire safety plan,fire escape plan,home fire safety'),
    ...cross(
      LEAVE_ABUSE,
      list(
        'abuse of authority,abuse of discretion,abuse of dominance,abuse of power,abuse of process,abuse of rights,abuse of notation',
      ),
    ),
    ...SIX.neutral,
    ...ACTS.neutral,
    ...TEN.neutral,
    ...ELEVEN.neutral,
    ...TWELVE.neutral,
    ...THIRTEEN.neutral,
    ...FOURTEEN.neutral,
    ...EIGHTEEN.neutral,
    ...NINETEEN.neutral,
  ],
  order: [...ORDERS, ...ORDERS_MORE, ...EIGHTEEN.order],
  civilParty: [...CIVIL_PARTY, ...CIVIL_MORE, ...THIRTEEN.civilParty],
  // Jealousy, and control in everyday words: a partner's, named.
  jealous: [
    ...JEALOUS,
    ...FEAR_OF,
    ...SITUATION_PLAIN_NAMED,
    ...SIX.jealous,
    ...TWELVE.jealous,
    ...THIRTEEN.jealous,
    ...FOURTEEN.jealous,
    ...FIFTEEN.jealous,
    ...SIXTEEN.jealous,
    ...SEVENTEEN.jealous,
    ...EIGHTEEN.jealous,
  ],
  ifLeave: [...IF_LEAVE, ...SIX.ifLeave],
} as const;

export type Cue = keyof typeof LEXICON;

// The typo corrector's own lists stay out of this module: the background script does not ship it.
export { NOT_TYPOS, TYPO_TARGETS } from './help-typo-words';
