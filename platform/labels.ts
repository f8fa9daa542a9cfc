/**
 * Labels for kinds, audiences, regions and languages, always in the page's current language
 * (which can change while the page is open), built once per language.
 */

import { makeLabels } from '../lib/directory/labels';
import type { Labels } from '../lib/directory/listing';
import { lookUp, uiLang } from './i18n';

let built: { lang: string; labels: Labels } | undefined;
const current = (): Labels => {
  const lang = uiLang();
  if (built?.lang !== lang) built = { lang, labels: makeLabels(lookUp, lang) };
  return built.labels;
};

export const labels: Labels = {
  kind: (k) => current().kind(k),
  audience: (a) => current().audience(a),
  region: (code) => current().region(code),
  language: (code) => current().language(code),
};
