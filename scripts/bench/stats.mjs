// Small statistics for the benchmark: medians, quartiles, geometric means.
export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  if (!sorted.length) return Number.NaN;
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}
export const median = (values) => quantile(values, 0.5);
export const iqr = (values) => quantile(values, 0.75) - quantile(values, 0.25);
export const geomean = (values) =>
  values.length ? Math.exp(values.reduce((sum, v) => sum + Math.log(v), 0) / values.length) : Number.NaN;
/** Fixed decimals that still show something for small numbers. */
export const fmt = (value, digits = 3) =>
  Number.isFinite(value)
    ? value >= 100
      ? value.toFixed(0)
      : value >= 10
        ? value.toFixed(1)
        : value.toFixed(digits)
    : '—';
