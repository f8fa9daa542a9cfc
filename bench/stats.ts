/** Small statistics helpers shared by the benchmarks. */

export function quantile(values: readonly number[], q: number): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i]!;
}

export const median = (v: readonly number[]): number => quantile(v, 0.5);
export const p95 = (v: readonly number[]): number => quantile(v, 0.95);

/** `12.3 ms` with sensible precision. */
export function ms(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  return value < 1
    ? `${value.toFixed(3)} ms`
    : value < 10
      ? `${value.toFixed(2)} ms`
      : `${value.toFixed(0)} ms`;
}

export { prng } from '../tests/fixtures/prng';
