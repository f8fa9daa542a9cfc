/**
 * Turning a history listing into the list of URLs to delete.
 */

/**
 * The `history.search` query that enumerates the whole history. Both browsers default to the
 * last 24 hours (`startTime`) and 100 results (`maxResults`) when these are left out, which is
 * why a sweep that omits them "didn't delete" anything older than a day or past the 100th entry.
 */
export const SWEEP_QUERY = { text: '', startTime: 0, maxResults: 1_000_000 } as const;

/** The distinct URLs among `items` that `isTrace` accepts (with their title), in first-seen order; items without a URL are skipped. */
export function planSweep(
  items: readonly { url?: string; title?: string }[],
  isTrace: (url: string, title?: string) => boolean,
): string[] {
  const seen = new Set<string>();
  const plan: string[] = [];
  for (const item of items) {
    const url = item.url;
    if (url === undefined || url === '' || seen.has(url)) continue;
    seen.add(url);
    if (isTrace(url, item.title)) plan.push(url);
  }
  return plan;
}

/** Splits `list` into consecutive slices of at most `size` items (size below 1 is treated as 1). */
export function chunk<T>(list: readonly T[], size: number): T[][] {
  const step = Math.max(1, Math.floor(size) || 1);
  const chunks: T[][] = [];
  for (let i = 0; i < list.length; i += step) chunks.push(list.slice(i, i + step));
  return chunks;
}
