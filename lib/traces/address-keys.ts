/**
 * What the address screen looks for, chosen from the help vocabulary by `addressKeys()`
 * (`address-key-choice.ts`). Written by `npx tsx scripts/address-keys.ts`: do not edit.
 */

/** Stems that begin a word, then words looked for whole; space-separated. */
export const ADDRESS_KEYS = {
  stems: [
    'abusing abusive accoun accusait accusing address aggressi agressai agressan agresse agressif agressio agressiv allocati allowanc appelle applicat assault assessme assiette attacked',
    'backgrou backhand bancaire barring battait battan batter beating because belittle belittli blackmai bonding bouscula bouscule boyfrien breaking bruised bruises brutalis brutaliz',
    'cachait calling cassait cassan cellulai centaine centime certific chantage chequier cheveux children choisir choking codeword coerced coercion coercive cognait cognan collarbo communiq communit condoms confisqu conjoin conjug consen contact control coucher crachait crainte criticis criticiz critiqua critique cruelt cursing cutting cybersta cybervio',
    'deadname decidait deforme demeanin denigrai denigran denigre detruit devalori dictator disgusti distress dizaines dormais dragged',
    'eggshell elbowed empechai empeche emprise enfermai enferman enferme engageme engueula engueule escaping espionna espionne etrangla etrangle exigeait exploita',
    'failure faisait femicide feminici finances followed followin forbade forbids forcait fouillai fouille fracture frappait frappan frappee frapper frighten',
    'gaslight genit geolocal giflait giflan grabbed grabbing griffait griffan griffee griffer',
    'habille hacking harassed harassin harassme harcelai harcelan harcele headbutt hearing hebergem helpline heritage hitting homicide hotline humiliai humilian humiliat humilie hundreds husband',
    'impressi inceste inflicte insistai insiste insultai insultan insulte interdis interdit intimate intimes intimida intimide isolait isolate isolatin',
    'jalouse jalousie jealous justif',
    'kicking killing',
    'laissait laissee lancait leaving lifeline localise logiciel',
    'malmenai malmenan malmene maltrait maltreat malveill manipula manipule mauvais menacait menacan menacee menacer meprisan messagin minimum minutes mistreat molestai molestan moleste monitor mordait mordan mouchard murdered',
    'narcissi necessai needles nonstop numbers',
    'obsessed obsessiv ordonnan',
    'papiers passepor pathetic pension perpetra pharmac physical piratait planted plaquait plaquee pointed portable possessi poussait poussee prenait preserva pression prestati protecti pulling punched punching purchase pushing',
    'quitter',
    'rabaissa rabaisse rapport rapproch receipts regardai regarde repetait residenc responsa restrain revenge reverrai reverras ridicule ridiculi',
    'saccage safehous salaire scratche scratchi screamed screamin scrutait secouait secouan secouee secouer securite sequestr sevices sextorti shelter shoulder shouted shouting slammed slamming slapped slapping smacked smashed smashes snooping spitting stabbed stalked stalker stalking statemen strangle strangli strangul suffocat suivait suppleme supporte surveill',
    'tabassai tabassan tabasse telephon terrifie terroris terroriz threaten threats throwing torturai torture toxique tracker traffick traitait traitee transiti traquait traquan traquee traquer',
    'universe utilise',
    'verifiai verifie vetement victime violait violen violeur voiture',
    'withhold worthles',
    'yelling',
  ]
    .join(' ')
    .split(' '),
  words: [
    '100',
    '209a',
    '918b',
    'abri abus abuse abused abuser abusif acces accuse advo afraid after aid aide aime air airtag anger appli arm arret ask attack auras avo',
    'back baffe bat battre battu battue beat beaten beater beg bit bitch biting bitten black bond braque break brise broken',
    'cache cacher calacs call called came carte casse cavac cent change charge choke choked chum claque clare clone cogne cognee cogner comes compte contre copain cou coup coupe cow crache crise crisis curses cut',
    'ddvc decide dessus device dfv dime doesnt dollar door doubt down dozens drag dsdas duty dv dvilr dvo dvpn dvpo dvro',
    'else envoie epo escape est etape evp exam exige',
    'faire fait family fdv feel femme fgm finger fits floor flung follow force forced forcee frappe friend fuir fuse fvio fvro',
    'garde gbv gerait gere get gifle giflee gifler gorge grab grand griffe guy',
    'hacked hand harass hard having held heures hide hiding hit holds hurled hurls',
    'idiot idva incest insu insult into ipv isole isolee isva ivo',
    'jaloux jaw jetait jete jetee jette jour',
    'keep kick kicked kid killed kneed know',
    'lache laisse lance leave left liar ligne like line lisait lit locked locks loser love',
    'makeup making marac mari mbcp menace mmiwg moi mord mordre mordu mordue mvdac my',
    'name near never nom non nose not notre nude nue',
    'only order our',
    'paie par partir paye penny pet peur pfa pig pinned pins pirate piste pister plaque police pousse prend pris pso pulled pulls punch punir punish push pushed',
    'quitte',
    'rape raped rapist refuge rib ribbon rien',
    'safe safety say scare scared scary scream scrute second secoue sejour sex sexual sgbv shouts shove shoved slams slap slut smack small sms sol sortie spat spied spit spy spying stalk suis suit suivre sur swears swore',
    'tapait tape tapee teeth tell temper temps tenue tgd threw throw tolere tooth toxic track traite traque tried try tuer',
    'unsafe',
    'vawa vawg veut victim vidait vide viol viole violee volait vole vqrp',
    'wall wear when while whore with wont worker wrist',
    'yanked yanks yell yelled',
  ]
    .join(' ')
    .split(' '),
};
