/**
 * How well trace cleaning recognises help pages and help searches nobody on the project wrote,
 * and how often it touches ordinary ones: the real matcher (built-in rules and names) over the
 * evaluation set in `tests/fixtures/traces/`. Pages are judged from what the browser has (the
 * address, and the title once it arrives); searches as Google result pages.
 * Run with `npx tsx bench/recognition.ts` (`--misses` lists every row judged wrongly).
 *
 * Changes made after measuring, each a general rule rather than a row's fix, are logged in
 * `CHANGES_AFTER_MEASURING` below and printed with the figures.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { HELP_SEARCH_NAMES } from '../data/help-search-names';
import { HELP_SITE_RULES } from '../data/help-sites';
import { createMatcher, type Matcher } from '../lib/traces/url-matcher';

const DIR = resolve(import.meta.dirname, '../tests/fixtures/traces');

export interface PageRow {
  url: string;
  title: string;
  lang: string;
  region: string;
  group: string;
  topic: string;
}
export interface SearchRow {
  query: string;
  lang: string;
  group: string;
}

export const loadRows = <T>(name: string, dir = DIR): T[] =>
  JSON.parse(readFileSync(resolve(dir, name), 'utf8'));

/** One group's figure: how many rows the matcher removed out of how many. */
export interface Rate {
  removed: number;
  total: number;
  misses: string[];
}

