/**
 * What the address screen looks for, chosen from the help vocabulary by `addressKeys()`
 * (`address-key-choice.ts`). Written by `npx tsx scripts/address-keys.ts`: do not edit.
 */

/** Stems that begin a word, then words looked for whole; space-separated. */
export const ADDRESS_KEYS = {
  stems: [
    'abusing abusive accoun address affaires aggressi agresse agressif agressio agressiv allowanc applicat assault assessme attacked',
    'backgrou barring battait batter beating because belittle belittli blackmai bombing bonding boyfrien brutalis',
    'cellulai certific chantage cheating children choking codeword coercion cognait communiq communit conjoin conjug consen contact control crainte criticis criticiz critique cruelt cursing cybersta cybervio',
    'deadname deforme deleted demeanin denigran denigre deuxieme devalori dictator distress dormais dragged',
    'eggshell empeche emprise enfermai enferme engageme escaping espionna espionne etrangla etrangle exploita',
    'faisait femicide feminici finances followed followin forbade forbids forcait fouille frappait frappee frapper frighten',
    'gaslight genit geolocal giflait grabbed grabbing',
    'harassed harassin harassme harcelai harcelan harcele hebergem helpline hitting homicide hotline humiliai humiliat humilie husband',
    'inceste inflicte insultai insulte interdit intimida isolait isolate isolatin',
    'jalouse jalousie jealous justif',
    'kicking killing',
    'leaving lifeline localise logiciel',
    'maltrait maltreat malveill manipula mauvais menacait menacan menacee meprisan mistreat molestat monitore monitori monitors mouchard murdered',
    'narcissi numbers',
    'objects obligeai obsessed obsessiv ordonnan',
    'papiers passepor paycheck perpetra pharmac physical plainte planted portable possessi poussait poussee pressuri protecti punched punching pushing',
    'quitter',
    'rabaissa rabaisse rapport rapproch regarde repetait residenc responsa restrain revenge',
    'safehous salaire screamed screamin securite sevices sextorti shelter shouted shouting slapped slapping smacked smashed snooping spyware stalked stalker stalking statemen strangle strangli strangul suivait suppleme supporte surveill',
    'tabassai tabasse telephon terrifie terroris threaten threats toxique traceur tracker traffick traitait transiti traquait traquee',
    'universe utilise',
    'verifie victime violait violen voiture',
    'whereabo worthles',
    'yelling',
  ]
    .join(' ')
    .split(' '),
  words: [
    '918b',
    'abri abus abuse abused abuser abusif access advo afraid after aid aide aime air airtag anger appli ask attack avo',
    'baffe bat battu battue beat beaten beater beg bond',
    'cacher calacs called calls car cavac change charge choke choked chum claque clare cogne cognee copain coup coupe crise crisis curses',
    'ddvc decide dessus dfv doesnt doubt down drag dsdas duty dv dvilr dvo dvpn dvpo dvro',
    'email epo escape etape evp exam exige',
    'failli fait family fdv femme fgm fits follow force forced forcee frappe friend fuir fuse fvio fvro',
    'garde gbv gifle giflee grab grand guy',
    'hacked harass having held heures hide hiding hit',
    'idva if incest insult ipv isole isolee isva',
    'jaloux jamais',
    'keep kick kicked kid know',
    'laisse leave ligne line lit locked locks',
    'marac mari mbcp menace mmiwg mvdac my',
    'near never not nude',
    'objets oblige off order our',
    'par partir pet peur pfa photos pinned pins piste pister police pousse prend pso punch push pushed',
    'quitte',
    'rape raped rapist refuge rien',
    'safe safety say scared scares scream second sex sexual sgbv shouts shove shoved slap sleep smack sms snoops sortie spied spit spy spying stalk stress stuff suis suit suivre sur swears swore',
    'tapait tape tapee tell temper tgd things tolere toxic track traite traque',
    'up',
    'vawa vawg veut victim viol viole violee vqrp',
    'wall when while wont worker',
    'yell yelled',
  ]
    .join(' ')
    .split(' '),
};
