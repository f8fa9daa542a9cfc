/**
 * Families written after the eighteenth search set's third reading, as families, never as rows:
 * forms of coercive control the field names (pregnancy forced or ended, threats that hold a person
 * in place, memory denied, money taken, courts used as a weapon, trackers announced by the phone)
 * in the words people type. Each is tested with phrasings and everyday look-alikes of our own in
 * `tests/unit/traces/help-search-21.test.ts`. Spread into `LEXICON` (`help-lexicon.ts`).
 */

import { cross, list } from './phrase-lists';

/**
 * A pregnancy forced, ended or kept against one's will ("forcing me to have an abortion", « il me
 * force à avorter », "wants me pregnant so I can't leave"), and birth control forbidden (« il
 * m'interdit la pilule »). Said of someone named: a parent or a doctor is someone else
 * (`nonPartner`). Not "pushing me to have a baby" (couples disagree about that every day).
 */
const PREGNANCY_FORCED = [
  ...cross(
    list(
      'forcing me to,forces me to,forced me to,trying to force me to,pressuring me to,pressures me to,pressured me to,making me,made me',
    ),
    list('have an abortion,get an abortion,abort,terminate the pregnancy,end the pregnancy,keep the baby'),
  ),
  ...cross(
    list('forcing me to,forces me to,forced me to,trying to force me to'),
    list('get pregnant,have a baby,have his baby,have another baby'),
  ),
  ...list('wants me pregnant so,got me pregnant on purpose,get me pregnant so i cant leave'),
  ...cross(
    list('told me not to use,tells me not to use,says i cant use,wont allow me to use,wont allow me'),
    list('birth control,contraception,condoms'),
  ),
  ...cross(
    list(
      'me force a,me forcait a,me a forcee a,me a force a,me pousse a,me poussait a,me a poussee a,veut me forcer a',
    ),
    list('avorter,garder le bebe,tomber enceinte,faire un bebe,faire un enfant'),
  ),
  ...list(
    'veut me mettre enceinte,voulait me mettre enceinte,me a mise enceinte expres,me a mise enceinte pour',
  ),
  ...cross(
    list('me interdit,me interdisait,me a interdit'),
    list('la contraception,la pilule,le sterilet,les preservatifs,de avorter,avorter'),
  ),
];

/**
 * Threats that keep a person from leaving or speaking: to report them to immigration, to lie to a
 * court for custody, to have them deported, to withdraw a sponsorship, to post their pictures.
 * Weak alone ("threatened to report me" is also a boss's): a partner nearby, leaving, or a
 * situation's subject decides.
 */
const HOLDING_THREATS = [
  ...cross(
    list('threatens to,threatened to,threatening to,keeps threatening to'),
    list(
      'report me,report me to the authorities,report me to social services,report me to cps,report me to immigration,report me to uscis,report me to ice,report me to the home office,report me to cbsa,call immigration on me,call ice on me,deport me,have me deported,get me deported,out me,cancel my visa,cancel my sponsorship,withdraw my sponsorship,lie to get custody,lie to the judge,lie to the court,lie to the police about me,take my passport,take my papers,post my nudes,share my nudes,send my nudes',
    ),
  ),
  ...cross(
    list('says he will,said he would,says she will,said she would,will'),
    list(
      'report me to immigration,report me to uscis,report me to ice,report me to the home office,report me to cbsa,call immigration on me,have me deported,get me deported,cancel my visa,cancel my sponsorship,withdraw my sponsorship',
    ),
  ),
  ...cross(
    list('menace de,menacait de,me menace de,me a menace de,menace de me'),
    list(
      'retirer le parrainage,retirer mon parrainage,annuler mon parrainage,me faire expulser,faire expulser,me faire deporter,me renvoyer dans mon pays,renvoyer dans mon pays,mentir au juge,mentir a la police,garder mes papiers,prendre mes papiers,publier mes photos intimes,diffuser mes photos intimes',
    ),
  ),
];

