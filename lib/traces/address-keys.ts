/**
 * What the address screen looks for, chosen from the help vocabulary by `addressKeys()`
 * (`address-key-choice.ts`). Written by `npx tsx scripts/address-keys.ts`: do not edit.
 */

/** Stems that begin a word, then words looked for whole; space-separated. */
export const ADDRESS_KEYS = {
  stems: [
    'abortion abusing abusive accoun accusait accused accusing address adresse aggressi agressai agressan agresse agressif agressio agressiv allocati allowanc answers appareil applicat assault assessme assiette attacked attouche',
    'backgrou backhand barring battait battan batter beating because behavior behaviou believe belittle belittli benefit blackmai blaming bloquait bloquee bombarda bombarde bonding bouscula bouscule boyfrien bracelet breaking bruised bruises brutalis brutaliz',
    'cachait calling caresse cassait cassan cellulai centaine centime certific chantage chequier cheveux children chimique choisir choking chomage chucked cleaned clobbere clobbers codeword coerced coercif coercion coerciti coercive cognait cognan collarbo communit compagne compagno confisqu conjoin conjug consen constant contacte contrace control convince coucher crachait crainte criticis criticiz critiqua critique cruelt cursing cutting cybersta cybervio',
    'deadname deambula debarque decidait defendai deforme delusion demandai demande demands demeanin demenage denigrai denigran denigre deported deshabil detruit devalori disabili disgusti distress divulgat dizaines doorwa dragged dragging drained droguait droguee droguer drugged drugging',
    'echange eggshell elbowed eloignai eloigne empechai empeche emprise emptied empties endormie enfermai enferman enferme engageme engueula engueule escaping espionna espionne etouffer etrangla etrangle everyone exactl exclusio exigeait exploita',
    'facetime failure faisait fauteuil femicide feminici finances followed followin forbade forbids forcait forcing fouillai fouille fracture frappait frappan frappee frapper frighten',
    'gardait garderai gaslight genit geolocal giflait giflan girlfrie grabbed grabbing griffait griffan griffee',
    'habille hacking harassed harassin harassme harcelai harcelan harcele headbutt hearing hebergem helpline heritage herself himself hitting homicide hospit hotline humiliai humilian humiliat humilie hundreds husband',
    'imagine imaginin immigrat impressi inceste inflicte injuncti inondait insistai insiste insists inspecte inspects insultai insultan insulte interdic interdis interdit intimate intimida intimide invente isolait isolate isolatin',
    'jalouse jalousie jealous justif',
    'kicking killing',
    'laissait laissee lancait leaving life360 listenin listens localise logiciel',
    'malmenai malmenan malmene maltrait maltreat malveill manipula manipule manslaug maquilla mauvais medicame menacait menacan menacee menacer mentale mentall meprisan messagin mettait minimum mistreat molestai molestan moleste monitor mordait mordan mouchard multipli murdered',
    'narcissi necessai needles nonstop nourritu numbers',
    'obligeai obligee obtenir ordonnan',
    'papiers paranoid passcode passepor password pathetic pendan pension permissi perpetra pharmac phoning physical pinning piratait planted plaquait plaquee pointed pornodiv portable possessi pourquoi poursuit poussait poussee pregnan prenait prendra presenta presente preserva pressure pressuri prestati private profile programm promises promisin protecti pulling punched punching purchase pushing',
    'quemande quitter',
    'rabaissa rabaisse rapport rapproch receipt refuser regardai regarde releves repetait respecte responsa restrain retourne revenge reverrai reverras ridicule ridiculi roofied',
    'saccage safehous salaire scratche scratchi screamed screamin scrutait secouait secouan secouee secouer securite sequestr sevices sextape sextorti sexuall sexuelle shelter shoulder shouted shouting signatur slammed slamming slapped slapping slaying smacked smashed smashes snooping sommeil somnifer souviens spitting spyware stabbed stabbing stalked stalker stalking statemen stealthi stopncii strangle strangli strangul suffocat suicider suivait suppleme supplier supporte surveill',
    'tabassai tabassan tabasse telephon telling terrifie terroris terroriz threaten threats threesom throwing thumped tickets topless torgnole torturai torture toxique traceur tracker traffick trainait trainan trainee traitait traitee transiti traquait traquan traquee traquer tripote',
    'universe unstable utilise',
    'vengeanc verifiai verifie vetement victime violait violen violeur voiture voulait voyagean',
    'walloped wallops watches watching whacked wherever withhold worthles wouldn',
    'yelling',
  ]
    .join(' ')
    .split(' '),
  words: [
    '100',
    '209a',
    '918b',
    'aah abort abus abuse abused abuser abusif acces accuse advo afraid aid aide aime air airtag allait aller anal anger appli apvo arm arret arrete ask asleep attack aurai avo',
    'baby back baffe bail balise bat battre battu battue beat beaten beg beigne bit bitch biting bitten blamed blames blonde bloque bond boule braque break bris brise broken bureau',
    'cache cacher calacs call called came camera capote carte casse cavac cbsa cede cent cesse chaque charge check cheque choke choked chum civi claque clare clone cogne cognee cogner colere comes compte condom contre copain copine cou couche coup coupe cow crache crazy crisis curses cut',
    'ddvc decide defend dehors dessus device dfv didnt doesnt dollar donne dont door doubt down dozens drag drains dress drink drogue drug dsdas duty dv dvilr dvo dvpn dvpo dvro',
    'enfant envoie epo escape etais etape every evp ex exige exit',
    'faire fait family fdv femme fgm finger floor flung follow food force forced forcee fout foutu foutue frappe friend fuie fuir fuse fvio fvro',
    'garde gave gbv gerait gere get ghb gifle giflee gifler give going gorge grab grand griffe guy',
    'hacked hand harass hard haven having held heures hide hiding hit holds hurled hurls',
    'ice idiot idva incest inonde insane insu insult intime ipv isole isolee isva ivac ivo',
    'jaloux jaw jetait jete jetee jette',
    'keep kick kicked kid killed kneed knife know',
    'lache laisse lance leave left levais levait leve lever liar lifted ligne like line lisait lit lock locked loser love',
    'made make makeup making mange manger marac mari mbcp menace mes met minute mis mise mmiwg moi mon mord mordu mordue motion moved murder mvdac my',
    'naked name near never nom non nose not note noter notre nude nue nuit numero',
    'oblige oeufs office order our',
    'paie parent parte partir pay paye penny peur pfa picked pig pinned pirate piste pister plaque pneus pointe police porter pousse prend pris pso pulled pulls punch push pushed',
    'quitte',
    'raclee rage rape raped rapist refuge refuse rib ribbon rien ring',
    'safe safety said sane sarvi say scare scared scary scream scrute second secoue sejour send sex sexto sexual sgbv shoe shook shot shouts shove shoved shut slams slap slut smack small sms snap sol sorte sortie spat spied spit spy spying stalk still suis suit suivre sujet swears swore',
    'taking tapait tape tapee teeth tell temper temps tenait tenu tenue think threw throw thumps tient tolere tooth touche toxic track traine traite traque tried try trying tu tue tuer',
    'unsafe up uscis',
    'va vawa vawg verras veut victim vidait videe viol viole violee violer volait vole vqrp',
    'wall way whacks what when where while whore wife with wives women wont worker would wrist',
    'yanked yanks yell yelled',
  ]
    .join(' ')
    .split(' '),
};
