/**
 * Who is speaking, from how a sentence is built: harm done to `me` (harmed), harm done by `I`
 * (harming), harm done to someone close (supporter). English and French, normalised words, pattern
 * syntax from `phrase-match`. Weaker signs weigh less, so "I hit my wife, she makes me angry" reads
 * as harming, while any clear sign of harm done to the speaker wins a tie.
 */

export type Speaker = 'harmed' | 'harming' | 'supporter' | 'unknown';

type Patterns = Readonly<Record<Exclude<Speaker, 'unknown'>, readonly string[]>>;

/** English: harm done to me, by me, or to someone close. */
export const SPEAKER_EN: Patterns = {
  harmed: [
    '@hv me|us',
    '@hvWeak me =0.5',
    'i|we was|were|am|m|got|get|getting|been|being @harmed',
    'my ^@partner is|s|was|has|can|gets .. @harsh|abuser|narcissist',
    '@harsh @partner|relationship|marriage|home|man|men|ex =0.8 !s',
    'my ^@partner @hv',
    'my ^@partner @hvWeak =0.6',
    'scared|afraid|terrified|frightened of my|him|her|@partner',
    'leave|leaving|left|escape|flee him|her|my|an|abusive|the =0.7',
    'get away from him|her|my|an',
    'wont|doesnt|dont|never let me',
    'victim|survivor =0.5',
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
  ],
  harming: [
    'i|we @did|@doing my|her|him|them|our|the|at|on|a !was|were|been|being|got|get|am|m',
    'i ve|have|had|just|kind|sometimes|always|keep .. @did|@doing !was|were|been|being|got|get',
    'i|we @did|@doing !me|myself|was|were|been|being|got|get|am|m',
    'i m|am|was|ve|have|can|get|got .. abusive|violent|controlling|toxic|aggressive|abuser|manipulative|jealous|possessive !in|with|by|from|of|married|dating|relationship|to',
    'am|was i .. abusive|violent|controlling|toxic|aggressive|abuser|manipulative|problem !in|being|relationship|with|by|married|dating',
    'my anger|temper|rage|violence|jealousy|behavio*',
    'my own behavio*|actions|anger',
    'i check*|read|went|go|look*|looked|track* through? her|his|their|my phone|texts|messages|emails|location !me',
    'i m|am|was|been @ing !being',
    'am|was i @ing',
    'did|do|have|could i @doing|@did|rape|abuse|hurt',
    'help|program*|therapy|group*|course*|resources for abusive|violent|abusers|perpetrators|men who',
    'anger management|issues|problem*',
    'i lose|lost my temper|cool|control',
    'i lash out|snap',
    'i get|got so? violent|angry|physical|jealous|controlling|rough|aggressive|mad',
    'scared|afraid of what i might|may|could|will|ll|d do',
    'scared|afraid of myself|hurting',
    'afraid|scared i will|ll|might|could hurt',
    'stop hitting|hurting|abusing|yelling|myself !him|her|he|she|them|they',
    'stop being abusive|violent|controlling|toxic|an|so !him|her|he|she|them|they',

    'abuser* program*|course*|group*|help',
    'batterer*|perpetrator*',
    'i was|got|m|am|been charged|arrested',
    'charged with|for assault|domestic|dv =0.6',
    'hurt the one|person i love',
    'change my behavio*|ways',
    'my partner is|s afraid|scared of me',
    'i tell|told|threaten*|say|said .. kill myself|suicide|die|hurt myself',
  ],
  supporter: [
    'my ^@third .. is|s|was|being|gets|got|has .. abused|hit|beaten|hurt|raped|controlled|abusive|violent|assaulted|strangled|choked|stalked|afraid|scared',
    'my ^@third .. @harsh',
    'my ^@third s? @partner',
    'my ^@third s @harsh|relationship|marriage|ex',
    'my ^@third .. in an|a abusive|violent|toxic',
    '@third s @partner',
    'her|his|their @partner =0.7',
    '@he @hv her|him|them !i',
    'help|support|protect a|my|her|him|someone|@third',
    'how can|do|should|to i? help|support !get|find|me|myself',
    'worried|concerned about|for my|a|her|him|someone !own|behavio*|behaviour|behavior|actions|anger',
    'someone i know|love',
    'loved one',
  ],
};

