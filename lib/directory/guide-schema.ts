/**
 * Offline safety guides: bundled, bilingual, short sections. Title, summary and body live together
 * in each guide's file, so both languages ship (and change) together.
 */
import type { Lang } from '../i18n-key';
import type { Audience } from './resource-schema';

export type GuideBlock =
  | { type: 'p'; text: string }
  | { type: 'list'; items: string[] }
  /** A private checklist: ticks are kept in memory only and vanish when the page closes. */
  | { type: 'checklist'; items: string[] }
  /** A short call-out, e.g. "If you are in danger now, call 911." */
  | { type: 'note'; text: string }
  /**
   * What Waypoint cannot do, generated from `data/limits.ts` for the person's browser and
   * settings (so it mentions private windows exactly when Waypoint cannot run there).
   */
  | { type: 'limits' };

export interface GuideSection {
  heading: string;
  blocks: GuideBlock[];
}

export interface GuideText {
  /** The guide's title (under 60 characters). */
  title: string;
  /** One sentence shown under the title in search results. */
  summary: string;
  /** Words and phrases people might type to find this guide (searched, never shown). */
  keywords: string[];
  sections: GuideSection[];
}

export interface Guide {
  /** Stable snake_case id (the guide page's address fragment). */
  id: string;
  audiences: Audience[];
  /** Ids of related entries in `data/resources.ts`. */
  resourceIds: string[];
  en: GuideText;
  fr: GuideText;
}

export type GuideLang = Lang;
