/**
 * The default neutral site, alone in its module: the content script needs it and nothing else of
 * `neutral-site.ts`, whose address parsing would otherwise come along into every frame.
 */

/** A weather page, about as ordinary and impersonal as a page can be. */
export const DEFAULT_NEUTRAL_URL = 'https://www.bbc.com/weather';
