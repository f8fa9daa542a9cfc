/**
 * Services the law guide should also link once the directory has a verified entry for them (a
 * free legal consultation service and crime-victim centres in Québec, a legal centre for women in
 * Scotland, state-by-state legal information in the US). Kept apart so the "links only resources
 * that exist" test stays green; not imported by the extension.
 */
export const PLANNED_GUIDE_RESOURCES: Readonly<Record<string, readonly string[]>> = {
  court_orders: ['qc-rebatir', 'qc-cavac', 'gb-sct-scottish-womens-rights-centre', 'us-womenslaw'],
};
