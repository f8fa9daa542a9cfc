/**
 * Resource ids the guides should also link once `data/resources.ts` has them. Kept apart so the
 * "links only resources that exist" test stays green until the directory catches up; the lead
 * moves each id into the guide's `resourceIds` when its entry lands (or maps it to the real id).
 * Not imported by the extension.
 */
export const PLANNED_GUIDE_RESOURCES: Readonly<Record<string, readonly string[]>> = {
  safer_browsing: ['qc-sos-violence-conjugale', 'gb-sct-domestic-abuse-helpline', 'gb-wls-live-fear-free'],
  safety_plan: ['qc-sos-violence-conjugale', 'gb-sct-domestic-abuse-helpline', 'gb-wls-live-fear-free'],
  court_orders: [
    'qc-sos-violence-conjugale',
    // Québec: free legal consultation for people who experienced domestic or sexual violence.
    'qc-rebatir',
    // Québec: crime victims assistance centres (help without a police report).
    'qc-cavac',
    'gb-sct-domestic-abuse-helpline',
    // Scotland: free legal information and advice for women affected by abuse.
    'gb-sct-scottish-womens-rights-centre',
    'gb-wls-live-fear-free',
    // US: state-by-state legal information (NNEDV project).
    'us-womenslaw',
  ],
  supporting_someone: [
    'qc-sos-violence-conjugale',
    'gb-sct-domestic-abuse-helpline',
    'gb-wls-live-fear-free',
  ],
};
