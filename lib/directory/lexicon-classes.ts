/**
 * Word classes the situation and speaker patterns share (`@partner`, `@hv`…), English and French
 * together, written as `phrase-match` alternatives over normalised words (no accents, elisions
 * split: `m a frappee`). Canadian French is in: chum, blonde, tapocher, pogner, achaler.
 */
export const CLASSES: Readonly<Record<string, string>> = {
  /** The person's partner or ex, in either language. */
  partner:
    'husband|hubby|wife|wifey|partner|partners|boyfriend*|girlfriend*|bf|gf|spouse|ex|exes|exhusband|exwife|fiance|fiancee|mari|femme|conjoint|conjointe|conjoints|chum|blonde|copain|copine|partenaire|amoureux|amoureuse|epoux|epouse|compagnon|compagne|concubin*|mec|meuf',
  /** A female partner: with `my`, the person speaking is probably a man. */
  femPartner:
    'wife|wifey|girlfriend*|gf|exwife|fiancee|femme|conjointe|blonde|copine|amoureuse|epouse|compagne',
  poss: 'my|mon|ma|mes|our|notre|nos',
  /** Someone close whom the person may be worried about. */
  third:
    'teen|teenager|ado|friend|friends|bestie|bff|sister|sis|daughter|mother|mom|mum|mommy|brother|son|cousin|aunt|niece|nephew|coworker|colleague|neighbour|neighbor|roommate|granddaughter|grandson|grandmother|grandma|student|employee|client|patient|amie|ami|soeur|fille|mere|maman|frere|fils|cousine|tante|neveu|collegue|voisine|voisin|coloc|colocataire|etudiante|cliente|patiente|proche',
  he: 'he|she|they|hes|shes|theyre|il|elle|y|ils|elles',
  me: 'me|m|moi',
  /** Doing harm: hitting, forcing, threatening, controlling, following. */
  hv: 'hit|hits|hitting|punch*|slap*|kick*|push|pushed|pushes|pushing|shov*|beat|beats|beating|beaten|smack*|hurt|hurts|hurting|grab*|chok*|strangl*|rape|raped|rapes|raping|abus*|control*|threat*|yell*|scream*|shout*|insult*|stalk*|follow*|harass*|harrass*|track*|isolat*|manipulat*|belittl*|humiliat*|bully*|bullie*|attack*|assault*|forc*|bit|bite|bites|biting|burn*|throw*|threw|thrown|spit*|spat|pinn*|restrain*|lock*|trap*|molest*|grop*|gaslight*|degrad*|berat*|intimidat*|terroriz*|terroris*|kill*|slam*|drag*|shak*|squeez*|punish*|torment*|mistreat*|frapp*|bat|bats|battu|battue|battre|batt*|tap*|tapoch*|gifl*|claqu*|pouss*|bouscul*|brutalis*|cogn*|bless*|agress*|viol|viole|violee|violer|violait|violente*|etrangl*|etouff*|menac*|humili*|rabaiss*|denigr*|manipul*|surveill*|harcel*|suit|suivre|suivait|traqu*|isol*|interdi*|empech*|crie|cri|crier|criait|hurl*|engueul*|oblig*|enferm*|tripot*|pogn*|mord*|crach*|tue|tuer|maltrait*|achal*|espionn*',
  /** Weaker signs of harm done to the speaker (`makes me`, `calls me`, `me traite de`). */
  hvWeak:
    'make|makes|made|making|tell|tells|told|call|calls|called|calling|text|texts|texting|treat|treats|treated|scare|scares|scared|frighten*|watch*|monitor*|record|records|recorded|recording|filme|filmait|enregistre|enregistrait|blam*|touch*|fait|fais|faisait|traite|traitait|appelle|texte|ecrit|dit|touche|touchait|force|forcait|forcee',
  /** What a partner is called when they harm. */
  harsh:
    'abusive|abusiv*|violent|violente|controlling|controlant*|toxic|toxique|aggressive|agressi*|dangerous|dangereux|dangereuse|manipulative|manipulat*|jealous|jaloux|jalouse|possessive|possessi*|narcissist*|narcissique|pervers|psycho|cruel|brutal',
  /** Harm done to the speaker, as a past participle: `I was raped`, `j ai ete frappee`. */
  harmed:
    'raped|abused|hit|beaten|beat|strangled|choked|assaulted|attacked|threatened|pushed|hurt|kicked|punched|slapped|controlled|manipulated|groped|molested|touched|violated|trafficked|stalked|harassed|harrassed|battered|bullied|forced|drugged|isolated|trapped|injured|frappe|frappee|battu|battue|violee|agresse|agressee|harcele|harcelee|etrangle|etranglee|menace|menacee|pousse|poussee|violente|violentee|blesse|blessee|insulte|insultee|humilie|humiliee|brutalise|brutalisee|maltraite|maltraitee|abuse|abusee|tape|tapee|giflee|forcee|droguee|enfermee|sequestree|touchee|suivie|traquee|surveillee|controlee',
  /** Doing harm, said by the person who does it (`j ai frappe`, `I yelled at`). */
  did: 'slap*|punch*|smack*|chok*|strangl*|shov*|hit|punched|pressured|coerced|guilted|slapped|kicked|pushed|shoved|beat|smacked|hurt|grabbed|choked|strangled|raped|abused|controlled|threatened|yelled|screamed|shouted|insulted|stalked|harassed|attacked|assaulted|forced|bit|burned|threw|spat|pinned|restrained|locked|scared|frightened|intimidated|shook|slammed|dragged|frappe|frapper|frappee|pousse|poussee|bouscule|giflee|gifle|claque|tape|tapoche|battu|battue|brutalise|cogne|blesse|blessee|agresse|viole|violee|etrangle|etranglee|menace|menacee|insulte|insultee|humilie|crie|hurle|engueule|force|forcee|enferme|serre|tire|mordu|crache|controle|surveille|harcele|harcelee|maltraite|violente|violentee',
  /** Harm in progress: `I'm hitting`, `am I controlling`. */
  ing: 'hitting|hurting|shoving|biting|spitting|strangling|smacking|abusing|controlling|yelling|screaming|pushing|choking|threatening|insulting|stalking|harassing|beating|punching|slapping|kicking|grabbing|raping|manipulating|isolating|belittling|scaring',
  /** Present-tense harm by `I`/`je`: `I hit`, `je frappe`, `je crie`. */
  doing:
    'hit|hurt|push|shove|beat|slap|punch|kick|grab|choke|strangle|yell|scream|shout|insult|control|threaten|abuse|scare|frighten|intimidate|hits|frappe|pousse|bouscule|gifle|claque|tape|tapoche|bats|bat|brutalise|cogne|blesse|agresse|etrangle|menace|insulte|humilie|crie|hurle|engueule|force|controle|surveille|harcele|maltraite|violente|rabaisse|denigre|manipule|isole|empeche|interdis|frappais|poussais|bousculais|giflais|claquais|tapais|tapochais|battais|brutalisais|cognais|blessais|agressais|etranglais|menacais|insultais|humiliais|engueulais|forcais|controlais|surveillais|harcelais|maltraitais|violentais|rabaissais|denigrais|manipulais|isolais|empechais|interdisais|cassais',
};