export const CHANGES_AFTER_MEASURING: readonly string[] = [
  'first measurement, vocabulary written beforehand: help pages 80.5 %, help searches 74.2 %, variants 78.8 %, look-alike pages 0.7 %, look-alike searches 2.6 %, ordinary 0 %',
  'function words (de, des, of, the…) ignored on both sides: address slugs and searches drop them',
  '"transition house/home" and "stalking" decide alone unless halfway-house, prison, recovery or hunting words are present (same mechanism as "maison d\'hébergement")',
  "controlling behaviour as situations: looks/goes through my phone, monitors my time, tells me not to…, won't let me talk to…, decides my outings, controls the money or how I dress (EN and FR)",
  'fear of, hiding from or leaving a partner ("afraid of my husband", "peur de mon conjoint", "leave a marriage"); walking on eggshells, insults and accusations of cheating with a partner named',
  'a described situation counts when a partner is named anywhere in the search, not only just before it; "my man", "ma femme" are partners',
  'DV / DFV / FDV with a service word, "was/been assaulted", "mauvais traitements", "maison des femmes", "relation de contrôle", SANE exams, violence "at home"',
  'typos: 6-letter words toward 7+-letter help words; help phrases written as one word in a path ("/SexualAssault"), not only in a host',
  'violence or violent next to games, films, TV or media is a rating, not a situation',
  'after the second search set (searches-2.json, first figure help 77.9 %, variants 61.5 %, look-alikes 2/86): kinds of abuse (verbal, emotional, psychological, gaslighting) decide unless the text is about work and names no partner; games and films keep harm near children from counting; stalking by an ex ("won\'t leave me alone", "keeps showing up at my work", "obsessed ex"); shouting and swearing at me, destroying my things, pressure into sex (EN, FR); phone surveillance in French (surveille, fouille mon portable); "won\'t let me work/drive"; excessive or unhealthy jealousy, possessive, trackers on my phone with a partner named; "sous l\'emprise de mon mari", "lever la main sur", "hommes violents"; help for people who use violence ("stop being abusive", "am I abusive"); typos toward partner words, "relation", "psychologique", plural forms',
  'then, from knowledge of the field (no row): "me crie dessus", grabbing a wrist, punching the wall, posting or threatening to share nudes, "mon salaire", complaints or charges against a partner, "je quitte mon mari", and people who used violence in their own words ("I hit my girlfriend", "j\'ai frappé ma femme", "men who hit their wives")',
  'after 68 more help pages and 69 more look-alikes (first figure on the enlarged set: help pages 82.6 %, organisations 89.0 %, general sites 80.5 %, look-alike pages 11/204 = 5.4 %: restraining orders against neighbours and landlords, "substance-abuse-hotline" addresses): an order against a neighbour, landlord, tenant, co-worker or employer decides nothing unless a partner, family or person at risk is named; joined "abuse…" address words after a substance (drug, alcohol) are not help; field acronyms and terms (VAWG, GBV, IDVA, ISVA, MARAC, family harm, sexual harm, cyberviolence); psychological, emotional and verbal violence as kinds of abuse; an address\'s /content/ folder no longer reads as "content violence"; 18 help sites (New Brunswick association, Birchway, five Ontario university sexual-violence centres, Yukon victim services, New York OPDV, GDASS, Equation, NNEDV Safety Net, CALACS du KRTB, Hope Center, Onslow Women\'s Center)',
  'after the third search set (searches-3.json), first figure before any change: help searches 63.2 % (en 64.4, fr 61.7), variants 59.3 %, look-alikes 2/104',
  'then, general rules (each with the everyday uses it would catch, tested): advice to "you" read as about "me" ("when your husband hits you", "ton copain te frappe"); "my partner", "mon partenaire", "mon mec" named with a possessive; French "son" (his, her) no longer an English son and "dans" a function word, "couple" a relationship word; temper and contempt toward a partner (throws or smashes things, punches walls, short fuse, anger issues, belittling, "rabaissant", "veut tout contrôler"; not "throws things away"); too much jealousy or asking whether it is normal, a partner\'s only (not a dog\'s, not "in a relationship"); money cut off or emptied, a partner who has to know where I am, snooping or spying on my phone; French insults and slaps ("me traite de", "m\'a donné une gifle", not "un coup de main"), not wanting me to go out; threats tied to leaving ("if I leave", "si je pars") without a name; sex while asleep or without consent; "is that abuse", "est-ce de la violence" (not "abuse of power"); "never lets me", "forbids me to"; a partner who scares me, "me fait peur", follows me home, forces sex ("m\'oblige à coucher"), posts or threatens to post my photos (French); typos toward harassing, harcèle, fiancée, jalousie, stalking, ordonnance',
  'after the fourth search set (searches-4.json: terse search-box queries and the field\'s own terms), first figure before any change: help searches 55.9 % (en 48.0, fr 67.3), variants 45.2 %, look-alikes 2/131 (two discovery "protective order" searches)',
  'then, from knowledge of the field (families, never a row): the field\'s own names for orders, schemes, payments and programmes by region (barring, safety and interim barring orders, Police Safety Orders, emergency and community intervention orders, DVPO/DVPN, DVRO, FVIO/FVRO, ADVO, DSDAS, VQRP, DDVC/MVDAC/DVILR, Escaping Violence Payment, Safe Havens for Pets, Ask for ANI/Angela, men\'s behaviour change, second-stage houses, address confidentiality programs, lethality and DASH risk assessments, aide universelle d\'urgence, téléphone grand danger, anti-rapprochement, interdiction temporaire de résidence, loi de Clare); acronyms that mean other things (EPO, AVO, PSO, DVO, PFA, EVP, TGD, MBCP, IPV) only next to a word that says which is meant (a province, a court, "breach", "payment"), never alone; DV/IPV with a service word (lawyer, counselling, class, near me…), not the DV lottery or visa; polio "IPV" doses are off topic; a protective order in civil discovery (stipulated, confidentiality, trade secret…) is not help; trackers following me, threats to have me deported, a sponsor as the subject; a partner reading my messages or geolocating me (FR); spy apps on my phone with a partner named; older people (aîné) and "amoureuse" as context words; "mise à l\'abri" as a shelter; a violent parent named; typos toward stalkerware, deuxième, rapprochement, responsabilisation; 34 look-alike searches added to searches-4.json to test these families before keeping them',
  'typos, measured before the change (variants: searches.json 97.0 %, searches-2.json 88.5 %, searches-3.json 88.9 %, searches-4.json 64.5 %; help searches 93.0, 96.2, 91.5, 89.0 %; no look-alike or ordinary search removed): a misspelt search word is corrected toward every vocabulary word of 6 or more letters (not a hand list) with the same first letter, one edit away (letter added, dropped, changed, or two swapped) or two when both have 10 or more; real words that close (English and French dictionaries, generated into lib/traces/typo-guard.ts as a compact word filter) are never corrected; a tie goes to the longer word; a corrected word under 8 letters never decides a search alone; French elisions typed without their apostrophe ("dhebergement") read as the word they are glued to; "maltraitant(e)" as harm',
  'then, families seen among the misses (before: help searches 93.0, 96.2, 91.5, 89.0 %, variants 97.0, 84.6, 92.6, 77.4 %; after: help searches 96.1, 96.2, 96.2, 95.3 %, variants 97.0, 88.5, 96.3, 80.6 %; no look-alike or ordinary search and no ordinary page removed, look-alike pages unchanged at 1/217; each family tested with at least three phrasings of our own and three look-alikes): French harm verbs in the imparfait ("me frappait", "me insultait") and as a woman says the participle ("me a tabassée"), and who one dates or dated as the subject ("sortie avec un garçon qui…"); English "abused/assaulted/stalked me"; money kept from view (won\'t let me see the bank statements or know about our finances, makes me account for every penny or beg for money; all the money held only with a partner named); jealousy that frightens the searcher ("sa jalousie est excessive, j\'ai peur", "his jealousy scares me"), with "afraid to tell/ask/lose" as reluctance, not fear; trackers and spy apps put on my phone or car by "he"/"she" or a partner, and a partner\'s spyware in French ("logiciel espion conjoint"; not spying on a partner or catching one cheating); programmes for people who used violence (stage de responsabilisation, prise en charge/accompagnement/groupe de parole des auteurs de violences; never "stage" or "prise en charge" alone, not riot or police violence); leaving the marital home (quitter le domicile conjugal, leave the matrimonial home; not its tax or sale); asking the police about a partner\'s past (right to ask, background or police check on a partner; DVDS with its form or scheme); accepting or forgiving the first slap; contacts deleted and friends blocked through the phone; the U visa certification; three shelters searched by name (Awo Taan Healing Lodge, Maison L\'Esther, Maison d\'Ariane)',
  'after the fifth search set (searches-5.json: people\'s own words from advice letters, accounts quoted in the news and help services\' pages, gathered blind), first figure before any change: help searches 47.0 % (en 45.0, fr 49.1), variants 50.0 %, look-alikes 11/117 removed (figurative "pushed me to", "hit me with an idea", a restraining order in a TV episode, a Python package, "abuse of discretion", a friend\'s jealousy, a husband threatened with deportation by the state)',
  'then, families (never a row; each tested with phrasings of our own and look-alikes; before → after: help searches 96.1, 96.2, 96.2, 95.3, 47.0 → 96.1, 96.2, 96.2, 95.3, 86.3 % (fifth: en 45.0 → 85.0, fr 49.1 → 87.7); variants 97.0, 88.5, 96.3, 80.6, 50.0 → 97.0, 88.5, 96.3, 80.6, 79.2 %; look-alike searches 0, 0, 0, 0, 11/117 → 0 in every set; ordinary searches and pages 0; help pages 340/397 and look-alike pages 1/217 unchanged): look-alikes first: encouragement is not a shove ("pushed me to apply", "m\'a poussée à m\'inscrire"; "pushed me down" still counts), being told is not being hit ("hit me with the news") nor is a ball or a puck in a game, an order in an episode, a trope, a film or a software package decides nothing, "what is abuse of discretion/process" is a legal standard, the nearest who before a situation owns it (a best friend who gets mad when I see my boyfriend; but "le chum de ma sœur l\'empêche" is the partner\'s, and a partner\'s jealousy of my friends still counts), a partner threatened with deportation by the state ("menacé d\'expulsion", "facing deportation"); then recall: control in plain words (controls my whole life, forbids me from, never/not allowed, won\'t let me see a doctor, a tyrant or "mari dictateur", l\'empêche de sortir, surveille ses heures, exige mon salaire); sexual coercion (pressuring me for sex, wifely duty, devoir conjugal, m\'obligeait à coucher, pinned me down, giving sex to stop the yelling); people who used violence asking to change (I hurt / take my anger out on my partner, not her feelings; je suis violent, j\'ai failli la frapper; a partner afraid of my anger); threats tied to leaving (suicide, taking the kids, never seeing the kids or the dog again); immigration (cancel my visa or sponsorship, report me to immigration, garde mon passeport, chantage au titre de séjour); trackers and AirTags planted or under my car; nude photos sent; gaslighting in French (me fait douter, je déforme tout); custody harassment (utilise notre enfant, me fait du chantage, ex harcelant); a friend\'s partner isolating her; teen control (upset when I make friends, cut off my guy friends); "petit ami" and "ma blonde" as partners, "abus émotionnel" as a kind of abuse. To fit the background budget: vocabulary lists and search names written as compact strings (same phrases); address keys read plurals as the singular the classifier reads',
  'then, probing those families with everyday searches of our own ("he broke into my car and stole my laptop", "she says I am crazy for liking pineapple pizza", "my marital duty to pay taxes"): control in everyday words (controls my life, won\'t let me, says I am…, broke into my car, planted a tracker, makes me doubt myself) counts only with a partner named, never "he" or "she" alone; a duty of sex only said of oneself or asked about. Fifth set after: help searches 85.5 % (en 83.3, fr 87.7), look-alikes 0/117; the four others unchanged',
  'after a sixth search set (searches-6.json: forum, Q&A and letter phrasings, accounts, quizzes and the people around the person) and a second page set (pages-2.json: help pages from 150 sites the first set does not use, with look-alikes and ordinary pages), both gathered blind, first figures before any change: help searches 73.9 % (en 82.9, fr 63.6), variants 72.2 %, look-alike searches 3/132 (a figurative toxic relationship with sugar, twice; "does your wife track your location"); help pages 75.9 % (organisations 78.4, general sites 73.3; with a title 78.9 %), look-alike pages 0/116, ordinary pages 0/41',
  'then, families from the sixth set\'s misses (never a row; each tested with phrasings and look-alikes of our own in help-search-situations-6.test.ts; words in lib/traces/help-lexicon-6.ts). Look-alikes first: a "toxic relationship" with a food, a screen, money or work is figurative ("my toxic relationship with sugar / my phone / social media", "chocolate: the toxic relationship"), a person named still counts; a former convict, soldier, boss or friend is not an ex partner ("violent ex-con", "toxic ex boss"); a blow in one\'s sleep is not violence used; "does your wife track your location" left as it is: it is worded as warning-sign quizzes word their questions ("does your partner check your phone"), so it stays a genuine ambiguity. Then recall: an abusive or violent ex is harm as well as a partner (the longer phrase had taken the harm word: "custody from an abusive ex", "going back to an abusive ex"); a relative\'s or friend\'s partner who harms her ("my sister\'s husband hits her", "my daughter\'s boyfriend mistreats her"; only with whose partner it is, since "hits" reads as "hit" and "my wife hit her car" says "her" of a thing), "son mec" and "sa meuf" as partners; cut off from everyone or made to choose between him and my friends; money taken over (took control of my banking, wants to know every penny) or rationed (au compte-gouttes, "ce qu\'il estimait nécessaire", only gives me what he thinks I need); "if I ever leave, don\'t expect a penny" (jobs, pensions and leases are not a partner\'s threat); people who have used violence asking to stop ("stop hitting / guilty for slapping my wife", "verbally abusing my husband", groupes de parole and programmes for violent men, "sur lesquelles j\'ai levé la main"); French accounts in the plus-que-parfait and with adverbs ("m\'avait déjà frappé", "m\'a encore frappée"), the participle present ("en m\'étranglant"), pinned to the wall, the neck squeezed; French surveillance in the imparfait and after "veut" ("contrôlait tout", "veut scruter mes textos"); "contrôlant", accusations of flirting ("m\'accuse de cruiser"), constant criticism, slammed doors and "pins and needles" with a partner named; violent when drunk ("il est violent quand il a bu"); papers held over someone (titre de séjour, green card); outing and HIV-status threats; anger or sulking at sex refused, giving in to sex, "je recevais des coups" (not phone calls or sunburn); "am I abused"; harassed by an ex ("se faire harceler par son ex-copine"). Judging: a French inverted question reads with its subject ("mon conjoint espionne-t-il mon téléphone" → "il espionne"), and "he"/"she" is taken for someone else only when that someone is named before it ("il me frappe devant les enfants" counts; "my son… he hits me" still does not). Before → after: help searches 96.1, 96.2, 96.2, 95.3, 85.5, 73.9 → 96.1, 96.2, 96.2, 95.3, 86.3, 95.8 % (sixth: en 82.9 → 100, fr 63.6 → 90.9); variants 97.0, 80.8, 96.3, 80.6, 79.2, 72.2 → 97.0, 88.5, 96.3, 80.6, 79.2, 88.9 % (partly the typo guard regenerated: its filter no longer takes "hubsand" for a real word); look-alike searches 0, 0, 0, 0, 0, 3/132 → 0, 0, 0, 0, 0, 1/132; ordinary searches 0; help pages 342/397 and 133/174, look-alike pages 1/217 and 0/116, ordinary pages 0/301 and 0/41, all unchanged. Left failing (one-offs): "un jour ça dérape une gifle ou un coup part", "ça a commencé avec des rabaissements… puis les gifles", "je suis très attachée à lui mais je suis une victime", "ma pote sort avec un connard", "demander au juge d\'interdire à mon ex-partenaire de m\'approcher", "il va me tuer le jour où j\'ai su que j\'allais le quitter"',
  'then, with no rule changed: 350 more organisations\' own sites (US state coalitions and shelters, Québec, Belgium, Canada; 7 with generic names or thin evidence left out) and the typo guard at 16 bits a word (about 0.05 % of other words wrongly held, against under 1 %): second page set help 75.9 → 76.4 % (organisations 78.4 → 79.5), held-out organisations 82.6 → 87.0 %; variants 80.8 → 88.5 % (second set, "hubsand" corrected again) and 72.2 → 75.0 % (sixth); then two title families from the second page set\'s misses, each tested with titles and searches of our own and look-alikes: the abuse as what one leaves or escapes ("leaving the abuse", "escaping abuse"; not "escaping abuse of notation" or "leaving drug abuse behind") and Québec\'s men\'s help centres ("centres d\'aide pour hommes"): second page set 76.4 → 77.6 %, nothing else moves',
  'after a seventh search set (searches-7.json: terse queries, questions to a search engine, services named with a place, gathered blind from pages no earlier set used), first figure before any change: help searches 84.0 % (en 95.6, fr 73.5), variants 83.3 %, look-alike searches 4/100 (a farm-stress crisis line and a suicide-prevention chat, which the directory itself lists as crisis lines; a home fire-safety plan; "mon mari m\'a battu au scrabble")',
  "then the sixth set's families merged (never shown the seventh set): seventh set help 84.0 → 84.0 %, variants 83.3 → 83.3 %, held-out searches 77.8 → 79.0 % and their variants 72.2 → 77.8 %: families written from one set's misses fix that set and little else. Then the seventh set's look-alikes, as families with look-alikes of our own (never its help rows): board, card and bar games (\"m'a battu au scrabble\") as a score, and a home or fire safety plan as not one for leaving: look-alikes 4 → 2/100; the two left are crisis lines the directory itself lists (a farm-stress line, a suicide-prevention chat), which the cleaner treats as help on purpose",
  'then one family whose miss on the seventh set was a matter of tense, not of words: a complaint or charges against a partner in every tense and with either verb ("j\'ai porté plainte contre mon mari", "déposé une plainte contre mon ex", "pressed/dropped charges against my boyfriend"; not against a neighbour, an employer, a driver or a landlord): seventh set 84.0 → 85.1 % (tuned from here on: 84.0 % is its blind figure), nothing else moves',
  'then, to find false deletions before people do: 600 look-alikes of our own (lookalikes-own.json: 450 searches and 150 page titles, EN and FR, written blind to the classifier over every everyday sense of the help words, harmless partner searches, idioms and titles), first figure 6/600 removed (a hiking safety plan "what to leave with a friend", "faut pas abuser des bonnes choses", "my wife beat me in a 5k", "he pushed me to take the job offer", "mon chum me surveille mon régime", a workplace-harassment page title). Then families, each tested with look-alikes of our own: encouraged is not pushed for many more verbs ("pushed me to take / ask / accept", "me pousse à prendre"), races and contests are a score (5k, marathon, trivia, tournament; not "quiz", which the warning-sign quizzes use), outdoor and travel safety plans (hiking, backcountry, boating, randonnée), French "abuser" as overdoing ("faut pas abuser", "abuser du sucre"), harassment at work with no partner named, a phone\'s accessories ("took my phone charger"), French media adjectives after the noun ("des films violents"): 6 → 1/600; the one left, a partner watching one\'s diet, is also a sign of control, so it stays',
  'in searches, a relationship word up to four words from harm is its context ("relations amoureuses des ados comment réagir violence"; titles keep two words, and women, children or home keep two): seventh set variants 20 → 21/24, nothing else moves',
  'an inventory of acts rather than one set\'s phrasings (lib/traces/help-lexicon-acts.ts): in English bitten, spat on, hair pulled, things thrown at me, thrown against the wall, bones broken, a black eye, a knife or a gun, and, with a partner named, held down or an attempt on my life; in French every harm verb in the tenses people tell them in (present, imparfait, passé composé and plus-que-parfait as a man or a woman says them, "va me…", "en me…"), generated from 26 verbs (bousculer, secouer, séquestrer, griffer, intimider…), spitting, hair pulled, blows given, objects thrown, bones broken, bruises; with their everyday starts ("me donne un coup de main", "me secoue les puces"): no set moved (these acts are rare in the sets\' searches), look-alikes unchanged',
  "after an eighth search set (searches-8.json: people's own words, 61 % French, from pages no earlier set cites, gathered blind), first figure on the tree as this work began: help searches 71.2 % (en 75.4, fr 68.5), variants 77.8 %, look-alike searches 0/80, ordinary 0/21; with the three changes above: 71.8 %",
  'then one structural family seen among its misses: acts done to someone close by their partner ("my friend\'s husband threatens to shoot her", "my sister\'s husband nearly killed her", "le mari de ma sœur l\'a frappée", "lui donne des coups", "notre voisin se fait frapper par sa femme"), made by turning every first-person act to the third person, counted only with a person around (sister, friend, neighbour…) and a partner named; English "her" only as an object ("hit her again", not "pushed her car", "beat her record"), French "la"/"le" forms left out (the reader drops them, so "la frappe" would be a bare "frappe", a knock at the door), "sa femme", "son mari", "his wife" as someone\'s partner: eighth set 71.8 → 74.0 %, nothing else moves (the eighth set is tuned from here on: 71.2 % is its blind figure)',
  "then, with no rule changed: 98 more organisations' own sites (UK national specialist services, Australia, the US, Canada, Ireland, New Zealand, France, Belgium; 8 with everyday names and a third-party source left out) and 25 distinctive names: second page set 135 → 138/174 (organisations 79.5 → 83.0 %), held-out unchanged",
  'then consent in a couple, a theme of the sixth, seventh and eighth sets\' misses: consent named with a couple or a partner decides ("consentement sexuel dans le couple", "zone grise du consentement entre partenaires", "consent in marriage"; never consent alone: a cookie banner, a medical form, a spouse consenting to a sale), and sex pressed for or taken, said of oneself ("m\'a fait du chantage pour coucher", "insiste pour avoir des relations", "sans avoir consenti"; not a boss\'s blackmail for a promotion): seventh set 80 → 82/94, eighth 131 → 134/177, variants 21 → 22/24 and 35 → 36/45; nothing else moves',
  'then money and devices in the acts inventory, the other acts advocates ask about: pay or savings stolen, an account emptied, debt or credit taken in my name, a forged signature, a phone tapped, hacked, tracked or put "sur écoute" (never "spent my money" or "took my card", said of each other every day, nor a thief, a roommate or a son): eighth set 134 → 138/177, held-out searches 64 → 65/81; nothing else moves',
  'then the other forms of control the field names, in the acts inventory: contraception sabotaged or refused, a pet hurt to punish me, medication hidden, accounts locked, messages by the hundred or from other numbers, a job or studies sabotaged, and in French being kept from work, a doctor or one\'s family (not "won\'t let me eat" or "sleep", nor "changed my password": a diet, a snoring partner and a favour say those too): eighth set 138 → 139/177; nothing else moves',
  'then, to keep the woken worker\'s compile near what it was: acts are turned to the third person only where the other person can be said (English physical acts; French acts with more than the verb, "lui donne des coups"; "lui frappe" is not French, and a feminine participle says "l\'a frappée"), and everyday phrases only in English: 12,800 phrases instead of 15,800 (7,800 when this work began); eighth set 139 → 140/177 (a third-person phrase had taken a word a better one needed)',
  'then, from the eighth set\'s misses, as families with look-alikes of our own: a French harm verb after any verb ("n\'arrête pas de me harceler", "essaie de m\'étrangler"; not biting or scratching, which a cat does when stroked), dragging by the body in French, clothing decided or forbidden by a partner (not "picks my clothes"), a car or movements tracked, "mon agresseur", "violeur", "je suis auteur de violence", "love or control": eighth set 140 → 145/177, nothing else moves',
  "then, with no rule changed: 224 more organisations' own sites in two rounds (Québec, the Prairies, the Atlantic, BC; England, Scotland, Northern Ireland, Ireland, France, Belgium; the US, Australia, New Zealand), gathered blind to every set: second page set 138 → 141/174, and a third page set gathered blind meanwhile (pages-3.json, below) 220 → 224/284; and 125 organisations' names from the research record chosen for being no everyday phrase, with the Family Justice Center model: seventh set 82 → 83/94, held-out searches 65 → 66/81",
  'after a third page set (pages-3.json: 284 help pages from 262 sites neither earlier set uses, three quarters on general sites, with 102 look-alikes and 53 ordinary pages; gathered blind), first figure on the tree this stop began from: help pages 77.5 % (organisations 80.0, general sites 76.6; with a title 81.5 %), look-alike pages 0/102, ordinary 0/53',
  'then, from the eighth set\'s misses: the insults advocates hear named ("calls me a whore", "me traite de menteuse"), papers and contacts taken or hidden (not opened or read: couples do that for each other), forcing counted only where it is sexual ("il me force à manger des légumes" is a parent), "arrêter d\'être violent": eighth set 145 → 149/177, variants 39 → 40/45, nothing else moves',
  'after a ninth search set (searches-9.json: people\'s own words, half French, from pages no earlier set cites, gathered blind while the changes above were written), first figure: help searches 79.0 % (en 83.9, fr 74.2), variants 75.6 %, look-alikes 1/115 (an Ontario Court of Appeal decision on an "order of protection" in real estate), ordinary 0/31; and 79.0 % on the tree this stop began from: the families above moved none of it. A determiner-free copy of every described situation ("isolates me from family") added one row for 19 % more vocabulary and was left out',
  'then, from the ninth set\'s misses: harm by a partner in the passive ("choked by partner": nobody\'s business partner chokes them), who I see or date controlled, insults and isolation said shorter, people who have used violence saying what they did in the present ("i smack my girlfriend"; not "her car"), pushed or thrown against a wall in French, coerced debt, when arguing becomes abuse, Australian orders "against", spyware and "feeling I\'m going crazy" with a partner named: ninth set 147 → 160/186, variants 34 → 38/45, nothing else moves; then 97 shelters and services searched by name, gathered blind from news and organisations\' pages with their sources (data/sources/help-names-*.json) and chosen for being distinctive as a whole: eighth 149 → 150, ninth 160 → 164',
  "after a tenth search set (searches-10.json: people's own words, half French, from pages no earlier set cites) and a fourth page set (pages-4.json: 247 help pages, English and French, from organisations' sites no earlier set uses and pages on general sites in every province and territory, with 107 look-alikes and 44 ordinary pages), both gathered blind at the start of a stop (rows the held-out set also holds taken out), first figures before any change: help searches 76.0 % (en 76.3, fr 75.6), variants 80.0 %, look-alike searches 0/117, ordinary 0/22; help pages 80.6 % (organisations 86.9, general sites 78.5), look-alike pages 4/107 (deer stalking in the Highlands twice, an animal-welfare page on maltreatment, France's suicide line), ordinary 0/44",
  'then, families from their misses (never a row; each tested with phrasings and look-alikes of our own in help-search-10.test.ts; words in lib/traces/help-lexicon-10.ts). A reading fix first: French "même" folds to "meme", which the games-and-memes list took, so "il me frappe même devant les enfants" decided nothing; "même" next to a French word is now dropped as the adverb it is, and an English meme keeps its word; "dames" (ladies) is no longer a board game; "ne … plus" and "ne … jamais" read as "ne … pas". Then: French control with "laisser" ("ne me laisse pas sortir"; not sleep); money explained, taken or used behind one\'s back ("makes me explain every purchase", "gère seul le compte joint", "à mon insu" with a bank card or an account); intimate images shared, leaked or pressed for (not "sent nudes to another girl"); a tracker found on one\'s car or in one\'s bag (not one put there against theft, nor an unknown-tracker alert alone, which the fourth search set holds as a look-alike); aids hidden (a wheelchair, a hearing aid, medication), things thrown across the room, "came at me with a knife", "backhanded me"; an ex who keeps driving by; blows and torture named with whose they are ("les coups de mon mari", not "les coups de fil"); the field\'s terms (maisons de première and seconde étape, hommes auteurs de violence, the ordonnance provisoire de protection immédiate, the violentomètre, Massachusetts\' 209A, "est-ce une agression", sex assault, sexualized violence, "Woman\'s Aid", White Ribbon, people experiencing violence); deer stalking\'s words (Highland, hind, cull…) as hunting. Before → after: tenth set 136 → 156/179 (en 71 → 83, fr 65 → 73), variants 20 → 23/25; ninth 204 → 210/231 (help and variants; its remaining misses were read while these families were written, so this is tuned); fourth page set 199 → 205/247, look-alike pages 4 → 2/107; third page set 224 → 225/284; held-out searches 66 → 67/81 ("ne me laissait pas sortir"), held-out pages 138 → 139/152 (a page the fourth set also held until it was taken out: not independent); no ordinary search or page removed, look-alike searches unchanged everywhere, our own look-alikes 1/600 unchanged',
  'then, a sweep for words both languages spell alike where one sense blocks the other (every single-word entry of the lists that block a reading, checked against the English and French dictionaries): French "paroles" are someone\'s words after a possessive or before a judging word ("me rabaisse avec ses paroles"), not a song\'s; a "groupe de parole" is not a prisoner\'s parole; phones, apps and accounts no longer mark a search as about games or apps ("my ex hacked my iphone", "installed an app on my phone to track me"), and phones, accounts and computers are named as people name them (iphone, instagram, dms; a computer only hacked, spied on or tracked). Tested with phrasings and look-alikes of our own; no set moved either way',
  'then, a probe of 56 common phrasings of our own (never a set\'s rows: "my husband always hits me", "il me frappe souvent", "que faire si mon conjoint me frappe"…) found 14 unread, 12 read after; a French probe of 32 more found 5 unread, 3 read after ("mon ex ne me lâche pas", a phone broken or confiscated) (left: "gets angry and scary", "took the kids and won\'t give them back"); families for them, each with look-alikes of our own: a partner who is aggressive or scary (not an aggressive driver or a scary movie), yelling in French ("crie sur moi"), "makes me feel worthless", "no one else would want me", "controls everything", "won\'t let me have friends", "won\'t stop messaging me", "threatens to leave me with nothing", and where to go on leaving a partner (not "if I leave my husband" alone: a set holds a custody question asked that way as a look-alike, and making "if I leave" a leaving removed it). No set moved either way',
  "after an eleventh search set (searches-11.json: people's own words, half French, from pages no earlier set cites) and a fifth page set (pages-5.json: 314 help pages, English and French, 141 of them with no title found, with 115 look-alikes and 20 ordinary pages), gathered blind at the start of a stop, first figures before any change: help searches 63.5 % (en 68.4, fr 58.8), variants 60.9 %, look-alike searches 5/131 (a deer-stalking holiday, a sect's and screens' emprise, Québec's youth protection order, a partner's ex harassing, leave to quit the marital home), ordinary 0/26; help pages 72.9 % (organisations 84.4, general sites 71.0; with a title 82.7, without 61.0), look-alike pages 5/115 plus the three shelters for women counted apart, ordinary 0/20",
  'then, families from their misses (never a row; each tested with phrasings and look-alikes of our own in help-search-11.test.ts; words in lib/traces/help-lexicon-11.ts): partner killings as the news says them ("murder of his wife", "tuée par son conjoint"), harm told in the third person ("son chum la bat", "my neighbour beats his wife", "elle se fait battre par son mari"; a phrase that names its own subject now owns itself, so a friend or a sister named before it no longer hides it), French strangulation and smothering attempts, reproductive coercion, sex after a "no" and pressure over refusing, passwords demanded and messages read, money withheld, forbidding with the partner named, French trackers and images, AVO/DVO with the words said around them; a reading fix: French elisions typed without the apostrophe ("minterdit", "lemprise") read as two words, real words ("manger") kept out by the dictionary guard; and everyday senses left alone (emprise of a sect or screens, youth protection, a civil motion for a protective order, a stalking holiday). Eleventh set 63.5 → 75.5 % (en 68 → 82, fr 59 → 69), variants 61 → 70 %, look-alikes 5 → 2 of 131; fifth page set 72.9 → 73.2 %, look-alikes 5 → 4 of 115; no earlier set and no held-out figure moved',
  "after a twelfth search set (searches-12.json: people's own words, half French, from pages no earlier set cites) and a sixth page set (pages-6.json: 296 help pages, English and French, two thirds with the title a browser stores, with 105 look-alikes and 23 ordinary pages), gathered blind at the start of a stop, first figures before any change: help searches 66.7 % (en 63.0, fr 70.2), variants 61.5 %, look-alike searches 1/137 (a game rated too violent for a child), ordinary 0/27; help pages 78.7 % (organisations 82.2, general sites 78.1; with a title 82.9, without 70.1), look-alike pages 6/103 plus two shelters for women counted apart, ordinary 0/23",
  'then, families from their misses and false removals, and from the eleventh set\'s (never a row; each tested with phrasings and look-alikes of our own in help-search-12.test.ts; words in lib/traces/help-lexicon-12.ts): two reading fixes, a French past participle typed as its infinitive after an auxiliary ("il ma frapper", "il a enlever le condom"; not "apprendre a frapper") and "im" for "I\'m"; the other parent of one\'s children named as a partner ("leur père me frappe", "my baby daddy hit me"); hands at the throat; gaslighting by a partner named; being drugged; sex when one could not consent; debts run up by forgery or without consent; an ex who comes back from new numbers or follows one\'s car; a parent harming the other, told by their child; orders that protect from a partner broken or asked for; held down, the mouth covered; threats of self-harm that hold a partner in place; birth control kept; sex asked for under a threat of leaving; private images; and, read as what they are, shelters for homeless people (the women they serve are not a refuge\'s context unless abuse is named) and "abus de faiblesse". Twelfth set 66.7 → 78.4 % (en 63 → 76, fr 70 → 81), variants 61.5 → 80.8 %, look-alikes 1/137 unchanged; and the field\'s terms three sixth-set titles used alone ("violences intimes", perpetrator interventions, men being violent); sixth page set 78.7 → 79.7 %, look-alikes 6 → 3 of 103; eleventh set 75.5 → 77.6 %, variants 69.6 → 73.9 %; eighth set 150 → 151/177 and variants 40 → 41/45 (a French "photo intime"); no other set and no held-out figure moved',
  "after a thirteenth search set (searches-13.json: people's own words, half French, from pages no earlier set cites) and a seventh page set (pages-7.json: 432 help pages, English and French, two thirds with the title a browser stores, with 144 look-alikes and 30 ordinary pages), gathered blind at the start of a stop (rows that cited a page another set cites taken out), first figures before any change: help searches 64.8 % (en 69.6, fr 59.6), variants 61.5 %, look-alike searches 3/129 (a restraining order on a dog, the origin of the word gaslighting, a protection order for a trademark), ordinary 0/26; help pages 72.0 % (organisations 61.7, general sites 73.2; with a title 73.1, without 69.6), look-alike pages 1/140 (a women's-only homeless shelter) plus four shelters for women counted apart, ordinary 0/30",
  'then, families from their misses and false removals (never a row; each tested with phrasings and look-alikes of our own in help-search-13.test.ts; words in lib/traces/help-lexicon-13.ts): a partner hitting one\'s child (owned by the partner or "he"/"she", never a child at school); things thrown at one\'s head or face; a door blocked, a way out barred; touched while asleep in the present tense; the children held over leaving in French; sex demanded or bargained for, pay, benefits or inheritance taken, an ex back through new accounts or behind one\'s car, the children questioned about me (all with a partner named); intimate images shared in French forms; a child harmed by the other parent in the passive; a partner nearly killed, said by the one who did it; threats over papers and secrets (deportation, immigration called, HIV status or being trans told; sponsorship held over sex) and a trans partner\'s hormones thrown out or old name used, with a partner named; the field\'s French terms in titles (soumission chimique, pornodivulgation, men sexually assaulted) and men\'s refuges; and, read as what they are, orders in trademark and patent matters, "too violent for a child" as a rating, and homeless shelters named so. Thirteenth set 64.8 → 74.5 % (en 69.6 → 80.4, fr 59.6 → 68.1), variants 61.5 → 73.1 %, look-alikes 3 → 2 of 129; seventh page set 72.0 → 74.3 %, look-alikes 1 → 0 of 140; twelfth set look-alikes 1 → 0 of 137 (the game rated too violent); fourth page set 205 → 206/247 (men sexually assaulted as children); no other set and no held-out figure moved',
  "after a fourteenth search set (searches-14.json: people's own words, half French, from pages no earlier set cites) and an eighth page set (pages-8.json: 304 help pages, English and French, 120 without a title, with 103 look-alikes and 22 ordinary pages), gathered blind at the start of a stop (rows citing a page another set cites, odd addresses and rows past three per site taken out), first figures before any change: help searches 59.3 % (en 65.7, fr 52.2), variants 54.2 %, look-alike searches 3/135 (a data-protection order, a film about violence reviewed, leaving a common-law spouse), ordinary 0/25; help pages 71.1 % (organisations 66.7, general sites 71.6; with a title 76.1, without 63.3), look-alike pages 4/103 (mental-health and suicide crisis centres in Québec and Ottawa), ordinary 0/22",
  'then, families from their misses and false removals (never a row; each tested with phrasings and look-alikes of our own in help-search-14.test.ts; words in lib/traces/help-lexicon-14.ts): forced marriage as people say it; the UK offence\'s "controlling or coercive behaviour", "violence fondée sur le sexe", "meurtres de femmes" and the men\'s march "Walk a Mile in Her Shoes"; partners killed, said in the plural; taken by the throat or the neck; intimate images of me kept or shared, and asked for with a partner named; rape while half asleep; sex given in to; contraception ruled and appointments sat in on; what I eat or wear ruled, calls without end, always knowing where I am, the wifi cut off or car keys hidden, money begged for, lies told to my work, passports hidden, my savings emptied, blame and servitude, a fake profile in my name (all with a partner named); hands laid on in French idiom, promises to change, "to control me", threats of burning or drowning, a fist in the wall by my head; hitting back in self-defence; "I\'ll take the kids" and threats to tell; under a partner\'s sway; a sponsor in a Québec file; the UK nations\' and Ireland\'s orders with a partner or harm beside them. Read as what they are: data protection is not a protection order, and a crisis line alone (mental-health, farm stress, suicide) is help of another kind, unless abuse, rape or who it serves is named (the directory\'s own lines stay listed sites and names). Fourteenth set 59.3 → 77.8 % (en 65.7 → 85.3, fr 52.2 → 69.6), variants 54.2 → 66.7 %, look-alikes 3 → 2 of 135; eighth page set 71.1 → 73.0 % (with a title 78.3, without 65.0), look-alikes 4 → 0 of 103. Elsewhere: seventh search set look-alikes 2 → 1 of 100 (a farm-stress crisis line kept); eleventh set 149 → 150/192 (a sponsor); thirteenth set one help search and one variant gained (an Irish-style safety order, "marier de force") and one of each lost to the crisis-line change (a PEI shelter\'s "ligne de crise" searched with its name); first page set 342 → 341/397 (a news page on the NWT\'s crisis hotlines); held-out figures unchanged',
  'at the start of the next stop, before any set was gathered, a precision pass on families known to read ordinary talk as help (each with a look-alike test; a snapshot of every row\'s verdict showed none changed): an act said right after "I" or "we" is the speaker\'s own ("my husband and I emptied our joint account"), and a dog\'s, cat\'s or horse\'s "controlling behaviour" is a trainer\'s topic',
  "after a fifteenth search set (searches-15.json: people's own words, half French, from pages no earlier set cites) and a ninth page set (pages-9.json: 371 help pages, English and French, 133 without a title, with 133 look-alikes and 23 ordinary pages), gathered blind at the start of the stop (rows citing a page another set cites, copies on staging or mirror hosts and rows past three per site taken out), first figures before any change: help searches 69.9 % (en 73.7, fr 66.3), variants 58.3 %, look-alike searches 0/130, ordinary 0/26; help pages 71.7 % (organisations 60.9, general sites 73.2; with a title 78.6, without 59.4), look-alike pages 8/133 (four shelters for women its builders labelled homeless, counted apart from then on as disputed; a Summerside shelter for women facing homelessness that the site list held by mistake; a homelessness article on a new refuge for women; two banks' pages on elder financial abuse), ordinary 0/23",
  'then: LifeHouse (Summerside) taken off the site list (its own and the CBC\'s pages say it shelters women and children facing homelessness), and a shelter beside homelessness as the topic ("itinérance", "homelessness") with no harm or partner named read as a homeless shelter: ninth page set look-alikes 8 → 2 of 129 with 4 disputed; the two left are the banks\' elder-abuse pages (elder abuse stays help); no other set moved',
  'then, families from their misses (never a row; each tested with phrasings and look-alikes of our own in help-search-15.test.ts; words in lib/traces/help-lexicon-15.ts): a blow to a part of my body ("slapped my mouth", "busted my lip"), pets hurt or threatened, put out of the home in French, money withheld or every euro accounted for, immigration status used as a threat, mobility aids or medicine withheld, my things broken in French, someone violent to a mother or a partner ("my dad is abusive to my mum"), every move watched with a partner named, "sex attack" and the one-word "antirapprochement"; and a violent partner or parent named as such ("conjoint violent", "père violent") owns itself, whoever is named before it. Fifteenth set 69.9 → 78.8 % (en 73.7 → 80.0, fr 66.3 → 77.6), variants 58.3 → 75.0 %, look-alikes 0/130 and ordinary 0/26 unchanged; ninth page set 71.7 → 72.0 %. Elsewhere, help only: eighth set 151 → 152/177, eleventh 150 → 153/192, twelfth 160 → 161/204, fourteenth 151 → 153/194 and variants 16 → 17/24; no look-alike of any set and no held-out figure moved',
  "then, with no rule changed: 15 more organisations' own sites from a researcher working from public pages (nine in Québec, four in France, one each in Northern Ireland and Western Australia); seven are sites whose pages the sets hold, so these figures count them: ninth page set 72.0 → 72.5 % (organisations 60.9 → 65.2), fourth, sixth, seventh and eighth page sets one organisation page each; held-out unchanged",
  "after a sixteenth search set (searches-16.json: people's own words, half French, from pages no earlier set cites) and a tenth page set (pages-10.json: 331 help pages, English and French, 125 without a title, with 124 look-alikes and 21 ordinary pages), gathered blind at the start of the stop (rows whose source is a mirror, staging or proxy host, a page row of the same round, or a fourth help page of one site taken out), first figures before any change: help searches 64.0 % (en 71.8, fr 56.3), variants 62.5 %, look-alike searches 2/139 ('gaslighting en politique exemples'; 'stalking ex on social media during no contact', left), ordinary 0/25; help pages 74.9 % (organisations 55.9, general sites 77.1; with a title 84.5, without 59.2), look-alike pages 0/124, ordinary 0/21",
  'then (never a row; each tested with phrasings and look-alikes of our own in help-search-16.test.ts; words in lib/traces/help-lexicon-16.ts): a kind of abuse named with medicine, politics, sport or teaching and no partner is not a partner\'s ("medical gaslighting"); harm around leaving done by someone else named first, with no partner named, is not help ("my dog is aggressive when I leave"), and a threat to kill or hurt "me" if I leave is ("he will kill me if I leave", missed until then); families: care kept from me, sex pressed for or imposed, images threatened, pinned to a wall, drawn away from family, turning violent, money doled out or a card kept, scenes when I go out, affairs alleged, children used as weapons, flooded with messages, turning up at my work, "séquestrée", a hold over money beside a partner or couple, Scotland\'s interdicts, stalker apps: sixteenth set 77.9 % (en 84.7, fr 71.3), variants 79.2 %, look-alikes 1/139; tenth page set 75.2 %; earlier sets gained three help searches and lost nothing; held-out unchanged',
  "after a seventeenth search set (searches-17.json: people's own words, half French, from pages no earlier set cites) and an eleventh page set (pages-11.json: 389 help pages, English and French, 103 without a title, with 144 look-alikes and 29 ordinary pages), gathered blind at the start of the stop (rows whose source is a mirror or proxy host, a page row of the same round, or a fourth help page of one site taken out), first figures before any change: help searches 68.4 % (en 70.5, fr 66.3), variants 69.6 %, look-alike searches 8/126 (coercive control at work, emotional abuse of a horse, financial abuse by scam callers, cyberstalking a celebrity, a protective order in bankruptcy, a child who bullies at school, a women's refuge's charity shop, a sexual assault scene in a series), ordinary 0/26; help pages 76.3 % (organisations 70.3, general sites 77.0; with a title 80.8, without 64.1), look-alike pages 4/144 (animal-welfare pages on 'maltraitance'), ordinary 0/29",
  'then (never a row; each tested with phrasings and look-alikes of our own in help-search-17.test.ts; words in lib/traces/help-lexicon-17.ts): coercive control, financial and economic abuse, cyberstalking and "maltraitance" are kinds of abuse, which a workplace, an animal, a scam or a public figure named with no partner keep from deciding; a protective order in bankruptcy is a civil matter; harm at school with no partner named is the school\'s matter; families: a drink spiked, "attouchements", sex owed in a couple, "le devoir conjugal" with a partner or harm beside it, intimate images held over me in French, every purchase accounted for, asked where I am, put on the ground, forced himself on me, a knife waved at me, a sex video shared, followed to work or home, how I dress ruled, a father hitting "ma maman", men\'s behaviour programmes, "perversion narcissique", "maisons de protection des familles": seventeenth set 77.0 % (en 78.9, fr 75.0), variants 73.9 %, look-alikes 2/126; eleventh page set 78.1 % (with a title 82.9, without 65.0), look-alikes 2/144; earlier sets gained three help searches and lost nothing; held-out unchanged',
  "after an eighteenth search set (searches-18.json: people's own words, half French, from pages no earlier set cites) and a twelfth page set (pages-12.json: 118 help pages, English and French, none with a title since the store gave none, with 90 look-alikes and 23 ordinary pages), gathered blind at the start of the stop (two search rows whose page the page builders cited at the same time, and 25 organisation rows on sites earlier sets use, taken out), first figures before any change: help searches 75.2 % (en 70.2, fr 82.1), variants 58.3 %, look-alike searches 4/129 (two counted apart from then on as disputed: elder abuse by a son, which elder abuse stays as help, and a song about partner violence; a book on a toxic relationship with a mother; a history lesson on the cycle of violence), ordinary 0/30; help pages 59.3 % by address alone (organisations 64.3, general sites 58.7), look-alike pages 0/90, ordinary 0/23",
  'then (never a row; each tested with phrasings and look-alikes of our own in help-search-18.test.ts; words in lib/traces/help-lexicon-18.ts): the cycle of violence is a kind of abuse, which a war, a gang or an era named keeps from deciding (the history lesson stays removed: its words name none of them); families: the home\'s devices used to watch or torment (spying or listening in through cameras, speakers or the smart home, an ex who still has access, cameras put all over the house, a tracker or "balise" put on me or my car, not a buyer\'s or a landlord\'s), a disabled person\'s aids taken or hidden, food withheld and disability benefits kept, told one imagines or makes things up with a partner named ("dit que j\'invente tout"; not "too sensitive" or "overreacting", every quarrel\'s words), pets threatened by a partner or on leaving, violence used "again" ("I keep hurting my partner when I\'m angry"), the abuse escaped as his or hers, intimate pictures threatened, misspelt French partner words too short for the typo fixer ("mon marie", "mon copin") and Tahitian ones ("mon tane"), a bank card not read as a card game, Florida\'s protective injunctions, SANE programmes, DV groups. Eighteenth set: help searches 75.2 → 84.5 % (en 81.9, fr 88.1), variants 58.3 → 75.0 %, look-alikes 2/127 → 2/127 (2 disputed); twelfth page set 59.3 → 61.9 %, look-alikes 0/90; earlier sets: one help search more (searches-11), no look-alike or ordinary row moved; held-out unchanged',
  'then blame in every tense, the phone kept so one cannot call, driving forbidden, abuse in pregnancy (not a drug\'s), and victims\' compensation asked about (IVAC, CIVI, SARVI; never "IVAC" alone, an infusion pump): eighteenth set 84.5 → 85.7 % (en 84.0), twelfth page set 61.9 → 62.7 %; nothing else moves',
  'at the next stop, with no set gathered (the store is nearly used up), families probed with phrasings and look-alikes of our own (help-search-19.test.ts; words in lib/traces/help-lexicon-19.ts and the readers): a shelter that takes pets in stays a shelter while a house for animals, people with disabilities, migrants or the homeless no longer decides alone (4 of our own look-alikes had been removed); help phrases spelt as one word in addresses ("controlecoercitif", "maritalrape", "solidaritefemmes"); transition housing as a shelter word, a safe haven named for women or victims, the YWCA as women; French words of harm misspelt as they sound ("frape", "batue", "violant" before no object); a letter typed twice wins a typo\'s tie ("controll"); "why doesn\'t she just leave"; women "en difficulté" or "in crisis" taken in or helped (not "in danger of eviction", not mothers after a birth); "coercive" with a partner named; made to prove where one is all day. Help pages: first set 341 → 342/397, second 141 → 142/174, third 225 → 226/284, fifth 230 → 235/314, seventh 322 → 324/432, eleventh 304 → 305/389; help searches 4 more (sets 11, 12, 15, 17) and typo variants 10 more (sets 10, 12, 14–18); no look-alike or ordinary row of any set moved. Held-out: four rows were spent (seen in miss listings before their families were written) and replaced blind; figures after that count the new rows',
  'at the stop after, a red-team pass of our own (lookalikes-probes.json: 1,084 everyday searches, titles and pages, 560 written blind, 524 aimed at the rules) and the families it found (help-search-20.test.ts; words in lib/traces/help-lexicon-20.ts, help-words.ts and help-topic.ts): "fromage râpé" read as "rape" once its accent went; shelters, lines and safety plans for other needs (wildfires, breastfeeding, autism, pregnancy, a hike); a partner hurt by an accident or an illness; symptoms called violent; French "abuser de" as overdoing; victims of fraud and floods; blows given asleep; the shirt; love bombing and trauma bonds of cults and jobs. Blind probes removed 9 → 5 of 550, aimed 223 → 57 of 482; one recall family, a parent hitting the one who searches, gained three help searches of the sixteenth set; no other row of any set moved, held-out unchanged',
  'at the stop after that (help-search-20.test.ts; words in help-words.ts and help-lexicon.ts): a partner\'s thing is not the partner ("scared of my boyfriend\'s dog"; a partner\'s temper or violence still is): aimed probes removed 57 → 48 of 482; what is done to keep one from leaving or calling ("he hides my keys so i can\'t leave", « pour m\'empêcher de partir ») and the French of "won\'t stop calling me": one more help search (eighteenth set); in-laws hitting the one who searches; French « viol » of a right or a rule (« viol de copyright », « violeur de la route »): blind probes 5 → 2 of 550, aimed 48 → 46; a blow when a game or a sport is only its circumstance ("hits me when he watches football"); no look-alike or ordinary row removed, held-out unchanged',
  'at the stop after that, with no rule written for a row: 119 more organisations\' own sites and 914 more names and aliases (1,560 in all), gathered by researchers from public pages, never from a set; a name typed without its apostrophe is no longer an everyday word ("App\'Elles" had made "je m\'appelle" a help search; a unit test with Debian\'s word lists keeps such names out) and keeps a French elision two words ("maison dhebergement"); page sets: second 142 → 143/174, third 226 → 227/284, fourth 207 → 210/247, fifth 235 → 239/314, sixth 236 → 240/296, seventh 324 → 330/432, eighth 222 → 224/304, ninth 269 → 272/371, tenth 249 → 251/331, eleventh 305 → 310/389, twelfth 74 → 75/118; eleven more help searches across the fifth to eighteenth sets; held-out pages 141 → 144/152 and searches 68 → 69/81 (the same store of public pages, so a wider list, not a rule for a row); no look-alike, ordinary row or probe moved',
  'at the stop after that (help-search-21.test.ts; words in lib/traces/help-lexicon-21.ts), families of coercive control, each needing someone named: a pregnancy forced or ended and birth control forbidden, threats that hold a person in place (immigration, a custody lie, a sponsorship, pictures), memory and sanity denied, wages paid over on demand and begging for every penny, the courts used to wear a person down, a tracker announced by the phone or hidden among my things, who I am with asked to keep watch; and threats about one\'s status no longer decide alone (a landlord or an employer makes them too), "says I\'m crazy for…" and "pushing me to have a baby" are everyday sayings: help searches tenth 158 → 159/179, eleventh 156 → 160/192, twelfth 164 → 165/204, thirteenth 146 → 148/196, fourteenth 153 → 154/194, sixteenth 138 → 140/172, seventeenth 147 → 150/187, eighteenth 139 → 140/161, three typo variants more; no look-alike, ordinary row, probe or held-out row moved',
  "later at that stop, more families of the same kind (blows in everyday words, sex given to keep the peace, a bank account or a departure kept from a partner, an ex hunting for a new address or an address given to an abuser, release conditions broken) and a third pass (loans taken out under pressure and bills left in my name, calls and texts at all hours, inspected before going out, tyres let down or slashed, the mail kept from me, « c'est moi qui paie, c'est moi qui décide »); a review then narrowed phrases that took everyday searches (a news title's 'denies what he said', a tracker hidden against theft, 'bashed me on twitter', 'texting me all night long', giving an ex one's address), giving back four; over the stop, help searches tenth 158 → 159/179, eleventh 156 → 161/192, twelfth 164 → 170/204, thirteenth 146 → 148/196, fourteenth 153 → 154/194, fifteenth 155 → 157/193, sixteenth 138 → 140/172, seventeenth 147 → 150/187, eighteenth 139 → 140/161; then 216 more names from a fifth research round (1,775 in all; 273 the vocabulary already reads left out): eleventh page set two more; no look-alike, ordinary row, probe or held-out row moved",
];

