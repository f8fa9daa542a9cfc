/**
 * Labels for kinds, audiences, regions and languages in the page's language. Apart from
 * `page.tsx` so that a page behind a discreet look loads nothing of the directory.
 */
import { makeLabels } from '../lib/directory/labels';
import { lookUp } from './i18n';
import { lang } from './page';

export const labels = makeLabels(lookUp, lang);