/**
 * Memory and sanity denied ("makes me think I'm crazy", « il me fait passer pour folle », « il dit
 * que j'invente tout »): gaslighting in the words of the one it is done to. Not "says I'm crazy"
 * or "too sensitive" alone (said in jest and in ordinary quarrels), nor "denies what he said" (a
 * news title's words about a public figure).
 */
const MEMORY_DENIED = [
  ...cross(
    list(
      'makes me believe i am,made me believe i was,made me think i was,tries to make me think i am,tried to make me think i was',
    ),
    list('crazy,going crazy,losing my mind,insane,imagining things'),
  ),
  ...cross(
    list('says,tells me,told me,insists'),
    list('i make things up,i am making things up,conversations never happened'),
  ),
  ...cross(
    list('me fait croire que,me faisait croire que,veut me faire croire que'),
    list('je suis folle,je suis fou,je deviens folle,je deviens fou,je perds la tete,je invente tout'),
  ),
  ...cross(list('dit que,me dit que'), list('je invente tout,je invente des choses,je me souviens mal')),
];

/**
 * The everyday sayings those words are also in: "my husband says I'm crazy for buying another
 * plant", « mon mari dit que je suis folle de courir un marathon », "pushing me to have a baby".
 */
const SAID_IN_JEST = [
  ...cross(
    list('says i am,said i am,tells me i am,told me i am,thinks i am'),
    list('crazy for,crazy to,insane for,insane to,mad for,crazy about,nuts for,nuts to'),
  ),
  ...cross(list('dit que je suis,me dit que je suis'), list('folle de,fou de,dingue de,cinglee de')),
  ...cross(
    list('pushed me to,pushes me to,push me to,pushing me to'),
    list(
      'have a baby,have kids,have children,have another baby,try for a baby,get married,have a second child',
    ),
  ),
];

/**
 * Money taken by order: wages paid over on demand (« il exige que je vire mon salaire sur son
 * compte »), a person made to beg for every penny. With someone named: schools and charities
 * "beg for every dollar" too.
 */
const MONEY_TAKEN = [
  ...cross(
    list(
      'exige que je vire,exige que je verse,me oblige a virer,me oblige a verser,me force a virer,me force a verser',
    ),
    list('mon salaire,ma paie,ma paye,mes allocations,mon argent,ma pension'),
  ),
  ...cross(
    list('makes me hand over,made me hand over,forces me to hand over,makes me give him,makes me give her'),
    list('my wages,my salary,my paycheck,my pay,my earnings,my whole paycheck'),
  ),
];
const BEGGING = cross(
  list(
    'beg,begging,have to beg,must beg,make me beg,makes me beg,supplier,dois supplier,me fait supplier,quemander',
  ),
  list(
    'for every penny,for every cent,for every dollar,pour chaque centime,pour chaque sou,pour chaque euro',
  ),
);

/** The courts used to wear a person down after leaving ("keeps taking me back to court", « multiplie les procédures »). */
const COURTS_AS_WEAPON = [
  ...cross(
    list('keeps taking me back to,keeps taking me to,keeps dragging me to,keeps dragging me back to'),
    list('court,family court'),
  ),
  ...list('keeps filing motions,keeps filing motion after motion,files motion after motion'),
  ...list('multiplie les procedures,multiplie les plaintes contre moi,me harcele en justice'),
];

/**
 * A tracker announced by the phone ("AirTag found moving with you", « AirTag voyageant avec vous »)
 * or put among one's things without one knowing (« à mon insu »): a sign of being followed,
 * whoever asks. Not one hidden in one's own car or bag (against theft).
 */
const TRACKER_FOUND = [
  ...list(
    'found moving with you,airtag moving with me,airtag moving with you,airtag traveling with you,airtag travelling with you,airtag voyageant avec vous,voyageant avec vous a ete trouve',
  ),
  ...cross(
    list('airtag,air tag,traceur,traceur gps,balise gps,mouchard'),
    list('a mon insu,place a mon insu,mis a mon insu'),
  ),
];

