import type { SiteRule } from '../lib/site-rules';

const BARE_DOMAIN = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/;

export function parseSiteEntry(entry: string): SiteRule | null {
  if (entry.startsWith('host:')) {
    const host = entry.slice('host:'.length);
    return BARE_DOMAIN.test(host) ? { type: 'host', host } : null;
  }
  if (entry.startsWith('prefix:')) {
    const rest = entry.slice('prefix:'.length);
    const slash = rest.indexOf('/');
    if (slash <= 0) return null;
    const host = rest.slice(0, slash);
    const path = rest.slice(slash);
    if (!BARE_DOMAIN.test(host) || !path.endsWith('/') || /[?#\s]/.test(path)) return null;
    return { type: 'prefix', host, path };
  }
  return BARE_DOMAIN.test(entry) ? { type: 'domain', domain: entry } : null;
}

export const HELP_SITE_LIST: readonly string[] = [
  // International
  'findahelpline.com',
  // Canada (national)
  '988.ca',
  'kidshelpphone.ca',
  'sheltersafe.ca',
  'endvaw.ca',
  'techsafety.ca',
  'crjc.ca',
  'prefix:homelesshub.ca/resource/lgbtq2s-youth-housing-and-shelter-guidelines/',
  'host:lgbtq2stoolkit.learningcommunity.ca',
  'nextgenmen.ca',
  'whiteribbon.ca',
  'moosehidecampaign.ca',
  'host:youthdatingviolence.prevnet.ca',
  'prefix:nfb.ca/playlist/edu-elimination-violence-against-women/',
  'prefix:canadianlabour.ca/issues-research/domestic-violence-work/',
  // British Columbia
  'manifestchange.ca',
  'bcsth.ca',
  'prefix:peakmag.net/transformative-justice/',
  'bwss.org',
  'endingviolence.org',
  'vsac.ca',
  'warmlandwomen.org',
  'crisiscentre.bc.ca',
  'youthinbc.com',
  'crisiscentrechat.ca',
  'cythera.ca',
  // Alberta
  'calgarywomensshelter.com',
  'preventdomesticviolence.ca',
  'acws.ca',
  // Saskatchewan
  'saskatoonintervalhouse.org',
  // Manitoba
  'maws.mb.ca',
  'prefix:klinic.mb.ca/sexual-assault-crisis-program-sacp-winnipeg/',
  // Ontario
  'awhl.org',
  'torontodistresscentre.com',
  'gersteincentre.org',
  'owjn.org',
  'metrac.org',
  'neighboursfriendsandfamilies.ca',
  'iamakindman.ca',
  'oaith.ca',
  'vawlearningnetwork.ca',
  // Québec
  'maisondureconfort.com',
  'calacsestrie.com',
  'calacslabomegaspesie.com',
  'calacscharlevoix.com',
  'cavac.qc.ca',
  'contrelaviolenceconjugale.ca',
  'host:agressionsexuellemontreal.gtvr.com',
  'alliancegaspesienne.com',
  'fmhf.ca',
  'ladauphinelle.org',
  'accueil-pourelle.org',
  'maisonlegide.org',
  'cps-lanaudiere.org',
  'suicide.ca',
  // New Brunswick
  'womenintransitionhouse.ca',
  // Nova Scotia
  'thans.ca',
  'thirdplaceth.ca',
  'transitionhousefoundation.com',
  // Newfoundland and Labrador
  'nlsacpc.com',
  // United States (national)
  'thehotline.org',
  'loveisrespect.org',
  'rainn.org',
  '988lifeline.org',
  'creative-interventions.org',
  'unclenchingourfists.org',
  'futureswithoutviolence.org',
  'thatsnotcool.com',
  'prefix:everydayfeminism.com/2016/02/be-accountable-when-abusive/',
  'prefix:everydayfeminism.com/2015/09/confront-friend-abusing-partner/',
  'prefix:therepresentationproject.org/film/the-mask-you-live-in-film/',
  'resourcesharingproject.org',
  'nnedv.org',
  'niwrc.org',
  'safeshelter.org',
  'strongheartshelpline.org',
  'domesticshelters.org',
  'nsvrc.org',
  'ncavp.org',
  // United States (states)
  'conwaywomensshelter.com',
  'calcasa.org',
  'valor.us',
  'weaveinc.org',
  'partnersagainstviolence.org',
  'prefix:myflfamilies.com/programs/domesticviolence/',
  'harborhousefl.com',
  'ilcadv.org',
  'the-network.org',
  'rundvoutoftown.org',
  'nccasa.org',
  'ourvoicenc.org',
  'safehorizon.org',
  'sanctuaryforfamilies.org',
  'prefix:nyc.gov/site/ocdv/',
  'stsm.org',
  'dvcchatt.org',
  'taasa.org',
  'tcfv.org',
  'prefix:hhs.texas.gov/services/safety/family-violence-program/',
  'genesisshelter.org',
  'wcsap.org',
  'endabusewi.org',
  // United Kingdom (UK-wide)
  'nationaldahelpline.org.uk',
  'refuge.org.uk',
  'mensadviceline.org.uk',
  'respect.uk.net',
  'centralwomensaid.org',
  'whwr.org.uk',
  // England
  '247sexualabusesupport.org.uk',
  'womensaid.org.uk',
  'centre56.org.uk',
  'idas.org.uk',
  'saferfutures.org.uk',
  'fcwa.co.uk',
  'lancashirerefuges.org.uk',
  'ndada.co.uk',
  // Scotland
  'rapecrisisscotland.org.uk',
  'womensaid.scot',
  'scottishwomensaid.org.uk',
  'grampian-womens-aid.com',
  'gewa.org.uk',
  // Wales
  'wa-rct.org.uk',
  'llanelliwa.org.uk',
  'welshwomensaid.org.uk',
  'cardiffwomensaid.org.uk',
  // Northern Ireland
  'midulsterwomensaid.org.uk',
  // Ireland
  'safeireland.ie',
  'womensaid.ie',
  // Australia (national)
  '1800respect.org.au',
  'mensline.org.au',
  'prefix:esafety.gov.au/women/',
  'ntv.org.au',
  'violencefreefamilies.org.au',
  // Australia (states and territories)
  'wrrc.org.au',
  'dvnswsm.org.au',
  'wdvcasnsw.org.au',
  'dvnsw.org.au',
  'prefix:dcj.nsw.gov.au/children-and-families/family-domestic-and-sexual-violence/',
  'asws.org',
  'dvconnect.org',
  'wlsq.org.au',
  'prefix:thewomenscentre.org.au/services/sexual-assault-support-service/',
  'sass.org.au',
  'safesteps.org.au',
  'gcasa.org.au',
  'djirra.org.au',
  'safeandequal.org.au',
  'mcauley.org.au',
  'centreagainstviolence.org.au',
  'radv.com.au',
  // New Zealand
  'westchchwomensrefuge.org.nz',
  'womensrefuge.org.nz',
  'terauawhina.org.nz',
  'helpauckland.org.nz',
  'wellingtonhelp.org.nz',
  'malesurvivor.nz',
  // France
  'fncidff.info',
  'host:arretonslesviolences.gouv.fr',
  'france-victimes.fr',
  // Belgium (French-speaking)
  'solidarite-femmes.be',
];
