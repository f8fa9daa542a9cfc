/**
 * Who is speaking, from how a sentence is built: harm done to `me` (harmed), harm done by `I`
 * (harming), harm done to someone close (supporter). English and French, normalised words, pattern
 * syntax from `phrase-match`. Weaker signs weigh less, so "I hit my wife, she makes me angry" reads
 * as harming, while any clear sign of harm done to the speaker wins a tie.
 */

export type Speaker = 'harmed' | 'harming' | 'supporter' | 'unknown';

/**
 * `told`: someone else's words say the speaker harms (`my wife says I have an anger problem`, `she
 * is afraid of me`). They count for `harming` even inside reported speech, but weigh less than a
 * plain sign of harm done to the speaker, so `he says I'm the abuser because I hit back` stays
 * `harmed`.
 */
type Patterns = Readonly<Record<Exclude<Speaker, 'unknown'> | 'told', readonly string[]>>;

/** English: harm done to me, by me, or to someone close. */
export const SPEAKER_EN: Patterns = {
  harmed: [
    // Not "abusers near me": a search for a service nearby.
    '@hv me|us !near',
    'threw|throws|throwing|thrown|swung|lunged|spat|spit|yelled|screamed .. at me',
    '@hvWeak me =0.5 !near',
    'i|we was|were|am|m|got|get|getting|been|being @harmed',
    // Two harms in one passive ("I keep getting blamed and hit").
    'i|we was|were|am|m|got|get|getting|been|being @harmed|blamed|yelled|insulted|threatened ^and|or @harmed',
    'my ^@partner is|was|has|can|gets .. @harsh|abuser|narcissist',
    'my ^@partner ^s .. @harsh|abuser|narcissist !phone|messages|texts|emails|location|friends|family|account|behaviour|behavior|mother|mom|dad|father',
    '@harsh @partner|relationship|marriage|home|man|men|ex =0.8 !s',
    'my ^@partner @hv',
    // Not "my wife is scared": afraid, not frightening me (she may be afraid of the speaker).
    'my ^@partner @hvWeak =0.6 !scared|frightened',
    'my ^@partner ^scared|frightened me|us =0.6',
    // Not one's own anger ("scared of my temper"): that fear is the speaker's of themself.
    'scared|afraid|terrified|frightened of my|him|her|@partner !is|s|was|are|anger|temper|rage|own|violence|reactions|outbursts|hurting|hitting|harming|losing',
    'leave|leaving|left|escape|flee him|her|my|an|abusive|the =0.7',
    'get away from him|her|my|an',
    'wont|doesnt|dont|never let me',
    'victim|survivor =0.5',
    // Marks left on the speaker ("he left bruises on my arm").
    '@he|@partner left|leaves|gave|gives|leaving .. bruise|bruises|marks|mark|scratches|welts on|around ^me|my !i|her|his',
    'i m|am|was a victim|survivor',
    'is this|it abuse|normal',
    'am i being|in !abusive|controlling|toxic|unreasonable|violent|mean',
    'i need|want help|shelter|somewhere|refuge|a|to =0.5',
    'i cant|cannot go home =0.7',
    'abused|battered woman|women|man|men|wife|husband|partner',
    'woman|women|man|men|wife|husband|guy being|is|getting|gets abused|beaten|hit|assaulted|controlled',
    'my dad|father|stepdad|stepfather|mom|mother|stepmom .. @hv .. my mom|mother|dad|father|stepmom|stepdad',
    'my ^@partner =0.3',
    '@he @hv =0.5 !her|him|them',
    // Self-defence and reactive abuse: hitting back is not using violence.
    // As strong as the blow it explains ("i slapped him in self defense"): the tie goes to the person harmed.
    'self defen* !court|charge|charges|lawyer|attorney|trial|case',
    'selfdefen* !court|charge|charges|lawyer|attorney|trial|case',
    'defend|defending|defended|protect|protecting|protected myself !court|charge|charges|lawyer|attorney|trial|case',
    'i|me .. hit|hitting|fought|fight|fighting|pushed|push|shoved|shove|slapped|struck|lashed|lash|bit|hits back',
    // Any blow given back ("I attacked him back", "I slapped her back").
    'i .. @did|@doing ^her|him|them? ^back !can|cant|could|should|may|might|ok|okay',
    // Self-defence said by its purpose or cause ("I bit him so he would let go", "to get away",
    // "because he was blocking the door"): as strong as the blow it explains, so the tie goes to
    // the person harmed. Not "so she would stop talking": only a hold let go or an attack stopped.
    'so|until|til|till @he would|could|d|will|wd let ^go',
    'so|until|til|till @he would|could|d|will|wd let ^me ^go|leave|out|breathe|up|past',
    'so|until|til|till @he would|could|d|will|wd stop|get ^@end',
    'so|until|til|till @he would|could|d|will|wd get|got ^off|away ^me',
    'so|until|til|till @he would|could|d|will|wd get|got ^off|away ^@end',
    'so|until|til|till|make|made @he would|could|d|will|wd? stop hitting|hurting|choking|strangling|attacking|beating|punching|kicking|biting|grabbing|holding|pinning|squeezing|smothering|dragging ^me',
    'to make|get @he ^stop|off ^@end',
    'to make @he ^let ^go|me',
    'to|could|can get|run|got away !with|debt|addiction|drugs|habit',
    'to|could|can break|broke|get|got free|loose ^@end',
    'to|could|can break|broke|get|got free|loose ^of|from',
    'to|could|can get ^out ^@end',
    'to|could|can get ^out of ^the|my|his|her|our ^house|room|car|apartment|bathroom|bedroom|kitchen|place|home|door|truck',
    'to escape|flee ^@end',
    'so i could|can run|get|got|go out|away|outside',
    // One's own anger or a blow explained by harm done to one ("i get angry because he tracks my
    // phone", "i slap him when he grabs my hair", "i yell because he hurts the kids"): as strong as
    // the anger or the blow, so the tie goes to the person harmed. The harm must land on me, mine
    // or the children: "when she texts other guys" is jealousy, not harm.
    'because|cause|cuz|bc|since|when|whenever @he|@partner ..? @hv|calls|called|call|treats|treated|blames|blamed|checks|checked|reads|searches|searched|mocks|mocked me|my|us|the|our',
    'because|cause|cuz|bc|since|when|whenever @he|@partner ..? never|wont|doesnt|didnt let|lets me',
    'because|cause|cuz|bc|for of? what @he does|did|do|has|had|have ..? to|through me',
    'because|cause|cuz|bc of? what @he put|puts me through',
    'because|cause|cuz|bc|when|whenever @he|@partner ..? corners|cornered|corner|traps|trapped|blocks|blocked me',
    'at|with him|her|them for @ing|tracking|checking|reading|watching|following|monitoring|calling me|my|us',
    // Said alone, without a blow of one's own: whose fault the anger is.
    'because|cause of him|her =0.6',
    // Becoming like the partner who harms ("i'm scared i'm becoming abusive like him").
    '@harsh like him|her',
    '@harsh like my ^@partner',
    'to escape|flee ^him|her|them',
    'because|cause|cuz|bc|since|when|while @he .. blocking|blocked|blocks|block .. door|doorway|exit|way|stairs|hallway|path',
    '@he .. on ^top ^of ^me',
    'held|holding|holds|hold|pinned|pinning|sat|sitting on? me ^down',
    'pushed|shoved|push|shove|kicked|scratched|bit him|her|them|past .. get|got|escape|leave|out|free|away',
    'pushed|shoved|push|shove|kicked|threw|got|get|pulled him|her|them off|away',
    'i .. yelled|screamed|shouted|begged|cried|called|yell|scream|shout|beg|cry .. help|stop|no !her',
    'i .. yelled|screamed|shouted|begged|cried|yell|scream|shout|beg|cry .. police|911 !her',
    // Calling the police is done by those harmed and, after a blow, by those who gave it ("i called
    // the police after i hit her"): a sign, not proof.
    'i .. called|call .. police|911|cops =0.6 !her',
    '@he|@partner is|s|was the abuser|abusive|aggressor|violent|problem|one',
    // Without "the": a partner called violent, as "my abusive ex" weighs.
    '@he|@partner is|s|was abusive|violent|dangerous =0.8',
    // Not one's own "abusive behaviour" or "abusive ways", which the speaker wants to change.
    'my abuser|abusers|abusive !behaviour|behavior|behaviours|behaviors|ways|tendencies|side|habits|patterns|traits',
    // A partner called violent before the noun ("I hit my violent ex"): as "my abusive ex".
    'my|our ^violent ^@partner',
    // Recorded or filmed by a partner: surveillance done to the speaker.
    '@he|@partner record|records|recorded|recording|film|films|filmed|filming me =0.8',
    'reactive abuse',
    'get|got|getting|being|am|m called .. abuser|abusive|violent|crazy|psycho|toxic =0.8',
    'called|calls|call|calling me .. abuser|abusive|violent|crazy|psycho|toxic',
    'says|said|claims|claimed|thinks i m|am|was the abuser|abusive|problem|violent =0.8',
    'i m|am|was|been .. abusive|violent too =0.8',
    'my own? fault',
    'i deserve|deserved|provoked|provoke it|this|him|her|them|to =0.8',
    'i made|make him|her|them angry|mad|hit|do|snap|lose|jealous =0.8',
    'afraid|scared|terrified|frightened .. will|ll|might|going be|get @harmed|hit|hurt|beaten|killed',
    'false|falsely|fake|lie|lies|lied|lying .. accus*|order|charge*|allegation*|report* =0.7',
    // Lies told about the speaker ("he lied and said I hit him", "arrested because she lied to
    // the police") or the blame put back ("but he started it"): as strong as the act they are
    // accused of, so the tie goes to the person harmed.
    '@he|@partner lied|lies|lying|lie to the? police|cops|court|judge|officer|officers|cps|lawyer|lawyers',
    '@he|@partner lied|lies|lying|lie and said|says|told|tells|claimed|claims|accused',
    'arrested|charged|convicted|jailed|reported|detained|accused .. because|after|when|since @he|@partner ..? lied|lies|lying|lie',
    'but @he|@partner started|starts|start it|this|everything|fights|fight',
    // Discovering one is watched ("I looked at his phone and saw he was tracking my location").
    'saw|found|discovered|noticed|realized|realised|learned|learnt @he|@partner .. track*|stalk*|spy*|spie*|monitor*|install*|bugged|recording|recorded|following|followed me|my',
    // A complaint used as a weapon, its purpose said ("filed charges against me to get the kids"):
    // as strong as the complaint itself, so the tie goes to the person harmed.
    'charges|charge|complaint|complaints|report|order against me .. to|so get|keep|punish|scare|control|force|bring|make|take =0.8',
    // A partner in a programme, or promising to change: the person is living with it.
    'my|his|her ^@partner .. in|on|at|to|started|starting|doing|attends|attending|finished|completed|did|does|went|goes .. program*|therapy|group|course|anger|counselling|counseling|class* !me|i|im|assaulting|hitting|hurting|beating|abusing|choking|attacking|threatening|stabbing',
    'will|can|does|could|would|do|did @he|@partner|abusers|abuser ever? change|changed|stop =0.8',
    '@he|@partner ll|will|can|could|gonna|going .. change =0.8',
    'go|going|went|get|getting|take|taking|took back to|with him|her =0.8',
    'take|taking|took him|her back =0.8',
    // Back into an abusive home ("I've gone back to abuse just to have a roof"): lived, not done.
    'gone|go|going|went|returned|returning|return|back to|into abuse|abuser|abusers|abusive',
    // A partner's anger is lived with ("my husband has anger issues", "his temper scares me",
    // "anger management for my boyfriend"), unless someone says it is mine ("my wife says I have…").
    'my ^@partner ^s? .. anger|temper|rage|outbursts !i|im|ive|says|said|thinks|tells|told|calls',
    'his|her ^anger|temper|rage|outbursts',
    'anger|temper|rage .. of|for my|his|her ^@partner',
    // Anger said of both ("we've got an anger problem", "our fights"): safety first, since the
    // words cannot say who is harmed.
    'we|our|us ^both? .. anger|temper|rage|fights|fighting !i|im|my|me',
  ],
  harming: [
    // A blow or a threat needs a person on the other end: "I hit him", "I pushed my wife", or the
    // verb ending its clause ("I hit, and…"), not "I pushed the panic button" or "I hit snooze".
    'i|we @did|@doing at|on|into? her|him|them !was|were|been|being|got|get|am|m|off|away',
    'i|we @did|@doing at|on|into? my|our ^@partner !was|were|been|being|got|get|am|m',
    'i ve|have|had|just|kind|sometimes|always|keep .. @did|@doing at|on|into? her|him|them !was|were|been|being|got|get|getting|gotten|the|thought|think|felt|feel|knew|know|seen|saw|watched|heard|witnessed',
    'i ve|have|had|just|kind|sometimes|always|keep .. @did|@doing at|on|into? my|our ^@partner !was|were|been|being|got|get|getting|gotten|the|thought|think|felt|feel|knew|know',
    'i ve|have|had|just|kind|sometimes|always|keep .. @did|@doing ^@end !was|were|been|being|got|get|getting|gotten|the|thought|think|felt|feel|knew|know|yelled|screamed|shouted|yell|scream|shout|hurt|scared|scare|frightened|frighten|threw|locked|burned|controlled|control|abused|abuse',
    // Something thrown or shouted at a partner further on ("I threw an axe at my partner").
    'i|we @did|@doing|throw|swung|swing|spat|spit .. at|on ^her|him|them !was|were|been|being|got|get|am|m',
    'i|we @did|@doing|throw|swung|swing|spat|spit .. at|on ^my|our ^@partner !was|were|been|being|got|get|am|m',
    // Intimidation shown to a partner ("I shout and get physically intimidating with my wife").
    'i .. get|got|getting|become|became physically|verbally? intimidating|threatening|menacing|aggressive|violent|rough|physical with|towards|toward ^her|him|them !he|she|they|hes|shes',
    'i .. get|got|getting|become|became physically|verbally? intimidating|threatening|menacing|aggressive|violent|rough|physical with|towards|toward ^my ^@partner !he|she|they|hes|shes',
    // A blow aimed beside a person ("I punched a hole in the wall next to her head"), a partner's
    // phone or keys taken or broken ("I broke her phone so she couldn't call anyone").
    'i .. @did|punched|smashed|broke .. wall|walls|door|doors|hole|holes|window .. next|near|beside|behind|inches|past to|from? her|his|him|their|them',
    'i .. broke|smashed|took|hid|destroyed|threw|break|smash|take|hide her|their ^phone|keys|laptop|car|passport|cards',
    // Names and put-downs said to a partner ("I call my girlfriend names", "I told her she was
    // worthless").
    'i call|called|calling my ^@partner|her|him names|stupid|worthless|fat|ugly|bitch|whore|slut|idiot|useless =0.8',
    'i .. tell|told|telling her|him|my ^@partner? she|he|s|is|was|re|they .. worthless|stupid|ugly|fat|useless|nothing|pathetic|disgusting =0.8',
    // Keeping a partner in ("I don't let my girlfriend go out with her friends").
    'i dont|didnt|wont|never|cant let my ^@partner go|leave|talk|work|wear .. out|anywhere|friends|family|alone|without =0.8',
    'i was|am|m the abuser|aggressor =0.8',
    'partner assault program*|programme*|course*|class*|classes =0.8',
    // Alone, only the blows: "I yelled", "I hurt", "I abused" (drugs) say no one was harmed.
    'i|we @did|@doing ^@end !me|myself|was|were|been|being|got|get|am|m|yelled|screamed|shouted|yell|scream|shout|hurt|scared|scare|frightened|frighten|threw|locked|burned|controlled|control|abused|abuse',
    // Not "i am scared he is violent", "when i get home he gets violent": someone else is, in the span.
    'i m|am|was|ve|have|can|get|got .. abusive|violent|controlling|toxic|aggressive|abuser|manipulative|jealous|possessive !in|with|by|from|of|married|dating|relationship|to|he|she|they|hes|shes|theyre',
    'am|was i .. abusive|violent|controlling|toxic|aggressive|abuser|manipulative|problem !in|being|relationship|with|by|married|dating|the',
    // `am I the abuser` is also what a person harmed asks when blamed: any sign of that wins.
    'am|was i the abuser|abusive|toxic|violent|controlling|aggressor =0.5',
    'my anger|temper|rage|violence|jealousy|behavio*',
    'my own behavio*|actions|anger',
    // A partner's phone, not the speaker's own ("I check my phone in case he texts").
    'i check*|read|went|go|look*|looked|track* through? her|his|their phone|texts|messages|emails|location !me',
    // The same in progress, with the same person or clause end ("I'm hitting her", not "I'm
    // yelling at my kids", "I keep hitting snooze").
    'i m|am|was|been @ing at|on? her|him|them !being',
    'i m|am|was|been @ing at|on? my|their|our ^@partner|mum|mom|mother|dad|father !being',
    'i m|am|was|been @ing ^@end !being',
    'am|was i @ing',
    'did|do|have|could i @doing|@did|rape|abuse|hurt',
    'help|program*|therapy|group*|course*|resources|services|support for abusers|perpetrators|batterers',
    'program*|therapy|group*|course* for abusive|violent men|people|partners|fathers|dads',
    'help|support for abusive|violent men|people',
    'help|program*|therapy|group*|course*|resources|services|support for men|people|partners|husbands|boyfriends who abuse|hurt|hit|use',
    'anger management|issues|problem*',
    'i lose|lost|losing my? temper|cool|control|it !he|she|they|him|her',
    'lose|lost|losing control .. with|on|at her|him|my|them|wife|husband|partner !he|she|they|me',
    'i cant|cannot|couldnt control|manage|handle my anger|temper|rage|jealousy|emotions|myself|violence',
    // Oneself not held back with a partner ("I can't control myself with my wife"); not "can't stop
    // myself from crying when he yells" or "around him I freeze": a person harmed says those.
    'i cant|cannot|couldnt control|restrain myself ^with|around|at|towards ^my ^@partner !me',
    // Marks left on a partner's body ("I left bruises on my girlfriend's arm").
    'i ^ve|have? left|gave|give|leave .. bruise|bruises|marks|mark|scratches|welts on|around ^her|his|him !me|because|cause|he|she|when|after',
    'i ^ve|have? left|gave|give|leave .. bruise|bruises|marks|mark|scratches|welts on|around ^my ^@partner !me|because|cause|he|she|when|after',
    // What one did, owned ("I want to work on what I did"); fear caused, found out too late ("I
    // didn't realise I had scared her").
    // Only as the clause's end or done to a partner: "deal with what I did to my kids by staying
    // with him" is guilt a person harmed carries.
    'work|working|own|accountable|accountability|responsibility on|with|for what i did|done|ve ^@end !he|she|they|him|her',
    'work|working|own|accountable|accountability|responsibility on|with|for what i did|done|ve ^to ^my|her ^@partner|family|kids !he|she|they|him',
    'didnt|never|not think|thought|realise|realize|realised|realized|know|knew|notice|noticed i ^had? scared|frightened|terrified|hurt|traumatized|traumatised ^her|him|them =0.8',
    'didnt|never|not think|thought|realise|realize|realised|realized|know|knew|notice|noticed i ^had? scared|frightened|terrified|hurt|traumatized|traumatised ^my ^@partner =0.8',
    // Spying on a partner, said by its purpose ("wait until she showers to go through her phone").
    'to go|look? through|check|read her|his phone|texts|messages|emails !me|my =0.8',
    'i might|may|could|will|ll|d|m snap|explode|hurt|hit|harm !be|get|been|being|myself|me',
    // Losing one's temper, not the kids, custody, a job or a home ("I might lose my apartment");
    // not "my mind" either, which is distress.
    'i might|may|could|will|ll|d|m lose ^it|control|temper|composure !be|get|been|being|myself|me',
    'i might|may|could|will|ll|d|m lose ^my ^temper|cool|composure|shit',
    'i might|may|could|will|ll|d|m lose ^@end',
    // A threat to harm, not to leave, call the police or tell ("I threatened to leave him").
    'i|we .. threaten*|threatened to ^kill|hurt|hit|beat|harm|shoot|stab|strangle|choke|burn|take|break|smash|ruin|destroy !myself',
    'i .. keep|kept|started|start|always|sometimes|cant|cannot @ing at|on? her|him|them !me|myself|being|getting|was|been',
    'i .. keep|kept|started|start|always|sometimes|cant|cannot @ing at|on? my ^@partner !me|myself|being|getting|was|been',
    'i .. keep|kept|started|start|always|sometimes|cant|cannot @ing ^@end !me|myself|being|getting|was|been|yelling|screaming|scaring',
    'i|we @did|@doing|attack|attacked|lash|lashed|bully|bullied|belittle|humiliate|manipulate|manipulated out? at? my|her|him|them|our !me|myself|was|were|been|being|got|get|off|away',
    'i m|am|was|ve|have|been|keep .. using|used|use violence|abuse|force|coercion|control !me|on',
    'i m|am|was|ve|have|been|being abusive|violent|controlling|aggressive|mean|cruel|toxic|scary ^to|towards|toward|with my|her|him|them|our',
    'help|support|program*|therapy|group*|course*|counselling|counseling for|with being abusive|violent|controlling|aggressive',
    'help|support|program*|therapy|group*|course*|counselling|counseling for|with my anger|temper|violence|rage|behavio*',
    // Help for those who harm: `guide for men who have been abusive`, `people who use violence`.
    'for|helping ^men|people|partners|husbands|fathers|dads|women|guys|those|someone|anyone|persons ^who|that ^have|has|ve ^been ^abusive|violent|controlling',
    'for|helping ^men|people|partners|husbands|fathers|dads|women|guys|those|someone|anyone|persons ^who|that ^are|is|were|was ^abusive|violent|controlling',
    'for|helping ^men|people|partners|husbands|fathers|dads|women|guys|those|someone|anyone|persons ^who|that ^use|used|uses|using ^violence|abuse|force',
    'for|helping ^men|people|partners|husbands|fathers|dads|women|guys|those|someone|anyone|persons ^who|that ^have|has|ve ^used ^violence|abuse|force',
    'behaviour|behavior change program*|programme*|group*|course* =0.8',
    'i dont|never|not want|wanna to? scare|frighten|hit|beat|yell|hurt|abuse|control her|him|them|my|anyone .. anymore|again',
    'i .. check*|read|went|go|look*|looked|track* .. @partner s? phone|texts|messages|emails|location|car',
    'bail|probation|release .. no contact =0.7 !his|her|their|he|she|me|him',
    'no contact .. bail|probation|release =0.7 !his|her|their|he|she|me|him',
    'i .. got|have|had|received|served|was|been .. order|orders|charges|charge|complaint|complaints against me =0.6',
    'i lash out|snap',
    'i used to @doing|@did|yell|scream my|her|him|at ^@partner?',
    'i .. grabbed|grab|grabbing her|his|my ^@partner? neck|throat|hair|arm|arms|wrist|wrists|face',
    'court|judge|magistrate|probation .. referred|sent|said|says|told|ordered me .. program*|programme*|course*|counsel*|class*|classes',
    'court|judge|magistrate|probation .. referred|sent|ordered me to a|an? domestic|family|dv ^abuse|violence? program*|programme*|course*|class*|classes',
    'barred|banned|kicked out? from|of my own? home|house .. arrest*|charge*|order|conditions =0.8',
    'i .. keep|kept|always|sometimes|started|been lashing|snapping out? at my|her|him ^@partner?',
    // `putting my hands on her`: the idiom for hitting.
    'i .. put|putting|puts|laid|laying|lay my hands on !me',
    'i .. never|not|stop .. hit|hitting|hurt|hurting|abuse|abusing|scare|scaring|beat|beating my ^@partner .. again|anymore',
    'i dont|not|never want|wanna to? hurt|hit|harm anyone|someone|anybody|somebody',
    // Not "when I get home he gets violent": someone else named in the span.
    'i get|got so? violent|physical|controlling|rough|aggressive !he|she|they|him|her',
    // Anger or jealousy felt is not yet harm done: people harmed feel them too.
    'i get|got so? angry|jealous|mad =0.8 !he|she|they|him|her',
    'i become|became|turn|turned|go|went so? uncontrollable|violent|aggressive|scary|rough|physical|nasty|cruel !he|she|they|scared|afraid',
    'scared|afraid of what i might|may|could|will|ll|d do',
    // Fear of what one will do to others, not to oneself ("scared of hurting myself").
    'scared|afraid of ^myself',
    'scared|afraid of ^hurting !myself|me',
    'afraid|scared i will|ll|might|could hurt !myself|me',
    'stop hitting|hurting|abusing|yelling|myself !him|her|he|she|them|they',
    'stop being abusive|violent|controlling|toxic|jealous|possessive|manipulative|an|so !him|her|he|she|them|they',
    // Said in people's own words (second query set, gathered blind): stopping, a partner named.
    'stop|quit|stopping|quitting @ing my|her|him|our ^@partner !me|us|he|she|they|get|make|makes',
    'stop|quit|stopping|quitting @ing|using abuse|violence|force|control !me|us|he|she|they|get|make|makes|him',
    'for|about|after|since @ing|hitting|hurting|slapping|pushing|choking|assaulting|attacking|threatening my ^@partner',
    'hit|slapped|pushed|shoved|punched|kicked|choked my ^@partner .. again|stop|sorry|regret|guilty|why|how !me|by|was|got|he|she|they|him|her|his',
    'i am|m|was a|an verbal*|emotional*|physical*|financial*|sexual*|psychological*|mental* and? verbal*|emotional*|physical*|psychological*? abuser|perpetrator|batterer',
    'as|being an? abusive|violent|controlling ^partner|husband|boyfriend|man|person|wife|girlfriend',
    'take|took|taking|takes my? anger|stress|frustration* out on my|her|him ^@partner?',
    'i put|held|covered|squeezed|twisted|grabbed my? hand* over|on|around|her|his|my ^@partner',
    'i squeezed|twisted|bruised|pinched|shook|choked|strangled my ^@partner',
    'i could|almost|nearly have? killed|hurt|strangled|choked my ^@partner|her|him',
    // Things broken in anger ("I punch holes in walls when we argue"): the speaker's own violence.
    'i punch|punched|punching|smash|smashed|smashing|break|broke|breaking a|the? hole|holes|wall|walls|door|doors|things|furniture|dishes =0.8 !my|own|hand|hands|foot|leg|arm|toe|finger|fingers|nail|free|out|away|down',
    'i kept going|pushing|pressuring|insisting .. when|after|though? she|he said|says no',
    'she|he said no and i kept',
    'mens|men s|male|perpetrator intervention|accountability program*|programme*|group*|course*',
    'awaiting|facing trial|court|charges .. for? assault*|battery|domestic|dv',
    'arrested|charged|convicted|accused for|with domestic violence|abuse|assault|battery|dv =0.6',
    // Accused of it, or the accused in the case ("accused of domestic abuse", "as the accused"): a
    // person harmed who is falsely accused says so, and that reading (weight 1) wins the tie.
    'accused of ^domestic|dv|family ^violence|abuse|assault|battery =0.6',
    'as|am|im|m the accused|defendant|respondent =0.7',

    'abuser* program*|course*|group*|help',
    'batterer*|perpetrator*',
    'i was|got|m|am|been charged|arrested',
    'charged with|for assault|domestic|dv =0.6',
    'hurt|hurting|harm|harming|hit|hitting the|someone|somebody|anyone|people one|person? i love',
    'change my behavio*|ways',
    'my partner is|s afraid|scared of me',
    'i tell|told|threaten*|say|said .. kill myself|suicide|die|hurt myself',
    'tell|told|threaten*|say|said|text*|warn* her|him|them|my .. kill|hurt|harm ^myself !should|deserve|deserved',
    'threaten*|threatened to? kill|hurt|harm ^myself',
    'i raise|raised|raising|lift|lifted|lifting my voice|hand|hands|fist|fists =0.7 !he|she|they',
    'you are|re the abusive|toxic|controlling|violent one|partner|person',
    'ashamed|guilty|regret|sorry .. how i treat|treated|treating|talk|talked|speak|spoke =0.8',
    'i treat|treated my ^@partner badly|terribly|horribly|like =0.8',
    'apologi*|apology|sorry .. after|for @ing',
    'i make|made my ^@partner cry|scared|afraid|feel|worthless =0.8',
    'i m|am|was|been|got .. convicted|sentenced|probation|parole|bailed .. domestic|assault|dv|violence|battery =0.8',
    // The quizzes' second person ("are you abusing your partner", "if you are an abusive spouse").
    'are|were you .. abusive|abusing|abuser|violent|controlling|hurting !in|being|relationship|with|by|married|dating|victim',
    // Advice to people who harm, in the second person ("admit you are abusing your partner").
    'you are|re abusing|hurting|controlling|hitting|intimidating your ^@partner',
    'you are|re an? abusive|violent|controlling ^partner|spouse|husband|wife|boyfriend|girlfriend|man|woman|person|parent',
    // Charges, orders and courses, as the person charged asks about them.
    'first|1st time ^domestic? .. offender|offence|offense|charge|charged|conviction =0.8 !he|she|his|her|him',
    'offender program*|programme*|course*|class*|classes|treatment|group* =0.8',
    'court|probation ordered|approved|mandated|required .. class*|classes|program*|programme*|course*|counsel*|treatment =0.8',
    'if|for i|you? breach*|breaching|break|breaking|broke|violate*|violated|violating .. order|bail|conditions|contact =0.7 !he|she|him|his|her|they|their',
    'cant|cannot go|return home .. arrest*|bail|conditions =0.8',
    'losing|lose control and|or hurting|hurt|hit|harm =0.8',
    // A charge named as a noun ("after a domestic assault charge"): weaker, since a person harmed
    // also asks about the charge laid against a partner.
    'domestic|dv assault|violence charge|charges =0.6',
    // Said in people's own words (seventh query set, gathered blind): the kind of abuse named
    // before the act, the question put in the perfect, the fear of what one might do, where one
    // goes after one's own arrest, hurtful words, Ontario's partner assault programme.
    'i physically|emotionally|verbally|sexually|financially|mentally|psychologically abused|hurt|hit my|her|him',
    'have|had i ever? been .. abusive|violent|controlling|toxic|aggressive|manipulative',
    'worried|worry|fear|afraid|scared|frightened what i might|may|could|would|will|ll do',
    'can|where|do i go|return|stay|live .. home? after .. arrest|arrested|charge|charged =0.8 !he|his|him|she|her',
    'i .. say|said|saying|told|tell .. hurtful|mean|cruel|nasty|horrible|awful things to my|her|him',
    'par program*|programme*|course*|class*|classes|counselling|counseling =0.8',
    'partner assault response =0.8',
    // Said in people's own words (eleventh query set, gathered blind): charged with or pleading to
    // an act against a partner, a blow said without its "I" at the start ("beat up my girlfriend";
    // not after someone else named), a court's programme, one's own release or no-contact
    // conditions, an order against oneself to be lifted.
    'charged|convicted|arrested|accused|pleaded|pled|plead|guilty|sentenced with|to|of|for assaulting|hitting|choking|strangling|stabbing|threatening|beating|harassing|stalking|attacking ^my ^@partner =0.8',
    '< @did|stabbed|beat up? my ^@partner =0.8 !me',
    'ordered|mandated|required|referred|sentenced|have to|had to .. do|attend|complete|go to ..? program*|programme*|course*|class*|classes =0.8 !my|his|her|he|she|him|husband|wife|boyfriend|girlfriend|partner',
    'caledonian program*|programme*|system =0.8',
    'my release|bail|probation|no contact conditions|condition =0.7',
    'i .. have|got|on|under a? no contact condition*|order =0.7 !he|she|his|her|him',
    'cancel|lift|drop|remove|appeal|fight|contest|vary|change .. protection|restraining|protective|no|peace ..? order|bond against me =0.7',
  ],
  told: [
    '@he|@partner|everyone|people|they says|said|tells|told|thinks|calls .. i m|am|have|ve|was .. abusive|violent|controlling|scary|aggressive|toxic|abuser|anger|temper|rage =0.5 !too|the|crazy|also|both|because|when|for',
    // Not "afraid of me leaving", "scared of me calling the police"; "scared of me when I get
    // angry" is about the speaker.
    '@he|@partner|kids|children|family .. is|s|are|was|were|got|gets|has|have .. afraid|scared|terrified|frightened of me =0.8 !leaving|leave|calling|telling|reporting|going|if',
    'says|said|tells|told|wants .. i need|should|go|get .. anger ^management|classes|therapy|issues =0.7',
    'says|said|tells|told|wants .. i need|should|go|get .. for ^my ^anger|temper|violence|behavio* =0.7',
    'says|said|tells|told|wants .. me .. anger management|program*|therapy|course =0.7',
    'fear|terror|scared|afraid|frightened in her|his|their eyes|face =0.7',
  ],
  supporter: [
    'my .. @third .. is|s|was|being|gets|got|has .. abused|hit|beaten|hurt|raped|controlled|abusive|violent|assaulted|strangled|choked|stalked|afraid|scared',
    'my .. @third .. @harsh',
    'my @third s? @partner',
    'my @third s @harsh|relationship|marriage|ex',
    'my .. @third .. in an|a abusive|violent|toxic',
    '@third s @partner',
    'her|his|their @partner =0.7',
    '@he @hv her|him|them !i',
    // A parent or friend asking how to talk to someone ("how do i talk to my teenage son so he
    // never abuses his girlfriend").
    'talk|talking|speak|speaking to|with my ^@third =0.8',
    'talk|talking|speak|speaking to|with my ^teenage|teen|adult|grown ^@third =0.8',
    // A witness: "I've seen him shove her around", "I heard him hitting her".
    'seen|saw|see|watched|watch|heard|hear|witnessed him|her|them ..? @hv|@did|@doing her|him|them !me|my',
    'help|support|protect a|my|her|him|someone|@third !temper|anger|rage|violence|behaviour|behavior|drinking',
    'how can|do|should|to i? help|support !get|find|me|myself',
    'worried|concerned about|for my|a|her|him|someone !own|behavio*|behaviour|behavior|actions|anger',
    // Not `hurting someone I love`: that is the speaker's fear of what they will do.
    'someone i know|love !hurt|hurting|hit|hitting|harm|harming',
    'loved one',
    // Neighbours overheard: the person worried about them is the one searching.
    'hear|hearing|heard .. neighbo* .. fight*|scream*|yell*|shout*|argu*|hit*|beat*|abus*|violen*|cry*',
    'neighbo* .. fighting|screaming|yelling|shouting|arguing|abusive|violent|abuse|abused|beating|hitting',
    'police|911|cops on|about|for my|our|the neighbo*',
  ],
};

