/** Labels for kinds, audiences, regions and languages in the interface language. */
import type { MessageKey } from '../data/messages';
import type { Labels, Lang } from '../lib/directory';
import type { Translate } from './i18n';

export function makeLabels(t: Translate, lang: Lang): Labels {
  const regionNames = new Intl.DisplayNames([lang], { type: 'region' });
  const languageNames = new Intl.DisplayNames([lang], { type: 'language' });
  return {
    kind: (k) => t(`kind_${k}` as MessageKey),
    audience: (a) => t(`audience_${a}` as MessageKey),
    region: (code) => {
      if (code === 'GLOBAL') return t('regionGlobal');
      if (code.includes('-')) return t(`region_${code}` as MessageKey);
      return regionNames.of(code) ?? code;
    },
    language: (code) => (code === 'many' ? t('manyLanguages') : (languageNames.of(code) ?? code)),
  };
}
