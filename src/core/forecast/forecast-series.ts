/** Top-level engine: clean, classify, choose, fit on the full history, and add quantiles. */

import { historicalMean } from './baselines';
import { forecastCandidates } from './candidates';
import { recentHistory } from './fit-window';
import { zeroForecast } from './intermittent/croston';
import { forecastQuantiles, normaliseLevels } from './quantiles';
import { reasonText } from './reason';
import { chooseMethod, type ChooseOptions } from './select';
import { allIntegers, allNonNegative, cleanHistory, type SeriesInput } from './series';
import { deseasonalise, reseasonalise, widenForShortHistory } from './short-history';
import type { ForecastOptions, ForecastResult, MethodForecast } from './types';

export function forecastSeries(input: SeriesInput, options: ForecastOptions & Partial<ChooseOptions>): ForecastResult {
  const h = Math.max(1, Math.floor(options.horizon));
  const levels = normaliseLevels(options.quantiles);
  const yearLength = options.yearLength ?? 0;
  const y = recentHistory(cleanHistory(input), options.seasonLength, yearLength);
  const nonNegative = allNonNegative(y);
  const counts = nonNegative && allIntegers(y);
  if (y.length === 0) {
    const dist = zeroForecast(h);
    return {
      mean: dist.mean,
      quantiles: forecastQuantiles(dist, levels, true),
      method: 'zero',
      reason: { kind: 'noHistory' },
      explanation: reasonText({ kind: 'noHistory' }),
      class: 'zero',
      distribution: dist,
      shortHistory: false,
      pooledSeason: false,
    };
  }
  const n = y.length;
  // A season borrowed from siblings: forecast the series without it, then put it back.
  const pooled = options.seasonalIndex !== undefined && options.seasonalIndex.length >= n + h && n < yearLength;
  const index = pooled ? options.seasonalIndex! : null;
  const fitOn = index ? deseasonalise(y, index) : y;
  const choice = chooseMethod(fitOn, { ...options, horizon: h, ...(index ? { seasonLength: 1 } : {}) });
  let dist: MethodForecast;
  let label: string;
  if (choice.class === 'zero') {
    dist = zeroForecast(h);
    label = 'zero';
  } else if (choice.class === 'new') {
    dist = historicalMean(fitOn, h);
    label = 'mean';
  } else {
    const c = forecastCandidates(fitOn, h, choice.plan, [choice.name], choice.warm).get(choice.name);
    dist = c?.forecast ?? historicalMean(fitOn, h);
    label = c?.label ?? 'mean';
  }
  if (index) {
    dist = reseasonalise(dist, index, n);
    label = `${label} × pooled season`;
  }
  const widened = widenForShortHistory(dist, n, yearLength);
  dist = widened.dist;
  if (nonNegative) for (let i = 0; i < h; i++) dist.mean[i] = Math.max(0, dist.mean[i] as number);
  // Integer demand gets a count distribution (negative binomial / Poisson) for its quantiles.
  if (counts) dist = { ...dist, family: 'count' };
  return {
    mean: dist.mean,
    quantiles: forecastQuantiles(dist, levels, nonNegative),
    method: label,
    reason: choice.reason,
    explanation: choice.explanation,
    class: choice.class,
    distribution: dist,
    shortHistory: widened.widened,
    pooledSeason: index !== null,
  };
}
