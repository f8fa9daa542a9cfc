/**
 * What the address screen looks for, chosen from the help vocabulary by `addressKeys()`
 * (`address-key-choice.ts`). Written by `npx tsx scripts/address-keys.ts`: do not edit.
 */

/** Stems that begin a word, then words looked for whole; space-separated. */
export const ADDRESS_KEYS = {
  stems: [
    'abusing abusive accoun accusait accusing address aggressi agressai agressan agresse agressif agressio agressiv ailleurs allocati allowanc appelle applicat approche assassin assault assessme assiette attacked',
    'backgrou backhand bancaire barring battait battan batter beating because belittle belittli benefit blackmai bloquait bloquee bonding bouscula bouscule boyfrien breaking bruised bruises brutalis brutaliz',
    'cachait calling caresse cassait cassan cellulai centaine centime certific chantage chequier cheveux children chimique choisir choking chomage chucked codeword coerced coercion coerciti coercive cognait cognan collarbo communiq communit compagno confisqu conjoin conjug consen contact contrace control convince coucher crachait crainte criticis criticiz critiqua critique cruelt cursing cutting cybersta cybervio',
    'deadname decidait defendai deforme delusion demandai demande demeanin denigrai denigran denigre deported deshabil detruit devalori disgusti distress divulgat dizaines doorwa dragged droguait droguee droguer drugged drugging',
    'eggshell elbowed empechai empeche emprise enfermai enferman enferme engageme engueula engueule escaping espionna espionne etouffer etrangla etrangle everyone exigeait exploita',
    'failure faisait femicide feminici finances followed followin forbade forbids forcait fouillai fouille fracture frappait frappan frappee frapper frighten',
    'gardait gaslight genit geolocal giflait giflan girlfrie grabbed grabbing griffait griffan griffee griffer',
    'habille hacking harassed harassin harassme harcelai harcelan harcele headbutt hearing hebergem helpline heritage herself himself hitting homicide hotline humiliai humilian humiliat humilie hundreds husband',
    'imaginin impressi inceste inflicte insistai insiste insultai insultan insulte interdis interdit intimate intimida intimide isolait isolate isolatin',
    'jalouse jalousie jealous justif',
    'kicking killing',
    'laissait laissee lancait leaving lifeline localise logiciel',
    'malmenai malmenan malmene maltrait maltreat malveill manipula manipule manslaug mauvais medicame menacait menacan menacee menacer mentall meprisan messagin mettait meurtre minimum minutes mistreat molestai molestan moleste monitor mordait mordan mouchard murdered',
    'narcissi necessai needles nonstop numbers',
    'obtenir ordonnan',
    'papiers paranoid passcode passepor password pathetic pendan pension permissi perpetra pharmac physical piratait plaquait plaquee poignard pointed pornodiv portable possessi poursuit poussait poussee prenait prendra prendre preserva prestati private profiles protecti pulling punched punching purchase pushing',
    'quitter',
    'rabaissa rabaisse rapport rapproch receipts refuser regardai regarde repetait residenc responsa restrain revenge reverrai reverras ridicule ridiculi',
    'saccage safehous salaire scratche scratchi screamed screamin scrutait secouait secouan secouee secouer securite sequestr sevices sextape sextorti sexuall sexuelle shelter shoulder shouted shouting signatur slammed slamming slapped slapping slaying smacked smashed smashes snooping sommeil somnifer spitting spyware stabbed stabbing stalked stalker stalking statemen stealthi stopncii strangle strangli strangul suffocat suicider suivait suppleme supporte surveill',
    'tabassai tabassan tabasse telephon terrifie terroris terroriz threaten threats threesom throwing topless torturai torture toxique traceur tracker traffick trainait trainan trainee traitait traitee transiti traquait traquan traquee traquer tripote',
    'universe unstable utilise',
    'vengeanc verifiai verifie vetement victime violait violen violeur voiture voulait',
    'withhold worthles',
    'yelling',
  ]
    .join(' ')
    .split(' '),
  words: [
    '100',
    '209a',
    '918b',
    'abattu abri abus abuse abused abuser abusif acces accuse advo afraid aid aide aime air airtag aller anal anger appli apvo arm arret ask attack avo',
    'back baffe bat battre battu battue beat beaten beg bit bitch biting bitten bloque bond braque break brise broken',
    'cache cacher calacs call called came capote carte casse cavac cent change charge cheque choke choked chum claque clare clone cogne cognee cogner comes compte condom contre copain cou couche coup coupe cow crache crazy crise crisis curses cut',
    'ddvc decide defend dessus device dfv doesnt dollar donne donner dont door doubt down dozens drag drogue drug dsdas duty dv dvilr dvo dvpn dvpo dvro',
    'else entrer envoie epo escape est etape evp ex exam exige exit',
    'faire fait family fdv feel femme fgm finger fits flung follow force forced forcee frappe friend fuir fuse fvio fvro',
    'garde gave gbv gerait gere get gifle giflee gifler give going gorge gps grab grand griffe guy',
    'hand harass hard having held heures hide hiding hit holds hurled hurls',
    'idiot idva incest insane insu insult intime into ipv isole isolee isva ivo',
    'jaloux jaw jetait jete jetee jette jour',
    'keep kick kicked kid killed kneed know',
    'lache laisse lance leave left levais levait leve lever liar ligne like line lisait lit locked locks loser love',
    'makeup making marac mari mbcp menace mes met mis mmiwg moi mon mord mordre mordu mordue murder mvdac my',
    'name near never nom non nose not notre nude nue numero',
    'oeufs order our',
    'paie par partir paye penny pet peur pfa pig pill pilule pinned pins pirate piste pister plaque police pousse prend pris pso pulled pulls punch push pushed',
    'quitte',
    'rape raped rapist refuge rib ribbon rien',
    'safe safety said say scare scared scary scream scrute second secoue sejour sex sexe sexual sgbv shot should shouts shove shoved slams slap slut smack small sms sol sortie spat spied spit spy spying stalk suis suit suivre sujet swears swore',
    'tapait tape tapee teeth tell temper temps tenait tenu tenue think threw throw tient tolere tooth touche toxic track traine traite traque tried try tu tue tuer',
    'unsafe up',
    'vawa vawg verras veut victim vidait viol viole violee volait vole vqrp',
    'wear when while whore wife with wont worker wrist',
    'yanked yanks yell yelled',
  ]
    .join(' ')
    .split(' '),
};