/** The address a search leaves in history (Google, as most people use it). */
export const searchUrl = (query: string) =>
  `https://www.google.com/search?q=${encodeURIComponent(query).replace(/%20/g, '+')}`;

export function builtInMatcher(): Matcher {
  return createMatcher({ rules: HELP_SITE_RULES, resourceNames: HELP_SEARCH_NAMES });
}

function tally(groups: Map<string, Rate>, key: string, removed: boolean, label: string, wanted: boolean) {
  const rate = groups.get(key) ?? { removed: 0, total: 0, misses: [] };
  rate.total++;
  if (removed) rate.removed++;
  if (removed !== wanted) rate.misses.push(label);
  groups.set(key, rate);
}

/** Every figure, by group. */
export function measureRecognition(matcher = builtInMatcher(), dir = DIR) {
  const groups = new Map<string, Rate>();
  tallyPages(groups, matcher, loadRows<PageRow>('help-pages.json', dir));
  tallyPages(groups, matcher, loadRows<PageRow>('ordinary-pages.json', dir));
  tallySearches(groups, matcher, loadRows<SearchRow>('searches.json', dir));
  return groups;
}

const HELP_PAGE_GROUPS: ReadonlySet<string> = new Set(['organisation', 'general-site']);

/**
 * Look-alike rows whose label disagrees with issue 11's own definition, counted apart (and shown):
 * the fifth page set's builder labelled three shelters for women (homeless, not only for violence)
 * look-alikes, the sixth set's two more, the seventh set's four and the ninth set's four, where the issue names "a shelter for women or
 * families" as help. A title that says the women are homeless is read as a homeless shelter. The cleaner removes
 * them on purpose; they are reported, never counted as false deletions or as help.
 */
