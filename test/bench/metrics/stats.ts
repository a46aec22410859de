/** Summary statistics for timings. Percentiles use the nearest-rank method. */

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] ?? NaN;
}

export const median = (values: number[]): number => percentile(values, 50);
export const p95 = (values: number[]): number => percentile(values, 95);

export function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** Words as the bench counts them everywhere: runs of letters and digits. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}
