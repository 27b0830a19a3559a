/**
 * Candidate methods for one training window. Methods that share work (the ETS fits behind SES,
 * damped trend and automatic ETS) are computed together, so a backtest origin costs one pass.
 */

import { historicalMean, movingAverage, naive, seasonalNaive } from './baselines';
import { combineForecasts } from './combine';
import { autoEts } from './ets/auto';
import { fitEts } from './ets/fit';
import { etsForecast } from './ets/forecast';
import { etsName, type EtsFit, type EtsSpec } from './ets/types';
import type { WarmStarts } from './ets/warm-starts';
import { adida, adidaLevel } from './intermittent/adida';
import { optimisedCroston } from './intermittent/croston';
import { tsb } from './intermittent/tsb';
import { adjustSeries, readjustForecast, type SeasonalAdjustment } from './seasonal-adjustment';
import { theta } from './theta';
import type { MethodForecast } from './types';

export type CandidateName =
  | 'naive' | 'snaive' | 'mean' | 'ma' | 'ses' | 'damped' | 'theta' | 'ets'
  | 'croston' | 'sba' | 'tsb' | 'adida' | 'combo' | 'intermittentCombo';

export interface ForecastPlan {
  m: number;
  adjustment: SeasonalAdjustment | null;
  /** Let automatic ETS fit seasonal models on the raw series (2 ≤ m ≤ 24). */
  seasonalEts: boolean;
  /** Let automatic ETS try multiplicative error/season models (positive data only). */
  multiplicativeEts?: boolean;
}

export interface Candidate {
  name: CandidateName;
  label: string;
  forecast: MethodForecast;
}

/** Members of the two combinations. */
export const SMOOTH_COMBO: readonly CandidateName[] = ['ses', 'damped', 'theta'];
export const INTERMITTENT_COMBO: readonly CandidateName[] = ['sba', 'tsb', 'adida'];

const ANN: EtsSpec = { error: 'A', trend: 'N', season: 'N' };
const AADN: EtsSpec = { error: 'A', trend: 'Ad', season: 'N' };

export function forecastCandidates(
  y: Float64Array,
  h: number,
  plan: ForecastPlan,
  names: readonly CandidateName[],
  /** Fits of the same series on an earlier, shorter window (backtest origins): warm starts. */
  warm?: WarmStarts,
): Map<CandidateName, Candidate> {
  const wanted = new Set<CandidateName>(names);
  if (wanted.has('combo')) for (const c of SMOOTH_COMBO) wanted.add(c);
  if (wanted.has('intermittentCombo')) for (const c of INTERMITTENT_COMBO) wanted.add(c);
  const adj = plan.adjustment;
  const ya = adj === null ? y : adjustSeries(y, adj);
  const n = y.length;
  const suffix = adj === null ? '' : ' (seasonally adjusted)';
  const out = new Map<CandidateName, Candidate>();
  const put = (name: CandidateName, label: string, f: MethodForecast, adjusted: boolean): void => {
    out.set(name, { name, label: adjusted ? label + suffix : label, forecast: adjusted && adj !== null ? readjustForecast(f, n, adj) : f });
  };

  // ETS family: share the SES and damped fits with automatic ETS when it runs on adjusted data.
  let ses: EtsFit | null = null;
  let damped: EtsFit | null = null;
  if (wanted.has('ets')) {
    const raw = plan.seasonalEts;
    const auto = autoEts(raw ? y : ya, raw ? plan.m : 1, { seasonal: raw, multiplicative: plan.multiplicativeEts ?? false, holt: !raw, warm });
    if (auto !== null) {
      put('ets', etsName(auto.best.spec), etsForecast(auto.best, h), !raw);
      if (!raw) {
        ses = auto.fits.find((f) => f.spec.error === 'A' && f.spec.trend === 'N') ?? null;
        damped = auto.fits.find((f) => f.spec.error === 'A' && f.spec.trend === 'Ad') ?? null;
      }
    }
  }
  if (wanted.has('ses')) {
    ses ??= warmFit(ya, ANN, warm);
    put('ses', 'SES', ses !== null ? etsForecast(ses, h) : historicalMean(ya, h), true);
  }
  if (wanted.has('damped')) {
    damped ??= warmFit(ya, AADN, warm);
    put('damped', 'damped trend', damped !== null ? etsForecast(damped, h) : naive(ya, h), true);
  }
  if (wanted.has('theta')) put('theta', 'Theta', theta(ya, h, warm), true);
  if (wanted.has('naive')) put('naive', 'naive', naive(y, h), false);
  if (wanted.has('snaive')) put('snaive', 'seasonal naive', seasonalNaive(y, h, plan.m), false);
  if (wanted.has('mean')) put('mean', 'mean', historicalMean(y, h), false);
  if (wanted.has('ma')) put('ma', 'moving average', movingAverage(ya, h, Math.max(3, Math.min(plan.m, 12))), true);
  if (wanted.has('croston')) put('croston', 'Croston', optimisedCroston(ya, h, 'croston'), true);
  if (wanted.has('sba')) put('sba', 'SBA', optimisedCroston(ya, h, 'sba'), true);
  if (wanted.has('tsb')) put('tsb', 'TSB', tsb(ya, h), true);
  if (wanted.has('adida')) put('adida', `ADIDA(${adidaLevel(ya)})`, adida(ya, h), true);

  // Combinations are formed from the (re-seasonalised) member forecasts.
  if (wanted.has('combo')) addCombo(out, 'combo', SMOOTH_COMBO);
  if (wanted.has('intermittentCombo')) addCombo(out, 'intermittentCombo', INTERMITTENT_COMBO);
  return out;
}

/** A non-seasonal fit that starts from (and records) the same model's fit on an earlier window. */
function warmFit(y: Float64Array, spec: EtsSpec, warm: WarmStarts | undefined): EtsFit | null {
  const key = etsName(spec);
  const fit = fitEts(y, spec, 1, { start: warm?.get(key) });
  if (fit !== null) warm?.set(key, fit);
  return fit;
}

function addCombo(out: Map<CandidateName, Candidate>, name: CandidateName, members: readonly CandidateName[]): void {
  const parts = members.map((c) => out.get(c)).filter((c): c is Candidate => c !== undefined);
  if (parts.length === 0) return;
  out.set(name, {
    name,
    label: `combination of ${parts.map((p) => p.label.replace(/ \(seasonally adjusted\)$/, '')).join(', ')}`,
    forecast: combineForecasts(parts.map((p) => p.forecast)),
  });
}
