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
export const HELP_SEARCH_NAMES: readonly string[] = [
  // Directory resources (names and aliases)
  ...['9-8-8: Suicide Crisis Helpline', 'Suicide Crisis Helpline', 'Talk Suicide Canada'],
  ...["Assaulted Women's Helpline", 'AWHL', 'Assaulted Women Helpline', "Fem'aide", 'Femaide', 'Fem aide'],
  ...["Fem'aide Hotline", '1-877-FEM-AIDE', 'Kids Help Phone', "Jeunesse, J'écoute", 'Jeunesse Jecoute'],
  ...['Distress Centres of Greater Toronto', 'Distress Centres Toronto', 'Distress Centre Toronto'],
  ...['Gerstein Crisis Centre', 'Gerstein Centre', 'National Domestic Violence Hotline', 'NDVH'],
  ...['thehotline.org', '1-800-799-SAFE', 'Domestic Violence Hotline', 'loveisrespect', 'Love is Respect'],
  ...['loveisrespect.org', 'National Teen Dating Abuse Helpline', 'RAINN National Sexual Assault Hotline'],
  ...['National Sexual Assault Hotline', '1-800-656-HOPE', 'sexual assault', '988 Suicide & Crisis Lifeline'],
  ...['National Suicide Prevention Lifeline', 'National Domestic Abuse Helpline', 'NDAH'],
  ...['National Domestic Violence Helpline', 'domestic abuse helpline', "Men's Advice Line", '1800RESPECT'],
  ...['1800 RESPECT', 'National Domestic, Family and Sexual Violence Counselling Service', 'Shelter Safe'],
  ...['ShelterSafe', 'sheltersafe.ca', "Women's Shelters Canada", 'transition houses'],
  ...["Ontario Women's Justice Network", 'OWJN', 'METRAC', 'Canadian Restorative Justice Consortium'],
  ...['Bridges Institute', 'Bridges Truro', 'Making LGBTQ2S shelter spaces safe, inclusive and affirming'],
  ...['LGBTQ2S shelters', 'trans inclusive shelters', 'LGBTQ2S Toolkit: Making it Better Now'],
  ...[
    'LGBTQ2S toolkit',
    "9 ways to be accountable when you've been abusive",
    'Neighbours, Friends and Families',
  ],
  ...[
    'Creative Interventions Toolkit: A Practical Guide to Stop Interpersonal Violence',
    'Creative Interventions',
  ],
  ...[
    'Choosing to Change: A Handbook for Men Concerned About their Abusive Behaviours Toward Those They Love',
  ],
  ...["Calgary Women's Emergency Shelter", "Calgary Women's Shelter", 'Unclenching Our Fists'],
  ...['Unclenching Our Fists: Abusive Men on the Journey to Non-Violence'],
  ...[
    "6 ways to confront your friend who's abusing their partner",
    'The Peak Magazine, Transformative Justice issue',
  ],
  ...['Beyond Survival: Strategies and Stories from the Transformative Justice Movement'],
  ...['Innovations in Interventions to Address Intimate Partner Violence: Research and Practice'],
  ...['Coaching Boys Into Men Toolkit', 'Coaching Boys Into Men', 'Futures Without Violence'],
  ...[
    'Evidence Brief: Intimate Partner Violence in LGBTQ Communities',
    'LGBTQ IPV',
    'queer relationship violence',
  ],
  ...['Becoming Ethical: A Parallel, Political Journey with Men Who Have Abused'],
  ...['Domestic Violence and Restorative Justice: Advancing the Dialogue'],
  ...['Restorative Justice and Violence Against Women', 'Domestic violence e-library (Shift)'],
  ...['Shift: The Project to End Domestic Violence', 'Futures Without Violence: Campus Leadership Program'],
  ...['It Starts With You. It Stays With Him.', 'White Ribbon Campaign', 'OCTEVAW'],
  ...['Kizhaay Anishinaabe Niin (I Am A Kind Man)', 'I Am A Kind Man', 'Kizhaay', 'Moose Hide Campaign'],
  ...['Moosehide Campaign', 'moose hide pin', 'The Mask You Live In', 'Mask You Live In', 'Private Violence'],
  ...[
    'No Place to Hide: The Rehtaeh Parsons Story',
    'National Film Board collection on violence against women',
  ],
  ...['gender-based violence films', 'PREVNet: Addressing Youth Dating Violence', 'PREVNet'],
  ...[
    'youth dating violence',
    'thatsnotcool.com',
    'digital dating abuse',
    'Teen Digital Dating Violence Toolkit',
  ],
  ...['BCSTH', 'BC Society of Transition Houses', 'digital dating violence', 'teen dating abuse'],
  ...["Abusive Relationships are Common for Teens. Here's How to Help"],
  ...[
    'How to Talk to Teens About Dating Violence',
    'Coping and Self-Care guide (Crisis Centre)',
    'Crisis Centre',
  ],
  ...['Domestic Violence at Work resource centre', 'Assaulted Womens Helpline', 'Mens Advice Line'],
  ...['Ontario Womens Justice Network'],
  // Well-known services in the regions Waypoint serves (names distinct enough to stand alone)
  ...[
    'Interval House',
    "Women's Habitat",
    'Battered Women’s Support Services',
    'WAVAW',
    'Ending Violence Association',
  ],
  ...[
    'SOS violence conjugale',
    'Info-aide violence sexuelle',
    'Tel-jeunes',
    'SOS Femmes',
    'Violences Femmes Info',
  ],
  ...['3919', 'Arrêtons les violences', 'Solidarité Femmes', 'France Victimes', 'CIDFF', 'En avant toute(s)'],
  ...['Écoute violences conjugales', 'SOS Viol', 'CVFE', 'Safe Horizon', 'NCADV', 'NNEDV'],
  ...['StrongHearts Native Helpline', 'DVConnect', 'Full Stop Australia', 'No to Violence', 'Kids Helpline'],
  ...["Women's Legal Service", "Women's Refuge", 'SafeLives', 'Karma Nirvana', 'Southall Black Sisters'],
  ...['Live Fear Free', 'Victim Support', 'Rape Crisis', 'The Survivors Trust', 'Lucy Faithfull Foundation'],
  ...[
    'Suzy Lamplugh Trust',
    'NAPAC',
    'Safe Ireland',
    "Men's Aid",
    'Respect Phoneline',
    "Scottish Women's Aid",
  ],
  ...[
    "Welsh Women's Aid",
    'MensLine Australia',
    'Kamatsiaqtut',
    'Transition House Association of Nova Scotia',
  ],
];

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
];
