/** Lead-time demand of a series: forecast it, then sum the forecast over the lead time (lead-time-distribution.ts). */

import { forecastSeries } from './forecast-series';
import { leadTimeDistribution, type LeadTimeDistribution } from './lead-time-distribution';
import type { SeriesInput } from './series';
import type { ForecastOptions } from './types';

export { leadTimeDistribution, type LeadTimeDistribution };

/** Forecasts the series and returns its lead-time demand distribution. */
export function leadTimeDemand(
  y: SeriesInput,
  leadTime: number,
  options: Omit<ForecastOptions, 'horizon'> & { horizon?: number },
): LeadTimeDistribution & { method: string } {
  const horizon = Math.max(1, Math.ceil(leadTime), options.horizon ?? 1);
  const r = forecastSeries(y, { ...options, horizon });
  let nonNegative = true;
  for (let i = 0; i < y.length; i++) if ((y[i] as number) < 0) nonNegative = false;
  return { ...leadTimeDistribution(r.distribution, leadTime, options.quantiles, nonNegative), method: r.method };
}
