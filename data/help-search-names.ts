/**
 * Names of help services and resources that make a search (or a page title) a help trace when
 * they appear as a whole phrase: "interval house toronto", "assaulted womens helpline number".
 * A name made of ordinary words ("Respect", "Refuge", "Shift", "Bridges", "The Hotline") is not
 * here: it never decides alone, and counts only through the help vocabulary around it.
 *
 * The background reads this small list instead of the directory (which it must not bundle).
 * A unit test checks that every name and alias in the directory is here or in
 * `TOO_ORDINARY_NAMES`, so a new resource's names are decided on, not forgotten.
 */

/** Whole-phrase names: directory resources, then well-known services in the regions served. */
/** One string, names separated by bars (names hold commas): smaller in the background script. */
export const HELP_SEARCH_NAMES: readonly string[] =
  // Directory resources (names and aliases)
  (
    '9-8-8: Suicide Crisis Helpline|Suicide Crisis Helpline|Talk Suicide Canada|' +
    "Assaulted Women's Helpline|AWHL|Assaulted Women Helpline|Fem'aide|Femaide|Fem aide|" +
    "Fem'aide Hotline|1-877-FEM-AIDE|Kids Help Phone|Jeunesse, J'écoute|Jeunesse Jecoute|" +
    'Distress Centres of Greater Toronto|Distress Centres Toronto|Distress Centre Toronto|' +
    'Gerstein Crisis Centre|Gerstein Centre|National Domestic Violence Hotline|NDVH|' +
    'thehotline.org|1-800-799-SAFE|Domestic Violence Hotline|loveisrespect|Love is Respect|' +
    'loveisrespect.org|National Teen Dating Abuse Helpline|' +
    'RAINN National Sexual Assault Hotline|National Sexual Assault Hotline|1-800-656-HOPE|' +
    'sexual assault|988 Suicide & Crisis Lifeline|National Suicide Prevention Lifeline|' +
    'National Domestic Abuse Helpline|NDAH|National Domestic Violence Helpline|' +
    "domestic abuse helpline|Men's Advice Line|1800RESPECT|1800 RESPECT|" +
    'National Domestic, Family and Sexual Violence Counselling Service|Shelter Safe|' +
    "ShelterSafe|sheltersafe.ca|Women's Shelters Canada|transition houses|" +
    "Ontario Women's Justice Network|OWJN|METRAC|Canadian Restorative Justice Consortium|" +
    'Bridges Institute|Bridges Truro|' +
    'Making LGBTQ2S shelter spaces safe, inclusive and affirming|LGBTQ2S shelters|' +
    'trans inclusive shelters|LGBTQ2S Toolkit: Making it Better Now|LGBTQ2S toolkit|' +
    "9 ways to be accountable when you've been abusive|Neighbours, Friends and Families|" +
    'Creative Interventions Toolkit: A Practical Guide to Stop Interpersonal Violence|' +
    'Creative Interventions|' +
    'Choosing to Change: A Handbook for Men Concerned About their Abusive Behaviours Toward Those They Love|' +
    "Calgary Women's Emergency Shelter|Calgary Women's Shelter|Unclenching Our Fists|" +
    'Unclenching Our Fists: Abusive Men on the Journey to Non-Violence|' +
    "6 ways to confront your friend who's abusing their partner|" +
    'The Peak Magazine, Transformative Justice issue|' +
    'Beyond Survival: Strategies and Stories from the Transformative Justice Movement|' +
    'Innovations in Interventions to Address Intimate Partner Violence: Research and Practice|' +
    'Coaching Boys Into Men Toolkit|Coaching Boys Into Men|Futures Without Violence|' +
    'Evidence Brief: Intimate Partner Violence in LGBTQ Communities|LGBTQ IPV|' +
    'queer relationship violence|' +
    'Becoming Ethical: A Parallel, Political Journey with Men Who Have Abused|' +
    'Domestic Violence and Restorative Justice: Advancing the Dialogue|' +
    'Restorative Justice and Violence Against Women|Domestic violence e-library (Shift)|' +
    'Shift: The Project to End Domestic Violence|' +
    'Futures Without Violence: Campus Leadership Program|' +
    'It Starts With You. It Stays With Him.|White Ribbon Campaign|OCTEVAW|' +
    'Kizhaay Anishinaabe Niin (I Am A Kind Man)|I Am A Kind Man|Kizhaay|Moose Hide Campaign|' +
    'Moosehide Campaign|moose hide pin|The Mask You Live In|Mask You Live In|Private Violence|' +
    'No Place to Hide: The Rehtaeh Parsons Story|' +
    'National Film Board collection on violence against women|gender-based violence films|' +
    'PREVNet: Addressing Youth Dating Violence|PREVNet|youth dating violence|thatsnotcool.com|' +
    'digital dating abuse|Teen Digital Dating Violence Toolkit|BCSTH|' +
    'BC Society of Transition Houses|digital dating violence|teen dating abuse|' +
    "Abusive Relationships are Common for Teens. Here's How to Help|" +
    'How to Talk to Teens About Dating Violence|Coping and Self-Care guide (Crisis Centre)|' +
    'Crisis Centre|Domestic Violence at Work resource centre|Assaulted Womens Helpline|' +
    'Mens Advice Line|Ontario Womens Justice Network|' +
    // Well-known services in the regions Waypoint serves (names distinct enough to stand alone)
    "Interval House|Women's Habitat|Battered Women’s Support Services|WAVAW|" +
    'Ending Violence Association|SOS violence conjugale|Info-aide violence sexuelle|' +
    'Tel-jeunes|SOS Femmes|Violences Femmes Info|3919|Arrêtons les violences|' +
    'Solidarité Femmes|France Victimes|CIDFF|En avant toute(s)|Écoute violences conjugales|' +
    'SOS Viol|CVFE|Safe Horizon|NCADV|NNEDV|StrongHearts Native Helpline|DVConnect|' +
    "Full Stop Australia|No to Violence|Kids Helpline|Women's Legal Service|Women's Refuge|" +
    'SafeLives|Karma Nirvana|Southall Black Sisters|Live Fear Free|Victim Support|Rape Crisis|' +
    'The Survivors Trust|Lucy Faithfull Foundation|Suzy Lamplugh Trust|NAPAC|Safe Ireland|' +
    "Men's Aid|Respect Phoneline|Scottish Women's Aid|Welsh Women's Aid|MensLine Australia|" +
    'Kamatsiaqtut|Transition House Association of Nova Scotia|' +
    // Lines of every region in the directory
    'Hope for Wellness Help Line|Hope for Wellness|First Nations and Inuit Hope for Wellness|' +
    'Indigenous help line|VictimLinkBC|VictimLink|Victim Link BC|VictimLink BC|' +
    'BC crisis lines: 1-800-SUICIDE and 310-6789|1-800-SUICIDE|Crisis Centre BC|' +
    'Family Violence Info Line (Alberta)|Alberta family violence line|' +
    'Family Violence Information Line|Calgary 24-hour Family Violence Helpline|403-234-SAFE|' +
    "Calgary Womens Shelter helpline|Alberta's One Line for Sexual Violence|AASAS|" +
    'sexual assault Alberta|agression sexuelle Alberta|Manitoba family violence crisis line|' +
    '1-877-977-0007|Sexual Assault Crisis Line (Klinic, Manitoba)|sexual assault Winnipeg|' +
    'agression sexuelle Manitoba|Talk4Healing|Talk 4 Healing|Beendigen|ONWA|' +
    'Indigenous women helpline Ontario|SOS violence|violence conjugale|SOS Domestic Violence|' +
    '1-800-363-9010|CVASM|agression sexuelle|sexual assault Quebec|' +
    'Info-aide violence sexuelle helpline|Nova Scotia transition house line|1-855-225-0220|' +
    'PEI Family Violence Prevention Services crisis line|Family Violence Prevention Services|' +
    'PEI crisis line|Iris Kirby House 24-hour line|Iris Kirby House|Newfoundland shelter line|' +
    'NWT Help Line|Northwest Territories Help Line|NWT helpline|Kamatsiaqtut Help Line|' +
    'Nunavut Kamatsiaqtut Help Line|Nunavut help line|StrongHearts|1-844-7NATIVE|' +
    'Native helpline|National Domestic Abuse Helpline (England)|' +
    "Scotland's Domestic Abuse and Forced Marriage Helpline|SDAFMH|" +
    'Scotland domestic abuse helpline|Rape Crisis Scotland Helpline|Rape Crisis Scotland|' +
    'RCS helpline|sexual violence Scotland|Live Fear Free helpline (Wales)|' +
    'Wales domestic abuse helpline|Domestic and Sexual Abuse Helpline (Northern Ireland)|' +
    'DSA Helpline|Northern Ireland domestic abuse helpline|Respect helpline|' +
    'Samaritans Ireland|Childline|ChildLine UK|' +
    "Women's Aid 24-hour National Freephone Helpline|Women's Aid Ireland|Womens Aid|" +
    '1800 341 900|National Rape Crisis Helpline (Dublin Rape Crisis Centre)|DRCC|' +
    'Dublin Rape Crisis Centre|rape crisis Ireland|Mens Aid|Men’s Aid Ireland|' +
    'male domestic abuse Ireland|Male Advice Line (Men’s Development Network)|' +
    'Male Advice Line|Childline (ISPCC)|Childline Ireland|ISPCC|1800 66 66 66|' +
    'Lifeline Australia|MensLine|1300 78 99 78|Kids Help Line|1800 55 1800|13YARN|13 YARN|' +
    "Thirteen YARN|Aboriginal crisis line|Women's Refuge crisis line|Womens Refuge|" +
    '0800 REFUGE|Shine helpline|Shine domestic violence|' +
    'Family Violence Information Line (Are You OK)|0800 456 450|safetotalk|' +
    'sexual harm helpline|Youthline NZ|0800 37 66 33|Need to talk? 1737|' +
    '3919 – Violences Femmes Info|violences conjugales|Viols Femmes Informations|CFCV|' +
    'Collectif féministe contre le viol|0 800 05 95 95|' +
    '3114 – numéro national de prévention du suicide|119 – Allô Enfance en Danger|' +
    'Allo Enfance en Danger|enfance en danger|child abuse France|0800 30 030|' +
    'violences conjugales Belgique|SOS Viol Belgique|violences sexuelles|0800 98 100|' +
    'Télé-Accueil 107|Télé-Accueil|Tele-Accueil|Télé Accueil|' +
    // Added with the directory's later lines (Québec, Yukon, LGBTQ2S+, legal information, services for people who used violence)
    "Jeunesse J'ecoute|Jeunesse, J’écoute|Trans Lifeline (Canada)|Trans Lifeline (US)|" +
    'Trans Lifeline|TransLifeline|LGBT YouthLine|Youth Line Ontario|' +
    'Lesbian Gay Bi Trans Youth Line|Tel jeunes|Teljeunes|Tel-Jeunes|1 800 263-2266|' +
    'Gai Écoute|Gai Ecoute|Interligne LGBTQ|1 888 505-1010|1-833-REBATIR|ligne Rebâtir|' +
    'Rebâtir legal advice|CAVAC (Crime Victims Assistance Centres)|' +
    "CAVAC (centres d'aide aux victimes d'actes criminels)|CAVAC|Réseau des CAVAC|" +
    '1 866 LE CAVAC|Crime Victims Assistance Centre|' +
    "Kaushee's Place (Yukon Women's Transition Home)|Kaushee's Place|Kaushees Place|" +
    "Yukon Women's Transition Home|Whitehorse transition home|" +
    'The Trevor Project (TrevorLifeline)|Trevor Project|TrevorLifeline|Trevor Lifeline|' +
    "The Trevor Project|Scottish Women’s Aid|Scottish Women's Rights Centre helpline|" +
    "Scottish Women's Rights Centre|Scottish Womens Rights Centre|08088 010 789|1800respect|" +
    "Men's Referral Service (No to Violence)|Men's Referral Service|Mens Referral Service|" +
    '1300 766 491|Hey Bro helpline (He Waka Tapu)|0800 HEY BRO|He Waka Tapu|0800 439 276|' +
    'Numéro national de prévention des violences conjugales (FNACAV)|08 019 019 11|FNACAV|' +
    "Écoute Violences Conjugales|Ecoute Violences Conjugales|À cœur d'homme|A coeur d'homme|" +
    "À coeur d’homme|Réseau d'aide aux hommes pour une société sans violence|" +
    'Neighbours Friends and Families|Calgary Women’s Emergency Shelter|' +
    'MOVE Ireland (Men Overcoming Violent Emotion)|Men Overcoming Violent Emotion|' +
    'MOVE Choices Programme|WomensLaw.org|WomensLaw|WomensLaw email hotline|' +
    // Shelters searched by name: Awo Taan Healing Lodge, Calgary
    // (https://awotaan.org/index.php/about-us/our-history/), Maison L'Esther, Laval
    // (http://www.maisonlesther.com/cgi-bin/index.cgi?page=p1_0&langue=eng), Maison d'Ariane,
    // Saint-Jérôme (https://maisondariane.ca/a-propos/historique/)
    "Awo Taan Healing Lodge|Awo Taan|Maison L'Esther|Maison d'Ariane|" +
    // Listed help organisations whose names are no everyday phrase (each site's source is in
    // data/sources/help-sites.json): Québec, then the US
    'Centre féminin du Saguenay|Aimer sans violence|Gignoo Transition House|Niitoiyis|' +
    'Quigley House|Grace Smith House|Verde Valley Sanctuary|' +
    'Haseya Advocate Program|Tahoe SAFE Alliance|Clarina Howard Nichols Center|' +
    "Fort Bend Women's Center|SafeHouse Denver|Durham Crisis Response Center|" +
    "Bay Area Women Against Rape|Center for the Pacific Asian Family|Anna Marie's Alliance|" +
    'Christine Ann Domestic Abuse Services|Safe Shelter of St. Vrain Valley|Hope Shores Alliance|' +
    // Listed help organisations whose names are no everyday phrase (r-sites6; each site's source
    // is in data/sources/help-sites.json): New Zealand, Ireland, Australia, Canada, the UK, France
    "Gandhi Nivas|Te Hokai Male Survivors|Shakti Women's Refuge|Saoirse Women's Refuge|" +
    "Drogheda Women's and Children's Refuge|Tennant Creek Women's Refuge|" +
    "Women's Safety Services of Central Australia|Louisa Domestic Violence Service|" +
    'Starick Services|Domestic Violence Resource Centre Victoria|' +
    'Sexual Assault Services Victoria|Wings of Providence|Rowan House Society|' +
    "Shakti Women's Aid|Jewish Women's Aid|Sikh Women's Aid|" +
    "Iranian and Kurdish Women's Rights Organisation|IKWRO|National Stalking Helpline|" +
    'Alice Ruggles Trust|National Association for People Abused in Childhood|' +
    'End Violence Against Women Coalition|Imkaan|Atal y Fro|Fondation des Femmes|' +
    // Listed help organisations whose names are no everyday phrase (r-sites5 to r-sites8, chosen
    // from the record by hand: a word no dictionary holds, and never a person's first name with
    // "House" or "Place", a place alone, a company's or a band's name); "Family Justice Center" is
    // the US and Canadian model of a one-stop centre for people harmed by a partner
    "Warmland Women's Support Services|YouthInBC|Barbra Schlifer Commemorative Clinic|" +
    "Schlifer Clinic|Centre de prévention du suicide de Lanaudière|CALAS de l'Outaouais|" +
    "Maison Flora Tristan|Bouclier d'Athéna|Shield of Athena|Centre Louise-Amélie|" +
    'MaleSurvivor|TrevorChat|VAWnet|Advocate Safehouse Project|Abbie Fox Shelter|' +
    'Hyde County Hotline|Advocacy Center of Tompkins County|' +
    "Northern Westchester Women's Resource Center|Hays-Caldwell Women's Center|" +
    "Montgomery County Women's Center|Violence Free Colorado|SurvivorsUK|Lancashire Refuges|" +
    'Male Survivor London|Talk2Someone|Aurora New Dawn|SATEDA|Cuanlee Refuge|eSafety Women|' +
    'ANROWS|WDVCAS|Djirra|McAuley Community Services for Women|Zonta House Refuge|' +
    "Centre for Women's Safety and Wellbeing|Male Survivors Aotearoa|" +
    "Stopping Violence Dunedin|SOS homophobie|Birchway Niagara|Onslow Women's Center|" +
    "Halton Women's Place|Guelph-Wellington Women in Crisis|" +
    "Women's Crisis Services of Waterloo Region|Auberge Shalom pour femmes|Esperanza United|" +
    'Pennsylvania Coalition to Advance Respect|Survivors Manchester|Brenda Strafford Society|' +
    'Outer Banks Hotline|Safe Haven of Ashland|Safe+Sound Somerset|FVPSA|' +
    'Fresno State Violence Prevention Program|LoboRespect Advocacy Center|ADAVIP 92|' +
    "Haldimand-Norfolk Women's Services|End Abuse in Lanark|Kanawayhitowin|" +
    'Family Justice Center|Family Justice Centre|' +
    'Safehouse Progressive Alliance for Nonviolence|CAWS North Dakota|' +
    "Women's Center of Montgomery County|Help4DV|Blackstone Valley Advocacy Center|" +
    "Camden County Women's Center|Crossroads Safehouse|SAFE in Hunterdon|Womanspace|" +
    "Empower Tehama|Contra Costa Family Justice Alliance|Haven Women's Center of Stanislaus|" +
    "Passaic County Women's Center|Northland Family Help Center|" +
    'Colorado River Regional Crisis Shelter|Mt. Graham Safe House|' +
    'Women In Distress of Broward County|Quanada|Safe Harbor of Northeast Kentucky|HarborCOV|' +
    'SAFE in the Bitterroot|SAFE of Harnett County|Mitchell County SafePlace|' +
    "Dove House Hamilton|Clinton County Women's Center|" +
    'Southside Center for Violence Prevention|MISSSEY|Florida Abolitionist|' +
    "Noah's Animal House|WESNET|White Ribbon Australia|GenWest|Multi-Femmes|" +
    "L'Escale de l'Estrie|L'Aid'Elle|Maison Simonne-Monet-Chartrand|Maison Marie-Marguerite|" +
    'Escale MadaVic|Lurana Shelter|Dixon Transition Society|Tri-City Transitions Society|' +
    'Maison de Lina|Apna Haq|Cheshire Without Abuse|Clare Haven Services|stop mariage forcé|' +
    "GAMS Belgique|CPVS|La Casa de las Madres|Houston Area Women's Center|" +
    'Bay Area Turning Point|SafeHaven of Tarrant County|Center for Hope and Safety|' +
    'Advocates for Family Peace|Onslow Victims Center|Bradley Angle|SAFV Centre|' +
    'SafeMan SafeFamily|Crossroads pour femmes|South Okanagan Women in Need Society|' +
    "Ishtar Women's Resource Society|Comox Valley Transition Society|L'Escale pour Elle|" +
    "Centre Ex-Equo|Havre l'Éclaircie|" +
    // Shelters, centres and services searched by name, from news and organisations' pages
    // (data/sources/help-names-ca.json and help-names-world.json, each with its source), chosen by
    // hand: distinctive as a whole; never a generic phrase ("La Source", "Harbour House"), a goddess,
    // a first name with "House", a short acronym or a restaurant's name ("Apna Ghar")
    "Maison La Gigogne|Maison L'Entre-temps|Maison de Connivence|Maison Halte-Secours|" +
    'Maison Louise Latraverse|Maison La Source du Richelieu|Alternatives pour Elles|' +
    "La Séjournelle|Pour Elles Des Deux Vallées|Le Toit d'Erica|Unies-Vers-Femmes|" +
    "Centre Mechtilde|L'EntourElle|Halte-femmes Haute-Gatineau|Maison d'Ingrid|" +
    'Maison Horizon pour elles|Maison Alice-Desmarais|La Gîtée|Le Havre des Femmes|' +
    'Jonction pour Elle|Maison de Clarisse|Maison du cœur pour femmes|Maison La Débrouille|' +
    "Maison d'accueil La Traverse|Autour d'Elles|Maison l'Amie d'Elle|Auberge Shalom|" +
    "Au cœur de l'il|Centre de ressources pour hommes Optimum|Missinak|Mitshuap Nish|" +
    'Tipinuaikan|Maison Nanikew|Waseya House|Tearmann House|Women In Crisis Algoma|' +
    "Bryony House|Rowan House Emergency Shelter|Piwapan Women's Centre|Sapohtewan House|" +
    'Waskoosis Safe Shelter|Isabel Johnson Shelter|Shelwin House|' +
    "Wichihik Iskwewak Safe House|Ikwe-Widdjiitiwin|OCRCC|Women's Community House|" +
    'Crossroads for Women|Carrefour pour femmes|Alison McAteer House|Aimayunga|' +
    "Lynn Brooks' Safe Place for Women|Qimavvik|Help and Hope for Families Society|Kataujaq|" +
    "Ajapirvik|Tungasuvvik|Initsiaq|Maison Mary-Grace|La Citad'Elle de Lachute|L'Ombre-Elle|" +
    "Maison d'accueil Le Mitan|Maison Dalauze|Hiatus House|Neepinise Family Healing Centre|" +
    'Jenesse Center|Peace Over Violence|SARSVL|MWDVCAS|SECASA|South Eastern CASA|' +
    'CASA Central Victoria|Teach Tearmainn|RCNI|DV Connect|Wrasac|Warlang Bidi|Koort Kulaark|' +
    'Lucy Saw Centre|WCWAV|Sojourner Family Peace Center|ManKind Initiative|Aoibhneas|' +
    'Beryl Women|Beryl Refuge|Toora Women|Sakhi for South Asian Women|Foyer Louise Labé|' +
    'Centre Flora Tristan|Accueil des femmes en difficulté dans les Hauts-de-Seine|' +
    "RASASC North Wales|Women's Safety Services SA|Survivors and Advocates for Empowerment|" +
    "SRASAC|National Indigenous Women's Resource Center|Elizabeth Morgan House|" +
    'Mujeres Latinas en Acción|' +
    // More searched by name (data/sources/help-names-more.json: Ontario, the Prairies, BC, the US)
    "Kenora Women's Crisis Intervention Centre|Kikinaw Women's Residence|" +
    'Fannie Lou Hamer Emergency Shelter|Angel Step Inn|Inasmuch House|OAITH|AOcVF|' +
    "Alberni Community and Women's Services Society|Women In Need Growing Strong|" +
    "Women's Center of Tarrant County|Neydayhe's Place|Chicanos Por La Causa De Colores|" +
    'Anselma House|West Central Crisis and Family Support Centre|WSCADV|' +
    'Centre Horizon pour femmes|Ellevive|' +
    // r-names10: researchers working from public pages, not from any set (help-names-more.json)
    "Hobart Women's Shelter|Full Stop Australia|" +
    'Rape and Domestic Violence Services Australia|1800FULLSTOP|' +
    "Newcastle Domestic Violence Resource Centre|Jenny's Place Women and Children's Refuge|" +
    "Bonnie Women's Refuge|Bonnie Support Services|Women's Legal Centre ACT|Ruby Gaea|" +
    'Ruby Gaea Darwin Centre Against Sexual Violence|Ruby Gaea Darwin Centre Against Rape|' +
    'Central Australian Aboriginal Family Legal Unit|CAAFLU|' +
    'North Australian Aboriginal Family Legal Service|NAAFLS|Sexual Abuse Prevention Network|' +
    'Brisbane Rape and Incest Survivors Support Centre|BRISSC|' +
    "Immigrant Women's Support Service|Zig Zag Young Women's Resource Centre|" +
    "Women's Legal Service Tasmania|Rape Prevention Education|Whakatū Mauri|" +
    "Children at Risk in Ireland|CARI Ireland|Women's Community Shelters|" +
    "Wirringa Baiya Aboriginal Women's Legal Centre|Wirringa Baiya|" +
    "Top End Women's Legal Service|TEWLS|Han Knakst Tsitxw|" +
    "Peace River Regional Women's Shelter|PRRWS|Ernestine's Women's Shelter|" +
    "Women's Support Network of York Region|Kawartha Sexual Assault Centre|" +
    'Amelia Rising Sexual Violence Support Centre|' +
    'Sexual Assault Support Centre of Waterloo Region|SASCWR|Wheatland Crisis Society|' +
    "Chestermere Women's Crisis Society|Northern Haven Support Society|" +
    'Phoenix Transition Society|Phoenix Transition House|Ann Davis Transition Society|' +
    "Wilma's Transition Society|Wilma's Transition House|Lanark County Interval House|LCIH|" +
    'Chatham-Kent Sexual Assault Crisis Centre|CKSACC|' +
    "Sexual Assault Survivors' Centre Sarnia-Lambton|SASCSL|" +
    'Cornerstone Family Violence Prevention Centre|Sexual Assault Centre Kingston|' +
    "Beendigen Anishinabe Women's Crisis Home|FearIsNotLove|Helping Spirit Lodge Society|" +
    'Helping Spirit Lodge|Wahbung Abinoonjiiag|Sexual Assault Support Centre of Ottawa|' +
    "SASC Ottawa|Athena's Sexual Assault Counselling & Advocacy Centre|" +
    "Athena's Sexual Assault Counselling and Advocacy Centre|Huronia Transition Homes|" +
    'Grace Sparkes House|Sexual Assault Centre of Brant|' +
    'Sexual Assault and Violence Intervention Services of Halton|SAVIS of Halton|' +
    'SAVIS Halton|Muskoka Parry Sound Sexual Assault Services|MPSSAS|' +
    'Timmins and Area Women in Crisis|Solidarité Femmes Miléna|SOS Violences Conjugales 42|' +
    'SOS Femmes 77|Tremplin 94 – SOS Femmes|SaVoie de femme|Terres de Femmes Libres|' +
    'Femmes pour le Dire, Femmes pour Agir|' +
    'Écoute Violences Femmes Handicapées|VIADUQ France Victimes 67|Viaduq 67|AVIJ des Savoie|' +
    'ADAVIP 53|Paris Aide aux Victimes|France Victimes 54|France Victimes 56|' +
    'CPCA Sud-Occitanie|Ker Antonia|SOS Femmes Solidarité|SOS Femmes Solidarité Strasbourg|' +
    "L'Enfant Bleu – Enfance Maltraitée|Maison des femmes Agnes McLaren|" +
    'Maison des Femmes de Tours|Maison des Femmes de Clermont-Ferrand|SOS Inceste Belgique|' +
    "Solidarité Femmes 68|Maison Hélène-Lacroix|Service d'aide aux conjoints|" +
    'Pavillon Marguerite de Champlain|Viol-Secours|CALACS Coup de cœur|CALACS Coup de coeur|' +
    "CALACS Entraid'Action|CALACS-Abitibi|CALACS Abitibi|CAPACS Abitibi-Ouest|" +
    'CALACS Laurentides|CALACS des Laurentides|Maison la Grande Ourse Montérégie|' +
    'Entraide pour hommes|Entraide pour hommes Vallée-du-Richelieu|Entraide au masculin|' +
    'Ressource pour hommes de la Haute-Yamaska|Ressources pour hommes de la Haute-Yamaska|' +
    "Centre Asperimowin|Centre Victoria pour femmes|Maison Interlude House|Centr'Elles|" +
    "Carrefour des femmes du Sud-Ouest de l'Ontario|CFSOO|Centre Novas|" +
    "Centre Novas-CALACS francophone de Prescott et Russell|CALACS francophone d'Ottawa|" +
    'Villa RenouvEllement|Centre de ressources et de crises familiales Beauséjour|CRCFB|' +
    "Centre de prévention de la violence dans Kent|Centre d'agression sexuelle du Sud-Est|" +
    "Moray Women's Aid|Caithness and Sutherland Women's Aid|CASWA|Inverness Women's Aid|" +
    "Argyll and Bute Women's Aid|Argyll and Bute Rape Crisis|Moray Rape Crisis|" +
    "South Ayrshire Women's Aid|Fife Rape and Sexual Assault Centre|FRASAC|" +
    "Rape and Sexual Abuse Service Highland|RASASH|Clackmannanshire Women's Aid|" +
    "Preston Road Women's Centre|Somerset and Avon Rape and Sexual Abuse Support|SARSAS|" +
    'Rape Crisis East London|Domestic Abuse Safety Unit|' +
    'Community Violence Intervention Center|Baldwin Family Violence Shelter|' +
    'One Place Family Justice Center|Gulf Coast Center for Nonviolence|' +
    'Shafer Center for Crisis Intervention|Mississippi Coalition Against Sexual Assault|' +
    'MSCASA|Fremont County Alliance Against Domestic Violence and Sexual Assault|' +
    'Worland Crisis Prevention and Response Center|Working Against Violence, Inc.|' +
    'South Dakota Coalition Ending Domestic & Sexual Violence|SDCEDSV|' +
    "Women's Center for Advancement|Iowa Coalition Against Sexual Assault|IowaCASA|" +
    'Kentucky Association of Sexual Assault Programs|KASAP|' +
    'Louisiana Foundation Against Sexual Assault|LaFASA|' +
    'Maine Coalition Against Sexual Assault|MECASA|' +
    'Sexual Assault Support Services of Midcoast Maine|' +
    'Sexual Assault Response Services of Southern Maine|' +
    'Nevada Coalition to End Domestic and Sexual Violence|NCEDSV|' +
    'New Mexico Coalition of Sexual Assault Programs|NMCSAP|' +
    'La Piñon Sexual Assault Recovery Services|La Pinon Sexual Assault Recovery Services|' +
    "Abused Women's Aid in Crisis|AWAIC|Emmonak Women's Shelter|" +
    "Alaska Native Women's Resource Center|AKNWRC|Hawaii Coalition Against Sexual Assault|" +
    "HCASA|NewStory Center|Shenandoah Women's Center|" +
    'West Virginia Foundation for Rape Information and Services|WVFRIS|' +
    'Supporters of Abuse Free Environments|Supporters of an Abuse Free Environment|' +
    // r-names11: researchers working from public pages, not from any set (help-names-more.json)
    "North York Women's Shelter|Muskoka Women's Advocacy Group|Parkland Crisis Centre|" +
    'Lloydminster Interval Home Society|Lloydminster Interval Home|' +
    "Medicine Hat Women's Shelter Society|Medicine Hat Women's Shelter|" +
    "Grande Prairie Women's Residence Association|GPWRA|Westman Women's Shelter|" +
    "YWCA Westman Women's Shelter|Genevra House|YWCA Genevra House|" +
    "Women's House Serving Bruce and Grey|Women's House Serving Bruce & Grey|WHSBG|" +
    "The Women's Centre Grey Bruce|Women's Centre Grey Bruce|Violence Prevention Grey Bruce|" +
    'Green Haven Shelter for Women|Herizon House|Durham Rape Crisis Centre|' +
    'Women & Children Precious Shelter|Women and Children Precious Shelter|Nisa Homes|' +
    "Safe Centre of Peel|Women's Place of South Niagara|Women's Place South Niagara|" +
    "Chatham-Kent Women's Centre|PEI Rape and Sexual Assault Centre|" +
    'P.E.I. Rape and Sexual Assault Centre|' +
    'Prince Edward Island Rape and Sexual Assault Centre|PEI Rape & Sexual Assault Centre|' +
    "PEIRSAC|Chief Mary Bernard Memorial Shelter|Chief Mary Bernard Memorial Women's Shelter|" +
    "Selma Onalik Safe House|Hopedale Women's Shelter|Ojibway Women's Lodge|" +
    "Qimaavik Women's Shelter|Qimaavik|Baffin Regional Agvvik Society|YWCA Agvvik Nunavut|" +
    "Agvvik Society|SARA for Women|Women's Resource Society of the Fraser Valley|" +
    "Howe Sound Women's Centre Society|Howe Sound Women's Centre|" +
    "Pearl's Place Transition House|Archway Society for Domestic Peace|" +
    "Vernon Women's Transition House Society|Vernon Women's Transition House|" +
    'Cowichan Women Against Violence Society|Cowichan Women Against Violence|' +
    "Aimee Beaulieu Transition House|Boundary Women's Coalition|" +
    "Boundary Women's Transition House|Northern Society for Domestic Peace|" +
    'Passage Transition House|Domestic Peace Project|Chiwid Transition House|' +
    "Sooke Transition House Society|Sooke Transition House|Ishtar Women's Resource Society|" +
    "Ishtar Transition House|Ishtar Women's Resources Society|" +
    "Cythera Transition House Society|Cythera Transition House|Hope Haven Women's Shelter|" +
    "Mountain Rose Women's Shelter|Clearwater Abuse Prevention Centre|" +
    'Sexual Assault Centre of Edmonton|Calgary Communities Against Sexual Abuse|CCASA|' +
    'YW Sheriff King Home|Sheriff King Home|YWCA Sheriff King Home|' +
    'Sonshine Community Services|Sonshine Centre|Waypoints Community Services Association|' +
    'Fort McMurray Family Crisis Society|Saskatoon Sexual Assault and Information Centre|' +
    'Saskatoon Sexual Assault Centre|Regina and Area Sexual Assault Centre|' +
    "Mi'kmaw Family Healing Centre|Mi'kmaw Family Healing Centres|" +
    "Millbrook Family Healing Centre|Mi'kmaw Family Healing Program|" +
    "Antigonish Women's Resource Centre & Sexual Assault Services Association|" +
    "Antigonish Women's Resource Centre and Sexual Assault Services Association|AWRCSASA|" +
    'Colchester Sexual Assault Centre|Pictou County Opportunity for Men Association|' +
    'Sussex Vale Transition House|Fundy Region Transition House|Cara Transition House|' +
    'Transition House Association of Newfoundland and Labrador|THANL|' +
    'Provincial Association Against Family Violence|' +
    'Newfoundland and Labrador Sexual Assault Crisis and Prevention Centre|' +
    'NL Sexual Assault Crisis and Prevention Centre|NLSACPC|' +
    "St. John's Rape Crisis and Information Centre|Sandgate Women's Shelter|" +
    "Sandgate Women's Shelter of York Region|Sexual Assault Centre Hamilton and Area|" +
    'Sexual Assault Centre of Hamilton and Area|Sexual Assault Centre for Hamilton Area|' +
    "Women's Sexual Assault Centre of Renfrew County|Bernadette McCann House|" +
    'Assault Response and Care Centre|Family Transition Place|' +
    "Optimism Place Women's Shelter and Support Services|Optimism Place|" +
    "Optimism Place Women's Shelter|Domestic Abuse Services Oxford|YWCA Crossroads Shelter|" +
    "Haliburton Emergency Rural SafeSpace|Alderville Women's Shelter|" +
    "Nova Vita Domestic Violence Prevention Services|Haldimand-Norfolk Women's Services|" +
    "Haldimand and Norfolk Women's Services|" +
    'Nahnahda-Wee-ee-Waywin Sioux Lookout Sexual Assault & Counselling Centre|' +
    'Nahnahda-Wee-ee-Waywin|Sioux Lookout Sexual Assault & Counselling Centre|' +
    "Sioux Lookout Sexual Assault and Counselling Centre|First Step Women's Shelter|" +
    'Ganohkwasra Family Assault Support Services|Ganohkwasra|Maplegate House for Women|' +
    "Maplegate House|Maple Gate House for Women|Maplegate House Women's Shelter|" +
    "Elliot Lake Women's Crisis Centre|Maison Baldwin House|Huron Women's Shelter|" +
    "Huron Women's Shelter, Second Stage Housing and Counselling Services|" +
    'Hay River Family Support Centre|Family Support Centre Hay River|Tawow Society|' +
    "Rise Women's Legal Centre|Kate Booth House|Thompson Crisis Centre|" +
    'Battlefords and Area Sexual Assault Centre|BASAC|' +
    'Provincial Association of Transition Houses and Services of Saskatchewan|' +
    "Anduhyaun Shelter|Anduhyaun|Anduhyaun Women's Shelter|Nekenaan Second Stage Housing|" +
    "Minwaashin Lodge|Minwaashin Lodge - Indigenous Women's Support Centre|Oshki Kizis Lodge|" +
    'Atlohsa Family Healing Services|Atlohsa Native Family Healing Services|' +
    "Zhaawanong Shelter|Eagle's Nest Stoney Family Shelter|" +
    "Sucker Creek Women's Emergency Shelter|Sucker Creek Women's Shelter|" +
    'Stepping Stones Crisis Society|Dr. Margaret Savage Crisis Centre|Kerby Rotary Shelter|' +
    'Kerby Centre Rotary Shelter|Kerby Centre elder abuse shelter|Second Stage Safe Haven|' +
    'Kirkina House|Nain Safe House|Faye Peterson Transition House|Faye Peterson House|' +
    "Rainy River District Women's Shelter of Hope|Women's Shelter of Hope|" +
    'Ontario Network of Sexual Assault/Domestic Violence Treatment Centres|' +
    'Ontario Network of Sexual Assault and Domestic Violence Treatment Centres|' +
    'Ontario Network of SA/DV Treatment Centres|' +
    'BC Society for Male Survivors of Sexual Abuse|' +
    'British Columbia Society for Male Survivors of Sexual Abuse|BCSMSSA|' +
    "South Okanagan Victim Assistance Society|SOVAS|North Island Survivors' Healing Society|" +
    "Maison Khadja Nin|Maison d'accueil Khadja Nin|SOS Femmes Vendée|Viffil SOS Femmes|" +
    "Viffil|Maison des femmes d'Auch|Maison des femmes Auch|Maison des femmes de Reims|" +
    'Maison des femmes Reims|Maison des Femmes de Nancy|Maison des femmes Nancy|' +
    'Maison des femmes de Lyon|Maison des femmes Lyon|Maison des femmes Grenoble Alpes|' +
    'Maison des femmes de Grenoble|Maison des femmes Grenoble|' +
    'Maison des Femmes Occitanie Ouest|Maison des femmes de Toulouse|' +
    'Maison des femmes Toulouse|Maison des Femmes de Nanterre|Maison des femmes Nanterre|' +
    'Collectif ReStart Maisons des femmes|Maisons des Femmes ReStart|APIAF|' +
    "Association pour l'initiative autonome des femmes|Maison d'Ella Bordeaux|" +
    "La Maison d'Ella Bordeaux|Maison de Soie Brive|Maison de Soie de Brive|" +
    'Maison des femmes de Dreux|Maison des femmes Dreux|Adavirs|' +
    "Association d'aide aux victimes d'infractions pénales de l'Yonne|" +
    'France Victimes 58 Andavi|Andavi|ARAVIC France Victimes 19|ARAViC|Arravem|' +
    'CPCA Nord Nouvelle-Aquitaine|SOS Violences Conjugales Corrèze|' +
    'SOS violences conjugales Brive|CHRS Solidarelles|Solidarelles|' +
    'Femmes Solidaires Contre la Violence|Femme Solidaires Contre la Violence|Filactions|' +
    'Arélia Nancy|Association Arélia|FIT Une femme un toit|Une femme un toit|' +
    'CHRS Les Universelles|Accueil 9 de Cœur|Accueil 9 de Coeur|Accueil du 9 de cœur|' +
    'Accueil 9 de coeur Lens|Home des Rosati|Le Home des Rosati|foyer des Rosati|' +
    'En voiture Nina et Simon.e.s|Nina et Simon.e.s|Nina et Simones|' +
    "En voiture Nina et Simones|APAFED|Association pour l'accueil des femmes en difficulté|" +
    "Pass R'Elles|Abri Côtier Nice|Espace Femmes Geneviève D.|Femmes Solidarité 91|" +
    'SOS Femmes 93|SOS Victimes 93|Maison des Femmes de Guadeloupe|' +
    'Maison des femmes Guadeloupe|Maison des Femmes de Saint-Martin|' +
    "Maison des femmes Saint-Martin|Casa Donna Ajaccio|Casa Donna d'Ajaccio|ACFAV|" +
    "Association pour la Condition Féminine et l'Aide aux Victimes|ACFAV Mayotte|AAVIP 973|" +
    "Association d'Aide aux Victimes d'Infractions Pénales de Guyane|" +
    'Union des Femmes de Martinique|UFM Martinique|Institut Women Safe & Children|' +
    'Women Safe & Children|Women Safe and Children|Institut Women Safe|' +
    'Maison de protection des familles|Maison de la protection des familles|Adavem|' +
    "Association d'aide aux victimes et à la médiation (Aveyron)|AVIMEJ|" +
    "France Victimes 77 – AVIMEJ|Association d'Aide aux Victimes et Mesures Judiciaires|" +
    "AAVIV|Association d'Aide aux Victimes d'Infractions du Var|SOS Aide aux Habitants|" +
    "SOS Aide aux Habitants France Victimes 67|CHRS Astrolabe|L'Astrolabe Blois|" +
    "CHRS L'Astrolabe|SOS Femmes Accueil 72|Avvif 17|" +
    'Association de victimes de violences intrafamiliales de Charente-Maritime|Avvif|' +
    "Colosse aux pieds d'argile|Association Colosse aux pieds d'argile|Face à l'inceste|" +
    "Association Internationale des Victimes de l'Inceste|" +
    'Mémoire traumatique et victimologie|Association Mémoire Traumatique et Victimologie|' +
    'Maison des femmes du Havre|Maison des femmes Le Havre|Maison de Freyja|Maison Freyja|' +
    'Maison Frejya|Maison des Femmes des Alpes-Maritimes|Maison des femmes Alpes-Maritimes|' +
    'Maison maternelle du Brabant wallon|Stop hommes battus|Association Stop hommes battus|' +
    'Aide Information aux Victimes|AIV Grenoble|Aide aux Victimes 60|AAVVIF|' +
    "Association d'accompagnement des victimes de violences intrafamiliales|" +
    'Maison des Femmes de Fort-de-France|Maison des femmes Fort-de-France|' +
    'Maison des femmes de La Réunion|Maison des femmes La Réunion|Casavia Pitié-Salpêtrière|' +
    'Maison des femmes de la Pitié-Salpêtrière|' +
    "Centre d'accueil en santé sexuelle et de lutte contre les violences|" +
    "Maison des Femmes de l'AP-HP|Maison des femmes de l'Hôtel-Dieu|Maison des femmes AP-HP|" +
    'Maison des femmes de Bichat|Maison des femmes Bichat|' +
    "Maison des femmes de l'hôpital Bichat|Maison des femmes de l'hôpital Bicêtre|" +
    'Maison des femmes Bicêtre|Maison des femmes de Bicêtre|SOS Femmes Accueil|' +
    'SOS Femmes Accueil Saint-Dizier|SOS Femmes Accueil Haute-Marne|Femmes répit|' +
    'Association Femmes répit|Via Femina Fama|Association Via Femina Fama|' +
    "Transition'Elles Aubignan|Vivre Femmes Aubignan|CHRS Louise Michel Cherbourg|" +
    'CHRS Louise Michel de Cherbourg|Les Tamaris asbl|ASBL Les Tamaris|La Consoude Tournai|' +
    "Maison d'accueil La Consoude|Espace Delphine Béziers|Espace Delphine du CH de Béziers|" +
    'Femmes en Très Grand Danger|Dispositif Femmes en Très Grand Danger|CALACS de Longueuil|' +
    'Le Séjour Marie-Fitzbach|Séjour Marie-Fitzbach|Le Séjour Marie Fitzbach|' +
    'Séjour Marie Fitzbach|CALACS Assaut sexuel secours|Assaut sexuel secours|' +
    "CALACS L'Étoile du Nord|Maison La Volte-Face|Maison d'hébergement La Nacelle|" +
    'Appartements Dalauze|Inter-Val 1175|Halte-Femmes Montréal-Nord|' +
    "La Passe-R-Elle des Hautes-Laurentides|La Passe-R-Elle|Passe-R-Elle|Regroup'elles|" +
    "Maison d'hébergement La Clé sur la porte|L'Autre-Toit du KRTB|Autre-Toit du KRTB|" +
    'CALACS La Bôme-Gaspésie|CALACS La Bôme Gaspésie|CALACS La Bôme|' +
    'CALACS Chaudière-Appalaches|CALACS du Témiscamingue|' +
    "Centre d'intervention en abus sexuels pour la famille|CIASF|Maison Mikana|SAPPACA|" +
    "Service d'aide pour les personnes ayant des comportements agressants|" +
    "Le Seuil de l'Estrie|Seuil de l'Estrie|Trajectoires Hommes du KRTB|" +
    "Impact Rivière Gatineau|Groupe d'aide aux personnes impulsives|Carrefour pour Elle|" +
    'Maison Laurence Jalbert|La Rose des Vents de Drummond|Rose des Vents de Drummond|' +
    "CALACS Trêve pour Elles|Trêve pour Elles|CALACS de l'Ouest-de-l'Île|" +
    "CALACS de l'Ouest de l'Île|Réseau des maisons d'hébergement autochtones|" +
    'Ashpukun Mitshuap|Foyer pour femmes autochtones de Montréal|Maison Mirépi|Mirépi|' +
    'CALACS de Châteauguay|CALACS des Rivières|Maison Anita-Lebel|Maison Anita Lebel|' +
    "Centre d'aide et de lutte contre les agressions sexuelles de l'Outaouais|" +
    "CALAS Outaouais|Piipiichaau Uchishtuun|Robin's Nest Women's Shelter|" +
    "Piipiichaau Uchishtuun Women's Shelter|Pipiichaau Uchishtuun|Transit Secours|" +
    'Centre de crises familiales Beauséjour|Oasis Centre des femmes|' +
    "Centre Passerelle pour femmes du Nord de l'Ontario|Centre Passerelle de Timmins|" +
    "Independent Domestic Abuse Services|York Women's Aid|Meath Women's Refuge|" +
    "Mayo Women's Refuge and Support Services|Bray Women's Refuge|Wexford Women's Refuge|" +
    'Wexford Rape Crisis Centre|Offaly Domestic Violence Support Service|ODVSS|' +
    "Cardiff Women's Aid|Tearmann Domestic Violence Services|" +
    'Tearmann Domestic Violence Service|Tearmann DVS|' +
    "Donegal Women's Domestic Violence Service|DWDVS|Donegal Domestic Violence Service|" +
    "Amber Women's Refuge|Carlow Women's Aid|Domestic Violence Advocacy Service|" +
    "Cuan Saor Women's Refuge|Cuan Saor Refuge|Esker House Women's Refuge|" +
    'Esker House Domestic Abuse Support Service|Esker House Refuge|Modh Eile House|' +
    'COPE Galway Waterside House|Laois Domestic Abuse Service|Wearside Women in Need|' +
    "Washington Women in Need|Manchester Women's Aid|" +
    "Pankhurst Trust (incorporating Manchester Women's Aid)|Halo Project Charity|" +
    "Black Country Women's Aid|Sandwell Women's Aid|Birmingham and Solihull Women's Aid|" +
    'Threshold DAS|Calan DVS|West Wales Domestic Abuse Service|Bawso|Hafan Cymru|' +
    "Women's Aid Monmouthshire|Cyfannol Women's Aid|Safer Wales Dyn Project|" +
    "Swindon Women's Aid|Women's Aid Orkney|Shetland Women's Aid|Women's Aid Shetland|" +
    "Perthshire Women's Aid|Angus Women's Aid|Clydebank Women's Aid|" +
    "Women's Aid South Lanarkshire|Women's Aid East and Midlothian|" +
    "East and Midlothian Women's Aid|Lochaber Women's Aid|Ross-shire Women's Aid|" +
    "Ross-shire, Skye and Lochalsh Women's Aid|Skye and Lochalsh Women's Aid|" +
    "Caledonian Men's Programme|North Ayrshire Women's Aid|" +
    "Renfrewshire Women's Aid|East Dunbartonshire Women's Aid|Dumbarton District Women's Aid|" +
    "Abused Men in Scotland|Causeway and Mid Ulster Women's Aid|" +
    "Causeway Coast and Mid Ulster Women's Aid|Causeway Women's Aid|Mid Ulster Women's Aid|" +
    "Women's Aid ABCLN|Women's Aid Antrim, Ballymena, Carrickfergus, Larne and Newtownabbey|" +
    "Cithrah Foundation|Cithrâh Foundation|Men's Advisory Project NI|Men's Advisory Project|" +
    "Women's Aid Armagh Down|Armagh Down Women's Aid|Women's Aid ArmaghDown|" +
    'Amen Support Services|Oasis Domestic Abuse Service|East Surrey Domestic Abuse Service|' +
    "East Surrey Domestic Abuse Services|Surrey Women's Aid|Lighthouse Women's Aid|" +
    "Ipswich Women's Aid|Leeway Domestic Violence and Abuse Services|Dawn's New Horizon|" +
    "Berkshire Women's Aid|Kaleidoscopic UK|Gloucestershire Domestic Abuse Support Service|" +
    "Splitz Support Service|Splitz Devon|Stop Abuse For Everyone|Exeter Women's Aid|" +
    "Plymouth Domestic Abuse Services|Norda House|Women's Aid Leicestershire|" +
    "Northumberland Domestic Abuse Services|Newcastle Women's Aid|" +
    'Trafford Domestic Abuse Services|Trafford Domestic Abuse Service|' +
    "Stockport Without Abuse|Salford Women's Aid|Wirral Women and Children's Aid|" +
    "Domestic Violence Services Keighley|South Yorkshire Women's Aid|Doncaster Women's Aid|" +
    "Fylde Coast Women's Aid|Kiran Support Services|Ashiana Network|" +
    "Latin American Women's Aid|Standing Together Against Domestic Abuse|" +
    'Standing Together Against Domestic Violence|Domestic Violence Intervention Project|' +
    "Angelou Partnership|West Mercia Women's Aid|Coventry Haven Women's Aid|" +
    "The Haven Wolverhampton|Bath Women's Aid|Roscommon Safe Link|" +
    'North Cork Domestic Violence Project|EDAN Lincs|Ending Domestic Abuse Now Lincolnshire|' +
    "End Domestic Abuse Now Lincolnshire|Lincoln Women's Aid|Boston Women's Aid|" +
    "Peterborough Women's Aid|WORTH Domestic Abuse Service|" +
    'WORTH Specialist Domestic Abuse Service|Domestic Abuse Volunteer Support Services|' +
    "Domestic Violence Response Galway|Fife Women's Aid|Border Women's Aid|" +
    "Hawick Women's Aid|Wigtownshire Women's Aid|Swansea Women's Aid|" +
    'Sexual Assault Center of Northwest Georgia|SACNWGA|' +
    'Sexual Assault Victims Advocacy Center|Connie Smith Rape Crisis Center|' +
    "Combined Women's Refuge Group|Combined Women's Refuge Group SE QLD|" +
    'Alliance Against Family Violence|Kansas Coalition Against Sexual and Domestic Violence|' +
    'KCSDV|Options Domestic and Sexual Violence Services|Rose Brooks Center|' +
    "Centre for Non-Violence|Center for Non-Violence|Waiariki Women's Refuge|" +
    "Nelson Women's Refuge|National Collective of Independent Women's Refuges|NCIWR|" +
    'Domestic Abuse Resistance Team|Iris Domestic Violence Center|' +
    'Louisiana Coalition Against Domestic Violence|LCADV|New Orleans Family Justice Center|' +
    'Te Ohaakii a Hine – National Network Ending Sexual Violence Together|TOAH-NNEST|' +
    'Te Ohaakii a Hine|National Network Ending Sexual Violence Together|' +
    'National Collective of Rape Crisis and Related Groups of Aotearoa|Bibimbiya Jan-ga Buru|' +
    'Broome Family and Domestic Violence One Stop Hub|Mara Pirni Hub|Mara Pirni|' +
    'Clyde and Ethel Dickson Domestic Violence Shelter|Clyde and Ethel Dickson Shelter|' +
    'Center for Domestic Peace|C4DP|REACH of Macon County|' +
    'North Carolina Coalition Against Domestic Violence|NCCADV|Gateway Horizons Shelter|' +
    "Yarredi Services|Yarredi|Launceston Women's Shelter|Knoxville Family Justice Center|" +
    'Family Safety Center of Memphis and Shelby County|Memphis Family Safety Center|' +
    "Family Justice Resource Center of Washington County|Clackamas Women's Services|" +
    "West Women's and Children's Shelter|" +
    "West Women's and Children's Domestic Violence Shelter|Turning Point of Lehigh Valley|" +
    "Alle-Kiski Area HOPE Center|Womansplace|Centre County Women's Resource Center|" +
    'Pennsylvania Coalition Against Domestic Violence|PCADV|' +
    'Pennsylvania Coalition Against Rape|PCAR|' +
    'Domestic Violence Intervention of Lebanon County|District Alliance for Safe Housing|' +
    'DC Coalition Against Domestic Violence|DCCADV|Umbrella Center for Domestic Violence|' +
    'Center for Safety & Change|Center for Safety and Change|Advocate Safehouse Project|' +
    "Advocate Safehouse|Advocates for Victims of Assault|Doris Women's Refuge|" +
    'Crisis Center of West Texas|Louise Wood Angel House|' +
    "Te Whakaruruhau Māori Women's Refuge|Te Whakaruruhau|" +
    "Te Whare Hauora Ōtautahi Women's Refuge|Te Whare Hauora Otautahi Women's Refuge|" +
    'Bolton Refuge House|Household Abuse Victims Emergency Network|' +
    "North Queensland Combined Women's Services|NQCWS|" +
    'North Queensland Domestic Violence Resource Service|' +
    "North Queensland Women's Legal Service|NQWLS|Emerge Center Against Domestic Abuse|" +
    'Tohdenasshai Shelter Home|Tohdenasshai Committee Against Family Abuse|' +
    "Amá dóó Alchini Bighan|Ama doo Alchini Bighan|Women's and Children's Alliance|" +
    'Advocates Against Family Violence|Elmore County Domestic Violence Council|' +
    'New Horizons Crisis Center|Crossroads Harbor Domestic Violence Shelter|GreenHouse17|' +
    'Kentucky Coalition Against Domestic Violence|KCADV|Prevail of Central Indiana|' +
    'Family Justice Center of St. Joseph County|Indiana Coalition Against Domestic Violence|' +
    'ICADV|Donald W. Reynolds Crisis Intervention Center|' +
    'Arkansas Coalition Against Domestic Violence|ACADV|' +
    'Virginia Sexual and Domestic Violence Action Alliance|' +
    'South Carolina Coalition Against Domestic Violence and Sexual Assault|SCCADVASA|' +
    'Te Whare o Ngā Tumanako|Te Whare o Nga Tumanako|Eastern Refuge Society|' +
    'Marjaree Mason Center|Safe Homes of Orange County|' +
    'New York State Coalition Against Domestic Violence|NYSCADV|' +
    'Florida Coalition Against Domestic Violence|FCADV|' +
    "Florida Council Against Sexual Violence|FCASV|Tundra Women's Coalition|" +
    'Aiding Women in Abuse and Rape Emergencies|' +
    'Alaska Network on Domestic Violence and Sexual Assault|ANDVSA|' +
    'Hawaii State Coalition Against Domestic Violence|HSCADV|Domestic Violence Action Center|' +
    'Iowa Coalition Against Domestic Violence|Patricia Giles Centre|' +
    "Annie North Women's Refuge|Annie North Women's Refuge and Domestic Violence Service|" +
    'Suncoast Cooloola Outreach Prevention and Education|' +
    "Domestic Violence Prevention Centre Gold Coast|Tangentyere Women's Family Safety Group|" +
    "Jersey Battered Women's Service|JBWS|Shelter Our Sisters|Strengthen Our Sisters|" +
    'Coalition Against Rape and Abuse|Rachel Coalition|Partners for Women and Justice|' +
    'New Jersey Coalition for Battered Women|NJ Coalition for Battered Women|' +
    'New Jersey Coalition Against Sexual Assault|NJCASA|Mid-Shore Council on Family Violence|' +
    'Maryland Network Against Domestic Violence|MNADV|Crisis Center of Central New Hampshire|' +
    'New Hampshire Coalition Against Domestic and Sexual Violence|NHCADSV|' +
    'Hope & Justice Project|Hope and Justice Project|' +
    'Maine Coalition to End Domestic Violence|MCEDV|' +
    'Missouri Coalition Against Domestic and Sexual Violence|MCADSV|' +
    'Safe House of Southeast Missouri|Gandhi Nivas|Nunga Mi:Minar|' +
    'Ballarat Centre Against Sexual Assault|Ballarat CASA|' +
    'Gippsland Centre Against Sexual Assault|Gippsland CASA|' +
    'Loddon Campaspe Centre Against Sexual Assault|Loddon Campaspe CASA|' +
    'Victorian Centres Against Sexual Assault Forum|CASA Forum|Womanshelter/Compañeras|' +
    'Womanshelter Companeras|New England Learning Center for Women in Transition|NELCWIT|' +
    "Mita Maske Ti Ki|My Sister's Friend's House|Napuha Kha Nii Programs|Napuha Kha Nii|" +
    'Ohio Domestic Violence Network|ODVN|WomenSafe|Safe Homes of Augusta|' +
    'Crisis Line & Safe House of Central Georgia|' +
    'Crisis Line and Safe House of Central Georgia|' +
    'SAFE Shelter Center for Domestic Violence Services|' +
    "Women's Resource Center to End Domestic Violence|WRCEDV|Parramatta Women's Shelter|" +
    "Women's and Girls' Emergency Centre|WAGEC|" +
    // Round r-names12: researchers working from public pages, not from any set (help-names-more.json)
    'Wichita Family Crisis Center|Abbie Shelter|The Abbie Shelter|' +
    'Cobb County Family Advocacy Center|Hope Center for Family Justice|' +
    'Selma and Blackbelt Regional Abuse Sanctuary|' +
    'Selma and Black Belt Regional Abuse Sanctuary|Auglaize County Crisis Center|' +
    'Barbara Kettle Gundlach Shelter|Barbara Kettle Gundlach Shelter Home|' +
    'Alliance Against Violence and Abuse|Baraga County Shelter Home|' +
    'Diane Peppler Resource Center|Violence Free Minnesota|New Horizons Outreach and Shelter|' +
    'Cadillac Area OASIS|Cadillac Area O.A.S.I.S.|CHOICES of Manistee County|' +
    "Women's Resource Center of Northern Michigan|" +
    "Women's Resource Center of the Grand Traverse Area|" +
    "Women's Resource Center Grand Traverse Area|YWCA Interim House|Interim House Detroit|" +
    'Project Celebration Inc.|Project Celebration Shreveport|ESCADV|CSVANW|' +
    'Battered Families Services|Wiconi Wawokiya|Wiconi Wawokiya Inc.|' +
    "Safe Harbors of the Finger Lakes|Atlantic County Women's Center|" +
    "Cumberland County Women's Center|Women's Center of Monmouth County|" +
    "Barren River Area Safe Space|Mid-Minnesota Women's Center|" +
    "Northwoods Coalition for Family Safety|Shirley's House of Hope|" +
    "St. Michael's Crisis Shelter|Mattawa Women's Resource Centre|" +
    "Women's Resources of Kawartha Lakes|Kingman Aid to Abused People|" +
    'Illinois Valley Safe House Alliance|Helping Hands Against Violence|' +
    'Rural Iowa Crisis Center|Zorgcentrum na Seksueel Geweld|Zorgcentra na Seksueel Geweld|' +
    "Zorgcentrum na Seksueel Geweld Antwerpen|REMAID|L'îlot femmes|Ilot femmes Périgueux|" +
    'Stop Violences 66|Association Stop Violences 66|CRIAVS|FFCRIAVS|Pause aux filaos|' +
    "Association Pause aux filaos|LAO Pow'Her|LAO Powher|LAO Pow Her|ARFOG-Lafayette|" +
    'ARFOG Lafayette|Libres Terres des Femmes|LTDF Libres Terres des Femmes|' +
    'Toutes des Déesses|Association Toutes des Déesses|Toutes des deesses|CPCA Nord Paca|' +
    'ASSIJES|Association ASSIJES|GUADAV|Foyer Maria Stella|Foyer Maria Stella Bastia|' +
    'Donne di a Corsica|Association Donne di a Corsica|AGAV Guyane|' +
    'Un abri qui sauve des vies|Association Un abri qui sauve des vies|AVRE 76|Althéa Dijon|' +
    'Association Althéa Dijon|Association Victimes Écoute Conseil|' +
    'Association Victimes Ecoute Conseil 63|Association Victime Ecoute Conseil|' +
    'Paroles de Femmes 81|Association Paroles de Femmes 81|Les Affolé-e-s de la Frange|' +
    'Affolé-e-s de la Frange|Les Affolées de la Frange|Une escale du Pays sabolien|' +
    'Association Une escale du Pays sabolien|Paroles de Femmes – Le Relais|' +
    'Paroles de femmes Le Relais|Paroles de Femmes-Le Relais|Maison des Villeparisiennes|' +
    'MEDIAVIPP 91|Médiavipp 91|IDFAV|CAIIP|AGAVIP|AGAVIP-Médiations|SOS Victimes 35|' +
    'Association SOS Victimes 35|ASBL VMF Mons|Réseau Mariage et Migration|' +
    "Home Victor du Pré|Maison d'accueil Victor du Pré|Vertrouwenscentrum Kindermishandeling|" +
    "Vertrouwenscentra Kindermishandeling|Maison d'accueil Jean Bru|Maison Jean Bru|" +
    "Maison Jean-Bru|Maison d'accueil Jean-Bru|Association Docteurs Bru|" +
    'Institut des Orchidées Rouges|Excision parlons-en|' +
    'Alerte Excision|ACJM Normandie|ACJM Coutances|AMAVIP|CAUVA|CAUVA Bordeaux|' +
    "nupraatikerover.be|Nupraatikerover|seksueelgeweld.be|tchat Maintenant j'en parle|" +
    'SOS Enfants Namur|équipe SOS Enfants de Namur|équipes SOS Enfants|Fondation Child Focus|' +
    'Unité Mobile Femmes Victimes|APAVIM|Association APAVIM Pau|Accueil Femmes Solidarité|' +
    'Association Accueil Femmes Solidarité|CRIPHASE|Centre Yvon-Mercier|Centre Yvon Mercier|' +
    "Choix transition action changement|C-TA-C Rimouski|Centre L'Accueil pour Elle|" +
    "Maison Waseya|Miyoskamin|Point d'appui Rouyn-Noranda|Centre d'expertise Marie-Vincent|" +
    'Centre Marie-Vincent|Fondation Marie-Vincent|CIVAS-Estrie|CIVAS Estrie|CIVAS Montérégie|' +
    'CIViS Montérégie|Iethinisten:ha|Iethinistenha|Akwesasne Family Wellness Program|' +
    "Ganohkwa Sra|Comité d'aide aux femmes sourdes de Québec|L'Inter-Elles de Québec|" +
    "L'Inter-Elles|AVIF Châteauguay|Maison de Passage House|Maison Passage House|" +
    'Maison de Passage House Inc.|Passage House Bathurst|Nignen|' +
    "Nga Wahine Tamariki Punanga o Whakatu|Carmarthen DAS|GCCASV|Galiwin'ku Women's Space|" +
    "Galiwinku Women's Space|Whare Timatatanga Hou Ora|Tryphina House|Cornwall Refuge Trust|" +
    'Blackburn & Darwen District without Abuse|Te Whāriki Manawahine o Hauraki|' +
    'Te Whariki Manawahine o Hauraki|Poutu Pasifika|Te Whare Tiaki Wahine|Te Whare Rokiroki|' +
    'Warringu Aboriginal and Torres Strait Islander Corporation|Warringu|Lena Passi Shelter|' +
    'Ngaringga Nguraa Safe House|Ngaringga Nguraa|' +
    "Men's Outreach Service Aboriginal Corporation|QIFVLS|SERICC|Meminar Ngangg Gimba|" +
    "Orana Gunyah|Room4Change|Katherine Women's Information and Legal Service|KWILS|" +
    'Te Korowai Wakaea|Paiakatia Te Riri|West Dorset Refuge|WSSADA|Warra Warra Legal Service|' +
    "Tauawhi Men's Centre|Tauawhi Tairāwhiti Men's Centre|Tauawhi Whare Ahuru|" +
    'Te Whare Tu Wāhine|Te Whare Tu Wahine|Tairāwhiti Men Against Violence|' +
    "Tairawhiti Men Against Violence|Marra'ka Mbarintja|Piliyintinji-ki|" +
    'Piliyintinji-ki Stronger Families|BSARCH|Gawooleng Yawoodeng Aboriginal Corporation|' +
    "Gawooleng Yawoodeng|Marninwarntikura Women's Resource Centre|Marninwarntikura|" +
    'Wāhine Safety Centre|Wahine Safety Centre|Wirrawee Gunya Dharruk|' +
    'DV West Aboriginal Services and Development'
  ).split('|');

