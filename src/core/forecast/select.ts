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
  explanation: string;
}

export const SMOOTH_CANDIDATES: readonly CandidateName[] = ['ses', 'damped', 'theta', 'ets', 'combo'];
export const INTERMITTENT_CANDIDATES: readonly CandidateName[] = ['croston', 'sba', 'tsb', 'adida', 'intermittentCombo'];
const DEFAULT_COMBO_MARGIN = 0.1;
const MAX_HOLT_WINTERS_LENGTH = 400;

export function chooseMethod(y: Float64Array, options: ChooseOptions): MethodChoice {
  const m = Math.max(1, Math.round(options.seasonLength));
  const profile = classifyDemand(y);
  const cls = profile.class;
  const intermittent = isIntermittentClass(cls);
  const adjustment = cls === 'new' || cls === 'zero' ? null : detectSeasonality(y, m);
  const plan: ForecastPlan = {
    m,
    adjustment,
    // Holt-Winters competes on short/medium histories; long ones have well-estimated
    // decomposition indices already, and fitting seasonal states there is the slow part.
    seasonalEts: adjustment !== null && m <= MAX_SEASONAL_ETS_PERIOD && y.length <= MAX_HOLT_WINTERS_LENGTH,
  };
  const head = describeClass(profile) + (adjustment !== null ? `, seasonal (m=${m})` : '');
  if (cls === 'zero') return { name: 'mean', class: cls, profile, plan, backtest: null, explanation: `${head}: no demand in the history, forecast zero` };
  if (cls === 'new') return { name: 'mean', class: cls, profile, plan, backtest: null, explanation: `${head}: only ${y.length} periods of history, forecast their mean` };

  const bench: CandidateName = adjustment !== null && y.length > m ? 'snaive' : 'naive';
  const fallback: CandidateName = intermittent ? 'intermittentCombo' : 'combo';
  const pool = options.candidates ?? (intermittent ? INTERMITTENT_CANDIDATES : SMOOTH_CANDIDATES);
  const names: CandidateName[] = intermittent ? [...pool] : [bench, ...pool.filter((c) => c !== bench)];
  const origins = options.backtestOrigins ?? 2;
  const metric: BacktestMetric = intermittent ? 'RMSSE' : 'MASE';
  const bt = origins > 0 ? backtest(y, options.horizon, plan, names, origins, metric) : null;
  if (bt === null || bt.scores.size === 0) {
    return { name: fallback, class: cls, profile, plan, backtest: null, explanation: `${head}: history too short to backtest, using the ${fallback === 'combo' ? 'combination of SES, damped trend and Theta' : 'combination of SBA, TSB and ADIDA'}` };
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
  const refLabel = bt.labels.get(ref === best ? fallback : ref) ?? ref;
  const label = bt.labels.get(best) ?? best;
  const vs = refScore !== undefined ? ` vs ${refLabel} ${refScore.toFixed(2)}` : '';
  const explanation = `${head}: ${label} won the backtest (${bt.origins} origins × ${bt.horizon} steps), ${bt.metric} ${(bt.scores.get(best) ?? NaN).toFixed(2)}${vs}`;
  return { name: best, class: cls, profile, plan, backtest: bt, explanation };
}

function describeClass(p: DemandProfile): string {
  if (p.class === 'zero' || p.class === 'new') return p.class === 'zero' ? 'no demand' : 'new item';
  return `${p.class} (ADI ${p.adi.toFixed(2)}, CV² ${p.cv2.toFixed(2)})`;
}
