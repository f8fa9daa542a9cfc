/*
 * Private windows: Firefox and Chromium run no extension there unless the person allows it
 * ("Run in Private Windows" / "Allow in Incognito"):
 *   https://support.mozilla.org/en-US/kb/extensions-private-browsing
 *   https://blog.mozilla.org/addons/2019/03/26/extensions-in-firefox-67/
 *   https://github.com/orgs/ActivityWatch/discussions/1342
 * Quick exit keys in PDF files: page key handlers never run in Chrome's PDF viewer, and Firefox
 * injects no content script into its PDF viewer; typing in the address bar never reaches a page:
 *   https://github.com/fastaddons/ScrollAnywhere/issues/15
 *   https://github.com/wildskyf/pageMemo/issues/19
 * Autofill: one suggestion can be deleted from the list (Shift+Delete) instead of clearing all:
 *   https://www.rickyspears.com/tech/how-to-delete-specific-chrome-autofill-suggestions-a-comprehensive-guide
 *   https://www.schieb.de/468470/adressen-aus-dem-firefox-archiv-entfernen
 * The `limits` block is the generated "what Waypoint cannot do" list (data/limits.ts).
 */
import type { Guide } from '../../lib/directory/guide-schema';

export const saferBrowsing: Guide = {
  id: 'safer_browsing',
  audiences: ['experienced-violence', 'helpers', 'anyone'],
  resourceIds: [
    'assaulted-womens-helpline',
    'femaide',
    'shelter-safe',
    'us-national-dv-hotline',
    'gb-eng-national-domestic-abuse-helpline',
    'au-1800respect',
    'qc-sos-violence-conjugale',
    'gb-sct-domestic-abuse-helpline',
    'gb-wls-live-fear-free',
  ],
  en: {
    title: 'Browsing more safely',
    summary:
      'What Waypoint removes for you, what we know it leaves behind, private windows, and other steps that make looking for help safer.',
    keywords: [
      'safe browsing',
      'browser history',
      'delete history',
      'clear history',
      'hide my history',
      'incognito',
      'private window',
      'private browsing',
      'panic button',
      'quick exit',
      'is my phone being monitored',
      'spyware',
      'someone checks my phone',
      'tech safety',
      'what Waypoint cannot do',
      'hide the extension',
      'extension list',
      'browser sync',
      'autofill',
      'saved passwords',
    ],
    sections: [
      {
        heading: 'What Waypoint does',
        blocks: [
          {
            type: 'note',
            text: 'If you are in danger right now, call your local emergency number{emergency}. To leave this page fast, press Shift three times quickly, or the quick exit keys you chose.',
          },
          {
            type: 'p',
            text: 'Waypoint works inside this browser, on this computer. As you go, it removes from your history the visits to help sites it knows, and searches for help on the main search engines when it recognises the words. The guides you are reading are stored inside Waypoint, and it cleans up after them like any help page.',
          },
          {
            type: 'list',
            items: [
              'Quick exit: press Shift three times quickly (unless you chose other keys in the settings), use the browser shortcut, or press the Quick exit button. Waypoint hides the page and opens an ordinary website. In a PDF file or while you type in the address bar, the keys don’t work, so use the shortcut or the button.',
              'Help tabs: during a quick exit, Waypoint closes the tabs that have help sites open, in every window, and removes them from history and from recently closed tabs. Tabs of other sites stay open, unless you chose in the settings to close every tab.',
              'History: visits to the help sites Waypoint knows, to the sites you add under My help sites, and help searches on the main search engines are removed one by one. Everything else stays, so your history looks normal.',
            ],
          },
        ],
      },
      {
        heading: 'What Waypoint can’t do',
        blocks: [
          {
            type: 'p',
            text: 'No tool can hide everything. Here is what we know Waypoint leaves behind, so you can decide what is safe for you. There may be other traces too.',
          },
          { type: 'limits' },
          {
            type: 'p',
            text: 'If you think a device is being watched, use a different one for anything about getting help or leaving. Sudden changes, like a new password or an empty history, can draw attention, so go at a pace that feels safe.',
          },
        ],
      },
      {
        heading: 'Private windows',
        blocks: [
          {
            type: 'p',
            text: 'A private or incognito window forgets the pages you opened once you close it. But networks and signed-in accounts can still see what you do there. And Waypoint doesn’t run in private windows unless you allow it, so its quick exit does nothing in them.',
          },
          {
            type: 'list',
            items: [
              'To allow Waypoint there: in Chrome, open the extensions page, choose Details under Waypoint and turn on Allow in Incognito (in Edge, Allow in InPrivate). In Firefox, open Add-ons and themes, choose Waypoint and set Run in Private Windows to Allow.',
              'Close every private window when you are done. Until then, the pages in it are still there for anyone who looks.',
              'If you don’t allow it, look for help in a regular window, where Waypoint removes help sites from history and the quick exit works.',
            ],
          },
        ],
      },
      {
        heading: 'Other steps you can take',
        blocks: [
          {
            type: 'list',
            items: [
              'Use a device that nobody else controls, or a computer at a public library or at the home of a friend you trust.',
              'Check shared accounts: who else can sign in to your email, cloud storage, browser or phone account, and is sync turned on?',
              'Check autofill. Browsers suggest addresses, searches and form answers you typed before. Rather than clearing them all, which can be noticed, remove only the suggestions about getting help: most browsers let you delete one suggestion from the list.',
              'If it is safe, sign out of your search engine account before you search for help, or stop it from saving your searches. Someone who shares the account may notice either change.',
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
          {
            type: 'p',
            text: 'For phones, location sharing, trackers and tracking apps, see Technology safety in the guide “Making a safety plan”. Removing a tracking app or a tracker can alert the person, so plan that step with a support line first.',
          },
        ],
      },
    ],
  },
  fr: {
    title: 'Naviguer de façon plus sûre',
    summary:
      'Ce que Waypoint efface pour vous, ce qu’il laisse derrière à notre connaissance, la navigation privée et d’autres façons de chercher de l’aide plus prudemment.',
    keywords: [
      'navigation sécuritaire',
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
      'ce que Waypoint ne peut pas faire',
      "cacher l'extension",
      'liste des extensions',
      'synchronisation',
      'saisie automatique',
      'mots de passe enregistrés',
    ],
    sections: [
      {
        heading: 'Ce que fait Waypoint',
        blocks: [
          {
            type: 'note',
            text: 'Si vous êtes en danger en ce moment, appelez le numéro d’urgence local{emergency}. Pour quitter cette page rapidement, appuyez vite trois fois sur Maj (Shift), ou sur les touches de sortie rapide que vous avez choisies.',
          },
          {
            type: 'p',
            text: 'Waypoint fonctionne à l’intérieur de ce navigateur, sur cet ordinateur. Au fur et à mesure, il retire de votre historique les visites des sites d’aide qu’il connaît, et les recherches d’aide faites sur les principaux moteurs de recherche quand il en reconnaît les mots. Les guides que vous lisez sont stockés dans Waypoint, et il les nettoie comme n’importe quelle page d’aide.',
          },
          {
            type: 'list',
            items: [
              'Sortie rapide : appuyez vite trois fois sur Maj (sauf si vous avez choisi d’autres touches dans les paramètres), utilisez le raccourci du navigateur ou le bouton Sortie rapide. Waypoint masque la page et ouvre un site ordinaire. Dans un fichier PDF ou pendant que vous tapez dans la barre d’adresse, les touches ne fonctionnent pas : utilisez alors le raccourci ou le bouton.',
              'Onglets d’aide : lors d’une sortie rapide, Waypoint ferme les onglets où des sites d’aide sont ouverts, dans toutes les fenêtres, et les retire de l’historique et des onglets récemment fermés. Les onglets des autres sites restent ouverts, sauf si vous avez choisi dans les paramètres de tout fermer.',
              'Historique : les visites des sites d’aide que Waypoint connaît, des sites ajoutés dans Mes sites d’aide, et les recherches d’aide sur les principaux moteurs de recherche sont retirées une à une. Tout le reste demeure, pour que l’historique ait l’air normal.',
            ],
          },
        ],
      },
      {
        heading: 'Ce que Waypoint ne peut pas faire',
        blocks: [
          {
            type: 'p',
            text: 'Aucun outil ne peut tout cacher. Voici ce que Waypoint laisse derrière lui, à notre connaissance, pour que vous puissiez décider ce qui est sûr pour vous. Il peut y avoir d’autres traces.',
          },
          { type: 'limits' },
          {
            type: 'p',
            text: 'Si vous pensez qu’un appareil est surveillé, utilisez-en un autre pour tout ce qui touche à l’aide ou à un départ. Les changements soudains, comme un nouveau mot de passe ou un historique vide, peuvent attirer l’attention : allez à un rythme qui vous semble sûr.',
          },
        ],
      },
      {
        heading: 'La navigation privée',
        blocks: [
          {
            type: 'p',
            text: 'Une fenêtre de navigation privée oublie les pages ouvertes une fois fermée. Mais les réseaux et les comptes connectés peuvent quand même voir ce que vous y faites. Et Waypoint ne fonctionne pas en navigation privée, sauf si vous l’autorisez : sa sortie rapide n’y fait donc rien.',
          },
          {
            type: 'list',
            items: [
              'Pour l’autoriser : dans Chrome ou Edge, ouvrez la page des extensions, choisissez Détails sous Waypoint et activez l’option de navigation privée (InPrivate dans Edge). Dans Firefox, ouvrez Extensions et thèmes, choisissez Waypoint et autorisez l’exécution dans les fenêtres privées.',
              'Fermez toutes les fenêtres privées quand vous avez terminé. D’ici là, les pages qu’elles contiennent restent visibles pour quiconque regarde.',
              'Si vous ne l’autorisez pas, cherchez de l’aide dans une fenêtre ordinaire, où Waypoint retire les sites d’aide de l’historique et où la sortie rapide fonctionne.',
            ],
          },
        ],
      },
      {
        heading: 'D’autres mesures possibles',
        blocks: [
          {
            type: 'list',
            items: [
              'Utilisez un appareil que personne d’autre ne contrôle, ou un ordinateur dans une bibliothèque publique ou chez une personne de confiance.',
              'Vérifiez les comptes partagés : qui d’autre peut se connecter à votre courriel, à votre stockage en ligne, à votre navigateur ou à votre compte de téléphone? La synchronisation est-elle activée?',
              'Vérifiez la saisie automatique. Les navigateurs suggèrent des adresses, des recherches et des réponses de formulaires déjà tapées. Plutôt que de tout effacer, ce qui peut se remarquer, retirez seulement les suggestions liées à la recherche d’aide : la plupart des navigateurs permettent de supprimer une suggestion de la liste.',
              'Si c’est sans danger, déconnectez-vous de votre compte de moteur de recherche avant de chercher de l’aide, ou empêchez-le d’enregistrer vos recherches. Une personne qui partage ce compte pourrait remarquer l’un ou l’autre changement.',
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
          {
            type: 'p',
            text: 'Pour les téléphones, le partage de position, les traceurs et les applications de surveillance, voyez « La sécurité technologique » dans le guide « Faire un plan de sécurité ». Retirer une application de surveillance ou un traceur peut alerter la personne : planifiez cette étape avec une ligne d’aide d’abord.',
          },
        ],
      },
    ],
  },
};
