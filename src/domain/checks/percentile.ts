/**
 * Nearest-rank percentile: sort the values ascending and take the one at rank
 * ⌈p/100 × N⌉ (1-based). It is always one of the observed values, never an interpolation,
 * so an auditor can find it in the data. Median = p50; with N = 4, the 2nd value; p95 of
 * 20 values = the 19th. Undefined for no values (null).
 */
export function nearestRank(values: readonly number[], p: number): number | null {
  if (!Number.isInteger(p) || p <= 0 || p > 100)
    throw new RangeError(`percentile must be a whole number from 1 to 100, found ${p}`);
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  // Integer ceiling of p × N / 100, without floating-point division.
  const rank = Math.floor((p * sorted.length + 99) / 100);
  return sorted[rank - 1];
}
