/**
 * What Waypoint cannot do: the one list behind the guide "Browsing more safely", the options
 * page's panel and the README ("What Waypoint cannot remove"). `lib/limits.ts` picks the items
 * that are true in the person's state; an item with `when` is shown exactly in that state (see
 * `LimitWhen`). Only the `no-private` item mentions private windows.
 *
 * Private windows: Firefox and Chromium run no extension there unless the person allows it:
 *   https://support.mozilla.org/en-US/kb/extensions-private-browsing
 *   https://github.com/orgs/ActivityWatch/discussions/1342
 * Extension sync: Chrome sync and Firefox Sync install an extension on the other desktop
 * browsers signed in to the same account:
 *   https://www.avinashtech.com/sync-bookmarks-extensions-apps/
 *   http://wiki.mozilla.org/Services/Sync/Addon_Sync
 * PDF files: page key handlers never run in Chrome's PDF viewer, and Firefox injects no content
 * script into its own PDF viewer, so the quick exit keys fail there (the shortcut still works):
 *   https://github.com/fastaddons/ScrollAnywhere/issues/15
 *   https://github.com/wildskyf/pageMemo/issues/19
 */
import type { LimitItem } from '../lib/limits';

/** In the order shown: Waypoint itself, then this browser, then everything beyond it. */
export const LIMITS: readonly LimitItem[] = [
  {
    id: 'extension_list',
    en: 'Waypoint itself: anyone who opens the browser’s list of extensions sees Waypoint, its real name and what it is for. The discreet look changes only the toolbar button: anyone who clicks it sees the help directory, and anyone who opens Waypoint’s settings sees the sites you added under My help sites.',
    fr: 'Waypoint lui-même : toute personne qui ouvre la liste des extensions du navigateur voit Waypoint, son vrai nom et à quoi il sert. L’apparence discrète ne change que le bouton de la barre d’outils : quiconque clique dessus voit le répertoire d’aide, et quiconque ouvre les paramètres de Waypoint voit les sites ajoutés dans Mes sites d’aide.',
  },
  {
    id: 'extension_sync',
    en: 'Copies of Waypoint: if the browser is signed in to an account that syncs extensions, Waypoint can install itself on the other computers signed in to that account, maybe one the person hurting you uses.',
    fr: 'Des copies de Waypoint : si le navigateur est connecté à un compte qui synchronise les extensions, Waypoint peut s’installer de lui-même sur les autres ordinateurs connectés à ce compte, peut-être celui qu’utilise la personne qui vous fait du mal.',
  },
  {
    id: 'private_windows',
    when: 'no-private',
    en: 'Private windows: Waypoint doesn’t run in private or incognito windows unless you allow it in the browser’s extension settings. There, the quick exit does nothing.',
    fr: 'Les fenêtres privées : Waypoint ne fonctionne pas en navigation privée, sauf si vous l’autorisez dans les paramètres des extensions du navigateur. La sortie rapide n’y fait rien.',
  },
  {
    id: 'unknown_pages',
    en: 'Pages it doesn’t know: Waypoint removes visits to the help sites it knows and to the sites in My help sites, and help searches on the main search engines. Other pages stay: a news story, video or forum post about abuse, a search on a video or social media site, or a search in words it doesn’t recognise.',
    fr: 'Les pages inconnues : Waypoint retire les visites des sites d’aide qu’il connaît ou de Mes sites d’aide, et les recherches d’aide sur les grands moteurs de recherche. Le reste demeure : un article, une vidéo ou un forum sur la violence, une recherche sur un site de vidéos ou un réseau social, ou avec des mots inconnus de Waypoint.',
  },
  {
    id: 'other_tabs',
    when: 'help-tabs-only',
    en: 'Other tabs: after a quick exit, tabs of other websites stay open. In the settings, you can choose to close every tab instead.',
    fr: 'Les autres onglets : après une sortie rapide, les onglets des autres sites restent ouverts. Dans les paramètres, vous pouvez plutôt choisir de tout fermer.',
  },
  {
    id: 'browser_pages',
    en: 'Browser pages and PDF files: the quick exit keys don’t work on the browser’s own pages, like settings, the new tab page or the extension store, in PDF files the browser opens, or while you type in the address bar. There, use the browser shortcut or the Quick exit button.',
    fr: 'Les pages du navigateur et les fichiers PDF : les touches de sortie rapide ne fonctionnent pas sur les pages du navigateur lui-même, comme les paramètres, la page Nouvel onglet ou la boutique d’extensions, dans les PDF ouverts par le navigateur, ni quand vous tapez dans la barre d’adresse. Utilisez-y le raccourci du navigateur ou le bouton Sortie rapide.',
  },
  {
    id: 'downloads_list',
    when: 'downloads-off',
    en: 'The downloads list: files downloaded from help sites stay listed unless you turn on that cleanup in the settings.',
    fr: 'La liste des téléchargements : les fichiers téléchargés de sites d’aide y restent, sauf si vous activez ce nettoyage dans les paramètres.',
  },
  {
    id: 'downloaded_files',
    en: 'Downloaded files: the files themselves stay on the computer, often in the Downloads folder. Move or delete them yourself if you need to.',
    fr: 'Les fichiers téléchargés : les fichiers eux-mêmes restent sur l’ordinateur, souvent dans le dossier Téléchargements. Déplacez-les ou supprimez-les vous-même au besoin.',
  },
  {
    id: 'site_data',
    when: 'site-data-off',
    en: 'Site data: cookies and data saved by help sites stay unless you turn on that cleanup. A site may remember you, for example by keeping you signed in.',
    fr: 'Les données des sites : les témoins et les données enregistrés par les sites d’aide restent, sauf si vous activez ce nettoyage. Un site peut se souvenir de vous, par exemple en gardant votre session ouverte.',
  },
  {
    id: 'autofill',
    en: 'Autofill and saved items: words typed into forms and search boxes that the browser suggests again, and passwords or bookmarks you saved for help sites.',
    fr: 'La saisie automatique et ce que vous enregistrez : les mots tapés dans des formulaires ou des boîtes de recherche que le navigateur propose de nouveau, et les mots de passe ou les favoris enregistrés pour des sites d’aide.',
  },
  {
    id: 'other_browsers',
    en: 'Other browsers and devices: Waypoint works only in this browser on this computer. It can’t reach other browsers, other user accounts on the computer, or phones and tablets.',
    fr: 'Les autres navigateurs et appareils : Waypoint ne fonctionne que dans ce navigateur, sur cet ordinateur. Il n’a pas accès aux autres navigateurs, aux autres comptes d’utilisateur de l’ordinateur, ni aux téléphones et tablettes.',
  },
  {
    id: 'sync',
    en: 'Synced copies: if the browser syncs history or open tabs, they may already have been copied to other devices on the same account.',
    fr: 'Les copies synchronisées : si le navigateur synchronise l’historique ou les onglets ouverts, ils ont peut-être déjà été copiés sur d’autres appareils liés au même compte.',
  },
  {
    id: 'account',
    en: 'Accounts: activity saved in a search engine account, such as a Google account, and chats saved by AI chat tools, email or social media.',
    fr: 'Les comptes : l’activité enregistrée dans un compte de moteur de recherche, comme un compte Google, et les conversations gardées par les outils de clavardage avec une IA, le courriel ou les réseaux sociaux.',
  },
  {
    id: 'network',
    en: 'Networks: a home router, or the network at work or school, may keep a record of the sites visited.',
    fr: 'Les réseaux : le routeur de la maison, ou le réseau du travail ou de l’école, peut garder une trace des sites visités.',
  },
  {
    id: 'dns_cache',
    en: 'DNS cache: the computer keeps a short-term list of the site names it looked up. Restarting the computer usually clears it.',
    fr: 'Le cache DNS : l’ordinateur garde une courte liste des noms de sites qu’il a cherchés récemment. Le redémarrer la vide habituellement.',
  },
  {
    id: 'spyware',
    en: 'Spyware: monitoring apps can record what you do on a computer or phone. Waypoint can’t find or stop them.',
    fr: 'Les logiciels espions : une application de surveillance peut enregistrer ce que vous faites sur un ordinateur ou un téléphone. Waypoint ne peut ni la détecter ni l’arrêter.',
  },
  {
    id: 'phone',
    en: 'Phone records: calls and texts to help lines show in the phone’s call log and on the phone bill.',
    fr: 'Les relevés de téléphone : les appels et les textos vers des lignes d’aide apparaissent dans le journal d’appels et sur la facture.',
  },
  {
    id: 'other_traces',
    en: 'Other traces: screenshots, printed pages, and emails, texts or notifications from help services.',
    fr: 'Les autres traces : les captures d’écran, les pages imprimées, et les courriels, textos ou notifications de services d’aide.',
  },
  {
    id: 'people',
    en: 'People nearby: someone may see your screen or look over your shoulder.',
    fr: 'Les personnes autour de vous : quelqu’un peut voir votre écran ou regarder par-dessus votre épaule.',
  },
];
