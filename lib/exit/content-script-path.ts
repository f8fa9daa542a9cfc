/** Where the build writes the content script, for the manifest and for injecting it into open tabs. */
export const CONTENT_SCRIPT_PATH = 'content-scripts/panic.js';
