/** Small descriptive statistics over lead-time samples. */

export interface Distribution {
  samples: number;
  mean: number;
  median: number;
  /** Sample standard deviation (n − 1); 0 for a single sample. */
  sd: number;
  p10: number;
  p90: number;
  p95: number;
  min: number;
  max: number;
}

/** Linear interpolation between order statistics (R type 7, Excel PERCENTILE.INC). */
export function quantileSorted(sorted: ArrayLike<number>, level: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const position = (n - 1) * level;
  const below = Math.floor(position);
  const above = Math.min(below + 1, n - 1);
  const low = sorted[below] as number;
  return low + (position - below) * ((sorted[above] as number) - low);
}

export function describeSamples(values: readonly number[]): Distribution | null {
  const n = values.length;
  if (n === 0) return null;
  const sorted = Float64Array.from(values).sort();
  let sum = 0;
  for (const v of sorted) sum += v;
  const mean = sum / n;
  let squares = 0;
  for (const v of sorted) squares += (v - mean) ** 2;
  return {
    samples: n,
    mean,
    median: quantileSorted(sorted, 0.5),
    sd: n > 1 ? Math.sqrt(squares / (n - 1)) : 0,
    p10: quantileSorted(sorted, 0.1),
    p90: quantileSorted(sorted, 0.9),
    p95: quantileSorted(sorted, 0.95),
    min: sorted[0] as number,
    max: sorted[n - 1] as number,
  };
}

/** numerator / denominator, or null when there is nothing to divide by. */
export function ratio(numerator: number, denominator: number): number | null {
  return denominator > 0 ? numerator / denominator : null;
}