export const DISPUTED_LOOKALIKES: ReadonlySet<string> = new Set([
  'https://northernontario.ctvnews.ca/a-new-low-barrier-women-s-shelter-in-sudbury-will-open-in-january-1.5697896',
  'https://maisonsdelapaix.org/actualites/nouveau-service-dhebergement-durgence-pour-femmes',
  'https://www.aurore.asso.fr/pole-urgence-sociale-et-hebergement/une-deuxieme-vie-pour-la-halte-femmes',
  // The sixth page set's: a women's shelter and a women and children's shelter, named so in their titles.
  'https://webjosh.com/article/women-s-shelter-in-windsor-ont-has-lowest-donations-in-a-decade-1639016010-17770',
  'http://35.201.78.98/news/canada/prince-edward-island/pei-summerside-women-s-childnren-shelter-2020-1.5543630',
  // The seventh page set's: two women's shelters and a women's shelter to expand, named so in their
  // titles, and an Australian girls' refuge (youth housing) whose address says "girls refuge".
  'https://northernontario.ctvnews.ca/new-women-s-shelter-opens-in-sudbury-1.5773683',
  'https://northernontario.ctvnews.ca/women-s-shelter-in-sudbury-gets-operating-funding-for-another-year-1.6708806',
  'http://35.201.78.98/news/canada/prince-edward-island/bgc-new-shelter-july-2025-1.7575924',
  'https://www.detourhouse.org.au/the-girls-refuge/tgr-accommodation/',
  // The ninth page set's: a women's shelter and a women and children's shelter in Prince Edward Island,
  // one to come in Moose Jaw, and a French charity's housing "pour les femmes", named so in titles or
  // addresses.
  'https://discovermoosejaw.com/articles/province-committed-to-help-bring-womens-shelter-to-moose-jaw-says-mla-',
  'https://www.cbc.ca/news/canada/prince-edward-island/pei-women-and-children-shelter-summerside-lifehouse-1.6132928?cmp=rss',
  'https://www.cbc.ca/news/canada/prince-edward-island/pei-charlottetown-women-shelter-1.4977042?cmp=rss',
  'https://depaulfrance.org/projects/hebergement-pour-les-femmes/',
]);

