import type { Guide } from '../../lib/directory/guide-schema';

export const saferBrowsing: Guide = {
  id: 'safer_browsing',
  audiences: ['experienced-violence', 'helpers', 'anyone'],
  resourceIds: [
    'assaulted-womens-helpline',
    'femaide',
    'shelter-safe',
    'us-national-dv-hotline',
    'gb-national-domestic-abuse-helpline',
    'au-1800respect',
  ],
  en: {
    summary:
      'What Waypoint removes for you, what it can’t hide, and other steps that make looking for help safer.',
    keywords: [
      'safe browsing',
      'browse safely',
      'browser history',
      'delete history',
      'clear history',
      'hide my history',
      'incognito',
      'private window',
      'panic button',
      'quick exit',
      'is my phone being monitored',
      'spyware',
      'stalkerware',
      'someone checks my phone',
      'tech safety',
      'navigation privée',
      "effacer l'historique",
      'logiciel espion',
      'sortie rapide',
    ],
    sections: [
      {
        heading: 'What Waypoint does',
        blocks: [
          {
            type: 'note',
            text: 'If you are in danger right now, call your local emergency number (911 in Canada and the US). To leave this page fast, press Shift three times quickly.',
          },
          {
            type: 'p',
            text: 'Waypoint works inside your browser. When you visit a help website or search for help, it removes that visit from your history as it happens. The guides you are reading now are stored inside Waypoint, so opening them adds nothing to your history.',
          },
          {
            type: 'list',
            items: [
              'Panic exit: press Shift three times quickly (unless you chose another key in the settings), or use the keyboard shortcut set in your browser. Waypoint jumps to an ordinary page.',
              'Help tabs: during a panic exit, Waypoint closes the tabs that have help websites open and removes them from history and from recently closed tabs.',
              'History: visits to help websites and searches for help are removed one by one, so the rest of your history looks normal.',
            ],
          },
        ],
      },
      {
        heading: 'What Waypoint can’t do',
        blocks: [
          {
            type: 'p',
            text: 'No tool can hide everything. Knowing where else traces can show up helps you decide what is safe for you.',
          },
          {
            type: 'list',
            items: [
              'Other devices: if your browser is signed in to an account with sync turned on, your history and open tabs may be copied to other phones or computers on that account.',
              'Search accounts: if you are signed in to a search engine or email account, your searches may be saved in that account’s activity, apart from the browser.',
              'Networks: a home router, or the network at work or school, may keep a record of the websites visited.',
              'Spyware: monitoring apps or spyware can record what you do on a device. Waypoint cannot find or stop them.',
              'People nearby: someone may see your screen or look over your shoulder.',
              'Phone records: calls and texts to help lines can appear in the phone’s call log and on the phone bill.',
            ],
          },
          {
            type: 'p',
            text: 'If you think a device is being watched, use a different one for anything about getting help or leaving. Sudden changes, like a new password or an empty history, can draw attention, so go at a pace that feels safe.',
          },
        ],
      },
      {
        heading: 'Other steps you can take',
        blocks: [
          {
            type: 'list',
            items: [
              'Open a private or incognito window. It doesn’t keep history on that device once you close it, but networks and signed-in accounts can still see activity.',
              'Use a device that nobody else controls, or a computer at a public library or at the home of a friend you trust.',
              'Check shared accounts: who else can sign in to your email, cloud storage, browser or phone account, and is sync turned on?',
              'Clear autofill. Browsers suggest addresses, searches and form answers you typed before. You can remove them in the browser’s settings.',
              'If the call log or phone bill might be seen, call from a friend’s phone, a work phone or another phone you trust.',
            ],
          },
          {
            type: 'p',
            text: 'Wiping all your history at once can look unusual to someone who checks. It’s okay to leave ordinary browsing in place and let Waypoint remove only the parts about getting help.',
          },
        ],
      },
      {
        heading: 'Help with tech safety',
        blocks: [
          {
            type: 'p',
            text: 'Staff at support lines and shelters can go over your phone, computer and accounts with you and help you choose what to change first. You can reach them through the lines listed below, from a device or phone you trust.',
          },
        ],
      },
    ],
  },
  fr: {
    summary:
      'Ce que Waypoint efface pour vous, ce qu’il ne peut pas cacher et d’autres façons de chercher de l’aide plus prudemment.',
    keywords: [
      'navigation sécuritaire',
      'naviguer en sécurité',
      'historique',
      "effacer l'historique",
      "supprimer l'historique",
      'navigation privée',
      'fenêtre privée',
      'sortie rapide',
      'bouton panique',
      'logiciel espion',
      'mon téléphone est surveillé',
      'il fouille mon téléphone',
      'sécurité numérique',
      'incognito',
      'clear history',
      'private browsing',
      'spyware',
    ],
    sections: [
      {
        heading: 'Ce que fait Waypoint',
        blocks: [
          {
            type: 'note',
            text: 'Si vous êtes en danger en ce moment, appelez le numéro d’urgence local (le 911 au Canada et aux États-Unis). Pour quitter cette page rapidement, appuyez rapidement trois fois sur la touche Maj (Shift).',
          },
          {
            type: 'p',
            text: 'Waypoint fonctionne à l’intérieur de votre navigateur. Quand vous visitez un site d’aide ou cherchez de l’aide en ligne, il retire cette visite de votre historique au fur et à mesure. Les guides que vous lisez sont stockés dans Waypoint : les ouvrir n’ajoute rien à votre historique.',
          },
          {
            type: 'list',
            items: [
              'Sortie rapide : appuyez rapidement trois fois sur Maj (sauf si vous avez choisi une autre touche dans les paramètres), ou utilisez le raccourci clavier réglé dans votre navigateur. Waypoint passe à une page ordinaire.',
              'Onglets d’aide : lors d’une sortie rapide, Waypoint ferme les onglets où des sites d’aide sont ouverts et les retire de l’historique et des onglets récemment fermés.',
              'Historique : les visites de sites d’aide et les recherches d’aide sont retirées une à une, pour que le reste de l’historique ait l’air normal.',
            ],
          },
        ],
      },
      {
        heading: 'Ce que Waypoint ne peut pas faire',
        blocks: [
          {
            type: 'p',
            text: 'Aucun outil ne peut tout cacher. Savoir où d’autres traces peuvent apparaître vous aide à décider ce qui est sûr pour vous.',
          },
          {
            type: 'list',
            items: [
              'Autres appareils : si votre navigateur est connecté à un compte et que la synchronisation est activée, votre historique et vos onglets peuvent être copiés sur d’autres téléphones ou ordinateurs liés à ce compte.',
              'Comptes de recherche : si un compte de moteur de recherche ou de courriel est ouvert, vos recherches peuvent être enregistrées dans l’activité de ce compte, en dehors du navigateur.',
              'Réseaux : le routeur de la maison, ou le réseau du travail ou de l’école, peut garder une trace des sites visités.',
              'Logiciels espions : une application de surveillance ou un logiciel espion peut enregistrer ce que vous faites sur un appareil. Waypoint ne peut ni les détecter ni les arrêter.',
              'Personnes autour de vous : quelqu’un peut voir votre écran ou regarder par-dessus votre épaule.',
              'Relevés téléphoniques : les appels et les textos vers des lignes d’aide peuvent apparaître dans le journal d’appels du téléphone et sur la facture.',
            ],
          },
          {
            type: 'p',
            text: 'Si vous pensez qu’un appareil est surveillé, utilisez-en un autre pour tout ce qui touche à l’aide ou à un départ. Les changements soudains, comme un nouveau mot de passe ou un historique vide, peuvent attirer l’attention : allez à un rythme qui vous semble sûr.',
          },
        ],
      },
      {
        heading: 'D’autres mesures possibles',
        blocks: [
          {
            type: 'list',
            items: [
              'Ouvrez une fenêtre de navigation privée. Elle ne garde pas d’historique sur l’appareil une fois fermée, mais les réseaux et les comptes connectés peuvent quand même voir l’activité.',
              'Utilisez un appareil que personne d’autre ne contrôle, ou un ordinateur dans une bibliothèque publique ou chez une personne de confiance.',
              'Vérifiez les comptes partagés : qui d’autre peut se connecter à votre courriel, à votre stockage en ligne, à votre navigateur ou à votre compte de téléphone? La synchronisation est-elle activée?',
              'Effacez la saisie automatique. Les navigateurs suggèrent des adresses, des recherches et des réponses de formulaires déjà tapées. Vous pouvez les supprimer dans les paramètres du navigateur.',
              'Si le journal d’appels ou la facture risque d’être vu, appelez avec le téléphone d’une amie ou d’un ami, un téléphone du travail ou un autre téléphone sûr.',
            ],
          },
          {
            type: 'p',
            text: 'Effacer tout l’historique d’un coup peut sembler étrange à quelqu’un qui vérifie. Vous pouvez laisser la navigation ordinaire en place et laisser Waypoint retirer seulement ce qui touche à la recherche d’aide.',
          },
        ],
      },
      {
        heading: 'De l’aide pour la sécurité numérique',
        blocks: [
          {
            type: 'p',
            text: 'Le personnel des lignes d’écoute et des maisons d’hébergement peut passer en revue avec vous votre téléphone, votre ordinateur et vos comptes, et vous aider à choisir quoi changer en premier. Vous pouvez le joindre par les lignes indiquées plus bas, à partir d’un appareil ou d’un téléphone sûr.',
          },
        ],
      },
    ],
  },
};
