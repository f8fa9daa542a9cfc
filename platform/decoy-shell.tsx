/**
 * What the toolbar window and the options page mount first. With a discreet look on, they are
 * that look, working, and nothing of Waypoint is in the page: Waypoint's own page (`load`, a
 * dynamic import) is fetched only once the code is used. Without a look, Waypoint's page loads
 * at once. The quick-exit keys work either way.
 */
import type { ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { Decoy } from '../components/decoys/Decoy';
import { DecoySettings } from '../components/decoys/DecoySettings';
import { I18nContext } from '../components/i18n-context';
import type { MessageKey } from '../data/messages';
import { codeMatches, normalizeCode } from '../lib/disguise/code';
import type { Lang } from '../lib/i18n-key';
import { isDisguised, lookOf } from '../lib/settings/disguise';
import type { Settings } from '../lib/settings/settings';
import { t } from './i18n';
import { loadNotes, saveNotes } from './notes-store';
import { listenForExit } from './page-trigger';
import { ignore } from './quiet';
import { loadSettings, saveSettings, watchSettings } from './settings-store';

/** The typed way back for a forgotten code (README, "Discreet looks"). */
export const NEW_CODE_HASH = '#new-code';

interface Props {
  page: 'popup' | 'options';
  /** The interface language: Waypoint's page renders afresh when it changes, the look stays open. */
  lang: Lang;
  /** Waypoint's own page for this entry point, loaded only when it is shown. */
  load: () => Promise<ComponentType>;
}

export function DecoyShell({ page, load, lang }: Props) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [Real, setReal] = useState<ComponentType | null>(null);
  const [opening, setOpening] = useState(false);
  const [notes, setNotes] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [recovery, setRecovery] = useState(() => location.hash === NEW_CODE_HASH);
  const loadRef = useRef(load);

  const open = () => {
    setOpening(true);
    void loadRef.current().then((App) => setReal(() => App));
  };

  useEffect(() => {
    // Read here, once mounted: asked for while the entry module was still being evaluated, the
    // read never answered in Firefox (found by the Firefox suite).
    void loadSettings().then(({ settings }) => setSettings(settings));
    const unwatch = watchSettings(({ settings }) => setSettings(settings));
    const onHash = () => setRecovery(location.hash === NEW_CODE_HASH);
    window.addEventListener('hashchange', onHash);
    return () => {
      unwatch();
      window.removeEventListener('hashchange', onHash);
    };
  }, []);

  const locked = settings !== null && isDisguised(settings) && !opening;
  // Without a look (or once it is turned off elsewhere), Waypoint's page opens by itself.
  useEffect(() => {
    if (settings && !isDisguised(settings) && !opening) open();
  }, [settings, opening]);

  const look = locked ? (settings.disguise as Exclude<Settings['disguise'], 'none'>) : null;
  useEffect(() => {
    if (!look) return;
    document.title = t((page === 'popup' ? lookOf(look).titleKey : `decoyTitle_${look}`) as MessageKey);
    if (look === 'notes') void loadNotes().then(setNotes);
    // The exit keys work behind the look too; practice mode shows nothing here, as the look would.
    return listenForExit({ onRehearsal: ignore });
  }, [look, page]);

  if (Real) return <Real key={lang} />;
  if (!look || !settings || (look === 'notes' && notes === null)) return null;

  const separator = lang === 'fr' ? ',' : '.';
  const onNotes = (text: string) => {
    setNotes(text);
    void saveNotes(text);
  };
  const save = (patch: Partial<Settings>, message: string) => {
    void saveSettings({ ...settings, ...patch }).then(() => setStatus(message), ignore);
  };
  const decoy = (
    <Decoy
      look={look}
      decimals={settings.decoyDecimals}
      separator={separator}
      notes={notes ?? ''}
      onNotes={onNotes}
      notesSaved={page === 'options'}
      isCode={(typed) => codeMatches(settings.unlockCode, typed)}
      onUnlock={open}
      autoFocus={page === 'popup'}
    />
  );
  return (
    <I18nContext.Provider value={t}>
      {page === 'popup' ? (
        <main class={`decoy-popup${settings.decoyLargeText ? ' decoy-large' : ''}`}>
          <h1 class="visually-hidden">{t(lookOf(look).titleKey)}</h1>
          {decoy}
        </main>
      ) : (
        <DecoySettings
          look={look}
          decimals={settings.decoyDecimals}
          largeText={settings.decoyLargeText}
          recovery={recovery}
          status={status}
          onDecimals={(decoyDecimals) => save({ decoyDecimals }, t('saved'))}
          onLargeText={(decoyLargeText) => save({ decoyLargeText }, t('saved'))}
          onClearNotes={() => {
            onNotes('');
            setStatus(t('notesCleared'));
          }}
          onNewCode={(code) => save({ unlockCode: normalizeCode(code) }, t('newCodeSaved'))}
        >
          {decoy}
        </DecoySettings>
      )}
    </I18nContext.Provider>
  );
}