/**
 * Directory names and aliases deliberately left out: ordinary words or numbers ("Refuge",
 * "Respect", "911", "police"), names of people, publishers and general organisations. Searching
 * one of them is not, by itself, a sign of looking for help.
 */
export const TOO_ORDINARY_NAMES: readonly string[] = [
  ...[
    'Emergency services (Canada)',
    'Emergency services (United States)',
    'Emergency services (United Kingdom)',
  ],
  ...['Emergency services (Australia)', '911', '999', '000', 'triple zero', 'police', 'ambulance', 'fire'],
  ...['urgence', '988', '9-8-8', 'suicide', 'KHP', '686868', '408-HELP', 'DCGT', 'Gerstein', 'GCC'],
  // French for rape, which the vocabulary reads already; as a name it would add an English instrument
  'viol',
  ...[
    'The Hotline',
    'LOVEIS',
    'RAINN',
    'Refuge',
    'MAL',
    'Respect',
    'shelters',
    'CRJC',
    'restorative justice',
  ],
  ...['Bridges', 'Homeless Hub', 'National Learning Community on Youth Homelessness', 'Making it Better Now'],
  ...['Everyday Feminism', 'Kai Cheng Thom', 'accountability', 'NFF', 'safety planning', 'CI toolkit'],
  ...['transformative justice', 'community accountability', 'Choosing to Change', 'Sara Elinoff Acker'],
  ...['confront a friend', 'The Peak', 'Peak Magazine', 'Beyond Survival', 'Ejeris Dixon'],
  ...['Leah Lakshmi Piepzna-Samarasinha', 'AK Press', 'Innovations in Interventions', 'Tod Augusta-Scott'],
  ...['Katreena Scott', 'Leslie Tutty', 'CBIM', 'Coaches Corner', 'Rainbow Health Ontario', 'RHO'],
  ...['Becoming Ethical', 'Alan Jenkins', 'invitational approach', 'Alan Edwards', 'Jennifer Haslett'],
  ...['James Ptacek', 'Shift', 'Sh!ft', 'primary prevention', 'FUTURES', 'campus', 'Next Gen Men', 'NGM'],
  ...['Next Generation Men', 'healthy masculinity', 'It Starts With You', 'White Ribbon', 'COPA'],
  ...['MANifest Change', 'OFIFC', 'Moosehide', 'A Better Man', 'Un homme meilleur', 'Attiya Khan'],
  ...[
    'Lawrence Jackman',
    'The Representation Project',
    'Jennifer Siebel Newsom',
    'Cynthia Hill',
    'Kit Gruelle',
  ],
  ...['HBO', 'Rehtaeh Parsons', 'Rama Rau', 'cyberbullying', 'NFB', 'ONF', 'National Film Board', 'YDV'],
  ...[
    "That's Not Cool",
    'Thats Not Cool',
    'NPR Life Kit',
    'talking to teens',
    'parents',
    'self-care',
    'coping',
    'CLC',
  ],
  ...['Canadian Labour Congress', 'union', 'workplace'],
  // Emergency and short numbers, general organisations, everyday phrases
  "Services d'urgence (Canada)",
  '9-1-1',
  'Emergency help in Nunavut',
  'Urgences au Nunavut',
  'RCMP',
  'GRC',
  '310-6789',
  '310-1818',
  '211 Saskatchewan',
  '211',
  'United Way 211',
  'Manitoba shelters',
  'MAWS',
  'Klinic',
  'Info-aide',
  '211 New Brunswick',
  '211 Nouveau-Brunswick',
  'NB 211',
  'Iris Kirby',
  "Services d'urgence (États-Unis)",
  "Services d'urgence (Royaume-Uni)",
  '112',
  '55',
  'worried about my behaviour',
  'Samaritans',
  '116 123',
  '0800 1111',
  'Emergency services (Ireland)',
  "Services d'urgence (Irlande)",
  "Men's Development Network",
  "Services d'urgence (Australie)",
  '13 11 14',
  'Mens Line',
  '13 92 76',
  'Emergency services (New Zealand)',
  "Services d'urgence (Nouvelle-Zélande)",
  '111',
  'Shielded Site',
  'Safe to talk',
  '4334',
  'Youthline',
  '234',
  '1737',
  'Emergency services (France)',
  "Numéros d'urgence (France)",
  '17',
  '114',
  'SMS 114',
  '3114',
  'prévention du suicide',
  '119',
  'Emergency services (Belgium)',
  "Numéros d'urgence (Belgique)",
  '101',
  '107',
  'ligne d’écoute',
  // Ordinary words among the later lines' names (line spacing, to rebuild, knocking, moving to Ireland…)
  ...['trans hotline', 'Interligne', 'Rebâtir', 'Rebatir', 'YouthLine'],
  ...['SWRC', 'Hey Bro', 'Ne frappez pas', 'appeler avant de frapper'],
  ...['Manifest Change', 'MOVE Ireland', 'Womens Law'],
];