/** French: `il me frappe`, `il m a frappee`, `j ai frappe ma blonde`, `son chum la frappe`. */
export const SPEAKER_FR: Patterns = {
  harmed: [
    // A complaint used as a weapon, its purpose said ("il a porté plainte contre moi pour me
    // ramener"): as strong as the complaint itself, so the tie goes to the person harmed.
    'plainte|plaintes contre moi .. pour|afin de? me|m =0.8',
    // Or its purpose said apart from it ("plainte contre moi pour voies de fait pour me ramener"): what
    // is done to bring back, punish or force the speaker.
    'pour|afin de? me|m ramener|punir|reprendre|obliger|forcer =0.8',
    'me|m @hv !je|j|i|controle|controler|maitrise|maitriser',
    'me|m @hvWeak =0.5 !je|j|i|controle|controler|maitrise|maitriser',
    // "Me contrôle" is also reflexive ("je ne me contrôle plus"): a little weaker, so that the
    // speaker's own loss of control, said with anger or a partner beside it, wins.
    'me|m controle|controler|maitrise|maitriser !je|j|i =0.9',
    'ma|mas @hv',
    'me|m fait|fais|faisait mal|peur|du|subir !je|j|i',
    'j ai ete|etais @harmed !avec|envers',
    'j ai ete .. @harmed !avec|envers',
    'je suis|etais @harmed !avec|envers',
    // "Une femme violente" is the adjective (violentée is "violentee"): only a man is "violenté".
    'je suis|etais un ^homme|mari|gars|conjoint @harmed',
    'je suis|etais une ^femme|conjointe|fille @harmed !violente',
    'je me|m suis|fais|fait .. @hv|@harmed !avec',
    'mon|ma ^@partner est|etait|devient .. @harsh',
    '@partner @harsh =0.8 !son|sa|ses|leur',
    // « mon ex violent », « mon mari abusif »: as « mon ex est violent ».
    'mon|ma ^@partner ^violent|violente|abusif|abusive',
    'mon|ma ^@partner @hv',
    'mon|ma ^@partner me|m !je|j',
    // Not one's own anger ("peur de ma colère", "peur de mes réactions"): that fear is of oneself.
    'peur de lui|elle|mon|ma !faire|colere|violence|reaction|reactions|comportement|impulsivite|gestes',
    'victime|survivante =0.5',
    'j ai ete|suis|etais victime|survivante',
    'je suis une|la victime|survivante',
    'quitter|partir|fuir mon|ma|un|une|le|la @partner|conjoint|agresseur',
    'j ai besoin d|de aide|hebergement|partir|un|une =0.5',
    'femme*|homme* battu*',
    'mon|ma pere|mere|beau .. @hv .. ma|mon mere|pere|belle|beau',
    'est ce normal',
    'est ce de la violence',
    'mon|ma ^@partner =0.3',
    'il|elle|y @hv =0.5',
    // Légitime défense et violence réactive.
    'legitime defense',
    'je me|m suis|etais defendu|defendue',
    'je me defend|defends|defendais',
    'en me defendant|protegeant',
    'repousse|repousser|pousse|poussee .. partir|sortir|fuir|proteger|enfuir|degager|echapper',
    'pour me defendre|proteger',
    // Sa colère ou un geste expliqué par ce qu'on subit (« je crie sur lui parce qu'il contrôle tout
    // mon argent », « je le gifle quand il me tire les cheveux »), et devenir comme lui.
    'parce|puisque|quand|lorsqu|lorsque|depuis qu? @he me|m|nous ..? @hv|@hvWeak|tire|tirait|serre|serrait|traite|traitait',
    'parce|puisque|quand|lorsqu|lorsque|depuis qu? @he @hv .. mon|ma|mes|nos|notre|nous|les',
    '@harsh comme lui|elle',
    'a cause de|d lui|elle =0.6',
    'rester|reste|restee|restais avec lui|elle =0.6',
    'il|elle|y|mon|ma ^@partner? m|me|ma ^a? serre|serree|serrait le|la|les cou|gorge|bras|poignet|poignets',
    '@harsh comme mon|ma ^@partner',
    'crie|criais|crier|hurle|hurlais|appele|appelle|appeler .. aide|arrete|arreter|stop',
    'crie|criais|crier|hurle|hurlais .. secours|police',
    // Calling the police is done by those harmed and, after a blow, by those who gave it (« c'est
    // moi qui ai appelé la police après l'avoir frappée »): a sign, not proof.
    'appele|appelle|appeler .. secours|police|gendarmes|gendarmerie =0.6',
    'leve|levait|levee la main sur moi',
    'me|m a|ai? mis|donne|file|colle|flanque .. claque*|gifle*|baffe*|coup*|torgnole*|beigne*',
    'venger|vengeance|faussement|fausse|fausses|mensonge*|ment|mentir =0.8',
    // Lies told about the speaker ("il a menti à la police") or the blame put back on the other
    // ("c'est lui le violent", "alors que c'est lui", "il dit que c'est moi la violente"): as strong
    // as the act they are accused of, so the tie goes to the person harmed.
    'menti|ment|mentait|mentir|invente|inventait a|au|aux la? police|policiers|juge|gendarmes|flics|tribunal|cour|enqueteur*',
    'arrete|arretee|accuse|accusee|condamne|condamnee|inculpe|inculpee .. parce|car|quand|apres qu? il|elle|y ..? menti|mentir|ment|mentait|invente|inventait',
    'c est|etait lui|elle le|la|qui violent|violente|agresseur|agresseuse|abusif|abusive|probleme|coupable|toxique',
    'alors que|qu c est|etait lui|elle',
    'dit|dis|disait|pretend|pretendait|raconte|racontait|affirme|affirmait .. c est|etait moi',
    // Blows given back: as strong as the blow itself, so the tie goes to the person harmed.
    'rendu|rends|rendais|rendre .. coup|coups|claque|claques|gifle|gifles',
    // Self-defence said by its purpose or cause ("pour qu'il me lâche", "pour m'enfuir", "en
    // essayant de me sauver", "parce qu'il bloquait la porte"): as strong as the blow it explains.
    // Not "pour qu'elle me laisse tranquille": only a hold let go or an attack stopped.
    'pour|afin qu|que il|elle|y me|m lache|lachait|relache|relachait|lacher',
    'me|m laisse|laissait|laisser ^partir|sortir|passer|aller|respirer',
    'pour|afin qu|que il|elle|y arrete|arretait|cesse|cessait ^@end',
    'pour|afin qu|que il|elle|y arrete|arretait|cesse|cessait de me|m',
    'pour|afin de? me|m enfuir|sauver|echapper|degager|liberer',
    'pour|afin de? sortir|partir|fuir ^@end',
    'pour|afin de? sortir|partir|fuir .. maison|chambre|salle|voiture|appartement|piece|appart|auto|char|logement|porte|lieux',
    'en essayant|tentant|voulant de? me|m sauver|enfuir|echapper|degager|liberer|defendre|proteger',
    'en me|m sauvant|enfuyant|echappant|debattant|degageant|liberant',
    'parce|car|pendant|quand|lorsqu|alors qu|que? il|elle|y me|m? bloquait|bloque|barrait|barre .. porte|passage|sortie|chemin',
    'il|elle|y etait|est|s etait|s est|monte|couche ..? sur moi',
    'il|elle|y me|m tenait|tient|retenait|retient|plaquait|plaque|immobilisait|coincait|coince !tete',
    'mon|ma agresseur|agresseuse|bourreau',
    // Marks left on the speaker ("il a laissé des bleus sur mon bras").
    'il|elle|y|@partner m? a|avait|laisse|laissait laisse? des|de marques|bleus|traces|ecchymoses|griffures|hematomes|morsures .. sur? moi|mon|ma|mes !je|j',
    'il|elle|y|@partner m ^a|avait|laisse|laissait laisse? des|de marques|bleus|traces|ecchymoses|griffures|hematomes|morsures !je|j',
    'ma faute =0.8',
    'l ai|avais|aurais cherche =0.8',
    'pousse|poussee a bout =0.8',
    'me|m traite|accuse|accusait|presente|fait .. violent*|agresseu*|abusi*|toxique|coupable|folle|fou',
    // Le partenaire en thérapie, ou qui promet de changer.
    // Not a partner struck ("frapper mon mari quand la colère monte"): that anger is the speaker's.
    'mon|ma ^@partner|ex .. therapie|groupe|programme|stage|suivi|colere|soins|probation|obligation|injonction !je|j|me|m|moi|frapper|taper|cogner|gifler|battre|bousculer|pousser|secouer|insulter|mordre|etrangler',
    'peut|va|pourra|pourrait|veut|peuvent|vont il|elle|ils|y .. changer =0.8',
    'il|elle|y .. va|peut|pourra|pourrait|veut|promet|jure|dit .. changer|recommencer =0.8',
    'retourner|revenir|retourne|reviens avec lui|elle =0.8',
    // Losing it said of him or her, after a verb ("il menace de péter les plombs", "elle va craquer").
    'il|elle|y ^ne? va|vas|risque|menace|menacait|commence|peut|pourrait|veut|allait ^pas? ^de|d? peter|perdre|lever|craquer|exploser',
  ],
  harming: [
    // A blow needs a person on the other end ("j'ai frappé ma femme", "j'ai crié sur lui") or the
    // verb ending its clause ("j'ai frappé, et…"); not "j'ai frappé à la porte", "j'ai mordu ma lèvre".
    'j ai deja|encore|souvent|parfois|meme? @did sur|contre? ma|mon ^petit|petite|ex? ^@partner|ami|amie !ete|etais|suis',
    'j ai deja|encore|souvent|parfois|meme? @did sur|contre ^lui|elle|eux !ete|etais|suis',
    // Alone, only the blows: "j'ai crié", "j'ai contrôlé (ma respiration)" say no one was harmed.
    'j ai deja|encore|souvent|parfois|meme? @did ^@end !ete|etais|suis|crie|hurle|controle|surveille|force|serre|tire',
    // A threat to harm, not to leave or to call the police ("je l'ai menacé de partir").
    'je l|la|le|les|lui ai @did !menace|menacee',
    'je|j l|la|le|les|lui? ai? menace|menacee|menacais de|d ^mort|tuer|frapper|battre|blesser|prendre|enlever|bruler|etrangler|la|le|l|lui',
    'je|j l|la|le|les|lui ai menace|menacee ^@end',
    'je|j l|la|le|les|lui ai menace|menacee ^avec',
    'je l|la|le|les|lui @doing',
    'je|j @doing sur|contre? ma|mon ^petit|petite|ex? ^@partner|ami|amie !me|m|suis',
    // What is done to a partner's body, outings or money ("j'ai tiré les cheveux de ma femme", "je
    // contrôle les sorties de ma copine"), or to "la mère de ma fille".
    'je|j ai? @doing|@did le|la|les|l|des|ses|son|sa .. de|d ma|mon ^petit|petite|ex? ^@partner|ami|amie !ete|etais|suis|me|m',
    'je|j ai? @doing|@did la|le mere|pere de|d ^ma|mon|mes ^fille|fils|enfant*|bebe !ete|etais|suis|me|m',
    'je|j ai? controle|controlais|controlait le|la|les|l|son|sa|ses budget|argent|comptes|finances|depenses|salaire|carte|paie !ete|etais|suis|me|m',
    // Things broken or struck, habitually, in anger ("je casse des objets", "je frappe dans les
    // murs"): the threat a partner lives with. Not one door struck to get out ("dans la porte").
    'je|j casse|cassais|brise|brisais|lance|lancais|fracasse|fracassais des|les|mes|ses objets|choses|assiettes|affaires|meubles|vaisselle =0.8',
    'je|j casse|cassais|brise|brisais|fracasse|fracassais tout ^@end =0.8',
    // A partner's phone or keys taken or broken, a thing thrown at them, names called.
    'je|j lui|l ai? casse|pris|brise|confisque|jete son|sa|ses ^cell|telephone|portable|gsm|cles|tel|auto|char|passeport',
    'je|j ai? lance|lancais|jete|jetais .. sur|contre ma|mon ^@partner',
    'je|j la|le|l|les traite|traitais de|d =0.8',
    'je|j .. frappe|frappais|tape|tapais|cogne|cognais|coups .. dans|contre les murs|portes|meubles =0.8',
    'je|j @doing sur|contre ^lui|elle|eux !me|m|suis',
    'je|j @doing ^@end !me|m|suis|crie|hurle|criais|hurlais|controle|controlais|surveille|surveillais|force|forcais',
    'je suis|deviens|etais|etre violent*|agressi*|controlant*|toxique|abusi*|agresseur|jaloux|jalouse|possessi*|manipulat* !dans|relation|victime|mariee|marie|couple|un|une',
    'suis je .. violent*|agressi*|controlant*|toxique|abusi*|agresseur',
    'est ce que je suis .. violent*|agressi*|controlant*|toxique|abusi*|agresseur',
    'ma|mes colere|coleres|crise|crises|violence|jalousie',
    'mes|mon comportement* violent*|agressi*|controlant*',
    'changer mes|mon comportement*',
    'mettre fin a|aux mes comportement*',
    'aide|programme*|therapie|groupe*|ressource* pour|aux conjoint*|homme*|auteur* violent*|agresseur*',
    'gifle|claque|coup|main est|etait partie',
    'gestion de la colere',
    'perds|perdu|perd le|la|les? controle|patience|nord|pedales|boule !il|elle|y',
    // Self-control lost, said of oneself ("je ne me contrôle plus", "j'arrive pas à me calmer"): a
    // reflexive `me` after `je`, which the harm-done-to-me reading would otherwise claim. It outweighs
    // that reading only with anger or a partner beside it; alone it may be about anything.
    'je ne? me|m controle|controler|maitrise|maitriser|retiens|retenir|calme|calmer plus|pas .. colere|enerve|enervee|nerfs|ma|mon|avec|quand',
    'arrive|arrivais|reussis pas|plus a me|m controler|maitriser|retenir|calmer .. colere|enerve|enervee|nerfs|ma|mon|avec|quand',
    'je ne? me|m controle|controler|maitrise|maitriser|retiens|retenir plus|pas =0.8',
    'arrive|arrivais|reussis pas|plus a me|m controler|maitriser|retenir =0.8',
    // Unable to stop oneself hitting or shouting ("je n'arrive pas à m'empêcher de frapper mon mari").
    'arrive|arrivais|reussis|peux pas|plus a? me|m empecher|retenir de? frapper|taper|cogner|gifler|battre|bousculer|pousser|secouer|crier|hurler|insulter|menacer|mordre|etrangler',
    'arrive|arrivais|reussis|peux pas|plus a? arreter|cesser de? frapper|taper|cogner|gifler|battre|bousculer|pousser|secouer|insulter|menacer|mordre|etrangler',
    // Marks left on a partner's body ("j'ai laissé des bleus sur le bras de ma copine").
    'je|j ai? laisse|laissais|fait|faisais des|de? marques|bleus|traces|ecchymoses|griffures|hematomes|morsures .. sur .. ma|mon ^@partner|elle|lui !me|m|il|y|moi',
    // What one did, owned ("travailler sur ce que j'ai fait"); fear caused, found out too late ("je ne
    // pensais pas lui avoir fait aussi peur", "je l'ai effrayée").
    'travailler|reflechir|assumer|reparer|responsabilite .. ce que j ai fait|fais ^@end =0.8',
    'travailler|reflechir|assumer|reparer|responsabilite .. ce que j ai fait|fais ^a ma|mon ^@partner|famille =0.8',
    'pensais|croyais|savais|realisais|imaginais pas|jamais lui|la|le|l avoir fait|faire .. peur|mal =0.8',
    'je|j l|la|le|lui|les ai effraye*|terroris*|traumatis*|apeure* =0.8',
    // Anger said first, then oneself not held back ("quand la colère prend le dessus je ne me contrôle plus").
    'colere|nerfs|rage .. je ne? me|m controle|controler|maitrise|maitriser|retiens|retenir|calme|calmer plus|pas !sa|son|ses|peur|fait|il|elle|y',
    // Spying on a partner, said by its purpose ("j'attends qu'elle dorme pour fouiller son téléphone").
    'pour|afin de? fouiller|lire|consulter|espionner|surveiller|regarder son|sa|ses ^telephone|tel|cell*|portable|gsm|messages|textos|sms|courriel*|mails !me|m|il|y =0.8',
    // Help sought to master oneself ("une thérapie pour me contrôler"): the reflexive again.
    'je|j .. therapie|groupe|suivi|programme|aide|stage|cours|psy .. pour|afin de? me|m controler|maitriser|calmer|retenir !il|elle|y',
    'pete|peter|petais|petait un|les|une cable|plombs|coche|durite|fusible !il|elle|y',
    'leve|lever|levais la main sur !m|me|moi|il|elle|y',
    'je|j lui|l ai? mis|donne|colle|file|flanque|envoye .. claque*|gifle*|baffe*|torgnole*|coup*|beigne*|tarte*|mandale*',
    'je|j suis|ai|etais ete? violent|violente|agressif|agressive|controlant|controlante|toxique|abusif|abusive|jaloux|jalouse|possessif|possessive avec|envers ma|mon|la|le|les|lui|mes',
    'je|j ai|etais|deviens|devenais ete? violent|violente|agressif|agressive|controlant|controlante|abusif|abusive !avec|envers',
    'je|j fais|fait|faisais peur a|au|aux',
    'appeler|appelez|appelle|parler|aide|numero|ligne .. avant de frapper|taper|cogner =0.8',
    'passer a l acte =0.8 !il|elle|y|qu',
    'au bord de la? violence|frapper|craquer =0.8',
    'faire|fais|fait|faisais subir .. violence|violences|coups !me|m|il|elle|y|on|se|lui|leur|ils|elles|mari|conjoint|chum|copain|ex|pere|femme|conjointe|blonde|copine',
    'faire|fais|fait|faisais subir .. a ma|mon|mes !me|m|il|elle|y|on|se|lui|leur|ils|elles|mari|conjoint|chum|copain|ex|pere|femme|conjointe|blonde|copine',
    'stage|stages de responsabilisation|sensibilisation',
    'je|j suis|etais un ^homme|conjoint|mari|chum|gars violent|agressif|controlant|jaloux|toxique|abusif|possessif',
    'je|j suis|etais une ^femme|conjointe|blonde|fille violente|agressive|controlante|jalouse|toxique|abusive|possessive',
    'je|j ai|suis|etais ete? condamne|condamnee|probation|sursis|inculpe|inculpee .. violence*|conjugal*|coups|voies|agression =0.8',
    'obligation|injonction de soins =0.6',
    'plainte|plaintes contre moi =0.8',
    'accuse*|suspect*|soupconne*|inculpe*|arrete* de|pour violence*|voies|agression|coups =0.8',
    'condition|conditions|interdit|interdiction de|d? ne? pas? approcher|contacter|communiquer ma|mon|mes|avec|l|la|le =0.7',
    'je|j .. plus|pas .. approcher|contacter ma|mon ^@partner =0.6 !il|elle|y|me|m',
    'therapie|groupe|suivi|programme|aide|cours contre|pour la|ma colere =0.8 !il|elle|mon|ma|son|sa',
    'arreter d etre violent*|agressi*|controlant*|toxique|abusi*|jaloux|jalouse|possessi*|manipulat*',
    'arreter de frapper|crier|controler',
    'je lui fais|ai|fait peur|mal|du',
    'faire du mal a ma|mon',
    'peur de lui|la|le faire mal|du',
    'programme* pour hommes|conjoints|auteurs',
    'auteur* de violence*',
    'accuse* de|d voie|voies de fait',
    'accuse* de|d violence*|agression',
    // The risk of becoming violent, asked of oneself ("risquez-vous de devenir violent ?").
    'risque*|peur .. de|d devenir violent|violente|agressif|agressive !il|elle|y|qu|mon|ma|son|sa|mari|conjoint|conjointe|chum|blonde|copain|copine|ex|femme|compagnon|compagne|partenaire|pere|mere =0.8',
    'j ai ete accuse*|arrete*',
    'ma|mon @partner a peur de moi',
    'je lui dis|dit|disais|menace .. suicide|suicider|tuer|mourir',
    'je|j hausse|haussais|monte|montais le ton =0.7',
    // Said in people's own words (second query set, gathered blind).
    'je|j recours|recourais|utilise|utilisais a? la? violence|force',
    'j ai recours|utilise a? la? violence|force',
    // Blows named with the partner they fell on (`coups et blessures sur ma compagne`).
    'coups|blessures|violence|violences|agression|geste|gestes|violent|violents sur|envers ma|mon ^@partner =0.8 !il|elle|y|me|m',
    'therapie*|organisme*|groupe*|programme*|aide|ressource*|service* pour|aux homme|hommes .. violence|violents|violent|arreter|cesser|changer !victime|victimes|battu|battus|subissant|subissent|agresse|agresses',
    'desapprendre la? violence',
    'je|j suis|etais devenu|devenue .. violent*|agressi*|controlant*|toxique|tyrannique|abusi*|jaloux|jalouse|possessi*|manipulat*|menacant*|dominant*',
    'numero|ligne|service*|association*|centre*|stage*|suivi|accompagnement|programme*|groupe*|therapie .. pour|aux les? conjoint*|homme*|auteur*|personne* violent*|auteur*',
    'je|j le|la|les|lui|l ai bousculee|tapee|tiree|secouee|griffee|cognee|mordue|frappee|giflee|poussee|etranglee|serree',
    'je|j lui|l ai? porte|donne .. un? coup*',
    'pete|peter|petais|petait des coche*|cable*|plomb*',
    'je|j fouille|fouillais|surveille|surveillais|espionne|espionnais|lis|lisais son|sa|ses ^telephone|cell*|portable|messages|textos|courriel*',
    // The same in any tense or after another verb ("je déverrouillais son téléphone", "j'ai besoin
    // de surveiller son téléphone"), and a Belgian "gsm".
    'je|j .. fouill*|surveill*|espionn*|deverrouill*|lire|consult* son|sa|ses ^telephone|tel|cell*|portable|gsm|messages|textos|sms|courriel*|mails !il|elle|qu|me|m',
    'je|j ai? fait|fais|faisais vivre .. violence*|coups|enfer =0.8 !me|m|il|elle',
    'je|j surveille|surveillais|espionne|espionnais|traque|traquais|controle|controlais mon|ma ^@partner',
    'c est moi qui gere|controle|decide .. argent|sous|depenses|tout',
    'je|j suis|etais intimidant|intimidante|menacant|menacante|dominant|dominante|brutal|brutale',
    'apres|avant le|la|l|les avoir @did',
    'apres|avant avoir ^@did ^ma|mon ^@partner',
    'garde a vue .. violence*|conjugal*|coups =0.7',
    'eloigne* du domicile .. violence*|conjugal*|coups =0.7',
    'controle judiciaire .. violence*|conjugal*|coups =0.7',
    'composition penale .. violence*|conjugal*|coups =0.7',
    'sursis probatoire .. violence*|conjugal*|coups =0.7',
    'stage* .. violence* conjugale* =0.8',
    'prouver .. que je|j ai? change =0.7',
    'avant de commettre|faire l irreparable =0.8',
    'gifle|claque|coup|main part|partait|partie|parti =0.8 !il|elle|y',
    // Insults said to a partner ("je lui disais t'es conne"), a blow ended up in ("je finis par la
    // bousculer"), a door broken in.
    'je|j lui|la disais|dis|dit|criais|crie|hurlais .. conne|con|nulle|nul|folle|salope|pute|idiote|grosse|moche|rien =0.8',
    'je|j .. finis|fini|finissais|finit par la|le|l|les|lui bousculer|frapper|gifler|pousser|secouer|taper|cogner|insulter',
    'je|j ai|avais defonce|casse|enfonce|fracasse sa|la|leur porte =0.8',
    // Said in people's own words (seventh query set, gathered blind): spying on a partner's
    // messages, a blow or a stab given, fear caused, charges named, a threat of "un malheur".
    'je|j ai? .. espionn*|fouill*|surveill*|lu|lis|lisais|consult* les? messages|textos|sms|telephone|portable|cell|gsm de ma|mon ^@partner',
    'je|j ai donne|porte|mis .. coup* .. a ma|mon ^@partner',
    'lui|la|le|l avoir fait .. peur|mal =0.8',
    'voulais|veux|voulait juste? lui|la|le|l faire peur =0.8',
    'poursuivi*|convoque*|juge*|condamne* pour violence*|coups .. sur|envers mon|ma? conjoint*|compagne|femme|epouse|partenaire =0.8',
    'je|j pourrais|vais|risque|peux|pourrai de? faire un malheur|carnage =0.8',
  ],
  told: [
    '@he|@partner .. dit|dis|trouve|pense|trouvait|disait .. je|j suis|ai|etais .. violent|violente|agressif|agressive|controlant|controlante|toxique|abusif|abusive|colere =0.5 !aussi|le|la|victime',
    '@he|@partner|enfants|famille .. a|ont|avait|avaient peur de moi =0.8 !partir|quitter|si',
    'peur|terreur dans ses|son yeux|regard =0.7',
  ],
  supporter: [
    'mon|ma|mes @third .. se fait|faire',
    'mon|ma|mes @third .. subit|vit|victime|battue|violentee|frappee|peur',
    'mon|ma @third .. son|sa @partner',
    'son|sa @partner .. la|le|l',
    'il|elle|y la|le @hv|@hvWeak',
    'aider|soutenir|proteger une|un|mon|ma|mes|quelqu|cette|cet|la|le !enfants|enfant|fils|bebe|petits|moi',
    'comment l|la|le|lui? aider|venir',
    'inquiet* pour',
    'je m inquiete',
    'quelqu un de mon entourage|proche',
    'quelqu un que je connais',
    'un|une proche',
    // Les voisins qu'on entend.
    'voisin*|voisine* .. dispute*|disputent|crient|hurlent|battent|frappe*|violen*',
    'voisin*|voisine* .. acces|crise*|crises de colere|rage',
    'cris|hurlement*|hurler .. chez|des les|mes|nos? voisin*',
  ],
};

