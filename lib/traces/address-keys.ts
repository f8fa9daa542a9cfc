/**
 * What the address screen looks for, chosen from the help vocabulary by `addressKeys()`
 * (`address-key-choice.ts`). Written by `npx tsx scripts/address-keys.ts`: do not edit.
 */

/** Stems that begin a word, then words looked for whole; space-separated. */
export const ADDRESS_KEYS = {
  stems: [
    'abusait abusing abusive accessed accoun accusait accusing address agressai agressan agresse agressif agressio agressiv allocati allowanc applicat assault assessme assiette attacked',
    'backgrou bancaire barring battait battan batter beating because belittle belittli between blackmai bombing bonding bouscula bouscule boyfrien bruised bruises brutalis',
    'cassan cellulai centime certific chantage cheveux children choisir choking cleaned codeword coercion cognait cognan collarbo communiq communit computer confisqu conjoin conjug consen contact control coucher courriel crachait crainte criticis criticiz critiqua critique cruelt cursing cutting cybersta cybervio',
    'deadname deforme deleted demeanin denigrai denigran denigre detruit deuxieme devalori dictateu dictator distress dormais dragged drained',
    'eggshell elbowed empeche emprise emptied empties enfermai enferman enferme engageme escaping espionna espionne etrangla etrangle exigeait exploita',
    'facebook faisait femicide feminici finances followed followin forbade forbids forcait fouillai fouille fracture frappait frappan frappee frapper frighten',
    'gaslight genit geolocal giflait giflan grabbed grabbing griffait griffan griffee',
    'hacking harassed harassin harassme harcelai harcelan harcele headbutt hebergem helpline heritage hitting homicide hotline humiliai humilian humiliat humilie husband',
    'inceste inflicte insistai insiste instagra insultai insultan insulte interdit intimida intimide isolait isolate isolatin',
    'jalouse jalousie jealous justif',
    'kicking killing',
    'laissait lancait leaving lifeline localise logiciel',
    'malmenai malmenan malmene maltrait maltreat malveill manipula manipule mauvais menacait menacan menacee meprisan minimum mistreat molestai molestan moleste monitore monitori monitors mordait mordan mouchard murdered',
    'narcissi necessai needles numbers',
    'objects obsessed obsessiv ordonnan',
    'papiers passepor pension perpetra petition pharmac physical piratait planted pointed portable possessi poussait poussee prenait pression pressuri prestati protecti pulling punched punching pushing',
    'quitter',
    'rabaissa rabaisse rapport rapproch regardai regarde repetait residen responsa restrain revenge',
    'saccage safehous salaire scratche scratchi screamed screamin scrutait secouait secouan secouee securite sequestr sevices sextorti sexuelle shelter shoulder shouted shouting signatur slammed slapped slapping smacked smashed snooping spitting spyware stabbed stalked stalker stalking statemen stealing strangle strangli strangul suffocat suivait suppleme supporte surveill',
    'tabassai tabassan tabasse telephon terrifie terroris threaten threats throwing toxique tracker traffick traitait transiti traquait traquan traquee tyranniq',
    'universe utilise',
    'verifiai verifie victime violait violen voiture',
    'whereabo withdraw withdrew worthles',
    'yelling',
  ]
    .join(' ')
    .split(' '),
  words: [
    '918b',
    'abri abus abuse abused abuser abusif access accuse advo afraid after aid aide air airtag allait anger appli arm ask attack auras avo',
    'baffe bat battu battue beat beaten beater beg bit biting bitten black bond braque broken bu bugged',
    'cacher calacs call called car cashed casse cavac change charge choke choked claque clare clone cloned cogne cognee compte contre cou coup coupe crache crise crisis curses cut',
    'ddvc decide dessus dfv doesnt dont door doubt down drag drains dsdas duty dv dvilr dvo dvpn dvpo dvro',
    'email epo escape est etape evp exam exige',
    'failli faire fait family fdv femme fgm file finger fits floor flung follow force forced forcee frappe friend fuir fuse fvio fvro',
    'garde gbv get gifle giflee gorge grab grand griffe guy',
    'hacked hacks hand harass hard having held heures hide hiding hit holds hurled hurls',
    'icloud idva if incest insult ipv isole isolee isva',
    'jaloux jamais jaw jetait jete jette',
    'keep kick kicked kid killed kneed know',
    'laisse lance leave left ligne line lisait lit locked locks',
    'marac mbcp menace mmiwg mord mordu mordue mvdac my',
    'name near never nom non nose not notre nude',
    'only order our',
    'paie par partir paye pet peur pfa photos pinned pins pirate piste pister police pousse prend pris pso pulled pulls punch push pushed',
    'quand quitte',
    'rape raped rapist refuge rib rien',
    'safe safety say scared scares scream scrute second secoue sejour sex sexual sgbv shouts shove shoved slap sleep smack sms snoops sol sortie spat spied spit spy spying stalk steals stole stress stuff suis suit suivre sur swears swore',
    'tapait tape tapee tapped taps teeth tell temper tgd things threw throw tolere tooth toxic track traite traque tried try tuer tyran tyrant',
    'va vawa vawg veut victim vidait vide viol viole violee volait vole vqrp',
    'wall when while with wont worker wrist',
    'yanked yanks yell yelled',
  ]
    .join(' ')
    .split(' '),
};