/** Help pages (`organisation`, `general-site`) must go; every other page must stay. */
function tallyPages(groups: Map<string, Rate>, matcher: Matcher, rows: readonly PageRow[]) {
  for (const row of rows) {
    const removed = matcher.isTrace(row.url, row.title);
    const label = `${row.url} | ${row.title}`;
    if (DISPUTED_LOOKALIKES.has(row.url)) {
      tally(groups, 'pages: disputed look-alike (a shelter for women)', removed, label, false);
      continue;
    }
    if (!HELP_PAGE_GROUPS.has(row.group)) {
      for (const key of [`pages: ${row.group}`, `pages: ${row.group} ${row.lang}`])
        tally(groups, key, removed, label, false);
      continue;
    }
    for (const key of [
      'help pages',
      `help pages: ${row.group}`,
      `help pages: ${row.lang}`,
      `help pages: region ${row.region}`,
      `help pages: ${row.title === '' ? 'no title' : 'with title'}`,
    ])
      tally(groups, key, removed, label, true);
    // Before the title arrives: the address alone.
    tally(groups, 'help pages: address only', matcher.isTrace(row.url), label, true);
  }
}

/**
 * Look-alike searches whose label disagrees with the rest of the sets, counted apart (and shown),
 * never as false deletions or as help. The eighteenth set's builder labelled elder abuse by a son a
 * look-alike, where the seventeenth's labelled elder financial abuse by a son or a brother help; and
 * a search for a song about "violence conjugale", where the issue's song look-alikes are titles that
 * only share a word ("Hotline Bling"): a search that names partner violence is a trace whatever it
 * is for.
 */
