/**
 * The typo corrector's lists besides the vocabulary's own words (`help-topic.ts`): kept apart from
 * the phrase lists (`help-lexicon.ts`), which only the build reads.
 */

import { list } from './phrase-lists';

/**
 * Help words a search may misspell, besides every vocabulary word of 6+ letters
 * (`vocabularyTypoTargets`); titles are not corrected.
 */
export const TYPO_TARGETS: readonly string[] = [
  ...list('violence,violent,domestic,abusive,assault,assaulted,harassment,restraining'),
  ...list('shelter,hebergement,conjugale,conjugal,agression,sexuelle,sexual,relationship'),
  ...list('helpline,hotline,coercive,strangulation,boyfriend,girlfriend,husband'),
  ...list('battered,maltraitance,emotional,psychological,narcissistic,gaslighting,trafficking'),
  ...list('violences,violente,feminicide,harcelement,protection,intimate,transition,spousal'),
  ...list('controlling,strangled,victims,survivors,sexuelles,conjugales,familiale,physical'),
  ...list('sexual,abused,abusive,conjoint,conjointe,partenaire,partner,relation'),
  ...list('psychologique,psychologiques,violents,violentes,abusives'),
  ...list(
    'harassing,harcele,harceler,fiancee,jalousie,jealousy,threatened,threatens,stalking,stalker,manipulative,ordonnance',
  ),
  ...list('stalkerware,deuxieme,rapprochement,responsabilisation'),
];

/** Real words near a typo target, besides the dictionaries' (`typo-guard.ts`): never corrected. */
export const NOT_TYPOS: readonly string[] = [
  ...list('violet,violets,violin,violins,violon,violette,smelter,helter,spelter'),
  ...list('aggression,assaut,assauts,husbandry,conjugate,conjugated,conjugation,retraining'),
  ...list('production,projection,protections,protecting,protector,domestique,domestics'),
  ...list('relationships,relations,sexually,hotlines,helplines,shelters,sheltered,transitions'),
  ...list('intimately,intimates,abrasive,victim,survivor,physician,physicals,emotions'),
  ...list('emotion,silence,violation,violations,violates,violated,swelter,shelver'),
  ...list('digression,regression,progression,transgression,aggressions,bettered,battened'),
  ...list('buttered,intimated,intimite,transitive,transitional,espousal,wrangled,violant'),
  ...list('violante,stalling,talking,walking,stalkers,conjoin,conjoins,partier'),
  ...list('elation,delation,psychologie,psychologue'),
  ...list('talker,talkers,manipulation,manipulations,stalkers,ordonnances,ordinance'),
];
