import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { GuideBody } from '../../components/GuideBody';
import { I18nContext } from '../../components/i18n-context';
import { PrivateWindowNotice } from '../../components/PrivateWindowNotice';
import { QuickExitButton } from '../../components/QuickExitButton';
import { ResourceCard } from '../../components/ResourceCard';
import { ALL_RESOURCES } from '../../data/directory';
import { GUIDES } from '../../data/guides';
import { LIMITS } from '../../data/limits';
import { actionsFor, copyableNumber } from '../../lib/directory/contact-actions';
import type { Guide } from '../../lib/directory/guide-schema';
import { emergencyNote, fillGuideText, relatedForRegion } from '../../lib/directory/guides';
import { closingLines } from '../../lib/directory/listing';
import { linesForRegion } from '../../lib/directory/region-choice';
import type { Resource } from '../../lib/directory/resource-schema';
import { limitStateOf, limitsFor } from '../../lib/limits';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/settings';
import { t } from '../../platform/i18n';
import { labels } from '../../platform/labels';
import { send } from '../../platform/messaging';
import { lang } from '../../platform/page';
import { listenForExit } from '../../platform/page-trigger';
import { openPrivately, privateWindowsAllowed } from '../../platform/private-window';
import { regionFor } from '../../platform/region';
import { loadSettings, watchSettings } from '../../platform/settings-store';

const byId = new Map(ALL_RESOURCES.map((r) => [r.id, r]));
const title = (g: Guide) => g[lang].title;
const idFromHash = () => decodeURIComponent(location.hash.slice(1));

export function App() {
  const [id, setId] = useState(idFromHash);
  const [status, setStatus] = useState('');
  const [shortcut, setShortcut] = useState<string | null>(null);
  // What Waypoint cannot do depends on the settings and the private-window switch: read both.
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [privateAllowed, setPrivateAllowed] = useState(false);
  const [privateProblem, setPrivateProblem] = useState<'not-allowed' | 'failed' | null>(null);
  const guide = GUIDES.find((g) => g.id === id) ?? GUIDES[0]!;

  useEffect(() => {
    const onHash = () => {
      setId(idFromHash());
      window.scrollTo(0, 0);
      document.querySelector<HTMLElement>('h1')?.focus();
    };
    window.addEventListener('hashchange', onHash);
    void loadSettings().then(({ settings }) => setSettings(settings));
    const unwatch = watchSettings(({ settings }) => setSettings(settings));
    void privateWindowsAllowed(browser).then(setPrivateAllowed);
    const stop = listenForExit({ onRehearsal: () => setStatus(t('rehearsalNotice')) });
    browser.commands
      .getAll()
      .then((all) => setShortcut(all.find((c) => c.name === 'panic')?.shortcut || null))
      .catch(() => {});
    return () => {
      window.removeEventListener('hashchange', onHash);
      unwatch();
      stop();
    };
  }, []);

  useEffect(() => {
    document.title = title(guide);
  }, [guide.id]);

  const card = (r: Resource) => (
    <ResourceCard
      key={r.id}
      resource={r}
      name={lang === 'fr' && r.nameFr ? r.nameFr : r.name}
      description={(lang === 'fr' && r.description.fr) || r.description.en}
      actions={actionsFor(r)}
      copyable={copyableNumber(r)}
      labels={labels}
      onCopy={(n) => void navigator.clipboard.writeText(n).then(() => setStatus(t('actionCopied')))}
      onOpenPrivately={(url) =>
        void openPrivately(browser, url).then((r) => setPrivateProblem(r === 'opened' ? null : r))
      }
    />
  );
  // The lines for the region the person chose (or the browser's guess), in their language first.
  const region = regionFor(settings.region);
  const related = relatedForRegion(
    guide.resourceIds.map((rid) => byId.get(rid)).filter((r): r is Resource => Boolean(r)),
    region,
  );
  const crisis = closingLines(linesForRegion(ALL_RESOURCES, region), region, lang);
  const text = fillGuideText(guide[lang], { emergency: emergencyNote(ALL_RESOURCES, region, lang) });
  const limits = limitsFor(LIMITS, limitStateOf(settings, privateAllowed), lang);

  return (
    <I18nContext.Provider value={t}>
      <div class="guide-page">
        <header class="bar">
          <p class="crumb">{t('guideLabel')}</p>
          <QuickExitButton onExit={() => void send({ type: 'panic' }).catch(() => window.close())} />
        </header>
        <main>
          <h1 tabIndex={-1}>{title(guide)}</h1>
          <p class="summary">{text.summary}</p>
          <p class="muted">{shortcut ? t('guideKeysNote', shortcut) : t('guideKeysNoShortcut')}</p>
          <p class="status" role="status" aria-live="polite">
            {status}
          </p>
          {privateProblem && (
            <PrivateWindowNotice
              reason={privateProblem}
              firefox={import.meta.env.FIREFOX}
              onClose={() => setPrivateProblem(null)}
            />
          )}
          <GuideBody key={guide.id} text={text} limits={limits} />
          {related.length > 0 && (
            <section aria-labelledby="related">
              <h2 id="related">{t('relatedHeading')}</h2>
              <ul class="cards">{related.map(card)}</ul>
            </section>
          )}
          <section aria-labelledby="crisis">
            <h2 id="crisis">{t('crisisHeading')}</h2>
            <p class="muted">{t('phoneBillNote')}</p>
            <ul class="cards">{crisis.map(card)}</ul>
          </section>
          <nav aria-labelledby="more-guides">
            <h2 id="more-guides">{t('moreGuidesHeading')}</h2>
            <ul>
              {GUIDES.filter((g) => g.id !== guide.id).map((g) => (
                <li key={g.id}>
                  <a href={`#${g.id}`}>{title(g)}</a>
                </li>
              ))}
            </ul>
          </nav>
        </main>
      </div>
    </I18nContext.Provider>
  );
}