export const DISPUTED_LOOKALIKE_SEARCHES: ReadonlySet<string> = new Set([
  'elder abuse of power of attorney by son',
  'chanson violence conjugale rap fr paroles',
]);

function tallySearches(groups: Map<string, Rate>, matcher: Matcher, searches: readonly SearchRow[]) {
  for (const row of searches) {
    const wanted = row.group === 'help' || row.group === 'help-variant';
    const removed = matcher.isTrace(searchUrl(row.query));
    if (DISPUTED_LOOKALIKE_SEARCHES.has(row.query)) {
      tally(groups, 'searches: disputed look-alike', removed, row.query, false);
      continue;
    }
    for (const key of [`searches: ${row.group}`, `searches: ${row.group} ${row.lang}`])
      tally(groups, key, removed, row.query, wanted);
  }
}

/**
 * The later search sets, each gathered and first measured before any rule was changed for it
 * (README, one section each): phrasings people write (2); forum, Q&A and FAQ phrasings (3); terse
 * search-box queries and the field's own terms (4); people's own words from advice letters,
 * accounts and help services, gathered blind (5); forum, Q&A and letter phrasings, accounts and
 * quizzes, and the people around the person, gathered blind (6); terse queries, questions and services
 * named with a place, gathered blind to measure the final tree (7); people's own words, French-heavy,
 * gathered blind while the acts inventory was written (8); people's own words, half French, from
 * pages no earlier set cites, gathered blind at the end of a stop to measure it (9); the same kinds
 * of phrasing, half French, gathered blind at the start of the next stop (10); the same again, with
 * more of sexual and reproductive coercion, immigration and courts, from pages no earlier set cites (11); people's own words
 * again, half French, gathered blind at the start of a stop (12 to 14). Each with its
 * everyday look-alikes.
 */
