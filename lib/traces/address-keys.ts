/**
 * What the address screen looks for, chosen from the help vocabulary by `addressKeys()`
 * (`address-key-choice.ts`). Written by `npx tsx scripts/address-keys.ts`: do not edit.
 */

/** Stems that begin a word, then words looked for whole; space-separated. */
export const ADDRESS_KEYS = {
  stems: [
    'abusers abusifs abusing abusive accoun address affaires agresse agressif agressio agressiv allowanc applicat assault assessme attacked attacks',
    'backgrou barring battait batter battues beating because belittle belittli blackmai bombing bonding brutalis',
    'cellulai certific chantage charges cheating children choking codeword coercion cognait communiq communit conjug consen contact control crainte criticis criticiz critique cruelt cursing cybersta cybervio',
    'deadname deforme deleted demeanin denigran denigre deuxieme devalori distress dormais dragged',
    'eggshell empeche emprise enfants enfermai enferme engageme escaping espionna espionne etrangla etrangle exploita',
    'faisait femicide feminici finances followed followin follows forbade forbids forcait fouille frappait frappee frapper frighten',
    'gaslight genit geolocal giflait grabbed grabbing',
    'harassed harasses harassin harassme harcelai harcelan harcele hebergem helpline hitting homicide hotline humiliai humiliat humilie',
    'inceste inflicte insiste installe insultai insulte insults interdit intimida isolait isolate isolatin',
    'jalouse jalousie jealous justif',
    'kicking killing',
    'leaving lifeline localise logiciel',
    'maltrait maltreat malveill manipula mauvais menacait menacan menacee menaces meprisan mistreat molestat monitore monitori monitors mouchard murdered',
    'narcissi numbers',
    'objects obligeai obsessed obsessiv ordonnan',
    'papiers passepor paycheck perpetra pharmac physical pictures plainte portable possessi poussait poussee pressuri protecti punched punches punching pushing',
    'quitter quittes',
    'rabaissa rabaisse rapports rapproch refuges regarde repetait residenc responsa restrain revenge',
    'safehous salaire screamed screamin screams securite sevices sextorti sexuelle shelter shouted shouting slapped slapping smacked smashed snooping spyware stalked stalker stalking statemen strangle strangli strangul suivait suppleme supporte surveill',
    'tabassai tabasse talking telephon terrifie terroris therapis threaten threats toxique traceur tracker traffick traitait transiti traquait traquee',
    'universe utilise',
    'verifie victimes victims violait violees violen voiture',
    'whereabo working worthles',
    'yelling',
  ]
    .join(' ')
    .split(' '),
  words: [
    '918b',
    'abri abus abuse abused abuser abuses abusif access advo afraid after aid aime air airtag anger appli ask attack avo',
    'bat battu battue battus beat beaten beater beats beg bond',
    'cacher calacs called calls car cavac change choke choked chokes clare cogne cognee colere colle coupe crise crisis curses',
    'ddvc decide dessus dfv doesnt donne doubt down drag drags dsdas duties duty dv dvds dvilr dvo dvpn dvpo dvro',
    'enfant epo escape etape evp exige',
    'failli fait family fdv femmes fgm fits folle force forced forcee forces frappe fuir fuse fvio fvro',
    'garde gbv gifle giflee gps grab grabs grand',
    'hacked harass havens having held hide hiding him hit hits hurts',
    'idva idvas incest insult ipv isole isolee isva isvas',
    'jaloux jamais',
    'kick kicked kicks kids know knows',
    'laisse leave ligne line lit locked locks',
    'marac mbcp menace mes met mis mmiwg mvdac my',
    'near never not nudes nulle',
    'objets oblige off order our',
    'pars partir peur pfa photos pinned pins piste pister police pousse prend pso punch push pushed pushes puts',
    'quitte',
    'rape raped rapes rapist refuge rien',
    'safe safety sane says scared scares scream second ses sex sexual sgbv shouts shove shoved shoves slap slaps sleep smack smacks sms snoops spied spies spit spits spy spying stalk stalks stress stuff suis suit suivre sur swears swore',
    'tapait tape tapee tells temper tgd things tolere toxic track traite traque',
    'up',
    'vawa vawg veut victim viol viole violee viols vqrp',
    'walls when while womens wont worker',
    'yell yelled yells',
  ]
    .join(' ')
    .split(' '),
};
