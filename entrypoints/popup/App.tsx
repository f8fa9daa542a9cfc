import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { FilterBar } from '../../components/FilterBar';
import { GuideCard } from '../../components/GuideCard';
import { I18nContext } from '../../components/i18n-context';
import { QuickExitButton } from '../../components/QuickExitButton';
import { ResourceCard } from '../../components/ResourceCard';
import { focusFirstCard, ResultsNav } from '../../components/ResultsNav';
import { SearchField } from '../../components/SearchField';
import { ALL_RESOURCES as RESOURCES } from '../../data/directory';
import type { MessageKey } from '../../data/messages';
import { actionsFor, copyableNumber } from '../../lib/directory/contact-actions';
import { filterChoices } from '../../lib/directory/filter-choices';
import { guideIdOf } from '../../lib/directory/guides';
import type { Filters } from '../../lib/directory/listing';
import { decidePopupView, viewCount } from '../../lib/directory/popup-view';
import { guessRegion } from '../../lib/directory/region';
import type { Resource } from '../../lib/directory/resource-schema';
import { highlightsOf, prepareQuery, type SearchHit, searchIndex } from '../../lib/directory/search';
import { lookOf } from '../../lib/settings/disguise';
import type { Disguise } from '../../lib/settings/settings';
import { t } from '../../platform/i18n';
import { send } from '../../platform/messaging';
import { labels, lang } from '../../platform/page';
import { listenForExit } from '../../platform/page-trigger';
import { ignore } from '../../platform/quiet';
import { loadSettings, watchSettings } from '../../platform/settings-store';
import { loadGuides, makeCatalog } from './catalog';

/** Results rendered at once; the rest wait behind "Show all" so a huge list never stalls typing. */
const SHOWN = 40;
const guess = guessRegion(
  navigator.languages ?? [navigator.language],
  Intl.DateTimeFormat().resolvedOptions().timeZone,
);
const byId = new Map(RESOURCES.map((r) => [r.id, r]));
const choices = filterChoices(RESOURCES, labels);
function countText(n: number): string {
  if (n === 0) return t('resultsNone');
  return n === 1 ? t('resultsCountOne') : t('resultsCount', n);
}

