/**
 * What the address screen looks for, chosen from the help vocabulary by `addressKeys()`
 * (`address-key-choice.ts`). Written by `npx tsx scripts/address-keys.ts`: do not edit.
 */

/** Stems that begin a word, then words looked for whole; space-separated. */
export const ADDRESS_KEYS = {
  stems: [
    'abusait abusing abusive accessed accoun accusait accusing address aggressi agressai agressan agresse agressif agressio agressiv allocati allowanc appelle applicat assault assessme assiette attacked',
    'backgrou bancaire barring battait battan batter beating because belittle belittli between blackmai bombing bonding bouscula bouscule boyfrien bruised bruises brutalis',
    'cachait cassan cellulai centaine centime certific chantage cheveux children choisir choking cleaned codeword coercion cognait cognan collarbo communiq communit computer condoms confisqu conjoin conjug consen contact contrace control coucher courriel crachait crainte criticis criticiz critiqua critique cruelt cursing cutting cybersta cybervio',
    'deadname deforme deleted demeanin denigrai denigran denigre detruit deuxieme devalori dictateu dictator distress dizaines dormais dragged drained',
    'eggshell elbowed empechai empeche emprise emptied empties enfermai enferman enferme engageme escaping espionna espionne etrangla etrangle exigeait exploita',
    'facebook faisait femicide feminici finances flushed followed followin forbade forbids forcait fouillai fouille fracture frappait frappan frappee frapper frighten',
    'gaslight genit geolocal giflait giflan grabbed grabbing griffait griffan griffee',
    'hacking harassed harassin harassme harcelai harcelan harcele headbutt hebergem helpline heritage hitting homicide hotline humiliai humilian humiliat humilie hundreds husband',
    'inceste inflicte inhaler insistai insiste instagra insulin insultai insultan insulte interdis interdit intimida intimide isolait isolate isolatin',
    'jalouse jalousie jealous justif',
    'kicking killing',
    'laissait lancait leaving lifeline localise logiciel',
    'malmenai malmenan malmene maltrait maltreat malveill manipula manipule medicati medicine menacait menacan menacee meprisan minimum minutes mistreat molestai molestan moleste monitore monitori monitors mordait mordan mouchard murdered',
    'narcissi necessai needles nonstop numbers',
    'objects obsessed obsessiv ordonnan',
    'papiers passepor pension perpetra pharmac physical piratait planted pointed portable possessi poussait poussee prenait preserva pression pressuri prestati protecti pulling punched punching pushing',
    'quitter',
    'rabaissa rabaisse rapport rapproch regardai regarde repetait residenc responsa restrain revenge',
    'sabotage sabotagi saccage safehous salaire scratche scratchi screamed screamin scrutait secouait secouan secouee securite sequestr sevices sextorti shelter shoulder shouted shouting signatur slammed slapped slapping smacked smashed snooping spitting spyware stabbed stalked stalker stalking statemen stealing strangle strangli strangul suffocat suivait suppleme supporte surveill',
    'tabassai tabassan tabasse telephon terrifie terroris threaten threats throwing toxique tracker traffick traitait traiteme transiti traquait traquan traquee tyranniq',
    'universe utilise',
    'verifiai verifie victime violait violen voiture',
    'whereabo withdraw withdrew withheld withhold worthles',
    'yelling',
  ]
    .join(' ')
    .split(' '),
  words: [
    '100',
    '918b',
    'abri abus abuse abused abuser abusif access accuse advo afraid after aid aide aime air airtag allait anger appli arm ask attack auras avo',
    'baffe bat battu battue beat beaten beater beg bit biting bitten black bond braque broken bu bugged',
    'cache cacher calacs call called car carte cashed casse cavac change charge choke choked claque clare clone cloned cogne cognee compte contre cou coup coupe crache crise crisis curses cut',
    'ddvc decide dessus dfv doesnt dont door doubt down dozens drag drains dsdas duty dv dvilr dvo dvpn dvpo dvro',
    'ecrit email envoie epo escape est etape evp exam exige',
    'failli faire fait family fdv femme fgm file finger fits floor flung follow force forced forcee frappe friend fuir fuse fvio fvro',
    'garde gbv get gifle giflee gorge grab grand griffe guy',
    'hacked hacks hand harass hard having held heures hid hide hiding hit holds hurled hurls',
    'icloud idva if incest insult ipv isole isolee isva',
    'jaloux jamais jaw jetait jete jette',
    'keep kick kicked kid killed kneed know',
    'laisse lance leave left ligne line lisait lit locked locks',
    'marac mbcp menace mmiwg mord mordu mordue mvdac my',
    'name near never nom non nose not notre nude',
    'only order our',
    'paie par partir paye pet peur pfa photos pill pinned pins pirate piste pister police pousse prend pris pso pulled pulls punch punir punish push pushed',
    'quitte',
    'rape raped rapist refuge refuse rib rien',
    'safe safety say scare scared scream scrute second secoue sejour sex sexual sgbv shouts shove shoved slap sleep smack sms snoops sol sortie spat spied spit spy spying stalk steals stole stress stuff suis suit suivre sur swears swore',
    'tapait tape tapee tapped taps teeth tell temper texte tgd things threw throw tolere tooth toxic track traite traque tried try tuer tyran tyrant',
    'va vawa vawg veut victim vidait vide viol viole violee volait vole vqrp',
    'wall when while with wont worker wrist',
    'yanked yanks yell yelled',
  ]
    .join(' ')
    .split(' '),
};
