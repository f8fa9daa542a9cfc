import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { FilterBar } from '../../components/FilterBar';
import { GuideCard } from '../../components/GuideCard';
import { I18nContext } from '../../components/i18n-context';
import { PrivateWindowNotice } from '../../components/PrivateWindowNotice';
import { QuickExitButton } from '../../components/QuickExitButton';
import { RegionPicker } from '../../components/RegionPicker';
import { ResourceCard } from '../../components/ResourceCard';
import { focusFirstCard, ResultsNav } from '../../components/ResultsNav';
import { SearchField } from '../../components/SearchField';
import { loadDirectory, loadFirstLines } from '../../data/directory/load';
import type { MessageKey } from '../../data/messages';
import { actionsFor, copyableNumber } from '../../lib/directory/contact-actions';
import { filterChoices } from '../../lib/directory/filter-choices';
import type { Guide } from '../../lib/directory/guide-schema';
import { guideIdOf } from '../../lib/directory/guides';
import type { Filters } from '../../lib/directory/listing';
import { decidePopupView, viewCount } from '../../lib/directory/popup-view';
import { hasLocalLines } from '../../lib/directory/region-choice';
import type { Resource } from '../../lib/directory/resource-schema';
import { highlightsOf, prepareQuery, type SearchHit, searchIndex } from '../../lib/directory/search';
import { type KeyReach, keyReach } from '../../lib/exit/key-reach';
import { lookOf } from '../../lib/settings/disguise';
import type { Settings } from '../../lib/settings/settings';
import { t } from '../../platform/i18n';
import { labels } from '../../platform/labels';
import { send } from '../../platform/messaging';
import { lang } from '../../platform/page';
import { listenForExit } from '../../platform/page-trigger';
import { GUIDES_OPEN_PRIVATELY, openPrivately } from '../../platform/private-window';
import { ignore } from '../../platform/quiet';
import { browserGuess, regionFor } from '../../platform/region';
import { loadSettings, saveSettings, watchSettings } from '../../platform/settings-store';
import { loadGuides, loadReader, makeCatalog, type ReaderModule } from './catalog';

/** Results rendered at once; the rest wait behind "Show all" so a huge list never stalls typing. */
const SHOWN = 40;
function countText(n: number): string {
  if (n === 0) return t('resultsNone');
  return n === 1 ? t('resultsCountOne') : t('resultsCount', n);
}