/** Who I am with, asked to keep watch ("texts ten times to know who I'm with", « pour savoir avec qui je suis »). */
const WHO_WITH = list(
  'to know who i am with,to find out who i am with,to check who i am with,pour savoir avec qui je suis,pour savoir avec qui je etais,veut savoir avec qui je suis',
);

/**
 * Blows in everyday words the lists lacked ("he thumped me", "whacked me", « il m'a foutu une
 * baffe », « m'a flanqué une raclée »), said of someone named like the others. Not "decked me out"
 * nor "belted out", and not a pat on the back or a pillow fight.
 */
const BLOWS_SAID_PLAINLY = [
  ...cross(list('thumped,thumps,whacked,whacks,clobbered,clobbers,walloped,wallops'), ['me']),
  ...cross(
    list('me a foutu,me a flanque,me a fichu,me a colle,me foutait,me flanquait,me fout,me flanque'),
    list(
      'une baffe,des baffes,une gifle,des gifles,une claque,des claques,une raclee,une beigne,une torgnole,un coup de poing,des coups de poing',
    ),
  ),
];
const BLOWS_IN_PLAY = [
  ...cross(
    list('thumped me,whacked me'),
    list(
      'on the back,with a pillow,with a pool noodle,with a balloon,with a newspaper,with a towel,with a tea towel,with a wet towel',
    ),
  ),
  ...cross(list('me a colle,me colle'), list('une claque au tennis,une raclee au tennis')),
];

/**
 * Sex given to keep the peace ("sex with my husband just to keep the peace", « coucher avec lui
 * pour avoir la paix »): coercion in the words of the one who gives in.
 */
const SEX_FOR_PEACE = cross(
  list(
    'sex with my husband,sex with my boyfriend,sex with my partner,sex with my wife,sex with him,have sex,having sex,coucher avec lui,coucher avec mon mari,coucher avec mon conjoint,coucher avec mon chum,faire l amour avec lui,faire l amour avec mon mari',
  ),
  list(
    'just to keep the peace,to keep the peace,to avoid a fight,just to avoid a fight,to avoid an argument,so he wont get angry,so he doesnt get angry,pour avoir la paix,pour eviter les disputes,pour eviter une dispute,pour eviter une crise,pour pas qu il se fache,pour qu il ne se fache pas',
  ),
);

/**
 * Leaving prepared in secret: a bank account or a departure the partner must not know of (« ouvrir
 * un compte bancaire en cachette de mon mari », "leave my husband without him knowing"). Not
 * "without my parents knowing", nor "leave without my husband knowing" (for a surprise party).
 */
const KEPT_FROM_HIM = list(
  'without my husband knowing,without my partner knowing,without my boyfriend knowing,en cachette de mon mari,en cachette de mon conjoint,sans que mon mari le sache,sans que mon conjoint le sache',
);
const LEAVING_IN_SECRET = [
  ...cross(
    list(
      'bank account,a bank account,savings account,a savings account,compte bancaire,un compte bancaire,compte en banque,un compte en banque,move out,demenager,fuir',
    ),
    KEPT_FROM_HIM,
  ),
  ...cross(
    list(
      'leave my husband,leave my boyfriend,leave my partner,leave my abuser,leave him,fuir le domicile,quitter le domicile,quitter mon mari,quitter mon conjoint,partir avec les enfants,leave with the kids',
    ),
    list('without him knowing,without him finding out,sans qu il le sache'),
  ),
];

/**
 * An ex hunting for where one lives now, or finding one after every move ("my ex is trying to
 * find my new address", "finds me wherever I go"), with someone named; and an address given away
 * to an abuser ("will the court give my abuser my new address"). Not "looking for my new address to
 * send a card", nor giving an ex one's address: co-parents do that every day.
 */
