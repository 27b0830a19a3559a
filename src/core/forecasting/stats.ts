/** Small robust statistics shared by outlier capping and cold start. */

export function sum(values: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i] as number;
  return s;
}

export function median(sample: readonly number[]): number {
  return quantileOf(sample, 0.5);
}

/** Linear-interpolated quantile of a sample (NaN when empty). */
export function quantileOf(sample: readonly number[], p: number): number {
  if (sample.length === 0) return NaN;
  const sorted = [...sample].sort((a, b) => a - b);
  const at = p * (sorted.length - 1);
  const lo = Math.floor(at);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (at - lo);
}

/** A standard deviation that one wild value cannot blow up: IQR / 1.349, or the sample sd below 4 values. */
export function robustSd(sample: readonly number[]): number {
  const n = sample.length;
  if (n < 2) return 0;
  if (n >= 4) return (quantileOf(sample, 0.75) - quantileOf(sample, 0.25)) / 1.349;
  const mu = sum(sample) / n;
  return Math.sqrt(sample.reduce((s, v) => s + (v - mu) * (v - mu), 0) / (n - 1));
}
