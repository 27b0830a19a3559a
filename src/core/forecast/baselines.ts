/** Benchmark methods: naive, seasonal naive, moving average and mean. */

import { mean } from './series';
import type { MethodForecast } from './types';
import { flatForecast, psiVariances } from './variance';

/** Last value carried forward; random-walk variance σ²h. */
export function naive(y: Float64Array, h: number): MethodForecast {
  const n = y.length;
  const last = n > 0 ? (y[n - 1] as number) : 0;
  let s = 0;
  for (let t = 1; t < n; t++) s += ((y[t] as number) - (y[t - 1] as number)) ** 2;
  const sigma2 = n > 1 ? s / (n - 1) : 0;
  return { mean: new Float64Array(h).fill(last), ...psiVariances(sigma2, h, () => 1), family: 'normal' };
}

/** Same season last cycle; falls back to naive when the history is shorter than a season. */
export function seasonalNaive(y: Float64Array, h: number, m: number): MethodForecast {
  const n = y.length;
  if (m <= 1 || n < m) return naive(y, h);
  const f = new Float64Array(h);
  for (let i = 0; i < h; i++) f[i] = y[n - m + (i % m)] as number;
  let s = 0;
  for (let t = m; t < n; t++) s += ((y[t] as number) - (y[t - m] as number)) ** 2;
  const sigma2 = n > m ? s / (n - m) : 0;
  return { mean: f, ...psiVariances(sigma2, h, (j) => (j % m === 0 ? 1 : 0)), family: 'normal' };
}

/** Mean of the last k values; errors from rolling one-step in-sample forecasts. */
export function movingAverage(y: Float64Array, h: number, k: number): MethodForecast {
  const n = y.length;
  const w = Math.max(1, Math.min(k, n));
  const level = mean(y, n - w, n);
  let s = 0;
  let count = 0;
  let window = 0;
  for (let t = 0; t < n; t++) {
    if (t >= w) {
      const e = (y[t] as number) - window / w;
      s += e * e;
      count++;
      window -= y[t - w] as number;
    }
    window += y[t] as number;
  }
  const mse = count > 0 ? s / count : spreadOf(y);
  // Var of a k-mean of i.i.d. demand is σ²/k; the one-step MSE is σ²(1 + 1/k).
  return flatForecast(level, h, mse, mse / (w + 1));
}

/** Historical mean: a sensible forecast for very short or stationary histories. */
export function historicalMean(y: Float64Array, h: number): MethodForecast {
  const n = y.length;
  const v = spreadOf(y);
  return flatForecast(mean(y), h, v * (1 + 1 / Math.max(n, 1)), v / Math.max(n, 1));
}

function spreadOf(y: Float64Array): number {
  const n = y.length;
  if (n < 2) return n === 1 ? Math.max(Math.abs(y[0] as number), 1) : 1;
  const mu = mean(y);
  let s = 0;
  for (let t = 0; t < n; t++) s += ((y[t] as number) - mu) ** 2;
  return s / (n - 1);
}
