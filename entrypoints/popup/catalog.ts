/**
 * What the popup searches and shows: the entries loaded so far (the region's lines first, then the
 * whole directory) and the guides once their (larger) module has loaded after the first paint.
 * Each catalog builds its search index and situation profiles lazily, once.
 */
import type { Guide } from '../../lib/directory/guide-schema';
import { guideCandidate, guideToDoc } from '../../lib/directory/guides';
import { type Labels, type Lang, resourceToDoc } from '../../lib/directory/listing';
import type { SituationReader } from '../../lib/directory/popup-view';
import type { Resource } from '../../lib/directory/resource-schema';
import { buildSearchIndex, type SearchDoc, type SearchIndex } from '../../lib/directory/search';
import type { Translate } from '../../platform/i18n';

export interface Catalog {
  guides: readonly Guide[];
  guideById: ReadonlyMap<string, Guide>;
  docById: ReadonlyMap<string, SearchDoc>;
  index(): SearchIndex;
  /** The situation layer over this catalog's entries and guides, once `loadReader` has loaded. */
  reader(module: ReaderModule): SituationReader;
}

/** The situation layer's module (`situation-reader.ts`), loaded after the first paint. */
export type ReaderModule = typeof import('./situation-reader');
export const loadReader = (): Promise<ReaderModule> => import('./situation-reader');

/** The guides' module, loaded after the first paint (it is a third of the popup's data). */
export const loadGuides = (): Promise<readonly Guide[]> => import('../../data/guides').then((m) => m.GUIDES);

export function makeCatalog(
  resources: readonly Resource[],
  guides: readonly Guide[],
  t: Translate,
  lang: Lang,
  labels: Labels,
): Catalog {
  const docs = [
    ...resources.map((r) => resourceToDoc(r, labels, lang)),
    ...guides.map((g) => guideToDoc(g, lang, t('guideLabel'), labels)),
  ];
  let index: SearchIndex | undefined;
  let reader: SituationReader | undefined;
  return {
    guides,
    guideById: new Map(guides.map((g) => [g.id, g])),
    docById: new Map(docs.map((d) => [d.id, d])),
    index: () => {
      index ??= buildSearchIndex(docs);
      return index;
    },
    reader: (m) => {
      reader ??= {
        analyze: m.analyzeQuery,
        rank: m.situationHits,
        profiles: m.buildProfiles([...resources, ...guides.map(guideCandidate)], m.SITUATION_TAGS),
      };
      return reader;
    },
  };
}
