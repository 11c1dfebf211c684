// Small statistics for the benchmark: medians, quartiles, geometric means, and numbers to print.
export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (!sorted.length) return Number.NaN;
  const at = (sorted.length - 1) * q;
  const lo = sorted[Math.floor(at)] as number;
  const hi = sorted[Math.ceil(at)] as number;
  return lo + (hi - lo) * (at - Math.floor(at));
}
export const median = (values: number[]) => quantile(values, 0.5);
export const geomean = (values: number[]) =>
  values.length ? Math.exp(values.reduce((sum, v) => sum + Math.log(v), 0) / values.length) : Number.NaN;

/** Fixed decimals that still show something for small numbers. */
export const fmt = (value: number | null | undefined, digits = 3): string => {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(digits);
};
