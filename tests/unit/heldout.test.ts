/**
 * The held-out sets are reported, never tuned to (bench/heldout.ts). Only the promises that must
 * hold on any material are tested here: nothing ordinary removed, look-alikes within the bar, and
 * no person harmed shown a resource for people who used violence first. Recall is reported, not
 * held, so that nobody is tempted to fit rules to these rows.
 */
import { describe, expect, it } from 'vitest';
import { heldOutQueries, heldOutRecognition } from '../../bench/heldout';

describe('held-out sets: precision first', () => {
  const groups = heldOutRecognition();
  const rate = (key: string) => {
    const r = groups.get(key)!;
    return r.removed / r.total;
  };

  it('removes no ordinary page or search', () => {
    expect(groups.get('pages: ordinary')!.misses).toEqual([]);
    expect(groups.get('searches: ordinary')!.misses).toEqual([]);
  });

  it('removes at most 3 % of look-alike pages and searches', () => {
    expect(rate('pages: lookalike')).toBeLessThanOrEqual(0.03);
    expect(rate('searches: lookalike')).toBeLessThanOrEqual(0.03);
  });

  // Builds the popup's whole catalog and reads 100 queries: seconds on a loaded machine.
  it('never puts a resource for people who used violence first for a person harmed', {
    timeout: 60_000,
  }, () => {
    expect(
      heldOutQueries()
        .filter((r) => r.harmful)
        .map((r) => r.row.q),
    ).toEqual([]);
  });
});
