import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { I18nContext } from '../../components/i18n-context';
import { ChoiceGroup } from '../../components/options/ChoiceGroup';
import { CleaningSettings, type OptionalCleanup } from '../../components/options/CleaningSettings';
import { DisguiseSettings } from '../../components/options/DisguiseSettings';
import { NeutralSiteSettings } from '../../components/options/NeutralSiteSettings';
import { PlaceSettings } from '../../components/options/PlaceSettings';
import { ResetSettings } from '../../components/options/ResetSettings';
import { Section } from '../../components/options/Section';
import { TriggerSettings } from '../../components/options/TriggerSettings';
import { UserSitesSettings } from '../../components/options/UserSitesSettings';
import { QuickExitButton } from '../../components/QuickExitButton';
import { HELP_SITE_RULES } from '../../data/help-sites';
import { LIMITS } from '../../data/limits';
import type { MessageKey } from '../../data/messages';
import { limitStateOf, limitsFor } from '../../lib/limits';
import { DEFAULT_SETTINGS, type Settings, type SettingsField } from '../../lib/settings/settings';
import { browserLang, t } from '../../platform/i18n';
import { labels } from '../../platform/labels';
import { send } from '../../platform/messaging';
import { lang } from '../../platform/page';
import { listenForExit } from '../../platform/page-trigger';
import { privateWindowsAllowed } from '../../platform/private-window';
import { ignore } from '../../platform/quiet';
import { browserGuess } from '../../platform/region';
import { loadSettings, saveSettings, watchSettings } from '../../platform/settings-store';

const PERMISSION: Record<OptionalCleanup, 'downloads' | 'browsingData'> = {
  cleanDownloads: 'downloads',
  cleanSiteData: 'browsingData',
};

export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [resetFields, setResetFields] = useState<SettingsField[]>([]);
  const [status, setStatus] = useState('');
  const [shortcut, setShortcut] = useState<string | null | undefined>(undefined);
  const [removed, setRemoved] = useState<number | undefined>(undefined);
  const [denied, setDenied] = useState<OptionalCleanup | null>(null);
  const [practiced, setPracticed] = useState(false);
  const [privateAllowed, setPrivateAllowed] = useState(false);

  useEffect(() => {
    document.title = t('optionsTitle');
    void loadSettings().then(({ settings, reset }) => {
      setSettings(settings);
      setResetFields(reset);
      // Write back the repaired item, so every context reads the same, valid settings.
      if (reset.length) void saveSettings(settings);
    });
    const unwatch = watchSettings(({ settings }) => setSettings(settings));
    void browser.commands
      .getAll()
      .then((all) => setShortcut(all.find((c) => c.name === 'panic')?.shortcut || null))
      .catch(() => setShortcut(null));
    void send({ type: 'getStatus' })
      .then((s) => setRemoved(s.removedThisSession))
      .catch(ignore);
    void privateWindowsAllowed(browser).then(setPrivateAllowed);
    const stop = listenForExit({ onRehearsal: () => setPracticed(true) });
    return () => {
      unwatch();
      stop();
    };
  }, []);

  if (!settings) return null;

  const save = async (patch: Partial<Settings>, message = t('saved')) => {
    const next = { ...settings, ...patch };
    setSettings(next);
    await saveSettings(next);
    setStatus('');
    setStatus(message);
  };

  const toggleCleanup = async (field: OptionalCleanup, on: boolean) => {
    setDenied(null);
    const permissions = [PERMISSION[field]];
    if (on) {
      // Asked for in the click itself: the browser only shows the prompt for a user gesture.
      const granted = await browser.permissions.request({ permissions }).catch(() => false);
      if (!granted) {
        setDenied(field);
        return;
      }
    } else await browser.permissions.remove({ permissions }).catch(() => false);
    await save({ [field]: on });
  };

  const reset = async () => {
    await browser.permissions.remove({ permissions: ['downloads', 'browsingData'] }).catch(() => false);
    await save({ ...DEFAULT_SETTINGS, userSites: [] }, t('resetDone'));
    setResetFields([]);
  };

  return (
    <I18nContext.Provider value={t}>
      <div class="options">
        <header class="bar">
          <h1>{t('optionsTitle')}</h1>
          <QuickExitButton onExit={() => void send({ type: 'panic' }).catch(ignore)} />
        </header>
        <p>{t('optionsIntro')}</p>
        {resetFields.length > 0 && (
          <p class="notice" role="alert">
            {t('resetNotice', resetFields.map((f) => t(`field_${f}` as MessageKey)).join(', '))}
          </p>
        )}
        <p class="status" role="status" aria-live="polite">
          {status}
        </p>
        <TriggerSettings
          trigger={settings.trigger}
          rehearsal={settings.rehearsal}
          practiced={practiced}
          shortcut={shortcut}
          firefox={import.meta.env.FIREFOX}
          onTrigger={(trigger) => void save({ trigger })}
          onRehearsal={(rehearsal) => {
            setPracticed(false);
            void save({ rehearsal });
          }}
          onOpenShortcuts={() => void browser.tabs.create({ url: 'chrome://extensions/shortcuts' })}
        />
        <Section id="scope" title={t('sectionScope')}>
          <ChoiceGroup
            legend={t('sectionScope')}
            hideLegend
            name="scope"
            value={settings.panicScope}
            onChange={(panicScope) => void save({ panicScope })}
            choices={[
              { value: 'help-tabs', label: t('scopeHelpTabs') },
              { value: 'all-tabs', label: t('scopeAllTabs') },
            ]}
          />
        </Section>
        <NeutralSiteSettings url={settings.neutralUrl} onSave={(neutralUrl) => void save({ neutralUrl })} />
        <UserSitesSettings
          sites={settings.userSites}
          builtIn={HELP_SITE_RULES}
          onChange={(userSites) => void save({ userSites })}
        />
        <CleaningSettings
          cleanDownloads={settings.cleanDownloads}
          cleanSiteData={settings.cleanSiteData}
          removedCount={removed}
          denied={denied}
          onToggle={(field, on) => void toggleCleanup(field, on)}
          cannot={limitsFor(LIMITS, limitStateOf(settings, privateAllowed), lang)}
        />
        <PlaceSettings
          region={settings.region}
          language={settings.language}
          guessed={browserGuess()}
          browserLang={browserLang()}
          labels={labels}
          onRegion={(region) => void save({ region })}
          onLanguage={(language) => void save({ language })}
        />
        <DisguiseSettings
          value={settings.disguise}
          code={settings.unlockCode}
          decimals={settings.decoyDecimals}
          separator={lang === 'fr' ? ',' : '.'}
          onChange={(disguise, unlockCode) => void save({ disguise, unlockCode })}
        />
        <ResetSettings onReset={() => void reset()} />
      </div>
    </I18nContext.Provider>
  );
}
