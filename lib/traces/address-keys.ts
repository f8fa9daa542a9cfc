/**
 * What the address screen looks for, chosen from the help vocabulary by `addressKeys()`
 * (`address-key-choice.ts`). Written by `npx tsx scripts/address-keys.ts`: do not edit.
 */

/** Stems that begin a word, then words looked for whole; space-separated. */
export const ADDRESS_KEYS = {
  stems: [
    'abusing abusive accoun accusait accusing address aggressi agressai agressan agresse agressif agressio agressiv allocati allowanc answers apologiz appelle applicat approche assault assessme assiette attacked',
    'backgrou backhand barring battait battan batter beating because belittle belittli benefit blackmai bloquait bloquee bonding bouscula bouscule boyfrien bracelet breaking bruised bruises brutalis brutaliz',
    'cachait calling caresse cassait cassan cellulai centaine centime certific chantage chequier cheveux children chimique choisir choking chomage chucked cleaned codeword coerced coercion coerciti coercive cognait cognan collarbo communiq communit compagne compagno confisqu conjoin conjug consen constant contact contrace control convince coucher crachait crainte criticis criticiz critiqua critique cruelt cursing cutting cybersta cybervio',
    'deadname decidait defendai deforme delusion demandai demande demands demeanin denigrai denigran denigre deported deshabil detruit devalori disgusti divulgat dizaines doorwa dragged drained droguait droguee droguer drugged drugging',
    'eggshell elbowed empechai empeche emprise emptied empties endormie enfermai enferman enferme engageme engueula engueule envoyer escaping espionna espionne etouffer etrangla etrangle everyone exactl exclusio exigeait exploita',
    'failure faisait femicide feminici finances followed followin forbade forbids forcait forcing fouillai fouille fracture frappait frappan frappee frapper frighten',
    'gardait garderai gaslight genit geolocal giflait giflan girlfrie grabbed grabbing griffait griffan griffee griffer',
    'habille hacking harassed harassin harassme harcelai harcelan harcele headbutt hearing hebergem helpline heritage herself himself hitting homicide hotline humiliai humilian humiliat humilie hundreds husband',
    'imaginin impressi inceste inflicte insistai insiste insists insultai insultan insulte interdis interdit intimate intimida intimide isolait isolate isolatin',
    'jalouse jalousie jealous justif',
    'kicking killing',
    'laissait laissee lancait leaving life360 localise logiciel',
    'malmenai malmenan malmene maltrait maltreat malveill manipula manipule manslaug maquilla mauvais medicame menacait menacan menacee menacer mentale mentall meprisan messagin mettait minimum minutes mistreat molestai molestan moleste monitor mordait mordan mouchard murdered',
    'narcissi necessai needles nonstop numbers',
    'obtenir ordonnan',
    'papiers paranoid passcode passepor password pathetic pendan pension permissi perpetra pharmac physical piratait plaquait plaquee pointed pornodiv portable possessi poursuit poussait poussee prenait prendra prendre preserva prestati private profile protecti pulling punched punching purchase pushing',
    'quemande quitter',
    'rabaissa rabaisse rapport rapproch receipts refuser regardai regarde repetait residenc responsa restrain revenge reverrai reverras ridicule ridiculi',
    'saccage safehous salaire scratche scratchi screamed screamin scrutait secouait secouan secouee secouer securite sequestr sevices sextape sextorti sexuall sexuelle shelter shoulder shouted shouting signatur slammed slamming slapped slapping slaying smacked smashed smashes snooping sommeil somnifer spitting spyware stabbed stabbing stalked stalker stalking statemen stealthi stopncii strangle strangli strangul suffocat suicider suivait suppleme supplier supporte surveill',
    'tabassai tabassan tabasse telephon telling terrifie terroris terroriz threaten threats threesom throwing topless torturai torture toxique traceur tracker traffick trainait trainan trainee traitait traitee transiti traquait traquan traquee traquer tripote',
    'universe unstable utilise',
    'vengeanc verifiai verifie vetement victime violait violen violeur voiture voulait',
    'wherever withhold worthles',
    'yelling',
  ]
    .join(' ')
    .split(' '),
  words: [
    '100',
    '209a',
    'about abus abuse abused abuser abusif acces accuse advo afraid aid aide aime air airtag anal anger appli apvo arm arret ask asleep attack aurai avo',
    'back baffe bat battre battu battue beat beaten beg bit bitch biting bitten blames blonde bloque bond boule braque break brise broken',
    'cache cacher calacs call called came capote carte casse cavac cede cent change charge check cheque choke choked chum claque clare clone cogne cognee cogner colere comes compte condom contre copain copine cou couche coup coupe cow crache curses cut',
    'ddvc decide defend dehors dessus device dfv doesnt dollar donne donner dont door doubt down dozens drag drains drogue drug dsdas duty dv dvilr dvo dvpn dvpo dvro',
    'else entrer envoie epo escape etape every evp ex exam exige exit',
    'faire fait family fdv feel femme fgm finger flung follow force forced forcee fout foutu foutue frappe friend fuir fuse fvio fvro',
    'garde gave gbv gerait gere get gifle giflee gifler give going gorge gps grab grand griffe guy',
    'hand harass hard having held heures hide hiding hit holds hurled hurls',
    'i idiot idva incest insu insult intime into ipv isole isolee isva ivo',
    'jaloux jaw jetait jete jetee jette',
    'keep kick kicked kid killed kneed',
    'lache laisse lance leave left levais levait leve lever liar lifted ligne like line lisait lit locked locks loser love',
    'makeup making mange marac mari mbcp menace mes met mis mise mmiwg moi mon mord mordre mordu mordue murder mvdac my',
    'naked name near never nom non nose not notre nude nue nuit numero',
    'oeufs order ou our',
    'paie par partir paye penny pet peur pfa picked pig pill pinned pins pirate piste pister plaque police porter pousse prend pris pso pulled pulls punch push pushed',
    'quitte',
    'rage rape raped rapist refuge refuse rib ribbon rien rings',
    'safe safety said say scare scared scary scream scrute second secoue sejour sex sexe sexual sgbv shoe shook shot shouts shove shoved shut slams slap slut smack small sms snap sol sortie spat spied spit spy spying stalk suis suit suivre sujet swears swore',
    'tapait tape tapee teeth tell temper temps tenait tenu tenue think threw throw tient told tolere tooth touche toxic track traine traite traque tried try tu tue tuer',
    'unsafe up',
    'vawa vawg verras veut victim vidait videe viol viole violee violer volait vole vqrp',
    'when while whore wife with wives wont worker wrist',
    'yanked yanks yell yelled',
  ]
    .join(' ')
    .split(' '),
};
