/**
 * Rolling-origin evaluation: refit every candidate on growing windows and score the next
 * `hb` points. The scale (in-sample naive error of the whole history) is shared by all
 * candidates, so ranking is unaffected by it; it only makes the figures MASE/RMSSE-like.
 */

import { forecastCandidates, type CandidateName, type ForecastPlan } from './candidates';
import type { WarmStarts } from './ets/warm-starts';
import { MIN_HISTORY } from './classify';
import { meanAbsDiff, meanSquaredDiff } from './series';

export type BacktestMetric = 'MASE' | 'RMSSE';

export interface BacktestResult {
  metric: BacktestMetric;
  /** Score per candidate (lower is better); missing when the candidate failed. */
  scores: Map<CandidateName, number>;
  labels: Map<CandidateName, string>;
  origins: number;
  horizon: number;
}

export function backtest(
  y: Float64Array,
  h: number,
  plan: ForecastPlan,
  names: readonly CandidateName[],
  origins: number,
  metric: BacktestMetric,
  /** Carries each model's fit from one origin to the next (and on to the final fit). */
  warm?: WarmStarts,
): BacktestResult | null {
  const n = y.length;
  let k = origins;
  const hb = Math.min(h, Math.max(1, Math.floor(n / (k + 2))));
  while (k > 0 && n - k * hb < MIN_HISTORY) k--;
  if (k === 0) return null;
  const sums = new Map<CandidateName, number>();
  const labels = new Map<CandidateName, string>();
  for (let o = n - k * hb; o < n; o += hb) {
    const train = y.subarray(0, o);
    const cands = forecastCandidates(train, hb, plan, names, warm);
    for (const [name, c] of cands) {
      let s = 0;
      for (let i = 0; i < hb; i++) {
        const e = (y[o + i] as number) - (c.forecast.mean[i] as number);
        s += metric === 'MASE' ? Math.abs(e) : e * e;
      }
      sums.set(name, (sums.get(name) ?? 0) + s);
      labels.set(name, c.label);
    }
  }
  const m = plan.adjustment !== null ? plan.m : 1;
  const count = k * hb;
  const scale = (metric === 'MASE' ? meanAbsDiff(y, m) : Math.sqrt(meanSquaredDiff(y, m))) || 1;
  const scores = new Map<CandidateName, number>();
  for (const [name, s] of sums) {
    if (!Number.isFinite(s)) continue;
    scores.set(name, (metric === 'MASE' ? s / count : Math.sqrt(s / count)) / scale);
  }
  return { metric, scores, labels, origins: k, horizon: hb };
}
