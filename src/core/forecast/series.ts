/** Numeric series helpers shared by the forecasting methods. */

export type SeriesInput = Float64Array | ArrayLike<number>;

export function mean(y: ArrayLike<number>, from = 0, to = y.length): number {
  let s = 0;
  for (let i = from; i < to; i++) s += y[i] as number;
  return to > from ? s / (to - from) : 0;
}

export function variance(y: ArrayLike<number>, from = 0, to = y.length): number {
  const n = to - from;
  if (n < 2) return 0;
  const mu = mean(y, from, to);
  let s = 0;
  for (let i = from; i < to; i++) {
    const d = (y[i] as number) - mu;
    s += d * d;
  }
  return s / (n - 1);
}

/**
 * Cleans a raw history: drops leading missing values (the item did not exist yet) and fills
 * interior/trailing gaps by linear interpolation (or carrying the last value forward).
 */
export function cleanHistory(raw: SeriesInput): Float64Array {
  const n = raw.length;
  let start = 0;
  while (start < n && !Number.isFinite(raw[start] as number)) start++;
  const y = new Float64Array(n - start);
  for (let i = 0; i < y.length; i++) y[i] = raw[start + i] as number;
  let lastGood = -1;
  for (let i = 0; i < y.length; i++) {
    if (Number.isFinite(y[i] as number)) {
      if (lastGood >= 0 && i - lastGood > 1) {
        const a = y[lastGood] as number;
        const b = y[i] as number;
        for (let j = lastGood + 1; j < i; j++) y[j] = a + ((b - a) * (j - lastGood)) / (i - lastGood);
      }
      lastGood = i;
    }
  }
  for (let i = lastGood + 1; i < y.length; i++) y[i] = lastGood >= 0 ? (y[lastGood] as number) : 0;
  return y;
}

export function allNonNegative(y: ArrayLike<number>): boolean {
  for (let i = 0; i < y.length; i++) if ((y[i] as number) < 0) return false;
  return true;
}

export function allPositive(y: ArrayLike<number>): boolean {
  for (let i = 0; i < y.length; i++) if (!((y[i] as number) > 0)) return false;
  return true;
}

export function allIntegers(y: ArrayLike<number>): boolean {
  for (let i = 0; i < y.length; i++) if (!Number.isInteger(y[i] as number)) return false;
  return true;
}

/** Mean absolute lag-`lag` difference: the MASE scale. Falls back to lag 1 when too short. */
export function meanAbsDiff(y: ArrayLike<number>, lag: number, n = y.length): number {
  const k = n > lag ? lag : 1;
  if (n <= k) return 0;
  let s = 0;
  for (let i = k; i < n; i++) s += Math.abs((y[i] as number) - (y[i - k] as number));
  return s / (n - k);
}

/** Mean squared lag-`lag` difference: the RMSSE scale (squared). */
export function meanSquaredDiff(y: ArrayLike<number>, lag: number, n = y.length): number {
  const k = n > lag ? lag : 1;
  if (n <= k) return 0;
  let s = 0;
  for (let i = k; i < n; i++) {
    const d = (y[i] as number) - (y[i - k] as number);
    s += d * d;
  }
  return s / (n - k);
}
