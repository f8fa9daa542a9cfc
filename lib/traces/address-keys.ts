/**
 * What the address screen looks for, chosen from the help vocabulary by `addressKeys()`
 * (`address-key-choice.ts`). Written by `npx tsx scripts/address-keys.ts`: do not edit.
 */

/** Stems that begin a word, then words looked for whole; space-separated. */
export const ADDRESS_KEYS = {
  stems: [
    'abusers abusifs abusing abusive agresse agressif agressio agressiv assault attacked attacks',
    'battait battered batterer batterin battues beating belittle blackmai bombing bonding bracelet brutalis',
    'cellulai charges cheating choking coercion communiq contact control crainte criticis criticiz critique cruelt cybersta cybervio',
    'deleted deuxieme distress domestic dragged',
    'eggshell empeche emprise enferme engageme escaping espionne etrangle exploita',
    'femicide feminici finances forbade forbids fouille frappee frapper frighten',
    'gaslight genit grabbed grabbing',
    'harassed harasses harassin harassme harcele hebergem helpline hitting homicide hotline housing humiliat humilie',
    'inceste insiste insulte insults interdit intimate isolate isolatin',
    'jalousie jealous',
    'kicking killing',
    'leaving lifeline',
    'maltrait maltreat manipula mauvais menacait menacan menacee menaces mistreat monitore monitori monitors murdered',
    'narcissi',
    'obsessed obsessiv ordonnan',
    'paycheck plainte portable poussee pressure protecti punched punches punching pushing',
    'quitter',
    'rabaisse refuges regarde restrain revenge',
    'safehous salaire screamed screamin screams securite sevices sextorti sexuelle shelter shouted shouting slapped slapping smacked smashed stalked stalker stalking strangle strangli strangul surveill',
    'tabasse telephon terrifie threaten threats toxique traffick transiti',
    'verifie victimes victims violees violen',
    'whereabo worthles',
    'yelling',
  ]
    .join(' ')
    .split(' '),
  words: [
    'abus abuse abused abuser abuses abusif afraid aid attack',
    'bat battu battue battus beat beaten beater beats bond',
    'cacher calacs called calls cavac choke choked chokes clare cogne cognee crise crisis cuts',
    'decide dessus dfv doesnt down drag drags dv',
    'escape etape',
    'family fdv femmes fgm force forced forcee forces frappe fuir',
    'garde gbv gifle giflee grab grabs',
    'harass hide hiding hit hits',
    'idva idvas incest insult isole isva isvas',
    'kick kicked kicks',
    'laisse leave ligne line locked locks',
    'marac menace mes mmiwg my',
    'non not nudes',
    'order',
    'partir peur pousse prend punch push pushed pushes puts',
    'quitte',
    'rape raped rapes rapist refuge',
    'safe safety sane scared scream sexual sgbv shouts shove shoved shoves slap slaps smack smacks sms spied spies spit spits spying stalk stalks stuff suit sur swears swore',
    'tape tapee things toxic traite traque',
    'up',
    'vawa vawg victim viol viole violee viols',
    'womens wont',
    'yell yelled yells',
  ]
    .join(' ')
    .split(' '),
};
