/**
 * Seasonality detection and classical decomposition, as used by the M4 benchmarks
 * (Naive2, SES/Theta on seasonally adjusted data).
 */

/** Autocorrelations at lags 1..maxLag written into `out` (length ≥ maxLag + 1, out[0] = 1). */
export function acf(y: ArrayLike<number>, maxLag: number, out: Float64Array): void {
  const n = y.length;
  let mu = 0;
  for (let i = 0; i < n; i++) mu += y[i] as number;
  mu /= n;
  let c0 = 0;
  for (let i = 0; i < n; i++) {
    const d = (y[i] as number) - mu;
    c0 += d * d;
  }
  out[0] = 1;
  for (let k = 1; k <= maxLag; k++) {
    let ck = 0;
    for (let i = k; i < n; i++) ck += ((y[i] as number) - mu) * ((y[i - k] as number) - mu);
    out[k] = c0 > 0 ? ck / c0 : 0;
  }
}

/**
 * Is there seasonality of period m? Requires ≥ `minSeasons` full seasons, then tests the lag-m
 * autocorrelation against its Bartlett bound at 90% (two-sided z = 1.645), as M4's benchmarks do.
 */
export function hasSeasonality(y: ArrayLike<number>, m: number, minSeasons = 2): boolean {
  const n = y.length;
  if (m <= 1 || n < minSeasons * m || n < m + 3) return false;
  const r = new Float64Array(m + 1);
  acf(y, m, r);
  let sumSq = 0;
  for (let k = 1; k < m; k++) sumSq += (r[k] as number) * (r[k] as number);
  const limit = (1.645 / Math.sqrt(n)) * Math.sqrt(1 + 2 * sumSq);
  return Math.abs(r[m] as number) > limit;
}

export type DecompositionType = 'additive' | 'multiplicative';

/**
 * Classical decomposition seasonal indices (R's `decompose`): centred moving average trend,
 * phase means of the detrended series, normalised to mean 1 (multiplicative) or 0 (additive).
 * Index i applies to observations t with t % m === i (t = 0 is the first observation).
 * Returns null when there is not a full season after trimming the moving-average ends.
 */
export interface IndexNoise {
  /** Variance of one index estimate (within-phase variance / cycles), before normalisation. */
  estimateVariance: number;
}

export function seasonalIndices(
  y: ArrayLike<number>,
  m: number,
  type: DecompositionType,
  noise?: IndexNoise,
): Float64Array | null {
  const n = y.length;
  if (m <= 1 || n < 2 * m) return null;
  const half = Math.floor(m / 2);
  const even = m % 2 === 0;
  const sums = new Float64Array(m);
  const counts = new Float64Array(m);
  const squares = new Float64Array(m);
  // Running window sum for the centred MA (2×m MA when m is even).
  let window = 0;
  for (let i = 0; i < m; i++) window += y[i] as number;
  for (let t = half; t < n - half; t++) {
    let trend: number;
    const start = t - half;
    if (even) {
      // Window [start, start + m) plus half-weighted ends: 2×m MA.
      if (start + m >= n) break;
      const next = window - (y[start] as number) + (y[start + m] as number);
      trend = (window + next) / (2 * m);
      window = next;
    } else {
      trend = window / m;
      if (start + m < n) window += (y[start + m] as number) - (y[start] as number);
    }
    const v = y[t] as number;
    const detrended = type === 'multiplicative' ? (trend !== 0 ? v / trend : 1) : v - trend;
    const phase = t % m;
    sums[phase] = (sums[phase] as number) + detrended;
    squares[phase] = (squares[phase] as number) + detrended * detrended;
    counts[phase] = (counts[phase] as number) + 1;
  }
  const idx = new Float64Array(m);
  let total = 0;
  for (let i = 0; i < m; i++) {
    if (counts[i] === 0) return null;
    idx[i] = (sums[i] as number) / (counts[i] as number);
    total += idx[i] as number;
  }
  const avg = total / m;
  if (noise !== undefined) {
    let ss = 0;
    let count = 0;
    for (let i = 0; i < m; i++) {
      const c = counts[i] as number;
      ss += (squares[i] as number) - c * (idx[i] as number) * (idx[i] as number);
      count += c;
    }
    const pooled = count > m ? Math.max(0, ss) / (count - m) : 0;
    noise.estimateVariance = pooled / (count / m);
  }
  for (let i = 0; i < m; i++) {
    if (type === 'multiplicative') idx[i] = avg !== 0 ? (idx[i] as number) / avg : 1;
    else idx[i] = (idx[i] as number) - avg;
  }
  return idx;
}
