/**
 * What the popup searches and shows: the entries loaded so far (the region's lines first, then the
 * whole directory) and the guides once their (larger) module has loaded after the first paint.
 * Each catalog builds its search index and situation profiles lazily, once.
 */
import type { Guide } from '../../lib/directory/guide-schema';
import { guideCandidate, guideToDoc } from '../../lib/directory/guides';
import { type Labels, type Lang, resourceToDoc } from '../../lib/directory/listing';
import type { Analyzer } from '../../lib/directory/popup-view';
import type { Resource } from '../../lib/directory/resource-schema';
import { buildSearchIndex, type SearchDoc, type SearchIndex } from '../../lib/directory/search';
import { buildProfiles, type Profile, type Tag } from '../../lib/directory/situation-fit';
import type { Translate } from '../../platform/i18n';

export interface Catalog {
  guides: readonly Guide[];
  guideById: ReadonlyMap<string, Guide>;
  docById: ReadonlyMap<string, SearchDoc>;
  index(): SearchIndex;
  /** What each entry and guide serves, for the situation ranking (`tags`: the reader's). */
  profiles(tags: Readonly<Record<string, readonly Tag[]>>): ReadonlyMap<string, Profile>;
}

/** The situation reader and tags, loaded after the first paint (`situation-reader.ts`). */
export interface Reader {
  analyze: Analyzer;
  tags: Readonly<Record<string, readonly Tag[]>>;
}
export const loadReader = (): Promise<Reader> =>
  import('./situation-reader').then((m) => ({ analyze: m.analyzeQuery, tags: m.SITUATION_TAGS }));

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
  let profiles: ReadonlyMap<string, Profile> | undefined;
  return {
    guides,
    guideById: new Map(guides.map((g) => [g.id, g])),
    docById: new Map(docs.map((d) => [d.id, d])),
    index: () => {
      index ??= buildSearchIndex(docs);
      return index;
    },
    profiles: (tags) => {
      profiles ??= buildProfiles([...resources, ...guides.map(guideCandidate)], tags);
      return profiles;
    },
  };
}
