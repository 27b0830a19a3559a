/**
 * Teunter–Syntetos–Babai (TSB): smooths the demand probability every period (so the forecast
 * decays when demand stops — obsolescence) and the demand size when demand occurs.
 * Forecast = p·z. α (size) and β (probability) chosen from a small grid by in-sample MSE.
 */

import type { MethodForecast } from '../types';
import { stationaryVariances } from '../variance';
import { zeroForecast } from './croston';

const SIZE_GRID = [0.05, 0.1, 0.2, 0.3] as const;
const PROB_GRID = [0.02, 0.05, 0.1, 0.2, 0.3] as const;
const out = new Float64Array(2);

/** Writes [forecast rate, in-sample MSE] to `out`; false when there is no demand. */
function runTsb(y: Float64Array, alpha: number, beta: number, result: Float64Array): boolean {
  const n = y.length;
  let first = -1;
  let nz = 0;
  let sizeSum = 0;
  for (let t = 0; t < n; t++) {
    if ((y[t] as number) > 0) {
      if (first < 0) first = t;
      nz++;
      sizeSum += y[t] as number;
    }
  }
  if (first < 0) return false;
  // Initial probability from the whole history; initial size = mean non-zero size.
  let p = nz / n;
  let z = sizeSum / nz;
  let sse = 0;
  for (let t = 0; t < n; t++) {
    const v = y[t] as number;
    const e = v - p * z;
    sse += e * e;
    if (v > 0) {
      p += beta * (1 - p);
      z += alpha * (v - z);
    } else {
      p -= beta * p;
    }
  }
  result[0] = p * z;
  result[1] = sse / n;
  return true;
}

export function tsb(y: Float64Array, h: number, alpha?: number, beta?: number): MethodForecast {
  let bestA = alpha ?? 0.1;
  let bestB = beta ?? 0.05;
  if (alpha === undefined || beta === undefined) {
    let bestMse = Infinity;
    for (const a of alpha === undefined ? SIZE_GRID : [alpha]) {
      for (const b of beta === undefined ? PROB_GRID : [beta]) {
        if (runTsb(y, a, b, out) && (out[1] as number) < bestMse) {
          bestMse = out[1] as number;
          bestA = a;
          bestB = b;
        }
      }
    }
  }
  if (!runTsb(y, bestA, bestB, out)) return zeroForecast(h);
  const mse = out[1] as number;
  const { variance, cumVariance } = stationaryVariances(mse, (bestB / (2 - bestB)) * mse, h);
  return { mean: new Float64Array(h).fill(out[0] as number), variance, cumVariance, family: 'normal' };
}
