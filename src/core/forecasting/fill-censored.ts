/**
 * Fills censored (NaN) buckets the way the engine's cleanHistory does — leading gaps dropped,
 * interior gaps interpolated linearly, trailing gaps carried forward — but rounds the fill for
 * whole-unit series, which keeps the engine on count distributions for their quantiles.
 */
export function fillCensored(values: Float64Array, integral: boolean): Float64Array {
  let start = 0;
  while (start < values.length && !Number.isFinite(values[start] as number)) start++;
  const y = values.slice(start);
  let lastGood = -1;
  for (let i = 0; i < y.length; i++) {
    if (!Number.isFinite(y[i] as number)) continue;
    if (lastGood >= 0 && i - lastGood > 1) {
      const a = y[lastGood] as number;
      const b = y[i] as number;
      for (let j = lastGood + 1; j < i; j++) {
        const v = a + ((b - a) * (j - lastGood)) / (i - lastGood);
        y[j] = integral ? Math.round(v) : v;
      }
    }
    lastGood = i;
  }
  for (let i = lastGood + 1; i < y.length; i++) y[i] = lastGood >= 0 ? (y[lastGood] as number) : 0;
  return y;
}

/** The raw values aligned with fillCensored's output (same leading gaps dropped). */
export function alignedRaw(values: Float64Array, filledLength: number): Float64Array {
  return values.subarray(values.length - filledLength);
}