/** French: `il me frappe`, `il m a frappee`, `j ai frappe ma blonde`, `son chum la frappe`. */
export const SPEAKER_FR: Patterns = {
  harmed: [
    'me|m @hv !je|j|i',
    'me|m @hvWeak =0.5 !je|j|i',
    'ma|mas @hv',
    'me|m fait|fais|faisait mal|peur|du|subir !je|j|i',
    'j ai ete|etais @harmed',
    'j ai ete .. @harmed',
    'je suis|etais @harmed',
    'je me|m suis|fais|fait .. @hv|@harmed',
    'mon|ma ^@partner est|etait|devient .. @harsh',
    '@partner @harsh =0.8 !son|sa|ses|leur',
    'mon|ma ^@partner @hv',
    'mon|ma ^@partner me|m !je|j',
    'peur de lui|elle|mon|ma !faire',
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
  ],
  harming: [
    'j ai deja|encore|souvent|parfois|meme? @did !ete|etais|suis',
    'je l|la|le|les|lui ai @did',
    'je l|la|le|les|lui @doing',
    'je @doing !me|m|suis',
    'je suis|deviens|etais|etre violent*|agressi*|controlant*|toxique|abusi*|agresseur|jaloux|jalouse|possessi*|manipulat* !dans|relation|victime|mariee|marie|couple|un|une',
    'suis je .. violent*|agressi*|controlant*|toxique|abusi*|agresseur',
    'est ce que je suis .. violent*|agressi*|controlant*|toxique|abusi*|agresseur',
    'ma colere|violence|jalousie',
    'mes|mon comportement* violent*|agressi*|controlant*',
    'changer mes|mon comportement*',
    'mettre fin a|aux mes comportement*',
    'aide|programme*|therapie|groupe*|ressource* pour|aux conjoint*|homme*|auteur* violent*|agresseur*',
    'gifle|claque|coup|main est|etait partie',
    'gestion de la colere',
    'perds|perdu|perd le|la controle|patience|tete !il|elle|y',
    'arreter d etre violent*|agressi*',
    'arreter de frapper|crier|controler',
    'je lui fais|ai|fait peur|mal|du',
    'faire du mal a ma|mon',
    'peur de lui|la|le faire mal|du',
    'programme* pour hommes|conjoints|auteurs',
    'auteur* de violence*',
    'accuse* de voies de fait|violence|agression',
    'j ai ete accuse*|arrete*',
    'ma|mon @partner a peur de moi',
    'je lui dis|dit|disais|menace .. suicide|suicider|tuer|mourir',
  ],
  supporter: [
    'mon|ma|mes ^@third .. se fait|faire',
    'mon|ma|mes ^@third .. subit|vit|victime|battue|violentee|frappee|peur',
    'mon|ma ^@third .. son|sa @partner',
    'son|sa @partner .. la|le|l',
    'il|elle|y la|le @hv|@hvWeak',
    'aider|soutenir|proteger une|un|mon|ma|mes|quelqu|cette|cet|la|le !enfants|enfant|fils|bebe|petits|moi',
    'comment l|la|le|lui? aider|venir',
    'inquiet* pour',
    'je m inquiete',
    'quelqu un de mon entourage|proche',
    'quelqu un que je connais',
    'un|une proche',
  ],
};

/**
 * Someone else's words being reported: "he says I should die" is abuse done to the speaker, not
 * the speaker's wish to die, and "she says I hit her" is not the speaker saying they hit.
 */
export const REPORTED_SPEECH: Readonly<Record<'quote', readonly string[]>> = {
  quote: [
    '@he|@partner says|said|tells|told|keeps|yells|screams|texts|writes',
    '@he|@partner always|keeps|kept saying|telling',
    'il|elle|y|@partner me|m? a? dit|disait|dis|repete|repetait|crie|ecrit|texte',
  ],
};
