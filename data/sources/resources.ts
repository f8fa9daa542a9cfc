/**
 * Where every fact in the directory was checked: public page addresses, keyed by resource id.
 *
 * NOT SHIPPED. Only tests read this file; no entrypoint imports it, so the build never bundles
 * it. The shipped data (`data/directory/`, `data/resources.ts`) holds only what the interface
 * shows.
 *
 * `covers` lists what a page supports, using the stored values so tests can match them:
 * - each phone, text or TTY `number` exactly as stored (`+18668630511`, `988`, `1800737732`);
 * - `keyword:<WORD>` for a text keyword (`keyword:CONNECT`);
 * - `website`, `chat`, `hours` (a 24/7 claim or the stated hours), `languages`, `name`, `by`,
 *   `cost`, `regions` (where the line works), `description` (what the line or item is for).
 *
 * `seed:001` stands for the seed article's Resource List. It is used only for facts that come
 * from the seed alone.
 */

export interface SourceRef {
  /** A public https address, or `seed:001`. */
  url: string;
  /** What the page supports (see above). */
  covers: string[];
}

/** The govt.nz page on domestic and family violence (New Zealand lines). */
const GOVT_NZ_FV =
  'https://www.govt.nz/browse/law-crime-and-justice/abuse-harassment-domestic-violence/domestic-and-family-violence/';