export const LATER_SEARCH_SETS = [
  ['second', 'searches-2.json'],
  ['third', 'searches-3.json'],
  ['fourth', 'searches-4.json'],
  ['fifth', 'searches-5.json'],
  ['sixth', 'searches-6.json'],
  ['seventh', 'searches-7.json'],
  ['eighth', 'searches-8.json'],
  ['ninth', 'searches-9.json'],
  ['tenth', 'searches-10.json'],
  ['eleventh', 'searches-11.json'],
  ['twelfth', 'searches-12.json'],
  ['thirteenth', 'searches-13.json'],
  ['fourteenth', 'searches-14.json'],
  ['fifteenth', 'searches-15.json'],
  ['sixteenth', 'searches-16.json'],
  ['seventeenth', 'searches-17.json'],
  ['eighteenth', 'searches-18.json'],
] as const;

/**
 * The later page sets, gathered blind and first measured before any rule was changed for them:
 * help pages from sites the first set does not use, with look-alikes and ordinary pages (2); help
 * pages from sites neither earlier set uses, more general sites than organisations, with look-alikes
 * of other families (3); help pages in English and in French from organisations' sites no earlier set
 * uses and pages on general sites, every province and territory, with look-alikes (4); the same
 * again from sites and pages no earlier set uses, more news than organisations (5), and once more,
 * most with the title a browser stores (6 to 11).
 */