export function App() {
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<Filters>({});
  const [announcement, setAnnouncement] = useState('');
  const [shortcut, setShortcut] = useState<string | null | undefined>(undefined);
  const [showAll, setShowAll] = useState(false);
  // The first frame shows the lines to reach now and the guides; the longer list follows a frame
  // later, so the first results paint as early as possible.
  const [restReady, setRestReady] = useState(false);
  useEffect(() => {
    const id = requestAnimationFrame(() => setTimeout(() => setRestReady(true), 0));
    return () => cancelAnimationFrame(id);
  }, []);
  const [disguise, setDisguise] = useState<Disguise>('none');
  const [catalog, setCatalog] = useState(() => makeCatalog([], t, lang, labels));
  const inputRef = useRef<HTMLInputElement>(null);
  const resultsRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    browser.commands
      .getAll()
      .then((all) => setShortcut(all.find((c) => c.name === 'panic')?.shortcut || null))
      .catch(() => setShortcut(null));
    void loadSettings().then(({ settings }) => setDisguise(settings.disguise));
    const unwatch = watchSettings(({ settings }) => setDisguise(settings.disguise));
    const stop = listenForExit({ onRehearsal: () => setAnnouncement(t('rehearsalNotice')) });
    // Once the first screen is painted: the guides, then the search index, so the first
    // keystroke is fast.
    const idle = window.requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 50));
    void loadGuides().then((guides) => {
      const full = makeCatalog(guides, t, lang, labels);
      setCatalog(full);
      idle(() => {
        full.index();
        full.profiles();
      });
    });
    return () => {
      unwatch();
      stop();
    };
  }, []);

  const title = t(lookOf(disguise).titleKey as MessageKey);
  useEffect(() => {
    document.title = title;
  }, [title]);

  const prepared = prepareQuery(query);
  useEffect(() => setShowAll(false), [prepared, filters]);
  const view = useMemo(
    () =>
      decidePopupView({
        query: prepared,
        text: query,
        lang,
        filters,
        resources: RESOURCES,
        guides: catalog.guides,
        guess,
        search: (q) => searchIndex(catalog.index(), q),
        profiles: prepared ? catalog.profiles() : undefined,
        docOf: (id) => catalog.docById.get(id),
      }),
    [prepared, query, filters, catalog],
  );

  const count = viewCount(view);
  useEffect(() => setAnnouncement(countText(count)), [count, prepared]);

  const clear = () => {
    setQuery('');
    setFilters({});
    inputRef.current?.focus();
  };

  const exit = () => {
    send({ type: 'panic' }).catch(ignore);
    window.close();
  };

  const copy = (number: string) => {
    navigator.clipboard.writeText(number).then(
      () => setAnnouncement(t('actionCopied')),
      () => {},
    );
  };

  const openGuide = (id: string) => {
    void browser.tabs
      .create({ url: `${browser.runtime.getURL('/guide.html')}#${id}` })
      .then(() => window.close());
  };

  const guideCard = (id: string, hit?: SearchHit) => {
    const doc = catalog.docById.get(`guide:${id}`)!;
    return (
      <GuideCard
        key={doc.id}
        id={id}
        title={doc.name}
        summary={doc.description}
        highlights={hit && highlightsOf(hit)}
        onOpen={openGuide}
      />
    );
  };

  const hitCard = (h: SearchHit) => {
    const guideId = guideIdOf(h.doc.id);
    return guideId ? guideCard(guideId, h) : card(byId.get(h.doc.id)!, h);
  };

  const card = (r: Resource, hit?: SearchHit) => {
    const doc = catalog.docById.get(r.id)!;
    const hours =
      r.hours && !r.hours.always ? (lang === 'fr' && r.hours.text.fr) || r.hours.text.en : undefined;
    return (
      <ResourceCard
        key={r.id}
        resource={r}
        name={doc.name}
        description={doc.description}
        highlights={hit && highlightsOf(hit)}
        actions={actionsFor(r)}
        copyable={copyableNumber(r)}
        hoursText={hours}
        labels={labels}
        onCopy={copy}
      />
    );
  };

  return (
    <I18nContext.Provider value={t}>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: Escape clears from anywhere in the popup. */}
      <div
        class="popup"
        onKeyDown={(e) => {
          if (e.key === 'Escape' && (query || Object.values(filters).some(Boolean))) {
            e.preventDefault();
            clear();
          }
        }}
      >
        <header class="bar">
          <h1>{title}</h1>
          <QuickExitButton onExit={exit} />
        </header>
        <SearchField
          value={query}
          inputRef={inputRef}
          onInput={setQuery}
          onArrowDown={() => focusFirstCard(resultsRef.current)}
        />
        <FilterBar filters={filters} choices={choices} onChange={setFilters} />
        <p class="count" role="status" aria-live="polite">
          {announcement}
        </p>
        <p class="note">{t('phoneBillNote')}</p>
        <div ref={resultsRef}>
          <ResultsNav onLeaveTop={() => inputRef.current?.focus()}>
            {view.mode === 'start' ? (
              <>
                {view.crisis.length > 0 && <h2 class="section">{t('startHeading')}</h2>}
                <ul aria-label={t('startHeading')}>{view.crisis.map((r) => card(r))}</ul>
                {view.guides.length > 0 && <h2 class="section">{t('guidesHeading')}</h2>}
                <ul aria-label={t('guidesHeading')}>{view.guides.map((g) => guideCard(g.id))}</ul>
                {view.more.length > 0 && <h2 class="section">{t('moreHeading')}</h2>}
                <ul aria-label={t('moreHeading')}>{restReady && view.more.map((r) => card(r))}</ul>
              </>
            ) : view.mode === 'results' ? (
              <>
                <h2 class="visually-hidden">{t('resultsLabel')}</h2>
                <ul aria-label={t('resultsLabel')}>
                  {(showAll ? view.hits : view.hits.slice(0, SHOWN)).map(hitCard)}
                </ul>
                {!showAll && view.hits.length > SHOWN && (
                  <button type="button" class="link-button" onClick={() => setShowAll(true)}>
                    {t('showAll', view.hits.length)}
                  </button>
                )}
              </>
            ) : (
              <>
                <h2 class="section no-results">{t('noResults', query.slice(0, 60))}</h2>
                <ul aria-label={t('startHeading')}>{view.fallback.map((r) => card(r))}</ul>
                <button
                  type="button"
                  class="link-button"
                  onClick={() => (view.widen === 'filters' ? setFilters({}) : setQuery(''))}
                >
                  {t(view.widen === 'filters' ? 'widenFilters' : 'widenBrowse')}
                </button>
              </>
            )}
          </ResultsNav>
        </div>
        <footer class="foot">
          <p>
            {shortcut ? t('shortcutHintKey', shortcut) : t('shortcutHint')}
            {shortcut === null &&
              ` ${t('shortcutMissing', import.meta.env.FIREFOX ? 'about:addons' : 'chrome://extensions/shortcuts')}`}
          </p>
        </footer>
      </div>
    </I18nContext.Provider>
  );
}
