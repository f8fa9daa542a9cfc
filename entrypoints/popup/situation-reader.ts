/**
 * What the popup loads after its first paint to read situations: the reader of what a query says
 * (its everyday wording in two languages), what each entry serves, and the ranking for it. Kept
 * out of the first scripts, which hold only the region's lines.
 */
export { SITUATION_TAGS } from '../../data/situation-tags';
export { analyzeQuery } from '../../lib/directory/intent';
export { buildProfiles } from '../../lib/directory/situation-fit';
export { situationHits } from '../../lib/directory/situation-results';