export const LATER_PAGE_SETS = [
  ['second', 'pages-2.json'],
  ['third', 'pages-3.json'],
  ['fourth', 'pages-4.json'],
  ['fifth', 'pages-5.json'],
  ['sixth', 'pages-6.json'],
  ['seventh', 'pages-7.json'],
  ['eighth', 'pages-8.json'],
  ['ninth', 'pages-9.json'],
  ['tenth', 'pages-10.json'],
  ['eleventh', 'pages-11.json'],
  ['twelfth', 'pages-12.json'],
] as const;

export function measurePageSet(file: string, matcher = builtInMatcher(), dir = DIR) {
  const groups = new Map<string, Rate>();
  tallyPages(groups, matcher, loadRows<PageRow>(file, dir));
  return groups;
}

export function measureSearchSet(file: string, matcher = builtInMatcher(), dir = DIR) {
  const groups = new Map<string, Rate>();
  tallySearches(groups, matcher, loadRows<SearchRow>(file, dir));
  return groups;
}

interface OwnLookalike {
  text: string;
  kind: 'search' | 'title';
  lang: string;
  sense: string;
}

/** Whether the cleaner removes a search (as Google records it), or a page with this title at an ordinary address. */
const textRemoved = (matcher: Matcher, kind: 'search' | 'title', text: string) =>
  kind === 'search' ? matcher.isTrace(searchUrl(text)) : matcher.isTrace('https://example.org/page', text);

/**
 * Our own look-alikes (`lookalikes-own.json`: searches and page titles written blind to the
 * classifier, to find false deletions before people do): every one must stay.
 */
export function measureOwnLookalikes(matcher = builtInMatcher(), dir = DIR) {
  const groups = new Map<string, Rate>();
  for (const row of loadRows<OwnLookalike>('lookalikes-own.json', dir)) {
    const removed = textRemoved(matcher, row.kind, row.text);
    const what = row.kind === 'search' ? 'searches' : 'titles';
    for (const key of [`${what}: lookalike`, `${what}: lookalike ${row.lang}`])
      tally(groups, key, removed, `${row.text} (${row.sense})`, false);
  }
  return groups;
}

interface ProbeLookalike {
  text?: string;
  url?: string;
  title?: string;
  kind: 'search' | 'title' | 'page';
  lang: string;
  sense: string;
  judged: 'ordinary' | 'borderline';
  phase: 'blind' | 'aimed';
}

/**
 * Our red-team probes (`lookalikes-probes.json`): 1,084 everyday searches, titles and pages of our
 * own, the first 560 written blind to the classifier, the rest aimed at its rules after reading
 * them. Rows judged ordinary must stay; borderline ones (arguably about abuse: a crisis line for
 * youth, a film about abuse) are counted apart.
 */
export function measureProbes(matcher = builtInMatcher(), dir = DIR) {
  const groups = new Map<string, Rate>();
  for (const row of loadRows<ProbeLookalike>('lookalikes-probes.json', dir)) {
    const removed =
      row.kind === 'page'
        ? matcher.isTrace(row.url ?? '', row.title)
        : textRemoved(matcher, row.kind, row.text ?? '');
    const what = row.judged === 'ordinary' ? 'probes: lookalike' : 'probes: borderline';
    for (const key of [what, `${what} ${row.phase}`, `${what} ${row.lang}`])
      tally(groups, key, removed, `${row.text ?? `${row.url} ${row.title}`} (${row.sense})`, false);
  }
  return groups;
}

const percent = (r: Rate) => `${((100 * r.removed) / Math.max(1, r.total)).toFixed(1)} %`;

export function main(showMisses = process.argv.includes('--misses')) {
  const groups = measureRecognition();
  console.log('Trace recognition on the evaluation set (real matcher, address + title):');
  print(groups, showMisses);
  for (const [nth, file] of LATER_SEARCH_SETS) {
    console.log(`  ${nth} search set (${file}):`);
    print(measureSearchSet(file), showMisses);
  }
  for (const [nth, file] of LATER_PAGE_SETS) {
    console.log(`  ${nth} page set (${file}):`);
    print(measurePageSet(file), showMisses);
  }
  console.log('  our own look-alikes (lookalikes-own.json, written blind to the classifier):');
  print(measureOwnLookalikes(), showMisses);
  console.log('  our red-team probes (lookalikes-probes.json: 560 written blind, 524 aimed at the rules):');
  print(measureProbes(), showMisses);
  if (CHANGES_AFTER_MEASURING.length) {
    console.log('  changed after measuring (general rules, never a row):');
    for (const change of CHANGES_AFTER_MEASURING) console.log(`    - ${change}`);
  }
  return groups;
}

function print(groups: Map<string, Rate>, showMisses: boolean) {
  const keys = [...groups.keys()].sort((a, b) => a.localeCompare(b));
  for (const key of keys) {
    const r = groups.get(key)!;
    const help = key.startsWith('help pages') || /^searches: help/.test(key);
    const what = help ? 'removed (recall)' : 'removed (false positives)';
    console.log(
      `  ${key.padEnd(34)} ${`${r.removed}/${r.total}`.padStart(8)}  ${percent(r).padStart(7)} ${what}`,
    );
    if (showMisses) for (const miss of r.misses) console.log(`      ${help ? 'kept:' : 'REMOVED:'} ${miss}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