export function App() {
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<Filters>({});
  const [announcement, setAnnouncement] = useState('');
  const [shortcut, setShortcut] = useState<string | null | undefined>(undefined);
  const [reach, setReach] = useState<KeyReach>('keys');
  const [showAll, setShowAll] = useState(false);
  // The first frame shows the lines to reach now and the guides; the longer list follows a frame
  // later, so the first results paint as early as possible.
  const [restReady, setRestReady] = useState(false);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [privateProblem, setPrivateProblem] = useState<'not-allowed' | 'failed' | null>(null);
  // The person's region: nothing is shown until it is known, so the lines never jump.
  const region = useMemo(() => settings && regionFor(settings.region), [settings?.region]);
  // First the lines for the region (one country's module), then the whole directory.
  const [firstLines, setFirstLines] = useState<readonly Resource[] | null>(null);
  const [directory, setDirectory] = useState<readonly Resource[] | null>(null);
  const [guides, setGuides] = useState<readonly Guide[]>([]);
  const [readerModule, setReaderModule] = useState<ReaderModule>();
  const resources = directory ?? firstLines;
  const byId = useMemo(() => new Map((resources ?? []).map((r) => [r.id, r])), [resources]);
  const choices = useMemo(() => filterChoices(resources ?? [], labels), [resources]);
  const catalog = useMemo(() => makeCatalog(resources ?? [], guides, t, lang, labels), [resources, guides]);
  const inputRef = useRef<HTMLInputElement>(null);
  const resultsRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    browser.commands
      .getAll()
      .then((all) => setShortcut(all.find((c) => c.name === 'panic')?.shortcut || null))
      .catch(() => setShortcut(null));
    // The page the person was looking at when they opened the popup: on a PDF or a browser page,
    // say at once that the keys cannot work there and what does.
    void browser.windows
      .getLastFocused({ populate: true, windowTypes: ['normal'] })
      .then((w) => setReach(keyReach(w.tabs?.find((tab) => tab.active)?.url, browser.runtime.getURL('/'))))
      .catch(ignore);
    // The guessed region's lines start loading alongside the settings (most people keep the guess).
    void loadFirstLines(browserGuess()).catch(ignore);
    void loadSettings().then(({ settings }) => setSettings(settings));
    const unwatch = watchSettings(({ settings }) => setSettings(settings));
    const stop = listenForExit({ onRehearsal: () => setAnnouncement(t('rehearsalNotice')) });
    return () => {
      unwatch();
      stop();
    };
  }, []);

  useEffect(() => {
    if (!region || directory) return;
    let current = true;
    void loadFirstLines(region).then((lines) => current && setFirstLines(lines));
    return () => {
      current = false;
    };
  }, [region, directory]);

  // Once the first screen is painted: the longer list, the rest of the directory and the guides,
  // then the search index, so the first keystroke is fast.
  const painted = firstLines !== null;
  useEffect(() => {
    if (!painted) return;
    const id = requestAnimationFrame(() => setTimeout(() => setRestReady(true), 0));
    void loadGuides().then(setGuides);
    // The situation reader (its everyday wording in two languages) follows the same way.
    void loadReader().then((m) => setReaderModule(() => m));
    void loadDirectory().then(setDirectory);
    return () => cancelAnimationFrame(id);
  }, [painted]);
  useEffect(() => {
    if (!directory) return;
    const idle = window.requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 50));
    idle(() => {
      catalog.index();
      if (readerModule) catalog.reader(readerModule);
    });
  }, [catalog, readerModule]);

  const title = t(lookOf(settings?.disguise ?? 'none').titleKey as MessageKey);
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
        resources: resources ?? [],
        guides: catalog.guides,
        guess: region ?? {},
        search: (q) => searchIndex(catalog.index(), q),
        reader: prepared && readerModule ? catalog.reader(readerModule) : undefined,
        docOf: (id) => catalog.docById.get(id),
      }),
    [prepared, query, filters, catalog, region, readerModule],
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

  const openPrivate = (url: string) => {
    void openPrivately(browser, url).then((r) => (r === 'opened' ? window.close() : setPrivateProblem(r)));
  };
  const openGuidePrivately = (id: string) => openPrivate(`${browser.runtime.getURL('/guide.html')}#${id}`);

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
        onOpenPrivately={GUIDES_OPEN_PRIVATELY ? openGuidePrivately : undefined}
      />
    );
  };

  const hitCard = (h: SearchHit) => {
    const guideId = guideIdOf(h.doc.id);
    return guideId ? guideCard(guideId, h) : card(byId.get(h.doc.id)!, h);
  };

  const choose = (patch: Partial<Pick<Settings, 'region' | 'language'>>) => {
    if (settings) void saveSettings({ ...settings, ...patch }).catch(ignore);
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
        onOpenPrivately={openPrivate}
      />
    );
  };

  if (!settings || !region || !resources) return null;

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
        {reach !== 'keys' && (
          <p class="notice" role="status">
            {t(`keysBlocked_${reach}`)} {shortcut ? t('keysUseShortcut', shortcut) : t('keysUseButton')}
          </p>
        )}
        {privateProblem && (
          <PrivateWindowNotice
            reason={privateProblem}
            firefox={import.meta.env.FIREFOX}
            onClose={() => setPrivateProblem(null)}
          />
        )}
        <SearchField
          value={query}
          inputRef={inputRef}
          onInput={setQuery}
          onArrowDown={() => focusFirstCard(resultsRef.current)}
        />
        <RegionPicker
          value={settings.region}
          guessed={browserGuess()}
          labels={labels}
          onChange={(choice) => choose({ region: choice })}
          lang={lang}
          onLang={(language) => choose({ language })}
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
                {!hasLocalLines(resources, region) && <p class="note">{t('elsewhereNote')}</p>}
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
