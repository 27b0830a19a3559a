/**
 * Classic Theta method (Assimakopoulos & Nikolopoulos 2000) as in the M4 benchmark code:
 * the θ=0 line (linear regression) and the θ=2 line (2y − trend) forecast by SES, averaged
 * 50/50 — equivalent to SES with drift of half the regression slope (Hyndman & Billah 2003).
 * Seasonal adjustment is applied by the caller.
 */

import { fitEts } from './ets/fit';
import { runEts } from './ets/recursion';
import type { WarmStarts } from './ets/warm-starts';
import type { MethodForecast } from './types';
import { psiVariances } from './variance';

const SES = { error: 'A', trend: 'N', season: 'N' } as const;
const scratch = new Float64Array(4);
const noSeason = new Float64Array(1);
const WARM_KEY = 'theta';
/** Working buffers reused across calls (nothing keeps a reference to them). */
let lineBuffer = new Float64Array(256);
let residBuffer = new Float64Array(256);

/** `warm` carries the SES fit of the θ=2 line between windows of one series. */
export function theta(y: Float64Array, h: number, warm?: WarmStarts): MethodForecast {
  const n = y.length;
  // Least-squares line on t = 1..n.
  let sx = 0, sy = 0, sxx = 0, sxy = 0;
  for (let t = 0; t < n; t++) {
    const x = t + 1;
    sx += x;
    sy += y[t] as number;
    sxx += x * x;
    sxy += x * (y[t] as number);
  }
  const den = n * sxx - sx * sx;
  const slope = n > 1 && den !== 0 ? (n * sxy - sx * sy) / den : 0;
  const intercept = (sy - slope * sx) / Math.max(n, 1);
  if (lineBuffer.length < n) lineBuffer = new Float64Array(n);
  const line2 = lineBuffer.subarray(0, n);
  for (let t = 0; t < n; t++) line2[t] = 2 * (y[t] as number) - (intercept + slope * (t + 1));
  const fit = n >= 3 ? fitEts(line2, SES, 1, { start: warm?.get(WARM_KEY) }) : null;
  if (fit !== null) warm?.set(WARM_KEY, fit);
  const alpha = fit?.alpha ?? 0.5;
  const level = fit?.level ?? (n > 0 ? (line2[n - 1] as number) : 0);
  const mean = new Float64Array(h);
  for (let i = 0; i < h; i++) mean[i] = 0.5 * level + 0.5 * (intercept + slope * (n + i + 1));

  // In-sample one-step errors of the combined forecast give σ².
  let sigma2 = 0;
  if (fit !== null) {
    if (residBuffer.length < n) residBuffer = new Float64Array(n);
    const resid = residBuffer.subarray(0, n);
    const l0 = initialLevel(line2, alpha);
    runEts(line2, n, false, 0, 0, 1, alpha, 0, 0, 1, l0, 0, noSeason, scratch, resid);
    let s = 0;
    for (let t = 0; t < n; t++) {
      // resid on the θ=2 line is line2 − ses; y − (ses/2 + line/2) = resid / 2.
      const e = 0.5 * (resid[t] as number);
      s += e * e;
    }
    sigma2 = s / Math.max(1, n - 3);
  }
  return { mean, ...psiVariances(sigma2, h, () => alpha), family: 'normal' };
}

/** The least-squares initial level for SES with the given alpha (one weighted mean). */
function initialLevel(y: Float64Array, alpha: number): number {
  // e_t = y_t − ℓ̂_t(l0=0) − (1−α)^t l0: minimise over l0 in closed form.
  let level = 0;
  let w = 1;
  let num = 0;
  let den = 0;
  for (let t = 0; t < y.length; t++) {
    const e0 = (y[t] as number) - level;
    num += e0 * w;
    den += w * w;
    level += alpha * e0;
    w *= 1 - alpha;
  }
  return den > 0 ? num / den : 0;
}
