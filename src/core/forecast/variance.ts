/**
 * Forecast-error variance shapes shared by the non-ETS methods.
 * Linear innovations: e_{T+h} = ε_{T+h} + Σ_{j=1}^{h−1} c_j ε_{T+h−j}, so
 *   Var(e_h) = σ²(1 + Σ_{j<h} c_j²),  Var(Σ_{h≤L} e_h) = σ² Σ_{i=0}^{L−1} (1 + C_i)²,  C_i = Σ_{j≤i} c_j.
 */

import type { MethodForecast } from './types';

/** Variances from one-step variance σ² and impulse weights c(j), j ≥ 1. */
export function psiVariances(sigma2: number, h: number, c: (j: number) => number): { variance: Float64Array; cumVariance: Float64Array } {
  const variance = new Float64Array(h);
  const cumVariance = new Float64Array(h);
  let sumC2 = 0;
  let cumC = 0;
  let acc = 0;
  for (let i = 0; i < h; i++) {
    if (i > 0) {
      const cj = c(i);
      sumC2 += cj * cj;
      cumC += cj;
    }
    variance[i] = sigma2 * (1 + sumC2);
    acc += (1 + cumC) * (1 + cumC);
    cumVariance[i] = sigma2 * acc;
  }
  return { variance, cumVariance };
}

/**
 * Stationary demand around an estimated mean (intermittent methods): per-step error variance
 * `mse` (demand noise + estimation error of the mean), of which `levelVar` is the estimation
 * error shared by all steps, so Var(Σ_{h≤L}) = L(mse − levelVar) + L²·levelVar.
 */
export function stationaryVariances(mse: number, levelVar: number, h: number): { variance: Float64Array; cumVariance: Float64Array } {
  const u = Math.min(Math.max(levelVar, 0), mse);
  const variance = new Float64Array(h).fill(mse);
  const cumVariance = new Float64Array(h);
  for (let i = 0; i < h; i++) {
    const L = i + 1;
    cumVariance[i] = L * (mse - u) + L * L * u;
  }
  return { variance, cumVariance };
}

/** A flat forecast with stationary errors. */
export function flatForecast(level: number, h: number, mse: number, levelVar: number): MethodForecast {
  const mean = new Float64Array(h).fill(level);
  return { mean, ...stationaryVariances(mse, levelVar, h), family: 'normal' };
}
