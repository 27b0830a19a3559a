/**
 * Point forecasts and forecast-error variances of a fitted ETS model.
 * Additive error with additive/no season ("class 1"): exact, var_h = σ²(1 + Σ_{j<h} c_j²),
 * c_j = α + β·φ_j + γ·[j ≡ 0 mod m]. Multiplicative error, no season ("class 2"): exact
 * recursion of Hyndman et al. (2008, ch. 6). Multiplicative season: class-2 formula on the
 * deseasonalised scale times the squared seasonal factor (a close approximation).
 */

import type { MethodForecast } from '../types';
import type { EtsFit } from './types';

/** Working buffers reused across calls (every backtest origin forecasts several fits). */
let scratch = new Float64Array(3 * 64);

export function etsForecast(fit: EtsFit, h: number): MethodForecast {
  const { alpha, beta, gamma, m, level, trend, season, n, sigma2 } = fit;
  const damped = fit.spec.trend === 'Ad';
  const hasTrend = fit.spec.trend !== 'N';
  const phi = damped ? fit.phi : 1;
  const mean = new Float64Array(h);
  if (scratch.length < 3 * h) scratch = new Float64Array(3 * h);
  const base = scratch.subarray(0, h); // level + trend part (deseasonalised for M season)
  const seas = scratch.subarray(h, 2 * h);
  const c = scratch.subarray(2 * h, 3 * h); // impulse weights c_1..c_{h-1} at c[1..]
  c[0] = 0;
  let phiSum = 0;
  let phiPow = 1;
  for (let i = 0; i < h; i++) {
    phiPow *= phi;
    phiSum += phiPow; // φ + … + φ^{i+1}
    const q = level + (hasTrend ? phiSum * trend : 0);
    const s = fit.spec.season === 'N' ? 0 : (season[(n + i) % m] as number);
    base[i] = q;
    seas[i] = s;
    mean[i] = fit.spec.season === 'M' ? q * s : q + s;
  }
  // c_j for j = 1..h-1 uses φ_j = φ + … + φ^j.
  phiSum = 0;
  phiPow = 1;
  for (let j = 1; j < h; j++) {
    phiPow *= phi;
    phiSum += phiPow;
    let cj = alpha + (hasTrend ? beta * phiSum : 0);
    if (fit.spec.season === 'A' && j % m === 0) cj += gamma;
    c[j] = cj;
  }
  // Linear (additive) error structure: variance and the variance of cumulative sums.
  const varAdd = new Float64Array(h);
  const cumAdd = new Float64Array(h);
  let sumC2 = 0;
  let cumC = 0;
  let cumSum = 0;
  for (let i = 0; i < h; i++) {
    if (i > 0) sumC2 += (c[i] as number) * (c[i] as number);
    varAdd[i] = sigma2 * (1 + sumC2);
    if (i > 0) cumC += c[i] as number;
    cumSum += (1 + cumC) * (1 + cumC);
    cumAdd[i] = sigma2 * cumSum;
  }
  if (fit.spec.error === 'A') {
    return { mean, variance: varAdd, cumVariance: cumAdd, family: 'normal' };
  }
  // Class 2: θ_1 = μ_1², θ_h = μ_h² + σ² Σ_{j=1}^{h-1} c_j² θ_{h−j}; v_h = (1+σ²)θ_h − μ_h².
  const theta = new Float64Array(h);
  const variance = new Float64Array(h);
  for (let i = 0; i < h; i++) {
    const mu = base[i] as number;
    let acc = mu * mu;
    for (let j = 1; j <= i; j++) acc += sigma2 * (c[j] as number) * (c[j] as number) * (theta[i - j] as number);
    theta[i] = acc;
    let v = (1 + sigma2) * acc - mu * mu;
    if (fit.spec.season === 'M') v *= (seas[i] as number) * (seas[i] as number);
    variance[i] = Math.max(v, 0);
  }
  // Cumulative variance: keep the additive model's correlation structure, rescaled.
  const cumVariance = new Float64Array(h);
  let sv = 0;
  let sa = 0;
  for (let i = 0; i < h; i++) {
    sv += variance[i] as number;
    sa += varAdd[i] as number;
    cumVariance[i] = sa > 0 ? ((cumAdd[i] as number) * sv) / sa : sv;
  }
  return { mean, variance, cumVariance, family: 'normal' };
}
