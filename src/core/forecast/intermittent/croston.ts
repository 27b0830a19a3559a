/**
 * Croston's method and the Syntetos–Boylan approximation (SBA) for intermittent demand:
 * exponential smoothing of the non-zero demand sizes z and of the intervals p between them;
 * forecast z/p (Croston) or (1 − α/2)·z/p (SBA, removing Croston's bias).
 * Initialisation as R's forecast::croston: first size, first interval counted from the start.
 */

import type { MethodForecast } from '../types';
import { stationaryVariances } from '../variance';

export type CrostonVariant = 'croston' | 'sba';

export interface CrostonState {
  /** Per-period demand rate forecast. */
  rate: number;
  /** In-sample one-step mean squared error (after the first demand). */
  mse: number;
  size: number;
  interval: number;
}

/** Runs the recursion; returns null when there is no demand at all. */
export function crostonState(y: Float64Array, alpha: number, variant: CrostonVariant): CrostonState | null {
  const n = y.length;
  const factor = variant === 'sba' ? 1 - alpha / 2 : 1;
  let size = 0;
  let interval = 0;
  let sinceLast = 0;
  let started = false;
  let sse = 0;
  let count = 0;
  for (let t = 0; t < n; t++) {
    const v = y[t] as number;
    sinceLast++;
    if (started) {
      const e = v - (factor * size) / interval;
      sse += e * e;
      count++;
    }
    if (v > 0) {
      if (!started) {
        size = v;
        interval = sinceLast;
        started = true;
      } else {
        size += alpha * (v - size);
        interval += alpha * (sinceLast - interval);
      }
      sinceLast = 0;
    }
  }
  if (!started) return null;
  const rate = (factor * size) / interval;
  return { rate, mse: count > 0 ? sse / count : rate * rate + rate, size, interval };
}

export function croston(y: Float64Array, h: number, alpha = 0.1, variant: CrostonVariant = 'croston'): MethodForecast {
  const s = crostonState(y, alpha, variant);
  if (s === null) return zeroForecast(h);
  // The smoothed rate carries roughly α/(2−α) of the demand variance as estimation error.
  const { variance, cumVariance } = stationaryVariances(s.mse, (alpha / (2 - alpha)) * s.mse, h);
  return { mean: new Float64Array(h).fill(s.rate), variance, cumVariance, family: 'normal' };
}

export function sba(y: Float64Array, h: number, alpha = 0.1): MethodForecast {
  return croston(y, h, alpha, 'sba');
}

/** Picks α from a small grid by in-sample MSE (robust on short, sparse histories). */
export function optimisedCroston(y: Float64Array, h: number, variant: CrostonVariant): MethodForecast {
  let best = 0.1;
  let bestMse = Infinity;
  for (const a of ALPHA_GRID) {
    const s = crostonState(y, a, variant);
    if (s !== null && s.mse < bestMse) {
      bestMse = s.mse;
      best = a;
    }
  }
  return croston(y, h, best, variant);
}

export const ALPHA_GRID = [0.05, 0.1, 0.15, 0.2, 0.3] as const;

export function zeroForecast(h: number): MethodForecast {
  return {
    mean: new Float64Array(h),
    variance: new Float64Array(h),
    cumVariance: new Float64Array(h),
    family: 'count',
  };
}
