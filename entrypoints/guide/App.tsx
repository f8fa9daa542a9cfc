import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { GuideBody } from '../../components/GuideBody';
import { I18nContext } from '../../components/i18n-context';
import { PrivateWindowNotice } from '../../components/PrivateWindowNotice';
import { QuickExitButton } from '../../components/QuickExitButton';
import { ResourceCard } from '../../components/ResourceCard';
import { GUIDES } from '../../data/guides';
import type { MessageKey } from '../../data/messages';
import { RESOURCES } from '../../data/resources';
import { actionsFor, copyableNumber } from '../../lib/directory/contact-actions';
import { regionalCrisisLines } from '../../lib/directory/listing';
import { guessRegion } from '../../lib/directory/region';
import type { Resource } from '../../lib/directory/resource-schema';
import { t } from '../../platform/i18n';
import { labels } from '../../platform/labels';
import { send } from '../../platform/messaging';
import { lang } from '../../platform/page';
import { listenForExit } from '../../platform/page-trigger';
import { openPrivately } from '../../platform/private-window';

const guess = guessRegion(
  navigator.languages ?? [navigator.language],
  Intl.DateTimeFormat().resolvedOptions().timeZone,
);
const byId = new Map(RESOURCES.map((r) => [r.id, r]));
const title = (id: string) => t(`guideTitle_${id}` as MessageKey);
const idFromHash = () => decodeURIComponent(location.hash.slice(1));

export function App() {
  const [id, setId] = useState(idFromHash);
  const [status, setStatus] = useState('');
  const [privateProblem, setPrivateProblem] = useState<'not-allowed' | 'failed' | null>(null);
  const guide = GUIDES.find((g) => g.id === id) ?? GUIDES[0]!;

  useEffect(() => {
    const onHash = () => {
      setId(idFromHash());
      window.scrollTo(0, 0);
      document.querySelector<HTMLElement>('h1')?.focus();
    };
    window.addEventListener('hashchange', onHash);
    const stop = listenForExit({ onRehearsal: () => setStatus(t('rehearsalNotice')) });
    return () => {
      window.removeEventListener('hashchange', onHash);
      stop();
    };
  }, []);

  useEffect(() => {
    document.title = title(guide.id);
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
  const related = guide.resourceIds.map((rid) => byId.get(rid)).filter((r): r is Resource => Boolean(r));
  const crisis = regionalCrisisLines(RESOURCES, guess).slice(0, 6);

  return (
    <I18nContext.Provider value={t}>
      <div class="guide-page">
        <header class="bar">
          <p class="crumb">{t('guideLabel')}</p>
          <QuickExitButton onExit={() => void send({ type: 'panic' }).catch(() => window.close())} />
        </header>
        <main>
          <h1 tabIndex={-1}>{title(guide.id)}</h1>
          <p class="summary">{guide[lang].summary}</p>
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
          <GuideBody key={guide.id} text={guide[lang]} />
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
                  <a href={`#${g.id}`}>{title(g.id)}</a>
                </li>
              ))}
            </ul>
          </nav>
        </main>
      </div>
    </I18nContext.Provider>
  );
}
