import type { Guide } from '../../lib/directory/guide-schema';

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
    'gb-national-domestic-abuse-helpline',
    'gb-mens-advice-line',
    'au-1800respect',
  ],
  en: {
    summary:
      'Steps to plan ahead, at your own pace and with people you trust, for home, work, children and leaving.',
    keywords: [
      'safety plan',
      'safety planning',
      'plan to leave',
      'how to leave safely',
      'leaving my partner',
      'leaving him',
      'go bag',
      'emergency bag',
      'code word',
      'important documents',
      'safe place',
      'safety at work',
      'children safety plan',
      'help a friend make a safety plan',
      'plan de sécurité',
      'partir en sécurité',
      'quitter mon conjoint',
      "sac d'urgence",
      'mot code',
    ],
    sections: [
      {
        heading: 'What a safety plan is',
        blocks: [
          {
            type: 'note',
            text: 'If you are in danger right now, call your local emergency number (911 in Canada and the US).',
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
      {
        heading: 'Trusted people and a code word',
        blocks: [
          {
            type: 'p',
            text: 'Think of a few people you trust who could help on short notice, such as a friend, relative, neighbour or co-worker.',
          },
          {
            type: 'list',
            items: [
              'Agree on a code word or emoji that means “call for help” or “come and get me.”',
              'Decide together what each person will do when they get it: call emergency services, pick you up, or look after the children.',
              'Learn a few important numbers by heart in case your phone is taken or broken.',
              'Ask a neighbour you trust to call for help if they hear shouting or fighting.',
            ],
          },
        ],
      },
      {
        heading: 'A safe place for important things',
        blocks: [
          {
            type: 'p',
            text: 'If you may need to leave in a hurry, keep some things where the person who harmed you can’t reach them, such as with a friend, at work or in a locker. Ticks on this list stay private and disappear when you close the page.',
          },
          {
            type: 'checklist',
            items: [
              'ID, health cards, passports, immigration papers and birth certificates, or copies of them',
              'Bank cards, some cash, and copies of bank statements',
              'Spare keys for your home and car',
              'Medication and prescriptions',
              'Court orders, your lease, and any notes, photos or messages that show the violence',
              'A phone charger, and a few things your children would need',
            ],
          },
        ],
      },
      {
        heading: 'At work',
        blocks: [
          {
            type: 'p',
            text: 'The person who harmed you may know where to find you during the day. If it feels safe, you could tell a manager, human resources, your union or security what is going on.',
          },
          {
            type: 'list',
            items: [
              'Ask for your calls to be screened and your schedule kept private.',
              'Ask someone to walk you to your car or to the bus stop.',
              'Give security or front desk staff a photo of the person who harmed you, if you choose.',
              'Change your route or your hours when you can.',
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
              'Let older children know they can talk to Kids Help Phone on their own.',
            ],
          },
        ],
      },
      {
        heading: 'Planning to leave',
        blocks: [
          {
            type: 'p',
            text: 'The time around leaving can be the most dangerous, so planning ahead matters. If you can, talk it over with staff on a support line. They can help you think about timing, where to go and how to get there safely.',
          },
          {
            type: 'list',
            items: [
              'Choose where you will go: a friend, a relative or a shelter. Shelter Safe can help you find shelters across Canada.',
              'If you can, leave at a time when the person who harmed you is away.',
              'Take your important things, or know where your copies are.',
              'Afterwards, change your passwords, check your phone and car for tracking, and change your routines.',
            ],
          },
        ],
      },
      {
        heading: 'If you are helping someone plan',
        blocks: [
          {
            type: 'p',
            text: 'The plan belongs to the person it is for. Offer ideas and let them choose, even when you would choose differently.',
          },
          {
            type: 'list',
            items: [
              'Offer to keep copies of documents, or a bag, at your place.',
              'Agree on a code word and on what you will do when you get it.',
              'Tell them when you can be reached, and be honest about your limits.',
              'Call a support line yourself if you need advice.',
            ],
          },
        ],
      },
    ],
  },
  fr: {
    summary:
      'Des étapes à préparer à votre rythme, avec des personnes de confiance, pour la maison, le travail, les enfants et le départ.',
    keywords: [
      'plan de sécurité',
      'planifier ma sécurité',
      'partir en sécurité',
      'quitter mon conjoint',
      'quitter ma conjointe',
      'comment partir',
      "sac d'urgence",
      'mot code',
      'documents importants',
      'lieu sûr',
      'sécurité au travail',
      'sécurité des enfants',
      'aider une amie à faire un plan',
      "maison d'hébergement",
      'safety plan',
      'code word',
      'leaving',
    ],
    sections: [
      {
        heading: 'Qu’est-ce qu’un plan de sécurité?',
        blocks: [
          {
            type: 'note',
            text: 'Si vous êtes en danger en ce moment, appelez le numéro d’urgence local (le 911 au Canada et aux États-Unis).',
          },
          {
            type: 'p',
            text: 'Un plan de sécurité, c’est un ensemble d’étapes préparées d’avance pour être plus en sécurité à la maison, au travail, dans vos déplacements ou au moment de partir. Ce plan vous appartient. Vous choisissez ce qu’il contient et vous pouvez le modifier chaque fois que votre situation change.',
          },
          {
            type: 'p',
            text: 'Pas besoin de prévoir un départ pour en faire un. Y penser peut remuer beaucoup de choses : allez-y une étape à la fois. Le personnel des lignes indiquées plus bas peut vous aider à bâtir votre plan.',
          },
        ],
      },
      {
        heading: 'Des personnes de confiance et un mot code',
        blocks: [
          {
            type: 'p',
            text: 'Pensez à quelques personnes de confiance qui pourraient vous aider rapidement, comme une amie, un membre de la famille, un voisin ou une collègue.',
          },
          {
            type: 'list',
            items: [
              'Entendez-vous sur un mot code ou un émoji qui veut dire « appelle à l’aide » ou « viens me chercher ».',
              'Décidez ensemble de ce que chaque personne fera en le recevant : appeler les services d’urgence, venir vous chercher ou s’occuper des enfants.',
              'Apprenez par cœur quelques numéros importants, au cas où votre téléphone serait pris ou brisé.',
              'Demandez à une voisine ou un voisin de confiance d’appeler à l’aide en cas de cris ou de dispute.',
            ],
          },
        ],
      },
      {
        heading: 'Un endroit sûr pour les choses importantes',
        blocks: [
          {
            type: 'p',
            text: 'Si vous devez partir en vitesse, gardez certaines choses hors de portée de la personne qui vous a fait du mal, par exemple chez une amie, au travail ou dans un casier. Les cases cochées ici restent privées et disparaissent quand vous fermez la page.',
          },
          {
            type: 'checklist',
            items: [
              'Pièces d’identité, cartes d’assurance maladie, passeports, papiers d’immigration et certificats de naissance, ou leurs copies',
              'Cartes bancaires, un peu d’argent comptant et des copies de relevés bancaires',
              'Des doubles des clés de la maison et de la voiture',
              'Médicaments et ordonnances',
              'Ordonnances du tribunal, bail, et notes, photos ou messages qui montrent la violence',
              'Un chargeur de téléphone et quelques affaires dont vos enfants auraient besoin',
            ],
          },
        ],
      },
      {
        heading: 'Au travail',
        blocks: [
          {
            type: 'p',
            text: 'La personne qui vous a fait du mal sait peut-être où vous trouver pendant la journée. Si vous vous sentez à l’aise de le faire, vous pouvez en parler à votre gestionnaire, aux ressources humaines, à votre syndicat ou au service de sécurité.',
          },
          {
            type: 'list',
            items: [
              'Demandez que vos appels soient filtrés et que votre horaire reste confidentiel.',
              'Demandez qu’on vous accompagne jusqu’à votre voiture ou à l’arrêt d’autobus.',
              'Si vous le souhaitez, donnez une photo de la personne qui vous a fait du mal à la sécurité ou à la réception.',
              'Changez de trajet ou d’horaire quand c’est possible.',
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
              'Choisissez une pièce sûre ou la maison d’un voisin où ils peuvent aller, et un mot qui veut dire « vas-y maintenant ».',
              'Dites à l’école ou à la garderie qui a le droit de venir chercher les enfants, et remettez-leur une copie de toute ordonnance du tribunal.',
              'Dites aux plus grands qu’ils peuvent parler à Jeunesse, J’écoute par eux-mêmes.',
            ],
          },
        ],
      },
      {
        heading: 'Planifier un départ',
        blocks: [
          {
            type: 'p',
            text: 'La période du départ peut être la plus dangereuse : c’est pourquoi il vaut la peine de planifier. Si possible, parlez-en avec le personnel d’une ligne d’aide. Il peut vous aider à réfléchir au bon moment, à l’endroit où aller et à la façon de vous y rendre en sécurité.',
          },
          {
            type: 'list',
            items: [
              'Choisissez où aller : chez une amie, chez un membre de la famille ou dans une maison d’hébergement. Shelter Safe peut vous aider à en trouver partout au Canada.',
              'Si possible, partez à un moment où la personne qui vous a fait du mal est absente.',
              'Apportez vos choses importantes, ou sachez où se trouvent vos copies.',
              'Ensuite, changez vos mots de passe, vérifiez que votre téléphone et votre voiture ne sont pas suivis à la trace, et modifiez vos habitudes.',
            ],
          },
        ],
      },
      {
        heading: 'Si vous aidez quelqu’un à faire un plan',
        blocks: [
          {
            type: 'p',
            text: 'Le plan appartient à la personne concernée. Proposez des idées et laissez-la choisir, même si vous feriez autrement.',
          },
          {
            type: 'list',
            items: [
              'Offrez de garder chez vous des copies de documents ou un sac.',
              'Entendez-vous sur un mot code et sur ce que vous ferez en le recevant.',
              'Dites-lui quand on peut vous joindre, et soyez honnête sur vos limites.',
              'Appelez vous-même une ligne d’aide si vous avez besoin de conseils.',
            ],
          },
        ],
      },
    ],
  },
};
