/*
 * General legal information, never advice. Where each fact was checked (the wording is ours):
 *
 * Canada
 *   peace bonds (Criminal Code s. 810), conditions such as no contact and no weapons; no record:
 *     https://criminalnotebook.ca/index.php/Peace_Bonds
 *     https://justice.gc.ca/eng/rp-pr/csj-sjc/crime/rr03_1/p4.html
 *   peace bonds vs civil orders; names differ by province (emergency protection orders, Ontario
 *   family-court restraining orders, N.W.T. protection orders):
 *     https://resourcehub.bakermckenzie.com/en/resources/fighting-domestic-violence/north-and-central--america/canada/topics/4-protection-for-domestic-violence-victims-and-relief-granted
 *     https://owjn.org/?p=16627
 *     https://www.justice.gov.nt.ca/en/protection-orders/
 *     http://vawlawinfo.ca/legal-areas/legal-protection-orders/
 *   Divorce Act: parenting time, decision-making responsibility, family violence in the best
 *   interests of the child:
 *     https://laws-lois.justice.gc.ca/eng/acts/d-3.4/page-5.html
 *     https://wiki.clicklaw.bc.ca/index.php?title=Special:MobileDiff/45380
 *   the Divorce Act is federal: it governs parenting after a divorce of married spouses in every
 *   province, Québec included; children of unmarried parents fall under provincial law (in
 *   Québec, the Civil Code):
 *     https://laws-lois.justice.gc.ca/eng/acts/d-3.4/page-5.html
 *     https://www.ledevoir.com/politique/canada/528399/ottawa-et-la-reforme-du-droit-de-la-famille
 *   Clare's Law schemes outside the UK, including Canada:
 *     https://wikimili.com/en/Clare's_Law
 * Québec
 *   ordonnance de protection en matière civile (Cour supérieure, Code de procédure civile), no
 *   police complaint needed, may be asked for by another person or a group with consent; CAVAC:
 *     https://www.quebec.ca/justice-et-etat-civil/accompagnement-victimes-crime/mesures-protection-securite/demander-ordonnance-protection-civile
 *     https://www.justice.gouv.qc.ca/programmes-et-services/services/demander-une-ordonnance-de-protection-en-matiere-civile/
 *     https://blogue.soquij.qc.ca/2025/12/18/lordonnance-de-protection-civile-un-critere-dorenavant-moins-exigeant
 *   the "810" (engagement de ne pas troubler l'ordre public) vs the civil order:
 *     https://aidejuridiquesaglac.com/capsules-juridiques/2025/ordonnance-810-protection-civile
 *   Rebâtir: free legal consultation for victims of domestic and sexual violence, any income,
 *   no police report needed, includes custody questions:
 *     https://www.ledevoir.com/politique/quebec/635742/les-victimes-de-violence-sexuelle-et-conjugale-auront-droit-a-une-consultation-juridique-gratuite
 *     https://www.iheartradio.ca/energie/energie-saguenay/nouvelles/violence-sexuelle-et-conjugale-consultations-gratuites-pour-les-victimes-1.16162879
 * England and Wales
 *   non-molestation and occupation orders, urgent "without notice" orders, breach is a crime, no
 *   court fee:
 *     https://www.russell-cooke.co.uk/domestic-abuse/what-are-my-legal-options/
 *     https://liverpooldomesticabuseservice.org.uk/non-molestation-order-and-an-occupation-order/
 *     https://mail.divorce.org.uk/support/legal-protections
 *   DVPN/DVPO being replaced by DAPN/DAPO, piloted from November 2024 in some areas:
 *     https://questions-statements.parliament.uk/written-statements/detail/2024-11-27/hcws254
 *     http://www.gov.uk/government/publications/domestic-abuse-bill-2020-factsheets/domestic-abuse-protection-notices-orders-factsheet
 *   Clare's Law (Domestic Violence Disclosure Scheme), right to ask and right to know:
 *     https://www.askthe.police.uk/content/Q808.htm
 *   child arrangements and prohibited steps orders; domestic abuse considered (PD12J); legal aid:
 *     https://www.domesticabusestockport.co.uk/legal-orders/
 *     https://www.harneywells.co.uk/domestic-abuse-and-the-family-court/
 *     http://issuu.com/saferportsmouth/docs/4197_domestic_violence_legal_leafle
 * Scotland
 *   interdicts with a power of arrest, domestic abuse interdicts, exclusion orders:
 *     https://studylib.net/doc/5438533/file
 *     https://www.wjm.co.uk/focus/navigating-civil-protections-against-domestic-abuse-in-scotland
 *   Domestic Abuse (Scotland) Act 2018, course of abusive behaviour including coercive control:
 *     https://www.legislation.gov.uk/asp/2018/5/notes/division/3/1/data.xht?view=snippet&wrap=true
 *     https://edinwomensaid.co.uk/?p=4076
 *   Disclosure Scheme for Domestic Abuse Scotland:
 *     https://journals.kent.ac.uk/index.php/feministsatlaw/article/download/1261/2306?inline=1
 *   residence and contact orders; courts must consider domestic abuse (s. 11 Children (Scotland)
 *   Act 1995); Scottish Women's Rights Centre:
 *     https://www.justrightscotland.org.uk/2018/05/swrc-inform-contact-and-residence-orders/
 *     https://shetlandwa.org/adults/legal-guidance
 * United States
 *   protection orders vary by state; full faith and credit across states, tribes and territories,
 *   including custody terms in protection orders:
 *     https://ojp.gov/library/publications/increasing-your-safety-full-faith-and-credit-protection-orders
 *     https://www.womenslaw.org/en/hotline/restraining-orders/restraining-order-categories/enforceability/can-i-get-my-ro-protection
 *     https://www.womenslaw.org/laws/pr/restraining-orders/mudandose-otro-estado-con-una-orden-de-proteccion/hacer-cumplir-las-0
 */