/**
 * Someone else's words being reported: "he says I should die" is abuse done to the speaker, not
 * the speaker's wish to die, and "she says I hit her" is not the speaker saying they hit.
 */
export const REPORTED_SPEECH: Readonly<Record<'quote', readonly string[]>> = {
  quote: [
    '@he|@partner says|said|tells|told|keeps|yells|screams|texts|writes|promises|promised|swears|swore|claims|claimed',
    '@he|@partner always|keeps|kept saying|telling',
    // A lie told about the speaker: "he lied and said I hit him" is his word, not a confession.
    '@he|@partner lied|lies|lying and said|says|told|tells|claimed|claims',
    'il|elle|y|@partner me|m? a? dit|disait|dis|repete|repetait|crie|ecrit|texte|promet|promis|jure',
  ],
};

/**
 * A threat of self-harm made to a partner to keep them (`I told her I'd kill myself if she left`):
 * for a person who says they harm, a way of controlling, read below danger now (their own lines
 * and the suicide line still rank; the emergency number is not forced first).
 */
export const SELF_HARM_THREAT: Readonly<Record<'threat' | 'theirs', readonly string[]>> = {
  threat: [
    'i tell|told|threaten*|say|said .. kill|hurt myself|suicide|die',
    'tell|told|threaten*|say|said|text*|warn* her|him|them|my .. kill|hurt|harm ^myself !should|deserve|deserved',
    'threaten*|threatened to? kill|hurt|harm ^myself',
    'kill|hurt myself|suicide|die .. if|unless|when she|he|they|my leave*|leaving|left|go|goes|quit*|break*',
    'je lui|leur dis|dit|disais|menace|menacais .. suicide|suicider|tuer|mourir',
    'suicide|suicider|tuer|mourir .. si|quand elle|il|ma|mon me? quitte|quittait|part|partait',
  ],
  /**
   * The same threat made by someone else to the speaker ("he threatens to kill himself if I
   * leave", « il menace de se suicider si je le quitte »): a way of holding them, read as control
   * done to them, not as their own wish to die nor a threat on their life. A partner who says they
   * want to die, with no threat and no condition, stays a crisis.
   */
  theirs: [
    '@he|@partner|him|her threaten*|threat|threats .. suicide|suicid*|himself|herself|themselves',
    'suicide threat|threats',
    '@he|@partner .. kill|hurt|harm ^himself|herself|themselves if|unless|when|every|whenever|should|to',
    'kill|hurt|harm ^himself|herself|themselves .. if|unless|when|whenever|every ^i',
    'menac*|chantage .. suicide|suicider|tuer|mourir !me|nous|les|te|vous|mort',
    'il|elle|@partner .. se suicider|suicide|tuer|mourir .. si|quand|chaque|des ^je|j',
  ],
};
