/**
 * What the address screen looks for, chosen from the help vocabulary by `addressKeys()`
 * (`address-key-choice.ts`). Written by `npx tsx scripts/address-keys.ts`: do not edit.
 */

/** Stems that begin a word, then words looked for whole; space-separated. */
export const ADDRESS_KEYS = {
  stems: [
    'abusing abusive accoun accusait accusing address aggressi agresse agressif agressio agressiv allowanc applicat assault assessme attacked',
    'backgrou barring battait batter beating because belittle belittli blackmai bombing bonding boyfrien brutalis',
    'cellulai centime certific chantage children choisir choking codeword coercion cognait cognan communiq communit conjoin conjug consen contact control coucher crainte criticis criticiz critiqua critique cruelt cursing cutting cybersta cybervio',
    'deadname deforme deleted demeanin denigran denigre detruit deuxieme devalori dictator distress dormais dragged',
    'eggshell empeche emprise enfermai enferme engageme escaping espionna espionne etrangla etrangle exigeait exploita',
    'faisait femicide feminici finances followed followin forbade forbids forcait fouillai fouille frappait frappan frappee frapper frighten',
    'gaslight genit geolocal giflait giflan grabbed grabbing',
    'harassed harassin harassme harcelai harcelan harcele hebergem helpline hitting homicide hotline humiliai humilian humiliat humilie husband',
    'inceste inflicte insultai insultan insulte interdit intimida isolait isolate isolatin',
    'jalouse jalousie jealous justif',
    'kicking killing',
    'leaving lifeline localise logiciel',
    'maltrait maltreat malveill manipula mauvais menacait menacan menacee meprisan minimum mistreat molestat monitore monitori monitors mouchard murdered',
    'narcissi necessai needles numbers',
    'objects obsessed obsessiv ordonnan',
    'papiers passepor paycheck perpetra pharmac physical planted portable possessi poussait poussee pressuri protecti punched punching pushing',
    'quitter',
    'rabaissa rabaisse rapport rapproch regardai regarde repetait residenc responsa restrain revenge',
    'saccage safehous salaire screamed screamin scrutait secouan securite sevices sextorti shelter shouted shouting slapped slapping smacked smashed snooping spyware stalked stalker stalking statemen strangle strangli strangul suivait suppleme supporte surveill',
    'tabassai tabassan tabasse telephon terrifie terroris threaten threats toxique tracker traffick traitait transiti traquait traquee',
    'universe utilise',
    'verifiai verifie victime violait violen voiture',
    'whereabo withdraw withdrew worthles',
    'yelling',
  ]
    .join(' ')
    .split(' '),
  words: [
    '918b',
    'abri abus abuse abused abuser abusif access accuse advo afraid after aid aide aime air airtag anger appli ask attack auras avo',
    'baffe bat battu battue beat beaten beater beg bond break',
    'cacher calacs called calls car carte cavac change charge choke choked chum claque clare cogne cognee compte contre copain cou coup coupe crise crisis curses cut',
    'ddvc decide dessus dfv doesnt dont door doubt down drag dsdas duty dv dvilr dvo dvpn dvpo dvro',
    'email epo escape etape evp exam exige',
    'failli faire fait family fdv femme fgm file fits floor follow force forced forcee frappe friend fuir fuse fvio fvro',
    'garde gbv get gifle giflee gorge grab grand guy',
    'hacked harass held her heures hide hiding him hit',
    'idva incest insult ipv isole isolee isva',
    'jaloux jamais',
    'keep kick kicked kid know',
    'laisse leave ligne line lisait lit locked locks',
    'marac mari mbcp menace mmiwg mvdac my',
    'near never not notre nude',
    'objets only order our',
    'par partir pet peur pfa photos pinned pins piste pister police pousse prend pso punch push pushed',
    'quitte',
    'rape raped rapist refuge refuse rien',
    'safe safety say scared scares scream scrute second sejour sex sexual sgbv shouts shove shoved slap sleep smack sms snoops sol sortie spied spit spy spying stalk stress stuff suis suit suivre sur swears swore',
    'tapait tape tapee tell temper tgd things tolere toxic track traite traque',
    'vawa vawg veut victim viol viole violee vqrp',
    'wall when while wont worker',
    'yell yelled',
  ]
    .join(' ')
    .split(' '),
};