const ADDRESS_HUNTED = [
  ...cross(
    list(
      'found out,is trying to find,trying to find,keeps trying to find,essaie de trouver,essaie de avoir,a trouve',
    ),
    list('my new address,where i moved,where i live now,ma nouvelle adresse'),
  ),
  ...list(
    'finds me wherever i go,finds me even when i move,finds me every time i move,keeps finding me wherever i go,me retrouve meme si je demenage,me retrouve chaque fois que je demenage',
  ),
];
const ADDRESS_GIVEN = cross(
  list('tell my abuser,give my abuser,donner a mon agresseur,donner mon adresse a mon agresseur'),
  list('where i live,where i moved,my address,my new address,mon adresse,ma nouvelle adresse'),
);

/** Release conditions broken ("breaking his bail conditions", « il ne respecte pas ses conditions », « bris de conditions »). */
const CONDITIONS_BROKEN = list(
  'breaking his bail conditions,broke his bail conditions,breached his bail conditions,breaching his bail conditions,violating his bail conditions,violated his bail conditions,ne respecte pas ses conditions,respecte pas ses conditions,a brise ses conditions,bris de conditions,bris de condition',
);

/**
 * A third pass of the same kind, each with someone named: loans taken out under pressure and bills
 * left in my name ("forced me to take out a loan", « m'a laissé toutes les factures à mon nom »; not
 * "made me take out a loan for the car", said of a shared decision); touch avoided (« pour qu'il
 * ne me touche pas »); calls and texts at all hours, both at once; being inspected before going
 * out; tyres let down or slashed; the mail kept from me (not "opens my mail", which a spouse may
 * do by mistake); "I pay, so I decide". Not "denies what he said", which news titles say of public
 * figures.
 */
const THIRD_PASS = [
  ...cross(
    list(
      'forced me to take out,forces me to take out,pressured me to take out,me a oblige a prendre,me a obligee a prendre,me a force a prendre,me a forcee a prendre,me oblige a prendre',
    ),
    list('a loan,loans,a credit card,credit cards,a payday loan,un credit,des credits,un pret,des prets'),
  ),
  ...cross(
    list(
      'left all the bills in my name,left me with all the debt,left me with the debts,me a laisse toutes les factures,me a laisse toutes les dettes,a laisse toutes les factures',
    ),
    list('a mon nom,in my name'),
  ),
  ...list('left all the bills in my name,left me with all the debt,me a laisse toutes les dettes'),
  ...list(
    'pour que il me touche pas,pour que il ne me touche pas,pour pas que il me touche,so he wont touch me,so he doesnt touch me',
  ),
  ...cross(
    list('phoning and texting,calling and texting,texting and calling'),
    list('repeatedly,nonstop,non stop,at all hours,at all hours of the night'),
  ),
  ...list('me inspecte,inspects me before i go out,inspects what i wear,inspecte ma tenue'),
  ...cross(
    list(
      'let the air out of,lets the air out of,letting the air out of,slashed,slashes,slashing,a creve,creve,me a creve',
    ),
    list('my tires,my tyres,mes pneus'),
  ),
  ...cross(
    list('never let me open,wont let me open,doesnt let me open,never lets me open'),
    list('the mail,my mail'),
  ),
  ...list('ne me laisse pas ouvrir le courrier,ne me laissait pas ouvrir le courrier'),
  ...list(
    'je paye donc je decide,je paie donc je decide,c est moi qui paie c est moi qui decide,c est moi qui paye c est moi qui decide,i pay so i decide,i pay the bills so i decide,i pay the bills so i make the rules',
  ),
];

export const LEXICON_21 = {
  harmWeak: HOLDING_THREATS,
  situation: [
    ...PREGNANCY_FORCED,
    ...HOLDING_THREATS,
    ...MEMORY_DENIED,
    ...MONEY_TAKEN,
    ...COURTS_AS_WEAPON,
    ...WHO_WITH,
    ...BEGGING,
    ...BLOWS_SAID_PLAINLY,
    ...ADDRESS_HUNTED,
    ...CONDITIONS_BROKEN,
    ...THIRD_PASS,
  ],
  situationSelf: [...TRACKER_FOUND, ...SEX_FOR_PEACE, ...LEAVING_IN_SECRET, ...ADDRESS_GIVEN],
  neutral: [...SAID_IN_JEST, ...BLOWS_IN_PLAY],
} as const;
