/** Labels for kinds, audiences, regions and languages in the interface language. */
import type { Labels, Lang } from './listing';

/** Looks a message key up in the interface language (the pages pass the browser's i18n). */
export type LookUp = (key: string) => string;

/** Builds the labels from message keys (`kind_…`, `audience_…`, `region_…`) and `Intl` names. */
export function makeLabels(t: LookUp, lang: Lang): Labels {
  const regionNames = new Intl.DisplayNames([lang], { type: 'region' });
  const languageNames = new Intl.DisplayNames([lang], { type: 'language' });
  return {
    kind: (k) => t(`kind_${k}`),
    audience: (a) => t(`audience_${a}`),
    region: (code) => {
      if (code === 'GLOBAL') return t('regionGlobal');
      if (code.includes('-')) return t(`region_${code}`);
      return regionNames.of(code) ?? code;
    },
    language: (code) => (code === 'many' ? t('manyLanguages') : (languageNames.of(code) ?? code)),
  };
}