export const RESOURCE_SOURCES: Record<string, SourceRef[]> = {
  // ── Canada: national ────────────────────────────────────────────────────────────────────
  'emergency-ca': [
    {
      url: 'https://www1.brampton.ca/EN/residents/Emergency-Management/Pages/About-911.aspx',
      covers: ['911', 'hours'],
    },
    {
      url: 'https://nunatsiaq.com/stories/article/next-generation-9-1-1-service-not-coming-to-nunavut-any-time-soon/',
      covers: ['regions'],
    },
    {
      url: 'https://www.nunavutnews.com/news/mla-renews-call-for-911-emergency-service-in-nunavut-8080264',
      covers: ['regions', 'description'],
    },
    {
      url: 'https://www.rcinet.ca/en/2019/11/05/northwest-territories-now-has-911-for-emergency-calls',
      covers: ['regions'],
    },
  ],
  'emergency-ca-nu': [
    {
      url: 'https://www.nunavutnews.com/news/mla-renews-call-for-911-emergency-service-in-nunavut-8080264',
      covers: ['regions', 'description'],
    },
    {
      url: 'https://nunatsiaq.com/stories/article/next-generation-9-1-1-service-not-coming-to-nunavut-any-time-soon/',
      covers: ['regions'],
    },
    {
      url: 'https://www.thestar.com/news/canada/2022/03/24/iqaluit-council-discusses-possibility-of-911-line.html',
      covers: ['regions', 'description'],
    },
  ],
  'ca-988': [
    {
      url: 'https://www.newswire.ca/news-releases/government-of-canada-launches-three-digit-suicide-crisis-helpline-896472116.html',
      covers: ['988', 'hours', 'languages', 'name'],
    },
    { url: 'https://sccops.ca/9-8-8-suicide-crisis-helpline', covers: ['988', 'hours'] },
    {
      url: 'https://mobilesyrup.com/2023/11/30/federal-government-launches-9-8-8-suicide-crisis-helpline/',
      covers: ['988'],
    },
    { url: 'https://cmhasaskatoon.ca/9-8-8/', covers: ['website'] },
    {
      url: 'https://connectfm.ca/news/post/988-suicide-crisis-helpline-launches-across-canada',
      covers: ['name', 'cost'],
    },
  ],
  'kids-help-phone': [
    {
      url: 'https://kidshelpphone.ca/text-about-it/',
      covers: ['686868', 'keyword:CONNECT', 'hours', 'website', 'cost'],
    },
    {
      url: 'https://kidshelpphone.ca/get-involved/about-us/who-is-kids-help-phone/',
      covers: ['hours', 'languages'],
    },
    {
      url: 'https://www.cbc.ca/news/health/mental-health-crisis-text-kids-help-phone-1.4894118',
      covers: ['686868'],
    },
    {
      url: 'https://www.maplenow.ca/fr/site/kids-help-phone',
      covers: ['+18006686868', '686868', 'keyword:CONNECT', 'hours', 'languages', 'name'],
    },
    { url: 'https://jeunessejecoute.ca/nos-services', covers: ['hours', 'name'] },
    { url: 'seed:001', covers: ['+18006686868', '686868', 'keyword:CONNECT'] },
  ],
  'hope-for-wellness': [
    {
      url: 'https://www.hpechildrenandyouth.ca/2016/10/government-of-canada-announces-mental-wellness-help-line-for-indigenous-peoples/',
      covers: ['+18552423310', 'hours', 'name'],
    },
    {
      url: 'https://cichprofile.ca/module/7/section/4/page/health-promotion-and-prevention-link-to-government-services',
      covers: ['+18552423310', 'languages', 'website'],
    },
    {
      url: 'https://www.rcinet.ca/en/2018/05/08/canada-aboriginal-mental-health-line/',
      covers: ['+18552423310', 'hours', 'languages'],
    },
  ],

  'ca-trans-lifeline': [
    {
      url: 'https://en.wikipedia.org/wiki/Trans_Lifeline',
      covers: ['+18773306366', 'name', 'description', 'regions'],
    },
    {
      url: 'https://www.optimistdaily.com/2021/06/americas-first-transgender-suicide-hotline-is-up-and-running/',
      covers: ['+18773306366', 'description'],
    },
    {
      url: 'https://genzstyle.uk/lgbtq/false-claim-of-canadian-hotline-for-lgbtq-americans-spreads/',
      covers: ['+18773306366', 'name'],
    },
  ],

  // ── British Columbia ────────────────────────────────────────────────────────────────────
  'bc-victimlinkbc': [
    {
      url: 'https://news.gov.bc.ca/releases/2016PSSG0111-000923',
      covers: ['+18005630808', 'hours', 'languages', 'name', 'cost'],
    },
    { url: 'https://www.policevictimservices.bc.ca/need-help/', covers: ['+18005630808', 'description'] },
    // Serves Yukon too: a BC government page and a Yukon government release agree.
    {
      url: 'https://www2.gov.bc.ca/gov/content/justice/criminal-justice/bcs-criminal-justice-system/understanding-criminal-justice/key-parts/victim-services',
      covers: ['+18005630808', 'hours', 'regions', 'languages'],
    },
    {
      url: 'https://bac-lac.wayback.archive-it.org/web/20080206184037/http://www.gov.yk.ca/news/2007/07-055.html',
      covers: ['hours', 'regions', 'description'],
    },
  ],
  'bc-crisis-centre': [
    {
      url: 'https://crisiscentre.bc.ca/crisis-lines-over-the-holiday-season/',
      covers: ['+18007842433', '3106789', 'hours', 'website', 'name'],
    },
  ],

  // ── Alberta ─────────────────────────────────────────────────────────────────────────────
  'ab-family-violence-info-line': [
    {
      url: 'https://www.alberta.ca/release.cfm?xID=8492004BE91D6-04CD-E416-524BF9B9C42C8695',
      covers: ['3101818', 'hours', 'languages', 'name'],
    },
    { url: 'https://alberta.ca/family-violence-how-help', covers: ['3101818', 'hours'] },
    { url: 'https://www.lawsociety.ab.ca/family-violence-prevention-month/', covers: ['3101818'] },
  ],
  'ab-calgary-family-violence-helpline': [
    {
      url: 'https://www.calgarywomensshelter.com/learn/understanding-abuse/abusers-have-a-choice',
      covers: ['+14032347233', 'hours', 'website', 'name'],
    },
  ],
  'ab-one-line-sexual-violence': [
    {
      url: 'https://www.stettlerindependent.com/news/province-launches-one-line-for-those-dealing-with-sexual-violence/',
      covers: ['+18664038000', 'name', 'description'],
    },
    {
      url: 'https://www.bonnyvillenouvelle.ca/article/dragonfly-centre-marks-launch-of-one-line-20190509',
      covers: ['+18664038000', 'languages', 'cost', 'description'],
    },
    {
      url: 'https://globalnews.ca/news/5244973/alberta-one-line-text-chat-sexual-assault-services/',
      covers: ['name', 'description'],
    },
    { url: 'https://www.lfsfamily.ca/info/release.php?view=210', covers: ['name', 'description'] },
  ],

  // ── Saskatchewan ────────────────────────────────────────────────────────────────────────
  'sk-211': [
    {
      url: 'https://cjme.com/2024/01/24/sask-supports-united-way-services-for-victims-of-violence-abuse',
      covers: ['211', 'hours', 'description'],
    },
    {
      url: 'https://www.prairiepost.com/saskatchewan/211-saskatchewan-helps-people-to-connect-to-services/article_b4f9e1e4-7457-11ea-9303-8f13739a9072.html',
      covers: ['211', 'hours', 'languages', 'cost'],
    },
  ],

  // ── Manitoba ────────────────────────────────────────────────────────────────────────────
  'mb-family-violence-line': [
    {
      url: 'https://www.gov.mb.ca/msw/fvpp/support.html',
      covers: ['+18779770007', '+12047925302', '+12048056682', 'hours', 'cost'],
    },
    { url: 'https://www.gov.mb.ca/familylaw/safety/contacting-police.html', covers: ['+18779770007'] },
    { url: 'https://maws.mb.ca/news/shelters-and-covid-19/', covers: ['+18779770007', 'hours', 'name'] },
  ],
  'mb-sexual-assault-crisis-line': [
    { url: 'https://klinic.mb.ca/sexual-assault-crisis-program-sacp-winnipeg/', covers: ['website', 'name'] },
    {
      url: 'https://www.winnipeg.ca/police/crime-prevention/sexual-assault',
      covers: ['+12047868631', 'hours', 'name'],
    },
    {
      url: 'https://globalnews.ca/news/10450611/manitoba-sexual-violence-response-strategy/',
      covers: ['+12047868631', 'regions'],
    },
  ],

  // ── Ontario ─────────────────────────────────────────────────────────────────────────────
  'assaulted-womens-helpline': [
    // The numbers come from the seed only (independent community lists agree); see the report.
    { url: 'seed:001', covers: ['+18668630511', '+18668637868', 'name'] },
    { url: 'https://www.awhl.org/covid-19', covers: ['hours', 'website'] },
    {
      url: 'https://issuu.com/globalheroes/docs/0224-ghn_-_global_heroes_february/s/43803163',
      covers: ['hours', 'languages', 'description'],
    },
    { url: 'https://cupe.on.ca/help/', covers: ['hours', 'cost', 'description'] },
  ],
  femaide: [
    {
      url: 'https://ontario400.ca/400jours/lunique-ligne-decoute-francophone-destinee-aux-femmes-ontariennes-touchees-par-la-violence/',
      covers: ['+18773362433', 'name', 'languages'],
    },
    { url: 'https://l-express.ca/oasis-une-hausse-de-36-dappels-de-femmes-en-detresse', covers: ['hours'] },
    { url: 'seed:001', covers: ['+18773362433', 'cost'] },
  ],
  'on-talk4healing': [
    { url: 'https://cupe.on.ca/help/', covers: ['+18555544325', 'languages', 'name'] },
    {
      url: 'https://www.ontario.ca/document/mccss-service-objectives-community-services/services-delivered-vaw-provincial-crisis-lines',
      covers: ['hours', 'languages', 'description'],
    },
    {
      url: 'https://ici.radio-canada.ca/nouvelle/1130701/ligne-telephone-femmes-autochtones-ontario-talk4healing',
      covers: ['name'],
    },
    {
      url: 'https://www.ontarioaboriginalhousing.ca/news/crisis-helpline-for-indigenous-women-to-expand-across-province',
      covers: ['hours', 'languages'],
    },
  ],
  'distress-centres-toronto': [
    {
      url: 'https://www.torontodistresscentre.com/408-help-line',
      covers: ['+14164084357', 'hours', 'website', 'name'],
    },
    { url: 'https://www.torontodistresscentre.com/our-organization', covers: ['+14164084357', 'hours'] },
    {
      url: 'https://torontodistresscentre.com/about-us/distress-centres-glance',
      covers: ['hours', 'regions'],
    },
  ],
  'gerstein-crisis-centre': [
    // The number comes from the seed only (community lists agree); see the report.
    { url: 'seed:001', covers: ['+14169295200', 'name'] },
    {
      url: 'https://www.eenet.ca/resource/promising-practice-gerstein-crisis-centre-mobile-crisis-team',
      covers: ['hours', 'description'],
    },
    {
      url: 'https://gersteincentre.org/our-crisis-services/911-crisis-call-diversion-pilot',
      covers: ['website'],
    },
    { url: 'https://tpsnews.ca/stories/2021/11/9-1-1-call-diversion-project/', covers: ['description'] },
  ],

  'on-lgbt-youthline': [
    {
      url: 'https://www.youthline.ca/news/service-closed-today-mar-17th-2020/',
      covers: ['website', 'name', 'description', 'regions'],
    },
    {
      url: 'https://www.youthline.ca/news/changes-to-lgbt-youthlines-helpline-phone-hours/',
      covers: ['website', 'description'],
    },
    {
      url: 'https://www.youthline.ca/news/re-affirming-our-commitment-to-2slgbtq-youth/',
      covers: ['description'],
    },
    {
      url: 'https://inmagazine.ca/2024/05/ontarios-lgbt-youthline-marks-historic-30th-anniversary/',
      covers: ['name', 'description', 'regions'],
    },
  ],

  // ── Québec ──────────────────────────────────────────────────────────────────────────────
  'qc-sos-violence-conjugale': [
    {
      url: 'https://www.sosviolenceconjugale.ca/?page_id=2701',
      covers: ['+18003639010', 'hours', 'languages', 'website', 'name', 'cost'],
    },
    {
      url: 'https://www.accueil-pourelle.org/documentation/sos-violence-conjugale/',
      covers: ['+18003639010', 'hours', 'description'],
    },
  ],
  'qc-info-aide-violence-sexuelle': [
    {
      url: 'https://www.lapresse.ca/actualites/justice-et-faits-divers/201004/16/01-4271198-une-ligne-telephonique-pour-les-victimes-dagression-sexuelle.php',
      covers: ['+18889339007', '+15149339007', 'hours', 'languages'],
    },
    {
      url: 'https://www.journaldequebec.com/2021/10/21/violences-sexuelles-la-ligne-daide-aux-victimes-change-de-nom-pour-mieux-representer-la-realite',
      covers: ['+18889339007', 'name', 'hours'],
    },
    {
      url: 'https://www.newswire.ca/fr/news-releases/etre-connecte-pour-mieux-soutenir-info-aide-violence-sexuelle-est-desormais-accessible-par-clavardage-875194957.html',
      covers: ['name', 'cost'],
    },
  ],

  'qc-tel-jeunes': [
    {
      url: 'https://ecolebranchee.com/60-000-messages-textes-echanges-le-succes-du-service-texto-tel-jeunes',
      covers: ['+18002632266', 'hours', 'name', 'regions'],
    },
    {
      url: 'https://www.westislandnews.com/post/together-stop-the-virus-and-the-violence-24-7-help-hotlines',
      covers: ['+18002632266', 'hours'],
    },
    {
      url: 'https://ici.radio-canada.ca/nouvelle/1689947/tel-jeunes-ligneparents-covid19-quebec-aide-detresse-famille-suicide',
      covers: ['hours', 'description'],
    },
    { url: 'https://www.lelezard.com/communique-19207460.html', covers: ['hours', 'cost', 'description'] },
    {
      url: 'https://www.lapresse.ca/actualites/2020-10-17/quebec-octroie-900-000-de-plus-a-tel-jeunes.php',
      covers: ['cost', 'description'],
    },
  ],
  'qc-interligne': [
    {
      url: 'https://www.tvanouvelles.ca/2017/06/19/gai-ecoute-change-de-nom-pour-interligne',
      covers: ['+18885051010', 'name', 'cost', 'description'],
    },
    {
      url: 'https://journalmetro.com/actualites/montreal/1568914/davantage-de-personnes-lgbtq-appellent-a-laide/',
      covers: ['+18885051010', 'description'],
    },
    // Why no hours are claimed: the night service was due to close at the end of March 2023.
    {
      url: 'https://www.fugues.com/2023/02/14/lorganisme-dintervention-interligne-veut-mobiliser-le-public-par-des-publicites-choc/',
      covers: ['description'],
    },
    {
      url: 'https://interligne.co/en/2016/09/gai-ecoute-now-accessible-24-hrs/',
      covers: ['website', 'name'],
    },
  ],
  'qc-rebatir': [
    {
      url: 'https://www.ledevoir.com/politique/quebec/635742/les-victimes-de-violence-sexuelle-et-conjugale-auront-droit-a-une-consultation-juridique-gratuite',
      covers: ['+18337322847', 'name', 'cost', 'description'],
    },
    {
      url: 'https://www.iheartradio.ca/energie/energie-saguenay/nouvelles/violence-sexuelle-et-conjugale-consultations-gratuites-pour-les-victimes-1.16162879',
      covers: ['+18337322847', 'hours', 'cost', 'description'],
    },
    {
      url: 'https://www.lapresse.ca/actualites/2023-11-20/violences-a-caractere-sexuel/la-ligne-rebatir-victime-de-son-succes.php',
      covers: ['hours', 'name'],
    },
    {
      url: 'https://journaloieblanche.com/nouvelles/actualites/projet-rebatir-un-soutien-essentiel-pour-les-victimes-CH3801271',
      covers: ['languages', 'description'],
    },
  ],
  'qc-cavac': [
    {
      url: 'https://cavac.qc.ca/en/about-cavac/who-we-are/',
      covers: ['+18665322822', 'website', 'name', 'regions', 'description'],
    },
    {
      url: 'https://gatineau.ca/portail/default.aspx?c=en-CA&p=guichet_municipal%2Fpolice%2Faide_victimes',
      covers: ['cost', 'description'],
    },
    { url: 'https://www.cavac.qc.ca/english/about/organization.html', covers: ['name', 'languages'] },
  ],

  // ── New Brunswick, Nova Scotia, PEI, Newfoundland and Labrador ──────────────────────────
  'nb-211': [
    {
      url: 'https://www2.gnb.ca/content/gnb/en/departments/women/domestic.html',
      covers: ['211', 'description'],
    },
  ],
  'ns-transition-house-line': [
    { url: 'https://thans.ca/transition-houses/', covers: ['website', 'name'] },
    {
      url: 'https://novascotia.ca/news/release/?id=20121030003',
      covers: ['+18552250220', 'hours', 'name', 'cost'],
    },
  ],
  'pe-family-violence-prevention': [
    { url: 'https://amp.cbc.ca/lite/story/1.5739890', covers: ['+18002409894', '+19028920960', 'name'] },
  ],
  'nl-iris-kirby-house-line': [
    {
      url: 'https://www.saltwire.com/news/local/mention-of-existing-domestic-hotline-for-newfoundland-and-labrador-causes-confusion-449995/',
      covers: ['+18777531492', 'hours', 'name', 'regions'],
    },
  ],

  // ── Territories ─────────────────────────────────────────────────────────────────────────
  'nt-help-line': [
    {
      url: 'https://www.gov.nt.ca/en/newsroom/getreal-about-how-you-feel-mental-health-week',
      covers: ['+18006610844', 'hours', 'name', 'cost'],
    },
  ],
  'nu-kamatsiaqtut': [
    {
      url: 'https://www.cbc.ca/news/canada/north/kamatsiaqtut-help-line-goes-24-7-across-nunavut-1.2873363',
      covers: ['+18002653333', 'name'],
    },
    {
      url: 'https://nunatsiaq.com/stories/article/8976_nunavut_senator_visits_iqaluit_to_boost_suicide_help_line/',
      covers: ['+18002653333', 'name'],
    },
    {
      url: 'https://nunatsiaq.com/stories/article/28888_helping_people_help_themselves_kamatsiaqtut_help_line/',
      covers: ['+18002653333', 'languages', 'regions', 'description'],
    },
    { url: 'https://nunavuthelpline.ca/about.html', covers: ['name', 'regions', 'cost', 'website'] },
  ],

  'yt-kaushees-place': [
    // Yukon government page: the number (area code 867 covers all of Yukon), 24-hour access, collect calls.
    {
      url: 'https://www.justice.gov.yk.ca/prog/cor/vs/whattodo.html',
      covers: ['+18676685733', 'hours', 'name'],
    },
    { url: 'https://www.justice.gov.yk.ca/prog/cor/vs/leave.html', covers: ['hours', 'description'] },
    {
      url: 'https://www.yukon-news.com/news/territory-funds-womens-shelter/',
      covers: ['name', 'description'],
    },
  ],

  // ── United States ───────────────────────────────────────────────────────────────────────
  'emergency-us': [
    { url: 'https://www.lifeintheusa.com/services1/emergency-calls.htm', covers: ['911', 'hours'] },
  ],
  'us-national-dv-hotline': [
    {
      url: 'https://ovc.ojp.gov/news/grantee-news/national-domestic-violence-hotline-answers-6-million-contacts',
      covers: ['+18007997233', '+18007873224', '88788', 'keyword:START', 'hours'],
    },
    { url: 'https://www.justice.gov/ovw/areas-focus', covers: ['+18007997233', '+18007873224'] },
    {
      url: 'https://en.wikipedia.org/wiki/National_Domestic_Violence_Hotline',
      covers: ['website', 'languages', 'cost', 'name'],
    },
  ],
  loveisrespect: [
    {
      url: 'https://www.loveisrespect.org/content/category/respectext/',
      covers: ['+18663319474', '22522', 'keyword:LOVEIS', 'website', 'hours'],
    },
    { url: 'https://www.justice.gov/ovw/areas-focus', covers: ['+18663319474', '+18663318453'] },
    {
      url: 'https://poststar.com/news/local/domestic-violence-prevention-group-offers-texting-chatting/article_8a874a8b-fafe-5697-a873-80c5d39a501f.html',
      covers: ['22522', 'keyword:LOVEIS'],
    },
  ],
  rainn: [
    {
      url: 'https://rainn.org/get-help/national-sexual-assault-hotline',
      covers: ['+18006564673', 'website', 'chat', 'description'],
    },
    {
      url: 'https://span.state.gov/social-development/sms-sos/20140901',
      covers: ['+18006564673', 'hours', 'cost'],
    },
    { url: 'https://fiveshoutsout.com/rainn-5-fast-facts-you-need-to-know/', covers: ['hours'] },
    {
      url: 'https://domesticviolenceworkplace.blogspot.com/2006/08/national-sexual-assault-hotline-helps.html',
      covers: ['hours', 'cost'],
    },
  ],
  'us-988-lifeline': [
    {
      url: 'https://www.mcphs.edu/student-life/counseling-services/emergency-services/988-suicide-and-crisis-lifeline',
      covers: ['988', 'hours', 'languages', 'website', 'cost'],
    },
    { url: 'https://globalnews.ca/news/9852199/canada-988-mental-health-crisis-hotline/', covers: ['988'] },
  ],
  'us-stronghearts': [
    {
      url: 'https://nationalreliefprogram.org/emergency-shelters-for-women-and-children',
      covers: ['website'],
    },
    { url: 'https://stronghearts.me/about', covers: ['+18447628483', 'hours', 'name'] },
    {
      url: 'https://www.indianz.com/News/2017/03/07/advocates-open-stronghearts-native-helpl.asp',
      covers: ['+18447628483', 'name'],
    },
    {
      url: 'https://nativenewsonline.net/sponsored-content/stronghearts-native-helpline-is-a-free-domestic-violence-helpline',
      covers: ['+18447628483', 'cost'],
    },
    { url: 'https://politicalemails.org/messages/377976/html_body', covers: ['hours', 'description'] },
    {
      url: 'https://niwrc.org/restoration-magazine/june-2022/stronghearts-native-helpline-observes-five-year-anniversary-more',
      covers: ['hours'],
    },
  ],

  'us-trevor-project': [
    {
      url: 'https://theodysseyonline.com/the-trevor-project-lgbtq-rights',
      covers: ['+18664887386', 'hours', 'name', 'description'],
    },
    {
      url: 'https://advocate.com/youth/2019/4/30/trevor-project-takes-text-chat-services-247',
      covers: ['hours'],
    },
    { url: 'https://stories.wf.com/lifeline-lgbtq-youth-crisis', covers: ['hours', 'cost', 'name'] },
  ],
  'us-trans-lifeline': [
    { url: 'https://en.wikipedia.org/wiki/Trans_Lifeline', covers: ['+18775658860', 'name', 'description'] },
    {
      url: 'https://www.optimistdaily.com/2021/06/americas-first-transgender-suicide-hotline-is-up-and-running/',
      covers: ['+18775658860', 'description'],
    },
    {
      url: 'https://www.konbini.com/us/lifestyle/trans-lifeline-first-transgender-suicide-hotline/',
      covers: ['+18775658860'],
    },
  ],

  // ── United Kingdom ──────────────────────────────────────────────────────────────────────
  'emergency-gb': [
    { url: 'https://www.wellingtonpractice.co.uk/emergency-information/', covers: ['999', '112', 'hours'] },
    { url: 'https://www.dagcas.org/help-for-domestic-abuse/', covers: ['999', 'description'] },
    {
      url: 'https://belfasttrust.hscni.net/service/adult-protection-gateway-team/domestic-abuse-sexual-violence-support/',
      covers: ['999', 'description'],
    },
  ],
  'gb-eng-national-domestic-abuse-helpline': [
    {
      url: 'https://refuge.org.uk/news/refuge-response-to-home-secretary-announcement-of-support-for-domestic-abuse-victims',
      covers: ['+448082000247', 'hours', 'name'],
    },
    {
      url: 'https://refuge.org.uk/news/refuge-responds-to-reports-of-potential-increase-in-domestic-abuse-during-covid-19',
      covers: ['+448082000247', 'hours', 'website'],
    },
    {
      url: 'https://gov.uk/government/news/refuge-awarded-grant-to-operate-domestic-abuse-helpline',
      covers: ['name', 'regions'],
    },
    { url: 'https://www.centre56.org.uk/domestic-abuse', covers: ['+448082000247', 'hours', 'cost'] },
  ],
  'gb-sct-domestic-abuse-helpline': [
    {
      url: 'https://safer.scot/information/da/report/',
      covers: ['+448000271234', 'hours', 'website', 'name'],
    },
    {
      url: 'https://scotland.police.uk/advice-and-information/domestic-abuse/what-can-i-do-if-this-is-happening-to-me',
      covers: ['+448000271234'],
    },
    {
      url: 'https://news.stv.tv/politics/victims-of-domestic-abuse-urged-not-to-suffer-in-silence-and-phone-helpline',
      covers: ['+448000271234', 'hours', 'languages'],
    },
  ],
  'gb-sct-rape-crisis-helpline': [
    {
      url: 'https://www.rapecrisisscotland.org.uk/news/press-releases/',
      covers: ['+448088010302', 'hours', 'website', 'cost', 'name'],
    },
    { url: 'https://www.rapecrisisscotland.org.uk/blogs/blog/tag/Rape/', covers: ['+448088010302', 'hours'] },
    {
      url: 'https://docslib.org/doc/7815949/police-legal-advice',
      covers: ['+448088010302', 'hours', 'description'],
    },
  ],
  'gb-wls-live-fear-free': [
    {
      url: 'https://www.gov.wales/live-fear-free/sexual-violence',
      covers: ['+448088010800', '+447860077333', 'hours', 'website', 'name'],
    },
    {
      url: 'https://www.welshwomensaid.org.uk/2020/10/circuit-breaker-lockdown-wales/',
      covers: ['+448088010800', 'hours'],
    },
  ],
  'gb-nir-domestic-sexual-abuse-helpline': [
    {
      url: 'https://www.victimsupportni.com/help-for-victims/domestic-violence',
      covers: ['+448088021414', 'hours', 'cost', 'name'],
    },
    { url: 'https://www.psni.police.uk/news/campaigns/domestic-abuse/', covers: ['+448088021414', 'hours'] },
    { url: 'https://www.bbc.com/news/uk-northern-ireland-64264109', covers: ['hours', 'description'] },
    { url: 'https://dsahelpline.org/feed/', covers: ['website', 'name'] },
  ],
  'gb-mens-advice-line': [
    { url: 'https://www.centre56.org.uk/domestic-abuse', covers: ['+448088010327'] },
    {
      url: 'https://www.wired-gov.net/wg/wg-news-1.nsf/print/Help+for+men+abused+by+partners+29042010090404',
      covers: ['+448088010327'],
    },
    {
      url: 'https://www.lawyersnjurists.com/article/domestic-violence-and-abuse-2/',
      covers: ['+448088010327'],
    },
    {
      url: 'https://www.respect.uk.net/articles/56-men-s-advice-line-is-here-to-support-frontline-workers-during-covid-19',
      covers: ['website', 'name'],
    },
    {
      url: 'https://studylib.net/doc/10981472/talk-it-over-help-and-support-for-male-victims-of',
      covers: ['description', 'cost'],
    },
  ],
  'gb-respect-phoneline': [
    {
      url: 'https://respectphoneline.org.uk/resources/resources-for-perpetrators/self-help-guide-for-abusive-men-in-heterosexual-relationships/',
      covers: ['+448088024040', 'website', 'name', 'cost'],
    },
    {
      url: 'https://www.thisisnotanexcuse.org/domestic-abuse/if-youre-an-abuser/',
      covers: ['+448088024040'],
    },
    {
      url: 'https://pdvg.org/about-domestic-abuse/are-you-worried-that-you-are-abusive/',
      covers: ['+448088024040'],
    },
    {
      url: 'https://www.respect.uk.net/articles/respect-phoneline-support-over-the-festive-period',
      covers: ['name', 'regions', 'description'],
    },
  ],
  'gb-samaritans': [
    {
      url: 'https://civilsociety.co.uk/news/samaritans-helpline-now-free-to-call.html',
      covers: ['116123', 'hours', 'cost'],
    },
    {
      url: 'https://www.irishexaminer.com/breakingnews/ireland/samaritans-answer-29m-calls-since-2014-charity-to-play-crucial-role-in-new-mental-help-phone-service-914684.html',
      covers: ['116123', 'regions'],
    },
    {
      url: 'https://www.irishhealthpro.com/content/news/show/name/big-jump-in-calls-to-samaritans-since-2014',
      covers: ['116123', 'hours', 'cost'],
    },
    { url: 'https://www.newstalk.com/reader/47.301/69999/0/', covers: ['regions', 'cost'] },
    {
      url: 'https://www.samaritans.org/your-community/samaritans-ireland-scotland-and-wales/samaritans-ireland/journey',
      covers: ['website', 'name'],
    },
  ],
  'gb-childline': [
    {
      url: 'https://247sexualabusesupport.org.uk/faqs/',
      covers: ['+448001111', 'chat', 'cost', 'website', 'name'],
    },
  ],

  'gb-sct-womens-rights-centre': [
    {
      url: 'https://www.scottishwomensrightscentre.org.uk/blogs/news/',
      covers: ['+448088010789', 'hours', 'name', 'cost', 'website'],
    },
    {
      url: 'https://test.lawscot.org.uk/news-and-events/journal-online-news/scottish-womens-rights-centre-to-expand-with-extra-funding',
      covers: ['cost', 'description', 'regions'],
    },
    {
      url: 'https://gov.scot/news/specialist-service-for-victims-of-violence',
      covers: ['name', 'description'],
    },
  ],

  // ── Ireland ─────────────────────────────────────────────────────────────────────────────
  'emergency-ie': [
    { url: 'https://www2.hse.ie/emergencies/when-to-call-112-or-999/', covers: ['112', '999', 'cost'] },
    {
      url: 'https://www2.hse.ie/wellbeing/child-health/when-to-get-medical-help-for-your-child/when-to-call-112-or-999.html',
      covers: ['112', '999', 'cost', 'description'],
    },
    {
      url: 'https://nationalambulanceservice.ie/Calling-999-112/When-to-call-999-112/',
      covers: ['112', '999'],
    },
  ],
  'ie-womens-aid': [
    {
      url: 'https://www.womensaid.ie/about/newsevents/news/2016/09/05/media-release-41-calls-a-day-to-womens-aid-in-2016/',
      covers: ['hours', 'website', 'name'],
    },
    {
      url: 'https://www.thejournal.ie/womens-aid-helpline-2-2964358-Sep2016/',
      covers: ['1800341900', 'hours', 'cost'],
    },
    {
      url: 'https://irishtimes-irishtimes-staging.cdn.arcpublishing.com/news/social-affairs/women-s-aid-extends-domestic-abuse-helpline-to-24-hours-1.2379542',
      covers: ['1800341900', 'hours'],
    },
  ],
  'ie-rape-crisis-helpline': [
    {
      url: 'https://drcc.ie/news-resources/christmas-can-be-difficult-and-lonely-time-but-support-is-th',
      covers: ['1800778888', 'hours', 'website', 'name'],
    },
  ],
  'ie-mens-aid': [
    {
      url: 'https://www.mensaid.ie/news/helpline-for-male-domestic-abuse-victims-struggles-to-cope-amid-pandemic-surge/',
      covers: ['website', 'name'],
    },
    {
      url: 'https://www.rte.ie/news/2022/1114/1335943-men-violence-report/',
      covers: ['+35315543811', 'hours', 'name'],
    },
  ],
  'ie-male-advice-line': [
    {
      url: 'https://www.thejournal.ie/male-victims-domestic-abuse-helpline-4643294-May2019/',
      covers: ['1800816588', 'name', 'cost'],
    },
    {
      url: 'https://www.waterfordlive.ie/news/home/535639/men-s-development-network-extend-male-advice-line-to-seven-day-service.html',
      covers: ['1800816588', 'name', 'description'],
    },
  ],
  'ie-childline': [
    {
      url: 'https://www.breakingnews.ie/ireland/childine-volunters-answered-1020-calls-from-children-on-christmas-day-820223.html',
      covers: ['1800666666', 'hours', 'website', 'cost'],
    },
    {
      url: 'https://irishtimes-irishtimes-prod.web.arc-cdn.net/news/demand-convinces-ispcc-to-extend-childline-service-to-24-hours-a-day-1.196796',
      covers: ['1800666666', 'hours'],
    },
    {
      url: 'https://www.ispcc.ie/childlines-24-7-support-line-conversations-in-the-lead-up-to-christmas/',
      covers: ['hours', 'name'],
    },
    {
      url: 'https://www.leinsterleader.ie/news/home/600137/childline-urges-young-people-to-avail-of-its-services-in-coming-weeks.html',
      covers: ['hours', 'description'],
    },
  ],

  // ── Australia ───────────────────────────────────────────────────────────────────────────
  'emergency-au': [
    {
      url: 'https://www.sbs.com.au/language/english/audio/everything-you-need-to-know-about-australia-s-emergency-number-000',
      covers: ['000', 'hours', 'cost'],
    },
  ],
  'au-1800respect': [
    {
      url: 'https://www.1800respect.org.au/terms-and-conditions',
      covers: ['1800737732', '0458737732', 'hours', 'website'],
    },
    {
      url: 'https://plan4womenssafety.dss.gov.au/initiatives/1800respect',
      covers: ['1800737732', 'hours', 'description'],
    },
    {
      url: 'https://janastewart.com.au/media-and-news/media-releases/1800respect-expanded/',
      covers: ['0458737732'],
    },
    { url: 'https://ministers.dss.gov.au/transcripts/13461', covers: ['0458737732'] },
  ],
  'au-lifeline': [
    {
      url: 'https://www.nationaltribune.com.au/lifeline-urges-australians-to-get-to-know-all-the-ways-to-reach-out-for-support/',
      covers: ['website'],
    },
    {
      url: 'https://www.theleader.com.au/story/7611333/lifeline-crisis-text-service-goes-247-to-help-more-in-need/',
      covers: ['0477131114', 'hours'],
    },
    {
      url: 'https://lifeinmind.org.au/news/lifelines-crisis-text-service-now-available-24-7',
      covers: ['0477131114', 'hours'],
    },
    {
      url: 'https://lifelineh2h.org.au/get-help/telephone-crisis-support/faqs/',
      covers: ['131114', 'hours', 'name'],
    },
  ],
  'au-mensline': [
    {
      url: 'https://greekherald.com.au/community/initiatives/tough-times-do-not-excuse-tougher-times-at-home-says-fiona-martin-mp',
      covers: ['website'],
    },
    {
      url: 'https://wyndham.starweekly.com.au/news/problems-put-on-the-line/',
      covers: ['1300789978', 'hours', 'name'],
    },
    {
      url: 'https://www.gregpiper1.com/index.cfm?module=news&pagemode=indiv&page_id=2150592',
      covers: ['1300789978'],
    },
  ],
  'au-kids-helpline': [
    {
      url: 'https://en.wikipedia.org/wiki/Kids_Helpline',
      covers: ['1800551800', 'hours', 'website', 'description'],
    },
    {
      url: 'https://www.healthdirect.gov.au/australian-health-services/healthcare-service/virtual/kids-helpline/parenting-and-family-support/d10bd0b6-ccdc-f931-4e60-af7b09787dcf',
      covers: ['1800551800', 'hours', 'cost'],
    },
  ],
  'au-13yarn': [
    {
      url: 'https://www.miragenews.com/13yarn-247-national-crisis-line-support-for-756394/',
      covers: ['139276', 'hours', 'name', 'description'],
    },
    {
      url: 'https://nirs.org.au/news/health/13yarn-national-crisis-line-support-for-mob/',
      covers: ['139276', 'hours', 'cost'],
    },
    {
      url: 'https://blogs.flinders.edu.au/student-health-and-well-being/2022/03/22/launch-of-first-national-crisis-support-line-for-aboriginal-and-torres-strait-islander-people/',
      covers: ['139276', 'hours'],
    },
  ],

  'au-mens-referral-service': [
    {
      url: 'https://ntv.org.au/get-help/getting-support',
      covers: ['1300766491', 'website', 'name', 'description'],
    },
    {
      url: 'https://www.smh.com.au/lifestyle/life-and-relationships/good-weekend-letters-to-the-editor-march-11-20230308-p5cqf2.html',
      covers: ['1300766491', 'name', 'regions'],
    },
    {
      url: 'https://innersydneyvoice.org.au/magazine/working-with-men-to-end-family-violence/',
      covers: ['name', 'description', 'regions'],
    },
  ],

  // ── New Zealand ─────────────────────────────────────────────────────────────────────────
  'emergency-nz': [{ url: GOVT_NZ_FV, covers: ['111', 'hours'] }],
  'nz-womens-refuge': [
    {
      url: 'https://womensrefuge.org.nz/get-help/',
      covers: ['0800733843', 'hours', 'website', 'name', 'description'],
    },
    { url: GOVT_NZ_FV, covers: ['0800733843', 'hours'] },
  ],
  'nz-shine': [
    { url: GOVT_NZ_FV, covers: ['0508744633', 'hours', 'name'] },
    {
      url: 'https://www.2shine.org.nz/how-shine-helps/advocates-and-safety-programmes/',
      covers: ['website', 'name'],
    },
  ],
  'nz-are-you-ok': [{ url: GOVT_NZ_FV, covers: ['0800456450', 'website', 'name'] }],
  'nz-safe-to-talk': [
    {
      url: 'https://msd.govt.nz/about-msd-and-our-work/work-programmes/initiatives/family-and-sexual-violence/specialist-services/helpline.html',
      covers: ['0800044334', '4334', 'hours', 'website', 'cost', 'description'],
    },
    {
      url: 'https://www.pressreader.com/new-zealand/the-new-zealand-herald/20180629/281629601008906',
      covers: ['0800044334', '4334'],
    },
  ],
  'nz-youthline': [
    { url: 'https://youthaffairs.govt.nz/news/2012/youthline.html', covers: ['0800376633', '234', 'name'] },
    {
      url: 'https://livenews.co.nz/2023/11/04/social-services-youthline-moves-to-24-7-counselling-service-with-support-from-asb',
      covers: ['hours', 'cost', 'description'],
    },
    {
      url: 'https://static1.radionz.co.nz/news/national/501961/youthline-goes-24-7-amid-rising-mental-health-crisis',
      covers: ['hours'],
    },
  ],
  'nz-1737': [
    {
      url: 'https://www.scoop.co.nz/stories/PA1706/S00527/single-phone-number-to-access-support-services.htm',
      covers: ['1737', 'hours', 'cost', 'name'],
    },
    {
      url: 'https://www.newshub.co.nz/home/health/2017/06/combined-text-and-call-helpline-to-assist-mental-health-crunch.html',
      covers: ['1737', 'hours'],
    },
    { url: 'https://www.pegasus.health.nz/?p=6300', covers: ['1737', 'hours', 'description'] },
  ],

  'nz-hey-bro': [
    {
      url: 'https://www.timarucourier.co.nz/news/hey-bro-aids-perpetrators/',
      covers: ['0800439276', 'name', 'regions', 'description'],
    },
    {
      url: 'https://nationalpost.com/pmn/news-pmn/crime-pmn/hey-bro-new-zealand-abusers-turn-activists-to-stop-domestic-violence',
      covers: ['0800439276', 'name', 'description'],
    },
  ],

  // ── France ──────────────────────────────────────────────────────────────────────────────
  'emergency-fr': [
    {
      url: 'https://mobile.interieur.gouv.fr/Actualites/Police-de-securite-du-quotidien/Covid-19-La-PSQ-en-periode-de-crise-sanitaire/Mobilisation-contre-les-violences-conjugales-et-intrafamiliales',
      covers: ['17', '112', '114', 'hours'],
    },
    {
      url: 'https://www.aixenprovence.fr/violences-conjugales-alerte-sms-114',
      covers: ['114', 'description'],
    },
  ],
  'fr-3919': [
    {
      url: 'https://informations.handicap.fr/a-3919-femmes-sourdes-victimes-violences-aide-h24-31115.php',
      covers: ['3919', 'hours'],
    },
    {
      url: 'https://www.icfhabitat.fr/groupe/ensemble-luttons-contre-les-violences-faites-aux-femmes',
      covers: ['3919', 'languages'],
    },
    {
      url: 'https://www.tf1info.fr/societe/journee-internationale-de-lutte-conte-les-violences-faites-aux-femmes-ces-numeros-de-telephone-utiles-qu-il-faut-connaitre-2277414.html',
      covers: ['3919', 'hours', 'cost', 'description'],
    },
  ],
  'fr-viols-femmes-informations': [
    {
      url: 'https://streetpress.com/sujet/1572866001-seul-numero-aide-victimes-violences-sexuelles-manque-moyens-feminisme-feminicides',
      covers: ['+33800059595', 'cost', 'name'],
    },
    {
      url: 'https://20minutes.fr/societe/827916-20111122-viol-numero-telephone-libere-parole-femmes',
      covers: ['+33800059595', 'cost', 'description'],
    },
    {
      url: 'https://francesoir.fr/societe-faits-divers/un-numero-dappel-mis-en-place-pour-les-femmes-victimes-de-viols-conjugaux',
      covers: ['+33800059595', 'cost'],
    },
  ],
  'fr-3114': [
    {
      url: 'https://3114.fr/que-se-passe-t-il-quand-je-contacte-le-3114/',
      covers: ['3114', 'hours', 'website', 'name'],
    },
    {
      url: 'https://www.francetvinfo.fr/sante/psycho-bien-etre/sante-mentale/suicides-le-numero-national-de-prevention-3114-a-recu-34000-appels-en-quatre-mois_4943130.html',
      covers: ['3114', 'hours', 'cost', 'description'],
    },
    {
      url: 'https://cnape.fr/le-3114-numero-national-de-prevention-du-suicide',
      covers: ['3114', 'hours', 'cost'],
    },
  ],
  'fr-119': [
    {
      url: 'https://madinin-art.net/119-allo-enfance-en-danger-un-numero-pour-les-situations-durgence',
      covers: ['119', 'hours', 'cost', 'name', 'description'],
    },
    {
      url: 'https://france3-regions.francetvinfo.fr/paris-ile-de-france/2015/01/28/enfance-en-danger-en-25-ans-le-119-triple-son-nombre-d-appels-642429.html',
      covers: ['119', 'hours', 'cost', 'description'],
    },
    { url: 'https://guernes.eu/pratique/infos-jeunesse/enfance-en-danger', covers: ['119', 'hours', 'cost'] },
  ],

  'fr-prevention-violences-conjugales': [
    {
      url: 'https://www.weka.fr/actualite/droit-des-femmes/article/ne-frappez-pas-lancement-d-un-numero-national-pour-les-auteurs-de-violences-conjugales-99367/',
      covers: ['+33801901911', 'name', 'description'],
    },
    {
      url: 'https://csiereso.fr/prevenir-les-violences-familiales/',
      covers: ['+33801901911', 'name', 'description'],
    },
    // A gendarmerie page, eight months later: the line kept running after the first lockdown.
    {
      url: 'https://www.gendinfo.fr/actualites/2020/violences-conjugales-une-ligne-d-ecoute-destinee-aux-auteurs-pour-mieux-proteger-les-victimes',
      covers: ['name', 'description'],
    },
  ],

  // ── Belgium (French-speaking) ───────────────────────────────────────────────────────────
  'emergency-be': [
    {
      url: 'https://www.police.be/5998/fr/contact/numeros-durgence',
      covers: ['112', '101', 'hours', 'cost'],
    },
    {
      url: 'https://www.rtbf.be/info/dossier/bon-a-savoir/detail_100-101-112-quel-numero-appeler-en-cas-d-urgence?id=9196536',
      covers: ['112', '101', 'hours', 'description'],
    },
  ],
  'be-ecoute-violences-conjugales': [
    {
      url: 'https://www.ecouteviolencesconjugales.be/qui-sommes-nous/presentation/',
      covers: ['+3280030030', 'hours', 'website', 'name', 'cost'],
    },
    {
      url: 'https://www.lalibre.be/actu/belgique/neuf-fois-sur-dix-c-est-une-femme-victime-qui-appelle-la-ligne-ecoute-violences-conjugales-5aa10aadcd702f0c1a30d856',
      covers: ['+3280030030', 'hours'],
    },
    {
      url: 'https://www.lavenir.net/cnt/dmf20210601_01585079/la-ligne-d-ecoute-violences-conjugales-se-professionnalise-davantage',
      covers: ['hours', 'description'],
    },
  ],
  'be-sos-viol': [
    {
      url: 'https://www.sudinfo.be/id550185/article/2022-10-04/sos-viol-inaugure-un-nouveau-lieu-daccueil-saint-gilles',
      covers: ['website'],
    },
    {
      url: 'https://www.lalibre.be/regions/bruxelles/2022/10/04/lassociation-sos-viol-inaugure-de-nouveaux-locaux-a-saint-gilles-3WIZZK3GY5DJPCO7DMC757UKFA/',
      covers: ['+3280098100', 'cost', 'name'],
    },
    {
      url: 'https://www.dhnet.be/actu/societe/soutien-renforce-pour-l-asbl-sos-viol-pour-lutter-contre-les-violences-sexuelles-on-sait-combien-il-est-difficile-pour-les-victimes-de-franchir-le-pas-621be2df9978e25398c7bd01',
      covers: ['+3280098100', 'hours', 'cost'],
    },
    {
      url: 'https://www.journalessentiel.be/article-apres-le-viol-un-espace-de-parole/',
      covers: ['+3280098100', 'hours', 'regions', 'description'],
    },
    {
      url: 'https://pro.guidesocial.be/actualites/sos-viol-un-numero-gratuit-pour-franchir-le-pas-aux-cotes-de-professionnels.html',
      covers: ['+3280098100', 'cost'],
    },
  ],
  'be-tele-accueil': [
    {
      url: 'https://www.rtbf.be/article/le-centre-tele-accueil-de-liege-a-l-ecoute-depuis-50-ans-11188471',
      covers: ['107', 'hours', 'cost', 'name'],
    },
    {
      url: 'https://plus.lesoir.be/344336/article/2020-12-18/sante-mentale-les-lignes-decoute-surchauffent-chaque-durcissement-des-mesures',
      covers: ['107', 'hours', 'cost'],
    },
    {
      url: 'https://www.lalibre.be/regions/bruxelles/nombre-record-d-appels-de-detresse-en-2017-5b30917b5532b88509fbd682',
      covers: ['107', 'cost', 'description'],
    },
  ],

  // ── Directories, programs, reading and films (data/resources.ts) ──────────────────────
  'shelter-safe': [
    { url: 'https://sheltersafe.ca/about-shelters/', covers: ['name', 'website', 'description'] },
    {
      url: 'https://endvaw.ca/archives/news/sheltersafe-ca-launches-new-and-improved-search-features-for-women-and-children-escaping-violence/',
      covers: ['by', 'description'],
    },
    {
      url: 'https://ihtoday.ca/sheltersafe-ca-a-lifeline-to-safety-for-abused-women-and-their-children/',
      covers: ['description'],
    },
  ],
  'ontario-womens-justice-network': [
    { url: 'seed:001', covers: ['name', 'description'] },
    { url: 'https://metrac.org/what-we-do/justice/', covers: ['website'] },
    { url: 'https://www.owjn.org/archive/gender2.htm', covers: ['website'] },
  ],
  'canadian-restorative-justice-consortium': [
    { url: 'https://crjc.ca/about/overview/', covers: ['name', 'website', 'description'] },
  ],
  'bridges-institute': [
    { url: 'seed:001', covers: ['name', 'description'] },
    {
      url: 'https://hubnow.ca/criss-steps-down-from-bridges-institute-after-21-years/',
      covers: ['description'],
    },
    {
      url: 'https://www.saltwire.com/atlantic-canada/federal-election/truro-counsellor-stars-in-national-documentary-about-domestic-violence-151960/',
      covers: ['description'],
    },
  ],
  'homeless-hub-lgbtq2s-shelters': [
    { url: 'seed:001', covers: ['name', 'by'] },
    {
      url: 'https://homelesshub.ca/resource/lgbtq2s-youth-housing-and-shelter-guidelines',
      covers: ['website', 'by'],
    },
  ],
  'lgbtq2s-youth-homelessness-toolkit': [
    { url: 'https://lgbtq2stoolkit.learningcommunity.ca/', covers: ['name', 'website', 'description'] },
  ],
  'nine-ways-accountable': [
    {
      url: 'https://everydayfeminism.com/2016/02/be-accountable-when-abusive/',
      covers: ['name', 'website', 'description'],
    },
  ],
  'neighbours-friends-families': [
    {
      url: 'https://neighboursfriendsandfamilies.ca/about/about-us',
      covers: ['name', 'website', 'description'],
    },
  ],
  'creative-interventions-toolkit': [
    { url: 'seed:001', covers: ['name', 'by'] },
    {
      url: 'https://de.scribd.com/document/242322963/1-CI-Toolkit-Introduction-FAQ-Pre-Release-Version-06-2012',
      covers: ['website'],
    },
    {
      url: 'https://docslib.org/download/7544686/toolkit-a-practical-guide-to-stop-interpersonal-violence',
      covers: ['description'],
    },
  ],
  'choosing-to-change': [
    { url: 'seed:001', covers: ['name', 'by'] },
    { url: 'https://www.calgarywomensshelter.com/about/our-approach', covers: ['website', 'by'] },
  ],
  'unclenching-our-fists': [
    { url: 'https://www.unclenchingourfists.org/', covers: ['name', 'website', 'description'] },
  ],
  'six-ways-confront-friend': [
    { url: 'seed:001', covers: ['name', 'by'] },
    {
      url: 'https://everydayfeminism.com/2015/09/confront-friend-abusing-partner/page/32',
      covers: ['website'],
    },
  ],
  'peak-magazine-transformative-justice': [
    { url: 'https://peakmag.net/transformative-justice/', covers: ['name', 'website', 'description'] },
  ],
  'beyond-survival': [
    { url: 'seed:001', covers: ['name', 'by'] },
    { url: 'https://akpress.org/beyond-survival-e-book.html', covers: ['by'] },
  ],
  'innovations-in-ipv-interventions': [{ url: 'seed:001', covers: ['name', 'by'] }],
  'coaching-boys-into-men': [
    { url: 'seed:001', covers: ['name', 'by'] },
    {
      url: 'https://www.futureswithoutviolence.org/content/features/detail/2235/',
      covers: ['website', 'by'],
    },
    { url: 'https://fatherhood.gov/dadtalk-blog/coaching-boys-men', covers: ['description'] },
  ],
  'rainbow-health-ontario-ipv-lgbtq': [
    { url: 'seed:001', covers: ['name', 'by'] },
    { url: 'https://www.rainbowhealthontario.ca/about-us/', covers: ['website', 'by'] },
  ],
  'becoming-ethical': [
    { url: 'seed:001', covers: ['name', 'by'] },
    { url: 'https://www.russellhouse.co.uk/bookpages/9781905541409.htm', covers: ['by', 'description'] },
  ],
  'dv-and-restorative-justice': [{ url: 'seed:001', covers: ['name', 'by'] }],
  'restorative-justice-and-vaw': [
    { url: 'seed:001', covers: ['name', 'by'] },
    {
      url: 'https://pdfcookie.com/documents/gavrielides-t-2014-review-of-2010-restorative-justice-amp-violence-against-women-by-j-ptacek-oxford-oup-internet-journal-of-restorative-justice-issn-2056-2985-zmlyw5wmr5v0',
      covers: ['by'],
    },
  ],
  'shift-dv-elibrary': [
    { url: 'seed:001', covers: ['name', 'by'] },
    {
      url: 'https://preventdomesticviolence.ca/eyes-high-on-domestic-violence-research',
      covers: ['website', 'by'],
    },
  ],
  'futures-without-violence-campus': [
    { url: 'seed:001', covers: ['name', 'description'] },
    {
      url: 'https://www.futureswithoutviolence.org/new-online-quiz-helps-teens-draw-the-line-on-digital-dating-abuse/',
      covers: ['website', 'description'],
    },
  ],
  'next-gen-men': [
    { url: 'https://nextgenmen.ca/blog/the-genesis', covers: ['name', 'website', 'description'] },
  ],
  'it-starts-with-you': [
    { url: 'seed:001', covers: ['name', 'description'] },
    {
      url: 'https://openparliament.ca/committees/status-of-women/41-2/44/todd-minerson-17/only',
      covers: ['description'],
    },
    { url: 'https://www.whiteribbon.ca/blog', covers: ['website', 'description'] },
  ],
  'manifest-change': [
    { url: 'https://www.manifestchange.ca/evidence', covers: ['name', 'website', 'description'] },
  ],
  'kizhaay-anishinaabe-niin': [
    { url: 'https://iamakindman.ca/', covers: ['name', 'website', 'description'] },
    {
      url: 'https://cbpp-pcpe.phac-aspc.gc.ca/aboriginalwtt/kizhaay-anishinaabe-niin-im-a-kind-man/',
      covers: ['description'],
    },
  ],
  'moosehide-campaign': [
    { url: 'https://moosehidecampaign.ca/about-us', covers: ['name', 'website', 'description'] },
  ],
  'a-better-man': [
    { url: 'seed:001', covers: ['name'] },
    { url: 'https://www.onf.ca/distribution/film/homme_meilleur', covers: ['name', 'by'] },
    {
      url: 'https://docslib.org/doc/3902884/the-national-film-board-of-canada-and-intervention-productions-in-association-with-tvo-present-a-better-man-a-documentary-film-b',
      covers: ['by', 'description'],
    },
  ],
  'the-mask-you-live-in': [
    {
      url: 'https://therepresentationproject.org/film/the-mask-you-live-in-film/about-the-film/',
      covers: ['name', 'website', 'by', 'description'],
    },
  ],
  'private-violence': [
    { url: 'seed:001', covers: ['name', 'description'] },
    { url: 'https://en.wikipedia.org/wiki/Private_Violence', covers: ['by'] },
  ],
  'no-place-to-hide': [
    { url: 'seed:001', covers: ['name', 'description'] },
    {
      url: 'https://www.flare.com/tv-movies/director-rama-rau-rehtaeh-parsons-documentary-nowhere-to-hide-the-rehtaeh-parsons-story/',
      covers: ['by'],
    },
  ],
  'nfb-violence-against-women': [
    {
      url: 'https://www.nfb.ca/playlist/edu-elimination-violence-against-women/',
      covers: ['name', 'website', 'description'],
    },
    {
      url: 'https://www.straight.com/movies/national-film-board-of-canada-sheds-light-on-scourge-of-gender-based-violence',
      covers: ['description'],
    },
  ],
  'prevnet-youth-dating-violence': [
    {
      url: 'https://youthdatingviolence.prevnet.ca/learn-more/caregivers/caregivers-role/',
      covers: ['name', 'website', 'description'],
    },
  ],
  'thats-not-cool': [
    { url: 'seed:001', covers: ['name', 'description'] },
    {
      url: 'https://www.futureswithoutviolence.org/pressure-to-share-passwords-cool-or-not-cool/',
      covers: ['website'],
    },
  ],
  'teen-digital-dating-violence-toolkit': [
    { url: 'https://bcsth.ca/teendigitaldatingviolence/', covers: ['name', 'website', 'description'] },
  ],
  'abusive-relationships-teens': [
    { url: 'seed:001', covers: ['name'] },
    { url: 'https://www.npr.org/transcripts/994256485', covers: ['by', 'description'] },
  ],
  'how-to-talk-to-teens': [
    { url: 'seed:001', covers: ['name', 'description'] },
    {
      url: 'https://sharemylesson.com/teaching-resource/how-talk-teens-about-dating-violence-guide-parents-299410',
      covers: ['description'],
    },
    {
      url: 'https://www.futureswithoutviolence.org/pressure-to-share-passwords-cool-or-not-cool/',
      covers: ['website', 'description'],
    },
  ],
  'crisis-centre-coping-guide': [{ url: 'seed:001', covers: ['name', 'description'] }],
  'clc-domestic-violence-at-work': [
    {
      url: 'https://canadianlabour.ca/issues-research/domestic-violence-work/',
      covers: ['name', 'website', 'description'],
    },
  ],
  'qc-a-coeur-d-homme': [
    {
      url: 'https://www.acoeurdhomme.com/des-solutions-pour-mettre-fin-aux-violences-conjugales-et-familiales-coeur-dhomme-souligne-ses-30',
      covers: ['name', 'website', 'description', 'regions'],
    },
    {
      url: 'https://lapige.atmjonquiere.com/2025/02/20/une-demande-en-hausse-pour-les-centres-daide-pour-les-hommes/',
      covers: ['name', 'description'],
    },
    {
      url: 'https://www.newswire.ca/fr/news-releases/lancement-de-la-plateforme-numerique-prends-l-air-pour-aider-a-contrer-les-comportements-violents-857337157.html',
      covers: ['name', 'website', 'description'],
    },
  ],
  'ie-move-ireland': [
    {
      url: 'https://irishtimes-irishtimes-prod.web.arc-cdn.net/news/move-to-deal-with-domestic-violence-1.643672',
      covers: ['name', 'website', 'description'],
    },
    {
      url: 'https://corkindependent.com/2024/11/28/reasons-for-abusive-behaviour-complex',
      covers: ['name', 'description', 'regions'],
    },
    { url: 'https://www.echolive.ie/corknews/arid-41526686.html', covers: ['name', 'description'] },
  ],
  'us-womenslaw': [
    {
      url: 'https://nnedv.org/latest_update/celebrating-20-years-impact-womenslaw-org-email-hotline/',
      covers: ['name', 'website', 'description', 'cost', 'by'],
    },
    { url: 'https://nnedv.org/content/touching-one-million-lives/', covers: ['description'] },
    {
      url: 'https://www.thehotline.org/get-help/domestic-violence-legal-help/',
      covers: ['website', 'description'],
    },
  ],
};
