/**
 * What the address screen looks for, chosen from the help vocabulary by `addressKeys()`
 * (`address-key-choice.ts`). Written by `npx tsx scripts/address-keys.ts`: do not edit.
 */

/** Stems that begin a word, then words looked for whole; space-separated. */
export const ADDRESS_KEYS = {
  stems: [
    'abusers abusifs abusing abusive accoun address agresse agressif agressio agressiv allowanc applicat assault assessme attacked attacks',
    'backgrou barring battait batter battues beating belittle belittli blackmai bombing bonding brutalis',
    'cellulai certific charges cheating choking codeword coercion cognait communiq communit consen contact control crainte criticis criticiz critique cruelt cybersta cybervio',
    'deleted demeanin denigran denigre deuxieme devalori distress dormais dragged',
    'eggshell empeche emprise enfermai enferme engageme escaping espionna espionne etrangla etrangle exploita',
    'femicide feminici finances followed followin follows forbade forbids forcait fouille frappait frappee frapper frighten',
    'gaslight genit geolocal giflait grabbed grabbing',
    'harassed harasses harassin harassme harcelai harcele hebergem helpline hitting homicide hotline humiliai humiliat humilie',
    'inceste inflicte insiste insultai insulte insults interdit intimate intimes intimida isolait isolate isolatin',
    'jalouse jalousie jealous justif',
    'kicking killing',
    'leaving lifeline localise logiciel',
    'maltrait maltreat malveill manipula mauvais menacait menacan menacee menaces meprisan mistreat molestat monitore monitori monitors mouchard murdered',
    'narcissi numbers',
    'objects obsessed obsessiv ordonnan',
    'paycheck perpetra pharmac physical plainte portable possessi poussait poussee protecti punched punches punching pushing',
    'quitter',
    'rabaissa rabaisse rapports rapproch refuges regarde repetait residenc responsa restrain revenge',
    'safehous salaire screamed screamin screams securite sevices sextorti sexuelle shelter shouted shouting slapped slapping smacked smashed snooping spyware stalked stalker stalking statemen strangle strangli strangul suivait suppleme supporte surveill',
    'tabassai tabasse telephon terrifie terroris threaten threats toxique tracker traffick traitait transiti traquait traquee',
    'universe',
    'verifie victimes victims violait violees violen voiture',
    'whereabo worthles',
    'yelling',
  ]
    .join(' ')
    .split(' '),
  words: [
    '918b',
    'abri abus abuse abused abuser abuses abusif access advo afraid after aid aime air airtag anger app appli apps ask attack avo',
    'bat battu battue battus beat beaten beater beats beg bond',
    'cacher calacs called calls car cavac change choke choked chokes clare cogne cognee colere colle coupe crise crisis',
    'ddvc decide dessus dfv doesnt donne down drag drags dsdas dv dvds dvilr dvo dvpn dvpo dvro',
    'epo escape etape evp',
    'fait family fdv femmes fgm fits force forced forcee forces frappe fuir fuse fvio fvro',
    'garde gbv gifle giflee grab grabs grand',
    'hacked harass havens hide hiding hit hits hurts',
    'idva idvas incest insult ipv isole isolee isva isvas',
    'jaloux',
    'kick kicked kicks know',
    'laisse leave ligne line lit locked locks',
    'marac mbcp menace mes met mis mmiwg mvdac my',
    'near never not nudes',
    'objets oblige off order',
    'partir peur pfa piste police pousse prend pso punch push pushed pushes puts',
    'quitte',
    'rape raped rapes rapist refuge rien',
    'safe safety sane scared scares scream second sex sexual sgbv shouts shove shoved shoves slap slaps sleep smack smacks sms snoops spied spies spit spits spying stalk stalks stuff suis suit sur swears swore',
    'tapait tape tapee temper tgd things tolere toxic traite traque',
    'up',
    'vawa vawg veut victim viol viole violee viols vqrp',
    'walls when while womens wont worker',
    'yell yelled yells',
  ]
    .join(' ')
    .split(' '),
};
