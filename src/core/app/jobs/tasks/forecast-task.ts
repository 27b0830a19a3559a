import { forecastSeries } from '../../../forecast';
import type { TaskContext } from '../../../ground/task-context';

export interface ForecastTaskInput {
  series: Float64Array[];
  seasonLength: number;
  horizon: number;
  quantiles: number[];
}

export interface ForecastTaskResult {
  mean: Float64Array[];
  quantiles: Record<string, Float64Array>[];
  method: string[];
  explanation: string[];
  demandClass: string[];
}

/** Forecast a chunk of series; the caller splits the work across workers. */
export function forecastTask(input: ForecastTaskInput, ctx: TaskContext): ForecastTaskResult {
  const result: ForecastTaskResult = { mean: [], quantiles: [], method: [], explanation: [], demandClass: [] };
  const total = input.series.length;
  for (let i = 0; i < total; i++) {
    if (i % 64 === 0) {
      ctx.throwIfCancelled();
      ctx.progress('forecast.series', i, total);
    }
    const forecast = forecastSeries(input.series[i]!, {
      seasonLength: input.seasonLength,
      horizon: input.horizon,
      quantiles: input.quantiles,
    });
    result.mean.push(forecast.mean);
    result.quantiles.push(forecast.quantiles);
    result.method.push(forecast.method);
    result.explanation.push(forecast.explanation);
    result.demandClass.push(forecast.class);
  }
  ctx.progress('forecast.series', total, total);
  return result;
}
