/**
 * Method choice per series: classify the demand, detect seasonality, then let a rolling-origin
 * backtest pick among a small candidate set suited to the class. The equal-weight combination
 * is kept unless a single method beats it clearly — combinations rarely lose by much, while a
 * selection made on 2–3 origins is noisy.
 */

import { backtest, type BacktestMetric, type BacktestResult } from './backtest';
import type { CandidateName, ForecastPlan } from './candidates';
import { classifyDemand, isIntermittentClass, type DemandProfile } from './classify';
import { MAX_SEASONAL_ETS_PERIOD } from './ets/auto';
import { WarmStarts } from './ets/warm-starts';
import { reasonText, type ForecastReason, type ReasonProfile } from './reason';
import { detectSeasonality } from './seasonal-adjustment';
import type { DemandClass } from './types';

export interface ChooseOptions {
  seasonLength: number;
  horizon: number;
  /** Backtest origins (default 2); 0 skips the backtest and uses the class default. */
  backtestOrigins?: number;
  /** Relative margin by which a single method must beat the default combination. */
  comboMargin?: number;
  /** Override the candidate set (for experiments). */
  candidates?: readonly CandidateName[];
}

export interface MethodChoice {
  name: CandidateName;
  class: DemandClass;
  profile: DemandProfile;
  plan: ForecastPlan;
  backtest: BacktestResult | null;
  /** The model fits of the last backtest origin: warm starts for the fit on the full history. */
  warm: WarmStarts;
  reason: ForecastReason;
  explanation: string;
}

export const SMOOTH_CANDIDATES: readonly CandidateName[] = ['ses', 'damped', 'theta', 'ets', 'combo'];
export const INTERMITTENT_CANDIDATES: readonly CandidateName[] = ['croston', 'sba', 'tsb', 'adida', 'intermittentCombo'];
const DEFAULT_COMBO_MARGIN = 0.1;
export const DEFAULT_BACKTEST_ORIGINS = 2;
const MAX_HOLT_WINTERS_LENGTH = 400;

export function chooseMethod(y: Float64Array, options: ChooseOptions): MethodChoice {
  const m = Math.max(1, Math.round(options.seasonLength));
  const profile = classifyDemand(y);
  const cls = profile.class;
  const intermittent = isIntermittentClass(cls);
  const plan = forecastPlanFor(y, m, cls);
  const adjustment = plan.adjustment;
  const warm = new WarmStarts();
  const reasonProfile: ReasonProfile = { class: cls, adi: profile.adi, cv2: profile.cv2, season: adjustment !== null ? m : null };
  const chosen = (name: CandidateName, backtestResult: BacktestResult | null, reason: ForecastReason): MethodChoice => ({
    name,
    class: cls,
    profile,
    plan,
    backtest: backtestResult,
    warm,
    reason,
    explanation: reasonText(reason),
  });
  if (cls === 'zero') return chosen('mean', null, { kind: 'noDemand', profile: reasonProfile });
  if (cls === 'new') return chosen('mean', null, { kind: 'shortHistory', profile: reasonProfile, periods: y.length });

  const bench: CandidateName = adjustment !== null && y.length > m ? 'snaive' : 'naive';
  const fallback: CandidateName = intermittent ? 'intermittentCombo' : 'combo';
  const pool = options.candidates ?? (intermittent ? INTERMITTENT_CANDIDATES : SMOOTH_CANDIDATES);
  const names: CandidateName[] = intermittent ? [...pool] : [bench, ...pool.filter((c) => c !== bench)];
  const origins = options.backtestOrigins ?? DEFAULT_BACKTEST_ORIGINS;
  const metric: BacktestMetric = intermittent ? 'RMSSE' : 'MASE';
  const bt = origins > 0 ? backtest(y, options.horizon, plan, names, origins, metric, warm) : null;
  if (bt === null || bt.scores.size === 0) {
    return chosen(fallback, null, { kind: 'untested', profile: reasonProfile, method: fallback === 'combo' ? 'combo' : 'intermittentCombo' });
  }
  let best: CandidateName = fallback;
  let bestScore = bt.scores.get(fallback) ?? Infinity;
  const margin = options.comboMargin ?? DEFAULT_COMBO_MARGIN;
  for (const [name, s] of bt.scores) {
    if (name !== fallback && s < bestScore * (best === fallback ? 1 - margin : 1)) {
      best = name;
      bestScore = s;
    }
  }
  if (!Number.isFinite(bestScore)) best = [...bt.scores.entries()].sort((a, b) => a[1] - b[1])[0]?.[0] ?? fallback;
  const ref: CandidateName = intermittent ? 'croston' : bench;
  const refScore = bt.scores.get(ref === best ? fallback : ref);
  const referenceName = ref === best ? fallback : ref;
  return chosen(best, bt, {
    kind: 'backtest',
    profile: reasonProfile,
    method: bt.labels.get(best) ?? best,
    origins: bt.origins,
    horizon: bt.horizon,
    metric: bt.metric,
    score: finiteOrNull(bt.scores.get(best)),
    reference: refScore !== undefined ? { method: bt.labels.get(referenceName) ?? referenceName, score: finiteOrNull(refScore) } : null,
  });
}

/** Seasonality and ETS options for one series of a class (shared with refits of a known method). */
export function forecastPlanFor(y: Float64Array, m: number, cls: DemandClass): ForecastPlan {
  const adjustment = cls === 'new' || cls === 'zero' ? null : detectSeasonality(y, m);
  return {
    m,
    adjustment,
    // Holt-Winters competes on short/medium histories; long ones have well-estimated
    // decomposition indices already, and fitting seasonal states there is the slow part.
    seasonalEts: adjustment !== null && m <= MAX_SEASONAL_ETS_PERIOD && y.length <= MAX_HOLT_WINTERS_LENGTH,
  };
}

function finiteOrNull(value: number | undefined): number | null {
  return value !== undefined && Number.isFinite(value) ? value : null;
}