import type { Guide } from '../../lib/directory/guide-schema';

export const courtOrders: Guide = {
  id: 'court_orders',
  audiences: ['experienced-violence', 'helpers', 'parents'],
  resourceIds: [
    'ontario-womens-justice-network',
    'assaulted-womens-helpline',
    'femaide',
    'shelter-safe',
    'us-national-dv-hotline',
    'gb-eng-national-domestic-abuse-helpline',
    'qc-sos-violence-conjugale',
    'gb-sct-domestic-abuse-helpline',
    'gb-wls-live-fear-free',
    'qc-rebatir',
    'qc-cavac',
    'gb-sct-womens-rights-centre',
    'us-womenslaw',
  ],
  en: {
    title: 'Court orders, children and the law',
    summary:
      'What protection orders are, how they work in Canada, Québec, England and Wales, Scotland and the US, and what to know about children when you leave.',
    keywords: [
      'restraining order',
      'protection order',
      'peace bond',
      'no contact order',
      'emergency protection order',
      'bail conditions',
      'custody',
      'parenting time',
      'can I take my kids',
      'family court',
      'legal aid',
      'lawyer',
      'non-molestation order',
      'occupation order',
      'Clare’s law',
      'interdict',
      'non-harassment order',
      'order of protection',
      'domestic violence law',
      'court order',
    ],
    sections: [
      {
        heading: 'Protection orders, in plain words',
        blocks: [
          {
            type: 'note',
            text: 'This guide gives general information, not legal advice. Laws differ from place to place and change over time. For your own situation, talk to a legal clinic, legal aid, a support service at your courthouse or police station, or the lines listed below. If you are in danger right now, call your local emergency number.',
          },
          {
            type: 'p',
            text: 'A protection order is a court order that tells a person to stay away from you or to stop certain things. It goes by different names, like restraining order, peace bond or non-molestation order. Breaking one is usually a crime, and the police can act on it. Depending on where you live, an order can:',
          },
          {
            type: 'list',
            items: [
              'Forbid contact of any kind: in person, by phone, text or social media, or through other people',
              'Keep the person a set distance from your home, your work or your children’s school',
              'In some places, let you stay in your home while the person moves out',
              'Make the person hand in guns or other weapons',
              'In some orders, say where the children live and how visits happen',
            ],
          },
          {
            type: 'p',
            text: 'An order is a piece of paper, not a shield, and some people break them. The time when the person is served with the order, or finds out about it, can be dangerous, so plan for it with a support line. Keep your safety plan going, carry a copy, and give copies to your children’s school and anyone else who needs one. Most countries have some kind of protection order, and a local support line can tell you what exists where you live.',
          },
        ],
      },
      {
        heading: 'Canada',
        blocks: [
          {
            type: 'p',
            text: 'Criminal law is the same across Canada. Civil protection orders depend on your province or territory. Family law is shared: the federal Divorce Act applies when married spouses divorce, and provincial laws cover the rest, including parents who were never married.',
          },
          {
            type: 'list',
            items: [
              'Peace bond: a criminal court order under the Criminal Code. It makes a person keep the peace and follow conditions, such as no contact, for a set time. You can ask for one through the police or the court, even if no charge was laid. It does not give them a criminal record.',
              'Bail and probation conditions: if the person is charged, the court often orders them to have no contact with you. These conditions are theirs to follow. If they break them, tell the police.',
              'Civil protection orders: most provinces and territories have one you can ask for outside criminal court. The name changes: for example, an emergency protection order in several provinces and territories, a protection order in British Columbia, a restraining order from family court in Ontario.',
              'Children: under the Divorce Act and many provincial family laws, courts now speak of parenting time and decision-making responsibility instead of custody. Judges must consider family violence when deciding what is best for the children.',
              'Clare’s Law: some provinces, such as Saskatchewan and Alberta, let you ask the police whether a partner has a history of violence.',
            ],
          },
          {
            type: 'p',
            text: 'For help with the law, try legal aid, the information centre at your family court, support workers for people harmed by crime, or a legal information group such as the Ontario Women’s Justice Network.',
          },
        ],
      },
      {
        heading: 'Québec',
        blocks: [
          {
            type: 'p',
            text: 'Québec uses the Criminal Code like the rest of Canada. Its own family law is in the Civil Code, and the federal Divorce Act also applies when married spouses divorce. The French names below are the ones you will hear at the courthouse.',
          },
          {
            type: 'list',
            items: [
              'The “810” (engagement de ne pas troubler l’ordre public): the Criminal Code peace bond. It sets conditions, such as no contact, even without a criminal charge.',
              'Civil protection order (ordonnance de protection en matière civile): a Superior Court judge can order a person to stop threatening you, stay away or not contact you, even if you never went to the police. A group or another person can ask for it for you, with your consent.',
              'No-contact conditions (interdit de contact): if charges are laid, the release conditions usually forbid the person from contacting you.',
              'Children: under the Civil Code, custody (garde) and access (droits d’accès) are decided in the interest of the child. In a divorce, the Divorce Act speaks of parenting time and decision-making responsibility instead. Courts take family violence into account.',
            ],
          },
          {
            type: 'p',
            text: 'Free help: the CAVAC, Québec’s free help centres for people affected by a crime, help even if you don’t report to the police. Rebâtir gives free legal advice by phone to people who have experienced domestic or sexual violence, whatever their income. SOS violence conjugale can also guide you.',
          },
        ],
      },
      {
        heading: 'England and Wales',
        blocks: [
          {
            type: 'list',
            items: [
              'Non-molestation order: a family court order that forbids violence, threats, harassment and contact. Breaking it is a crime. In an emergency, the court can make it without telling the person first. There is no court fee.',
              'Occupation order: decides who can live in the home, and can keep the person out of it and the area around it.',
              'Police notices and orders: after an incident, the police can give a notice that keeps the person away for a short time, then ask a court for a longer order. Domestic Abuse Protection Notices and Orders are replacing the older Domestic Violence ones, starting in some areas.',
              'Clare’s Law (the Domestic Violence Disclosure Scheme): you can ask the police whether a partner or ex-partner has a record of abuse, or ask about someone you are worried for.',
              'Children: the family court can make a child arrangements order, about where a child lives and whom they see, and a prohibited steps order, to stop a parent from doing something, like taking a child away. Courts must consider domestic abuse in these cases.',
            ],
          },
          {
            type: 'p',
            text: 'Legal aid is often available for these orders to people who have experienced domestic abuse. The National Domestic Abuse Helpline, and Live Fear Free in Wales, can point you to legal help. Northern Ireland has similar orders under its own law.',
          },
        ],
      },
      {
        heading: 'Scotland',
        blocks: [
          {
            type: 'list',
            items: [
              'Interdict: a civil court order that stops a person from doing certain things, like contacting you or coming near your home. The court can add a power of arrest, and breaking a domestic abuse interdict can be a crime.',
              'Exclusion order: can keep the person out of the family home.',
              'Non-harassment order: a civil court can make one, and so can a criminal court after a conviction, to protect you from harassment.',
              'The Domestic Abuse (Scotland) Act makes a pattern of abusive behaviour towards a partner or ex-partner a crime, including coercive control (controlling someone through threats, watching, isolation or money), not only physical violence.',
              'Disclosure Scheme for Domestic Abuse Scotland: you can ask Police Scotland whether a partner has an abusive past.',
              'Children: the court can make orders about where a child lives (residence) and whom they see (contact), and it must take domestic abuse into account.',
            ],
          },
          {
            type: 'p',
            text: 'The Scottish Women’s Rights Centre gives free legal information and advice to women affected by abuse. Scotland’s Domestic Abuse and Forced Marriage Helpline can help anyone.',
          },
        ],
      },
      {
        heading: 'United States',
        blocks: [
          {
            type: 'p',
            text: 'Each state has its own laws, names and forms, and tribal courts have their own too.',
          },
          {
            type: 'list',
            items: [
              'Civil protection orders, also called restraining orders or orders of protection: you ask a court yourself, often without a lawyer. Many states give a short emergency or temporary order first, then hold a hearing for a longer one.',
              'A valid protection order from one state must be enforced in every other state, tribal land and territory.',
              'An order can include temporary custody of the children, and can require the person to give up guns.',
              'Custody: family courts decide on the best interests of the child, and most states weigh domestic violence in that decision.',
            ],
          },
          {
            type: 'p',
            text: 'WomensLaw.org explains the law state by state, and the National Domestic Violence Hotline can connect you with legal help near you.',
          },
        ],
      },
      {
        heading: 'Children, when you leave',
        blocks: [
          {
            type: 'p',
            text: 'If you have children with the person hurting you, legal questions can feel scary. Getting information early gives you more choices.',
          },
          {
            type: 'list',
            items: [
              'If there is no court order yet, taking your children with you to keep them safe is often possible, but the rules differ by place. Talk to a lawyer, a legal clinic or a shelter worker as soon as you can, ideally before you leave.',
              'Ask a lawyer soon about going to family court. What happens in the first weeks after you leave can matter later.',
              'If a parenting or custody order already exists, follow it unless a court changes it. If following it would put you or the children in danger, get legal help right away and tell the court. If anyone is in danger right now, call your local emergency number.',
              'Moving far away or to another country with the children, without a court order or the other parent’s agreement, can count as child abduction, even when you are fleeing violence. Get legal advice before you go, or right after if you had to leave in an emergency. A shelter worker can tell you what applies where you live.',
              'Keep records: dates, what happened, messages, photos, and medical or police reports. Store them where the person can’t reach them, not on a shared phone, computer or cloud account.',
              'Give the school or daycare a copy of any order, and tell them who may pick up the children.',
              'In many places, you don’t have to try mediation with the person when there has been violence. Ask about being excused from it.',
            ],
          },
        ],
      },
    ],
  },
  fr: {
    title: 'Les ordonnances du tribunal, les enfants et la loi',
    summary:
      'Ce que sont les ordonnances de protection, leur fonctionnement au Canada, au Québec, en Angleterre et au pays de Galles, en Écosse et aux États-Unis, et ce qu’il faut savoir sur les enfants au moment de partir.',
    keywords: [
      'ordonnance de protection',
      'ordonnance de protection civile',
      '810',
      'engagement de ne pas troubler l’ordre public',
      'interdit de contact',
      'conditions de remise en liberté',
      'garde des enfants',
      'droits d’accès',
      'temps parental',
      'partir avec les enfants',
      'tribunal de la famille',
      'aide juridique',
      'avocat',
      'CAVAC',
      'Rebâtir',
      'ordonnance de ne pas faire',
      'ordonnance restrictive',
      'loi de Clare',
      'mandat de paix',
      'ordonnance du tribunal',
    ],
    sections: [
      {
        heading: 'Les ordonnances de protection, en mots simples',
        blocks: [
          {
            type: 'note',
            text: 'Ce guide donne de l’information générale, pas des conseils juridiques. Les lois varient d’un endroit à l’autre et changent avec le temps. Pour votre situation, parlez à une clinique juridique, à l’aide juridique, à un service de soutien de votre palais de justice ou de votre poste de police, ou aux lignes indiquées plus bas. Si vous êtes en danger en ce moment, appelez le numéro d’urgence local.',
          },
          {
            type: 'p',
            text: 'Une ordonnance de protection est une décision d’un tribunal qui oblige une personne à rester loin de vous ou à cesser certains gestes. Son nom change selon l’endroit : ordonnance de ne pas faire, engagement de ne pas troubler l’ordre public, ordonnance de non-harcèlement, et d’autres. Ne pas la respecter est habituellement un crime, et la police peut intervenir. Selon l’endroit, une ordonnance peut :',
          },
          {
            type: 'list',
            items: [
              'Interdire tout contact : en personne, par téléphone, par texto, sur les réseaux sociaux ou par d’autres personnes',
              'Tenir la personne à une certaine distance de votre domicile, de votre travail ou de l’école de vos enfants',
              'À certains endroits, vous permettre de rester dans votre logement pendant que la personne déménage',
              'Obliger la personne à remettre ses armes à feu ou ses autres armes',
              'Dans certaines ordonnances, préciser où vivent les enfants et comment se passent les visites',
            ],
          },
          {
            type: 'p',
            text: 'Une ordonnance est un papier, pas un bouclier, et certaines personnes ne la respectent pas. Le moment où la personne reçoit l’ordonnance, ou apprend qu’elle existe, peut être dangereux : préparez-le avec une ligne d’aide. Gardez votre plan de sécurité à jour, ayez une copie sur vous et remettez-en à l’école des enfants et à qui en a besoin. La plupart des pays ont une forme d’ordonnance de protection; une ligne d’aide locale peut vous dire ce qui existe chez vous.',
          },
        ],
      },
      {
        heading: 'Canada',
        blocks: [
          {
            type: 'p',
            text: 'Le droit criminel est le même partout au Canada. Les ordonnances de protection civiles dépendent de votre province ou territoire. Le droit de la famille est partagé : la Loi sur le divorce, fédérale, s’applique quand des époux divorcent, et les lois provinciales couvrent le reste, y compris les parents qui n’ont jamais été mariés.',
          },
          {
            type: 'list',
            items: [
              'L’engagement de ne pas troubler l’ordre public : une ordonnance de la cour criminelle prévue au Code criminel. La personne doit garder la paix et respecter des conditions, comme ne pas vous contacter, pendant une période fixée. Vous pouvez le demander par la police ou au tribunal, même sans accusation. Il ne lui donne pas de casier judiciaire.',
              'Les conditions de remise en liberté et de probation : si la personne est accusée, le tribunal lui interdit souvent tout contact avec vous. C’est à elle de respecter ces conditions. Si elle ne les respecte pas, avisez la police.',
              'Les ordonnances de protection civiles : la plupart des provinces et territoires en offrent une qu’on peut demander hors de la cour criminelle. Le nom change : par exemple, ordonnance de protection d’urgence dans plusieurs provinces et territoires, ordonnance de protection en Colombie-Britannique, ordonnance de ne pas faire du tribunal de la famille en Ontario.',
              'Les enfants : selon la Loi sur le divorce et plusieurs lois provinciales sur la famille, les tribunaux parlent maintenant de temps parental et de responsabilités décisionnelles plutôt que de garde. Les juges doivent tenir compte de la violence familiale pour décider ce qui est le mieux pour les enfants.',
              'La loi de Clare : certaines provinces, comme la Saskatchewan et l’Alberta, vous permettent de demander à la police si une ou un partenaire a des antécédents de violence.',
            ],
          },
          {
            type: 'p',
            text: 'Pour vous informer sur la loi, adressez-vous à l’aide juridique, au centre d’information de votre tribunal de la famille, aux services d’aide aux personnes touchées par un crime ou à un organisme d’information juridique comme l’Ontario Women’s Justice Network.',
          },
        ],
      },
      {
        heading: 'Québec',
        blocks: [
          {
            type: 'p',
            text: 'Le Québec applique le Code criminel comme le reste du Canada. Son propre droit de la famille se trouve dans le Code civil, et la Loi sur le divorce, fédérale, s’applique aussi quand des époux divorcent. Voici les termes que vous entendrez au palais de justice.',
          },
          {
            type: 'list',
            items: [
              'Le « 810 » (engagement de ne pas troubler l’ordre public) : l’engagement prévu au Code criminel. Il impose des conditions, comme ne pas vous contacter, même sans accusation criminelle.',
              'L’ordonnance de protection en matière civile : un juge de la Cour supérieure peut ordonner à une personne de cesser de vous menacer, de rester loin ou de ne pas communiquer avec vous, même si vous n’avez jamais porté plainte. Un organisme ou une autre personne peut la demander pour vous, avec votre accord.',
              'L’interdit de contact : si des accusations sont portées, les conditions de remise en liberté interdisent habituellement à la personne de communiquer avec vous.',
              'Les enfants : selon le Code civil, la garde et les droits d’accès sont décidés dans l’intérêt de l’enfant. Lors d’un divorce, la Loi sur le divorce parle plutôt de temps parental et de responsabilités décisionnelles. Les tribunaux tiennent compte de la violence familiale.',
            ],
          },
          {
            type: 'p',
            text: 'De l’aide gratuite : les CAVAC, des centres d’aide gratuits pour les personnes touchées par un crime, vous aident même si vous ne portez pas plainte. Rebâtir offre des consultations juridiques gratuites par téléphone aux personnes qui ont vécu de la violence conjugale ou sexuelle, peu importe leur revenu. SOS violence conjugale peut aussi vous orienter.',
          },
        ],
      },
      {
        heading: 'Angleterre et pays de Galles',
        blocks: [
          {
            type: 'list',
            items: [
              'L’ordonnance de non-harcèlement (non-molestation order) : une ordonnance du tribunal de la famille qui interdit la violence, les menaces, le harcèlement et les contacts. Ne pas la respecter est un crime. En cas d’urgence, le tribunal peut la rendre sans prévenir la personne d’abord. Il n’y a pas de frais de tribunal.',
              'L’ordonnance d’occupation (occupation order) : elle décide qui peut vivre dans le logement, et peut tenir la personne à l’écart du logement et des environs.',
              'Les avis et ordonnances de la police : après un incident, la police peut remettre un avis qui tient la personne à l’écart pour peu de temps, puis demander à un tribunal une ordonnance plus longue. De nouveaux avis et ordonnances de protection contre la violence domestique remplacent les anciens, d’abord dans certaines régions.',
              'La loi de Clare (Domestic Violence Disclosure Scheme) : vous pouvez demander à la police si une ou un partenaire, actuel ou ancien, a des antécédents de violence, ou poser la question pour une personne qui vous inquiète.',
              'Les enfants : le tribunal de la famille peut rendre une ordonnance sur les modalités de vie de l’enfant (child arrangements order), qui dit où il vit et qui il voit, et une ordonnance d’interdiction (prohibited steps order), qui empêche un parent de faire quelque chose, comme emmener l’enfant. Le tribunal doit tenir compte de la violence domestique.',
            ],
          },
          {
            type: 'p',
            text: 'L’aide juridique est souvent offerte pour ces ordonnances aux personnes qui ont vécu de la violence domestique. La National Domestic Abuse Helpline, et Live Fear Free au pays de Galles, peuvent vous diriger vers de l’aide juridique. L’Irlande du Nord a des ordonnances semblables selon ses propres lois.',
          },
        ],
      },
      {
        heading: 'Écosse',
        blocks: [
          {
            type: 'list',
            items: [
              'L’interdiction judiciaire (interdict) : une ordonnance civile qui empêche une personne de faire certaines choses, comme vous contacter ou s’approcher de votre domicile. Le tribunal peut y joindre un pouvoir d’arrestation, et ne pas respecter une interdiction liée à la violence domestique peut être un crime.',
              'L’ordonnance d’exclusion (exclusion order) : elle peut tenir la personne hors du logement familial.',
              'L’ordonnance de non-harcèlement (non-harassment order) : un tribunal civil peut la rendre, et un tribunal criminel aussi après une condamnation, pour vous protéger du harcèlement.',
              'La loi écossaise sur la violence domestique (Domestic Abuse (Scotland) Act) fait un crime d’un ensemble de comportements abusifs envers une ou un partenaire, actuel ou ancien, y compris le contrôle coercitif (contrôler une personne par des menaces, la surveillance, l’isolement ou l’argent), et pas seulement de la violence physique.',
              'Le programme de divulgation (Disclosure Scheme for Domestic Abuse Scotland) : vous pouvez demander à la police écossaise si une ou un partenaire a un passé violent.',
              'Les enfants : le tribunal peut rendre des ordonnances sur le lieu de vie de l’enfant (residence) et sur les personnes qu’il voit (contact), et il doit tenir compte de la violence domestique.',
            ],
          },
          {
            type: 'p',
            text: 'Le Scottish Women’s Rights Centre offre de l’information et des conseils juridiques gratuits aux femmes touchées par la violence. La Domestic Abuse and Forced Marriage Helpline de l’Écosse peut aider tout le monde.',
          },
        ],
      },
      {
        heading: 'États-Unis',
        blocks: [
          {
            type: 'p',
            text: 'Chaque État a ses propres lois, noms et formulaires, et les tribunaux autochtones ont aussi les leurs.',
          },
          {
            type: 'list',
            items: [
              'Les ordonnances de protection civiles, aussi appelées restraining orders ou orders of protection : vous en faites vous-même la demande au tribunal, souvent sans avocat. Bien des États accordent d’abord une ordonnance d’urgence ou temporaire, puis tiennent une audience pour une ordonnance plus longue.',
              'Une ordonnance de protection valide dans un État doit être respectée dans tous les autres États, territoires autochtones et territoires.',
              'Une ordonnance peut inclure la garde temporaire des enfants et peut obliger la personne à se défaire de ses armes à feu.',
              'La garde : les tribunaux de la famille décident selon l’intérêt de l’enfant, et la plupart des États tiennent compte de la violence conjugale dans cette décision.',
            ],
          },
          {
            type: 'p',
            text: 'WomensLaw.org explique les lois État par État, et la National Domestic Violence Hotline peut vous mettre en lien avec de l’aide juridique près de chez vous.',
          },
        ],
      },
      {
        heading: 'Les enfants, au moment de partir',
        blocks: [
          {
            type: 'p',
            text: 'Si vous avez des enfants avec la personne qui vous fait du mal, les questions juridiques peuvent faire peur. S’informer tôt vous donne plus de choix.',
          },
          {
            type: 'list',
            items: [
              'S’il n’y a pas encore d’ordonnance, partir avec vos enfants pour les protéger est souvent possible, mais les règles varient selon l’endroit. Parlez à une avocate ou un avocat, à une clinique juridique ou à une intervenante en maison d’hébergement le plus tôt possible, idéalement avant de partir.',
              'Demandez vite à une avocate ou un avocat comment s’adresser au tribunal de la famille. Ce qui se passe dans les premières semaines après le départ peut compter plus tard.',
              'S’il existe déjà une ordonnance sur la garde ou le temps parental, respectez-la tant qu’un tribunal ne l’a pas changée. Si la respecter vous mettrait en danger, vous ou les enfants, obtenez de l’aide juridique tout de suite et informez le tribunal. Si une personne est en danger en ce moment, appelez le numéro d’urgence local.',
              'Déménager loin ou dans un autre pays avec les enfants, sans ordonnance du tribunal ni l’accord de l’autre parent, peut être considéré comme un enlèvement d’enfant, même si vous fuyez la violence. Obtenez des conseils juridiques avant de partir, ou tout de suite après si vous avez dû partir en urgence. Une intervenante en maison d’hébergement peut vous dire ce qui s’applique chez vous.',
              'Gardez des traces : dates, faits, messages, photos, rapports médicaux ou de police. Rangez-les là où la personne ne peut pas y accéder, pas dans un téléphone, un ordinateur ou un compte infonuagique partagé.',
              'Remettez une copie de toute ordonnance à l’école ou à la garderie, et dites-leur qui peut venir chercher les enfants.',
              'À bien des endroits, la médiation avec la personne n’est pas obligatoire quand il y a eu de la violence. Demandez une dispense.',
            ],
          },
        ],
      },
    ],
  },
};
