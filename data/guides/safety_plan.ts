/*
 * Sources for the technology-safety section (facts only; the wording is ours):
 *   removing stalkerware or a tracker can alert the person and escalate, plan first:
 *     https://stopstalkerware.org/about/writing-about-stalkerware/
 *     https://juststalkingmdresources.org/stalkerware
 *   phones warn about unknown trackers moving with you (iPhone and Android):
 *     https://cybersecurityguides.net/guides/identify-airtag-tracker
 *     https://gadgetsandguides.blog/what-to-do-when-you-receive-an-unknown-tracker-alert-on-android
 *   "Find My Phone" and family locator services used to follow someone:
 *     https://juststalkingmdresources.org/stalkerware
 */
import type { Guide } from '../../lib/directory/guide-schema';
import { DANGER_SIGNS } from './shared';

export const safetyPlan: Guide = {
  id: 'safety_plan',
  audiences: ['experienced-violence', 'helpers', 'parents'],
  resourceIds: [
    'neighbours-friends-families',
    'shelter-safe',
    'assaulted-womens-helpline',
    'femaide',
    'kids-help-phone',
    'ontario-womens-justice-network',
    'loveisrespect',
    'us-national-dv-hotline',
    'gb-eng-national-domestic-abuse-helpline',
    'gb-mens-advice-line',
    'au-1800respect',
    'qc-sos-violence-conjugale',
    'gb-sct-domestic-abuse-helpline',
    'gb-wls-live-fear-free',
  ],
  en: {
    title: 'Making a safety plan',
    summary:
      'Steps to plan ahead, at your own pace and with people you trust: danger signs, living with the person, phones and trackers, children and leaving.',
    keywords: [
      'safety plan',
      'plan to leave',
      'how to leave safely',
      'leaving my partner',
      'go bag',
      'code word',
      'danger signs',
      'strangled',
      'choked me',
      'threatened to kill me',
      'he has a gun',
      'is he tracking me',
      'AirTag',
      'tracker in my car',
      'stalkerware',
      'location sharing',
      'Find My',
      'living with my abuser',
      'children safety plan',
      'strangulation',
    ],
    sections: [
      {
        heading: 'What a safety plan is',
        blocks: [
          {
            type: 'note',
            text: 'If you are in danger right now, call your local emergency number{emergency}.',
          },
          {
            type: 'p',
            text: 'A safety plan is a set of steps you work out ahead of time to be safer at home, at work, on the go or when leaving. It belongs to you. You choose what goes in it, and you can change it whenever your situation changes.',
          },
          {
            type: 'p',
            text: 'You don’t need to be planning to leave to make one. Thinking about this can bring up a lot, so take it one piece at a time. Staff on the lines listed below can help you build your plan.',
          },
        ],
      },
      DANGER_SIGNS.en,
      {
        heading: 'People who can help, at home and at work',
        blocks: [
          {
            type: 'p',
            text: 'Think of a few people you trust who could help on short notice, such as a friend, relative, neighbour or co-worker. Share only what you feel okay sharing.',
          },
          {
            type: 'list',
            items: [
              'Agree on a code word or emoji that means “call for help” or “come and get me.”',
              'Decide together what each person will do when they get it: call emergency services, pick you up, or look after the children.',
              'Learn a few important numbers by heart in case your phone is taken or broken.',
              'Ask a neighbour you trust to call for help if they hear shouting or fighting.',
              'At work, if it feels safe, tell a manager, human resources, your union or security. You can ask them to screen your calls and keep your schedule private.',
              'Ask someone to walk you to your car or the bus stop, and change your route or your hours when you can.',
              'If you choose, give security or front desk staff a photo of the person hurting you.',
            ],
          },
        ],
      },
      {
        heading: 'If you live with the person hurting you',
        blocks: [
          {
            type: 'p',
            text: 'Many people live with the person hurting them, for a short time or a long time. You are not to blame for their violence. Whatever you do to get through a hard moment, like keeping quiet or going along, is a way of staying safe.',
          },
          {
            type: 'list',
            items: [
              'Learn the signs that tension is building, and think ahead about where you could go.',
              'If an argument starts, try to move to a room with a way outside and a phone. Stay out of the kitchen, bathroom, garage or any room with weapons or only one way out.',
              'Keep your phone charged and close to you.',
              'Practise how you would get out fast: which doors, which windows, and where you would go.',
              'Keep keys, some money, your ID and important papers, or copies, where you can grab them fast, or with someone you trust.',
              'Use your code word with a neighbour, a friend or your children when you need help.',
              'If you are hurt, get medical care and ask the staff to write down your injuries. Keep photos and notes where the person can’t find them.',
            ],
          },
        ],
      },
      {
        heading: 'Technology safety',
        blocks: [
          {
            type: 'note',
            text: 'Removing a tracking app or a tracker, turning off location sharing, signing their devices out of your accounts or suddenly changing passwords can alert the person and erase proof of what they did. If you can, talk with a support line or an advocate first, using a phone or computer the person can’t get into.',
          },
          {
            type: 'p',
            text: 'Phones, accounts and small gadgets can be used to watch and follow someone. Here is what to look at when it feels safe. The guide “Browsing more safely” covers your browser.',
          },
          {
            type: 'list',
            items: [
              'Location sharing: check your phone’s settings and apps such as Find My, Google Maps location sharing, family locator apps, the Snapchat map or a family phone plan. Any of them can show where you are at all times.',
              'Trackers: small tags like AirTags or Tiles can be hidden in a bag, a coat, a child’s toy or a car. Many phones warn you when an unknown tag is moving with you. A car can also share where it is through a GPS unit or the car’s own app.',
              'Tracking apps (stalkerware): signs include the person knowing things you only said, typed or saw on your phone, a battery that runs down fast, or settings you didn’t change. A support line can help you check.',
              'Shared accounts: the person may know your passwords, or their phone or computer may still be signed in to your email, cloud storage or social media. Most accounts list the devices signed in to them.',
              'Two-step sign-in: when it is safe to make changes, turn on two-step verification, so signing in needs a code sent to your own phone. Make sure the codes don’t go to a phone or email the person can see.',
              'Proof you keep: photos, notes and screenshots can copy themselves to a shared cloud account, a family plan or a home computer. Keep them somewhere only you can reach, like a new email account the person doesn’t know about, created and opened only on a device they can’t get into, or with someone you trust.',
              'Children’s devices and gifts: a phone, tablet, watch or toy given to your children, or to you, can share location or record sound. Check them, especially after visits or exchanges.',
            ],
          },
        ],
      },
      {
        heading: 'Children',
        blocks: [
          {
            type: 'p',
            text: 'Children can take part in a plan in ways that fit their age. Their job is to keep themselves safe, never to protect you or step in.',
          },
          {
            type: 'list',
            items: [
              'Teach them how to call the emergency number and what to say, like their name and address.',
              'Choose a safe room or a neighbour’s home they can go to, and a word that means “go there now.”',
              'Tell the school or daycare who is allowed to pick them up, and give them a copy of any court order.',
              'Let older children know they can talk to a helpline for young people on their own, like Kids Help Phone in Canada.',
              'Keep the details of a plan to leave among the adults helping you. Young children may repeat them without meaning to.',
              'If you may leave with your children, get legal information early. The guide “Court orders, children and the law” explains the basics.',
            ],
          },
        ],
      },
      {
        heading: 'Planning to leave',
        blocks: [
          {
            type: 'p',
            text: 'The time around leaving, and the months after, can be the most dangerous. That is why planning ahead matters. If you can, talk it over with staff on a support line. They can help you think about timing, where to go and how to get there safely.',
          },
          {
            type: 'p',
            text: 'If you may need to leave in a hurry, keep some things where the person hurting you can’t reach them, such as with a friend, at work or in a locker. Ticks on this list stay private and disappear when you close the page.',
          },
          {
            type: 'checklist',
            items: [
              'ID, health cards, passports, immigration papers and birth certificates for you and your children, or copies of them',
              'Bank cards, some cash, and copies of bank statements',
              'Spare keys for your home and car',
              'Medication and prescriptions',
              'Court orders, your lease, and proof of the violence, such as notes, photos or messages, kept away from shared phones and accounts',
              'A phone charger, and a few things your children would need',
            ],
          },
          {
            type: 'list',
            items: [
              'Choose where you will go: a friend, a relative or a shelter. Shelter Safe lists shelters across Canada, and the lines below can help you find one where you live.',
              'If you can, leave at a time when the person hurting you is away, and plan your own ride. Telling them ahead of time that you are leaving can make it more dangerous.',
              'Take your important things, or know where your copies are.',
              'Once you are somewhere safe, and with help from a support line, check your phone and car for tracking, then change your passwords and your routines.',
              'Ask a support line or a legal clinic about a protection order. The guide “Court orders, children and the law” explains what they can do.',
            ],
          },
        ],
      },
    ],
  },
  fr: {
    title: 'Faire un plan de sécurité',
    summary:
      'Des étapes à préparer à votre rythme, avec des personnes de confiance : signes de danger, vie avec la personne, téléphones et traceurs, enfants et départ.',
    keywords: [
      'plan de sécurité',
      'partir en sécurité',
      'quitter mon conjoint',
      'quitter ma conjointe',
      "sac d'urgence",
      'mot code',
      'documents importants',
      'étranglée',
      'il m’a étranglée',
      'menace de mort',
      'il a une arme',
      'traceur',
      'il me suit à la trace',
      'logiciel espion',
      'partage de position',
      'localisation',
      'vivre avec mon agresseur',
      'sécurité des enfants',
      'sécurité numérique',
      'signes de danger',
    ],
    sections: [
      {
        heading: 'Qu’est-ce qu’un plan de sécurité?',
        blocks: [
          {
            type: 'note',
            text: 'Si vous êtes en danger en ce moment, appelez le numéro d’urgence local{emergency}.',
          },
          {
            type: 'p',
            text: 'Un plan de sécurité, c’est un ensemble d’étapes préparées d’avance pour être plus en sécurité à la maison, au travail, dans vos déplacements ou au moment de partir. Ce plan vous appartient. Vous choisissez ce qu’il contient et vous pouvez le modifier chaque fois que votre situation change.',
          },
          {
            type: 'p',
            text: 'Pas besoin de prévoir un départ pour en faire un. Y penser peut remuer beaucoup de choses : allez-y une étape à la fois. Le personnel des lignes indiquées plus bas peut vous aider à bâtir votre plan.',
          },
        ],
      },
      DANGER_SIGNS.fr,
      {
        heading: 'Des personnes qui peuvent aider, à la maison et au travail',
        blocks: [
          {
            type: 'p',
            text: 'Pensez à quelques personnes de confiance qui pourraient vous aider rapidement, comme une amie, un membre de la famille, un voisin ou une collègue. Dites-leur seulement ce que vous êtes à l’aise de dire.',
          },
          {
            type: 'list',
            items: [
              'Entendez-vous sur un mot code ou un émoji qui veut dire « appelle à l’aide » ou « viens me chercher ».',
              'Décidez ensemble de ce que chaque personne fera en le recevant : appeler les services d’urgence, venir vous chercher ou s’occuper des enfants.',
              'Apprenez par cœur quelques numéros importants, au cas où votre téléphone serait pris ou brisé.',
              'Demandez à une voisine ou un voisin de confiance d’appeler à l’aide en cas de cris ou de dispute.',
              'Au travail, si vous vous sentez à l’aise, parlez-en à votre gestionnaire, aux ressources humaines, à votre syndicat ou au service de sécurité. Vous pouvez demander qu’on filtre vos appels et que votre horaire reste confidentiel.',
              'Demandez qu’on vous accompagne jusqu’à votre voiture ou à l’arrêt d’autobus, et changez de trajet ou d’horaire quand c’est possible.',
              'Si vous le souhaitez, donnez une photo de la personne qui vous fait du mal à la sécurité ou à la réception.',
            ],
          },
        ],
      },
      {
        heading: 'Si vous vivez avec la personne qui vous fait du mal',
        blocks: [
          {
            type: 'p',
            text: 'Bien des gens vivent avec la personne qui leur fait du mal, pour peu de temps ou pour longtemps. Sa violence n’est pas de votre faute. Tout ce que vous faites pour traverser un moment difficile, comme vous taire ou faire semblant d’être d’accord, est une façon de vous protéger.',
          },
          {
            type: 'list',
            items: [
              'Apprenez à reconnaître les signes que la tension monte, et pensez d’avance à l’endroit où vous pourriez aller.',
              'Si une dispute commence, essayez d’aller dans une pièce avec une sortie vers l’extérieur et un téléphone. Évitez la cuisine, la salle de bain, le garage et toute pièce avec des armes ou une seule issue.',
              'Gardez votre téléphone chargé et près de vous.',
              'Pratiquez votre façon de sortir vite : quelles portes, quelles fenêtres, et où aller ensuite.',
              'Gardez vos clés, un peu d’argent, vos pièces d’identité et vos papiers importants, ou leurs copies, à portée de main, ou chez une personne de confiance.',
              'Utilisez votre mot code avec une voisine, un ami ou vos enfants quand vous avez besoin d’aide.',
              'Si vous avez des blessures, faites-vous soigner et demandez au personnel de noter vos blessures. Gardez photos et notes là où la personne ne les trouvera pas.',
            ],
          },
        ],
      },
      {
        heading: 'La sécurité technologique',
        blocks: [
          {
            type: 'note',
            text: 'Retirer une application de surveillance ou un traceur, désactiver le partage de position, déconnecter ses appareils de vos comptes ou changer soudainement vos mots de passe peut alerter la personne et effacer des preuves de ce qu’elle a fait. Si possible, parlez-en d’abord à une ligne d’aide ou à une intervenante, à partir d’un téléphone ou d’un ordinateur auquel la personne n’a pas accès.',
          },
          {
            type: 'p',
            text: 'Les téléphones, les comptes et les petits gadgets peuvent servir à surveiller et à suivre quelqu’un. Voici quoi vérifier quand vous vous sentez en sécurité. Le guide « Naviguer de façon plus sûre » traite de votre navigateur.',
          },
          {
            type: 'list',
            items: [
              'Le partage de position : vérifiez les paramètres de votre téléphone et les applications comme Localiser (Find My), le partage de position de Google Maps, les applications de localisation familiale, la carte de Snapchat ou un forfait familial. Chacune peut montrer où vous êtes en tout temps.',
              'Les traceurs : de petites balises comme les AirTag ou les Tile peuvent être cachées dans un sac, un manteau, un jouet d’enfant ou une voiture. Bien des téléphones vous avertissent quand une balise inconnue se déplace avec vous. Une voiture peut aussi partager sa position par un GPS ou par l’application du fabricant.',
              'Les applications de surveillance (logiciels espions) : la personne sait des choses que vous avez seulement dites, tapées ou vues sur votre téléphone, la pile se vide vite, ou des réglages ont changé sans vous. Une ligne d’aide peut vous aider à vérifier.',
              'Les comptes partagés : la personne connaît peut-être vos mots de passe, ou son téléphone ou son ordinateur est peut-être encore connecté à votre courriel, à votre stockage en ligne ou à vos réseaux sociaux. La plupart des comptes affichent la liste des appareils connectés.',
              'La connexion en deux étapes : quand vous pouvez faire des changements sans danger, activez la validation en deux étapes, pour qu’un code envoyé à votre propre téléphone soit demandé à la connexion. Assurez-vous que les codes n’arrivent pas sur un téléphone ou un courriel que la personne peut voir.',
              'Les preuves que vous gardez : photos, notes et captures d’écran peuvent se copier toutes seules dans un compte infonuagique partagé, un forfait familial ou l’ordinateur de la maison. Gardez-les là où personne d’autre que vous n’a accès, comme une nouvelle adresse courriel que la personne ne connaît pas, créée et consultée seulement sur un appareil auquel elle n’a pas accès, ou chez une personne de confiance.',
              'Les appareils et les cadeaux des enfants : un téléphone, une tablette, une montre ou un jouet donné à vos enfants, ou à vous, peut partager une position ou enregistrer des sons. Vérifiez-les, surtout après les visites ou les échanges de garde.',
            ],
          },
        ],
      },
      {
        heading: 'Les enfants',
        blocks: [
          {
            type: 'p',
            text: 'Les enfants peuvent participer au plan selon leur âge. Leur rôle est de se mettre à l’abri, jamais de vous protéger ou d’intervenir.',
          },
          {
            type: 'list',
            items: [
              'Apprenez-leur à appeler le numéro d’urgence et quoi dire, comme leur nom et leur adresse.',
              'Choisissez une pièce sûre ou la maison d’un voisin où ils peuvent aller, et un mot qui veut dire « vas-y maintenant ».',
              'Dites à l’école ou à la garderie qui a le droit de venir chercher les enfants, et remettez-leur une copie de toute ordonnance du tribunal.',
              'Dites aux plus grands qu’ils peuvent parler par eux-mêmes à une ligne d’aide pour les jeunes, comme Jeunesse, J’écoute au Canada.',
              'Gardez les détails d’un plan de départ entre les adultes qui vous aident. Les jeunes enfants pourraient les répéter sans le vouloir.',
              'Si vous pensez partir avec vos enfants, informez-vous tôt sur vos droits. Le guide « Les ordonnances du tribunal, les enfants et la loi » explique l’essentiel.',
            ],
          },
        ],
      },
      {
        heading: 'Planifier un départ',
        blocks: [
          {
            type: 'p',
            text: 'La période du départ, et les mois qui suivent, peuvent être les plus dangereux. C’est pourquoi il vaut la peine de planifier. Si possible, parlez-en avec le personnel d’une ligne d’aide. Il peut vous aider à réfléchir au bon moment, à l’endroit où aller et à la façon de vous y rendre en sécurité.',
          },
          {
            type: 'p',
            text: 'Si vous devez partir en vitesse, gardez certaines choses hors de portée de la personne qui vous fait du mal, par exemple chez une amie, au travail ou dans un casier. Les cases cochées ici restent privées et disparaissent quand vous fermez la page.',
          },
          {
            type: 'checklist',
            items: [
              'Pièces d’identité, cartes d’assurance maladie, passeports, papiers d’immigration et certificats de naissance pour vous et vos enfants, ou leurs copies',
              'Cartes bancaires, un peu d’argent comptant et des copies de relevés bancaires',
              'Des doubles des clés de la maison et de la voiture',
              'Médicaments et ordonnances',
              'Ordonnances du tribunal, bail, et preuves de la violence comme des notes, des photos ou des messages, gardées loin des téléphones et des comptes partagés',
              'Un chargeur de téléphone et quelques affaires dont vos enfants auraient besoin',
            ],
          },
          {
            type: 'list',
            items: [
              'Choisissez où aller : chez une amie, chez un membre de la famille ou dans une maison d’hébergement. Shelter Safe répertorie les maisons partout au Canada, et les lignes plus bas peuvent vous aider à en trouver une près de chez vous.',
              'Si possible, partez à un moment où la personne qui vous fait du mal est absente, et prévoyez votre propre transport. L’avertir d’avance de votre départ peut augmenter le danger.',
              'Apportez vos choses importantes, ou sachez où se trouvent vos copies.',
              'Une fois en lieu sûr, et avec l’aide d’une ligne d’aide, vérifiez que votre téléphone et votre voiture ne sont pas suivis à la trace, puis changez vos mots de passe et vos habitudes.',
              'Renseignez-vous auprès d’une ligne d’aide ou d’une clinique juridique sur les ordonnances de protection. Le guide « Les ordonnances du tribunal, les enfants et la loi » explique à quoi elles servent.',
            ],
          },
        ],
      },
    ],
  },
};
