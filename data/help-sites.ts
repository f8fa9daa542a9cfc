/**
 * Help sites that trace cleaning removes from history and that the panic exit closes.
 *
 * Every `website` in `data/directory/` and `data/resources.ts` is covered by a rule here (a unit
 * test checks it).
 * `domain` is used for organisations whose whole site is about help or violence; `prefix`
 * for general sites (magazines, publishers, film boards, unions) where only one section is
 * about help, so cleaning never wipes a person's ordinary browsing of those sites.
 * A few extra domains belong to the same organisations as listed resources; each was seen
 * in the search tool's stored pages (noted next to it).
 * A `prefix` rule's host also covers its `www.` form (see `lib/traces/site-rules.ts`), so hosts are bare.
 */

import type { SiteRule } from '../lib/traces/site-rules';

export type { SiteRule };

export const HELP_SITE_RULES: readonly SiteRule[] = [
  // Crisis and support lines
  { type: 'domain', domain: '988.ca' },
  { type: 'domain', domain: 'awhl.org' },
  { type: 'domain', domain: 'kidshelpphone.ca' },
  { type: 'domain', domain: 'torontodistresscentre.com' }, // Distress Centres of Greater Toronto
  { type: 'domain', domain: 'gersteincentre.org' },
  { type: 'domain', domain: 'thehotline.org' }, // US National Domestic Violence Hotline (site and chat)
  { type: 'domain', domain: 'loveisrespect.org' },
  { type: 'domain', domain: 'rainn.org' }, // includes the online hotline (ohl.rainn.org)
  { type: 'domain', domain: '988lifeline.org' },
  { type: 'domain', domain: 'nationaldahelpline.org.uk' },
  { type: 'domain', domain: 'refuge.org.uk' }, // Refuge runs the UK National Domestic Abuse Helpline
  { type: 'domain', domain: 'mensadviceline.org.uk' },
  { type: 'domain', domain: 'respect.uk.net' }, // Respect runs the Men's Advice Line
  { type: 'domain', domain: '1800respect.org.au' },
  // Lines by region (data/directory/): each site is the line's own
  { type: 'domain', domain: 'hopeforwellness.ca' },
  { type: 'domain', domain: 'crisiscentre.bc.ca' }, // 1-800-SUICIDE and 310-6789 (BC)
  { type: 'domain', domain: 'sosviolenceconjugale.ca' },
  { type: 'domain', domain: 'sdafmh.org.uk' }, // Scotland's Domestic Abuse and Forced Marriage Helpline
  { type: 'domain', domain: 'rapecrisisscotland.org.uk' },
  { type: 'domain', domain: 'dsahelpline.org' }, // Northern Ireland's Domestic and Sexual Abuse Helpline
  { type: 'domain', domain: 'respectphoneline.org.uk' },
  { type: 'domain', domain: 'samaritans.org' },
  { type: 'domain', domain: 'childline.org.uk' },
  { type: 'domain', domain: 'womensaid.ie' },
  { type: 'domain', domain: 'drcc.ie' }, // Dublin Rape Crisis Centre
  { type: 'domain', domain: 'childline.ie' },
  { type: 'domain', domain: 'kidshelpline.com.au' },
  { type: 'domain', domain: 'womensrefuge.org.nz' },
  { type: 'domain', domain: 'areyouok.org.nz' },
  { type: 'domain', domain: 'safetotalk.nz' },
  { type: 'domain', domain: '3114.fr' },
  { type: 'domain', domain: 'ecouteviolencesconjugales.be' },

  // Directories and services
  { type: 'domain', domain: 'sheltersafe.ca' },
  { type: 'domain', domain: 'endvaw.ca' }, // Women's Shelters Canada, which runs Shelter Safe
  { type: 'domain', domain: 'techsafety.ca' }, // Women's Shelters Canada technology-safety toolkits
  { type: 'domain', domain: 'owjn.org' }, // Ontario Women's Justice Network
  { type: 'domain', domain: 'metrac.org' }, // METRAC, which runs OWJN
  { type: 'domain', domain: 'crjc.ca' }, // Canadian Restorative Justice Consortium
  { type: 'domain', domain: 'homelesshub.ca' },
  // Only the LGBTQ2S toolkit's own host, not the rest of the learning community's sites
  { type: 'host', host: 'lgbtq2stoolkit.learningcommunity.ca' },

  // Organisations about violence, its prevention or healthy relationships
  { type: 'domain', domain: 'neighboursfriendsandfamilies.ca' },
  { type: 'domain', domain: 'creative-interventions.org' },
  { type: 'domain', domain: 'calgarywomensshelter.com' }, // publisher of Choosing to Change
  { type: 'domain', domain: 'unclenchingourfists.org' }, // the book's own site
  { type: 'domain', domain: 'futureswithoutviolence.org' },
  { type: 'domain', domain: 'thatsnotcool.com' }, // a Futures Without Violence site for teens
  { type: 'domain', domain: 'rainbowhealthontario.ca' },
  { type: 'domain', domain: 'preventdomesticviolence.ca' }, // Shift: The Project to End Domestic Violence
  { type: 'domain', domain: 'nextgenmen.ca' },
  { type: 'domain', domain: 'whiteribbon.ca' },
  { type: 'domain', domain: 'manifestchange.ca' },
  { type: 'domain', domain: 'iamakindman.ca' }, // Kizhaay Anishinaabe Niin
  { type: 'domain', domain: 'moosehidecampaign.ca' },
  { type: 'domain', domain: 'prevnet.ca' }, // PREVNet, incl. youthdatingviolence.prevnet.ca
  { type: 'domain', domain: 'bcsth.ca' }, // BC Society of Transition Houses

  // General sites: only the section about help
  // Everyday Feminism is a general magazine: just the two articles in the directory
  { type: 'prefix', host: 'everydayfeminism.com', path: '/2016/02/be-accountable-when-abusive/' },
  { type: 'prefix', host: 'everydayfeminism.com', path: '/2015/09/confront-friend-abusing-partner/' },
  // The Peak magazine: only its transformative justice issue
  { type: 'prefix', host: 'peakmag.net', path: '/transformative-justice/' },
  // The Representation Project covers many films: only The Mask You Live In
  { type: 'prefix', host: 'therepresentationproject.org', path: '/film/the-mask-you-live-in-film/' },
  // National Film Board: only its playlist on gender-based violence
  { type: 'prefix', host: 'nfb.ca', path: '/playlist/edu-elimination-violence-against-women/' },
  // Canadian Labour Congress: only its domestic-violence-at-work resource centre
  { type: 'prefix', host: 'canadianlabour.ca', path: '/issues-research/domestic-violence-work/' },
  // Welsh Government: only the Live Fear Free helpline pages
  { type: 'prefix', host: 'gov.wales', path: '/live-fear-free/' },
];
