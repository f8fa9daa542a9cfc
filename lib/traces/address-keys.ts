/**
 * What the address screen looks for, chosen from the help vocabulary by `addressKeys()`
 * (`address-key-choice.ts`). Written by `npx tsx scripts/address-keys.ts`: do not edit.
 */

/** Stems that begin a word, then words looked for whole; space-separated. */
export const ADDRESS_KEYS = {
  stems: [
    'abusers abusifs abusing abusive accoun agresse agressif agressio agressiv allowanc assault attacked attacks',
    'battait batter battues beating belittle belittli blackmai bombing bonding bracelet brutalis',
    'cellulai charges cheating choking coercion communiq consen contact control coucher crainte criticis criticiz critique cruelt cybersta cybervio',
    'deleted demeanin denigran denigre deuxieme devalori distress dormais dragged',
    'eggshell empeche emprise enferme engageme escaping espionne etrangle everywhe exploita',
    'femicide feminici finances followed followin follows forbade forbids fouille frappee frapper frighten',
    'gaslight genit grabbed grabbing',
    'harassed harasses harassin harassme harcele hebergem helpline hitting homicide hotline housing humiliat humilie',
    'inceste insiste insulte insults interdit intimate intimes intimida isolate isolatin',
    'jalouse jalousie jealous',
    'kicking killing',
    'leaving lifeline',
    'maltrait maltreat malveill manipula mauvais menacait menacan menacee menaces meprisan mistreat molestat monitore monitori monitors murdered',
    'narcissi',
    'objects obsessed obsessiv ordonnan',
    'paycheck physical plainte portable possessi poussee protecti punched punches punching pushing',
    'quitter',
    'rabaissa rabaisse rapports refuges regarde repetait restrain revenge',
    'safehous salaire screamed screamin screams securite sevices sextorti sexuelle shelter shouted shouting slapped slapping smacked smashed snooping spyware stalked stalker stalking strangle strangli strangul supporte surveill',
    'tabasse telephon terrifie terroris threaten threats toxique tracker traffick traitait transiti',
    'verifie victimes victims violees violen',
    'whereabo worthles',
    'yelling',
  ]
    .join(' ')
    .split(' '),
  words: [
    'abus abuse abused abuser abuses abusif access afraid after aid aime amour anger attack',
    'bat battu battue battus beat beaten beater beats bond',
    'cacher calacs called calls cavac choke choked chokes clare cogne cognee colere colle coupe crise crisis',
    'decide dessus dfv doesnt donne down drag drags dv',
    'escape etape',
    'fait family fdv femmes fgm fits force forced forcee forces frappe fuir fuse',
    'garde gbv gifle giflee grab grabs',
    'hacked harass hide hiding hit hits hurts',
    'idva idvas incest insult isole isva isvas',
    'jaloux',
    'kick kicked kicks know',
    'laisse leave ligne line locked locks',
    'marac menace mes met mis mmiwg my',
    'never not nudes',
    'objets off order',
    'partir peur pousse prend punch push pushed pushes puts',
    'quitte',
    'rape raped rapes rapist refuge rien',
    'safe safety sane scared scares scream sex sexual sgbv shouts shove shoved shoves slap slaps sleep smack smacks sms snoops spied spies spit spits spying stalk stalks stuff suis suit sur swears swore',
    'tape tapee temper things tolere toxic traite traque',
    'up',
    'vawa vawg veut victim viol viole violee viols',
    'walls when while womens wont',
    'yell yelled yells',
  ]
    .join(' ')
    .split(' '),
};
