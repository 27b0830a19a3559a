/**
 * Automatic ETS: fit the admissible candidate models and keep the lowest AICc, as R's
 * forecast::ets does (with its default restrictions: no additive error with multiplicative
 * season, no multiplicative components on data that are not strictly positive, seasonal models
 * only for 2 ≤ m ≤ 24 with at least two full seasons).
 */

import { allPositive } from '../series';
import { fitEts, type EtsFitOptions } from './fit';
import { etsName, type EtsFit, type EtsSpec } from './types';
import type { WarmStarts } from './warm-starts';

export interface AutoEtsOptions extends EtsFitOptions {
  /** Try seasonal models (when m and the history allow). Default true. */
  seasonal?: boolean;
  /** Try multiplicative error/season models on positive data. Default true. */
  multiplicative?: boolean;
  /** Try the undamped additive trend (Holt). Default true. */
  holt?: boolean;
  /** Starts from (and records) each model's fit on an overlapping window of the same series. */
  warm?: WarmStarts | undefined;
}

export const MAX_SEASONAL_ETS_PERIOD = 24;

export function etsCandidateSpecs(y: Float64Array, m: number, options: AutoEtsOptions = {}): EtsSpec[] {
  const n = y.length;
  const mult = (options.multiplicative ?? true) && allPositive(y);
  const seasonal = (options.seasonal ?? true) && m >= 2 && m <= MAX_SEASONAL_ETS_PERIOD && n >= 2 * m;
  const trends: EtsSpec['trend'][] = options.holt === false ? ['N', 'Ad'] : ['N', 'A', 'Ad'];
  const specs: EtsSpec[] = [];
  for (const trend of trends) {
    specs.push({ error: 'A', trend, season: 'N' });
    if (mult) specs.push({ error: 'M', trend, season: 'N' });
    if (seasonal) {
      specs.push({ error: 'A', trend, season: 'A' });
      if (mult) specs.push({ error: 'M', trend, season: 'M' });
    }
  }
  // Too many parameters for the data: R requires n > parameters + 4.
  return specs.filter((s) => n > countParameters(s, m) + 4);
}

function countParameters(spec: EtsSpec, m: number): number {
  let k = 2;
  if (spec.trend !== 'N') k += 2;
  if (spec.trend === 'Ad') k += 1;
  if (spec.season !== 'N') k += m;
  return k;
}

export interface AutoEtsResult {
  best: EtsFit;
  fits: EtsFit[];
}

export function autoEts(y: Float64Array, m: number, options: AutoEtsOptions = {}): AutoEtsResult | null {
  const fits: EtsFit[] = [];
  let best: EtsFit | null = null;
  const warm = options.warm;
  for (const spec of etsCandidateSpecs(y, m, options)) {
    const key = etsName(spec);
    const fit = fitEts(y, spec, m, warm === undefined ? options : { ...options, start: warm.get(key) });
    if (fit !== null && warm !== undefined) warm.set(key, fit);
    if (fit === null || !Number.isFinite(fit.aicc)) continue;
    fits.push(fit);
    if (best === null || fit.aicc < best.aicc) best = fit;
  }
  return best === null ? null : { best, fits };
}
