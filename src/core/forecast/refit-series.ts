/**
 * Refits a series with a method chosen earlier (by a previous run's backtest): the demand class
 * and seasonality are measured on the new history (seasonal adjustment follows the history, as in
 * the full engine) and the named method's parameters are fitted again, but no candidate competes
 * and no backtest runs. When the earlier choice no longer fits the history (its demand class
 * moved to another candidate set, or the method is unknown), it returns null and the caller
 * runs the full engine.
 */

import { backtest } from './backtest';
import { historicalMean } from './baselines';
import { forecastCandidates, type CandidateName } from './candidates';
import { classifyDemand } from './classify';
import { WarmStarts } from './ets/warm-starts';
import { recentHistory } from './fit-window';
import { zeroForecast } from './intermittent/croston';
import { forecastQuantiles, normaliseLevels } from './quantiles';
import { DEFAULT_BACKTEST_ORIGINS, forecastPlanFor } from './select';
import { allIntegers, allNonNegative, cleanHistory, type SeriesInput } from './series';
import type { DemandClass, ForecastOptions, MethodForecast } from './types';

/** A method to refit by name: one of the engine's candidates, or the zero forecast. */
export type RefitMethod = CandidateName | 'zero';

/** Methods whose fits start from the previous window's (ETS and Theta, and their combination). */
const WARM_STARTED: ReadonlySet<CandidateName> = new Set<CandidateName>(['ses', 'damped', 'theta', 'ets', 'combo']);

function candidateFamily(cls: string): string {
  if (cls === 'smooth' || cls === 'erratic') return 'smooth';
  if (cls === 'intermittent' || cls === 'lumpy') return 'intermittent';
  return cls;
}

export interface Refit {
  mean: Float64Array;
  quantiles: Record<string, Float64Array>;
  method: string;
  class: DemandClass;
  distribution: MethodForecast;
}

/**
 * `method` is the chosen method by name ('zero', 'mean', 'ses', …; null when the choice is not one
 * the engine knows) and `demandClass` the class it was chosen for.
 */
export function refitSeries(input: SeriesInput, options: ForecastOptions, method: RefitMethod | null, demandClass: string): Refit | null {
  const h = Math.max(1, Math.floor(options.horizon));
  const levels = normaliseLevels(options.quantiles);
  const y = recentHistory(cleanHistory(input), options.seasonLength, options.yearLength);
  if (y.length === 0) return null;
  const cls = classifyDemand(y).class;
  // Smooth and erratic share one candidate set, intermittent and lumpy another: a move within
  // a set keeps the choice valid; a move across sets (or to zero or new) does not.
  if (cls !== demandClass && candidateFamily(cls) !== candidateFamily(demandClass)) return null;
  const nonNegative = allNonNegative(y);
  const counts = nonNegative && allIntegers(y);
  let dist: MethodForecast;
  let label: string;
  if (cls === 'zero') {
    if (method !== 'zero') return null;
    dist = zeroForecast(h);
    label = 'zero';
  } else if (cls === 'new') {
    dist = historicalMean(y, h);
    label = 'mean';
  } else {
    if (method === null || method === 'zero') return null;
    const name = method;
    const plan = forecastPlanFor(y, Math.max(1, Math.round(options.seasonLength)), cls);
    const warm = new WarmStarts();
    // The full engine fits the chosen method starting from its fit at the last backtest origin:
    // retrace that method's fits over the same origins, so a refit gives what a full run would.
    if (WARM_STARTED.has(name)) backtest(y, h, plan, [name], DEFAULT_BACKTEST_ORIGINS, 'MASE', warm);
    const fitted = forecastCandidates(y, h, plan, [name], warm).get(name);
    if (!fitted) return null;
    dist = fitted.forecast;
    label = fitted.label;
  }
  if (nonNegative) for (let i = 0; i < h; i++) dist.mean[i] = Math.max(0, dist.mean[i] as number);
  if (counts) dist = { ...dist, family: 'count' };
  return { mean: dist.mean, quantiles: forecastQuantiles(dist, levels, nonNegative), method: label, class: cls, distribution: dist };
}
