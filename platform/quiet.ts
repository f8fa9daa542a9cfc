/**
 * Waypoint's one rule for errors it cannot act on: they are swallowed, never logged.
 *
 * Why: console output and uncaught errors are kept by the browser (the extensions page's
 * "Errors" list, the service worker's console, about:debugging) where the person harming someone
 * can find them, and an error message naming a help site or saying "history deleted" would tell
 * exactly what Waypoint exists to hide. The failures swallowed this way are ones nobody could act
 * on anyway: a tab already closed, a history entry already gone, a page that unloaded before its
 * reply, a permission the person has not granted, a storage area the browser lacks.
 *
 * How: every such place ends in `.catch(ignore)` (or `try {} catch {}` in synchronous code), so
 * `git grep ignore` lists them all. The few exceptions:
 * - the content script writes `() => {}` inline, because its bytes are budgeted (it runs in every
 *   frame of every page) and importing this module would add a name per use;
 * - errors a person can act on are shown to them in the interface instead (a refused help site,
 *   settings that were repaired, a neutral address that does not parse);
 * - tests, benchmarks and build scripts print freely: they never ship.
 */

/** Swallows an error on purpose (see above). */
export function ignore(): void {}
