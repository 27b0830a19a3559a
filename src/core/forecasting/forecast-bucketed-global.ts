/**
 * The CSV path with the global model: the engine's forecasts of every series, then the shared
 * pipeline (train on the cut history, learn the combination, calibrate after combining).
 */

import type { EventSpan } from '../forecast/events/event-span';
import { createInlineTaskContext } from '../ground/task-context';
import type { SkuCovariates } from './bucket-covariates';
import { forecastBucketedSeries, type BucketedForecastOptions, type ForecastColumns } from './forecast-bucketed';
import { decideGlobal, trainAndCombine, type EngineView, type GlobalChoice, type GlobalDecision, type PipelineResult } from './global-pipeline';

export interface BucketedGlobalOptions extends BucketedForecastOptions {
  global: GlobalChoice;
  /** Day number of the series' last bucket (they all end on the file's last date). */
  lastDay: number;
  /** The training's safety stop (seconds). */
  maxTrainSeconds?: number;
  /** The budget what is trained is sized by (TrainOptions.planSeconds; default maxTrainSeconds). */
  planSeconds?: number;
  events?: readonly EventSpan[];
  /** Per series, the file's price and promotion columns over history and horizon (`bucketCovariates`). */
  covariates?: readonly SkuCovariates[];
  /** Benchmarks only (see TrainOptions.fixedWeight). */
  fixedWeight?: number;
}

export interface BucketedGlobalForecast {
  columns: ForecastColumns;
  decision: GlobalDecision;
  /** Null when the global model was not used. */
  pipeline: PipelineResult | null;
}

export async function forecastBucketedWithGlobal(series: readonly Float64Array[], options: BucketedGlobalOptions): Promise<BucketedGlobalForecast> {
  const columns = await forecastBucketedSeries(series, options);
  const pipelineSeries = series.map((values, i) => {
    const c = options.covariates?.[i];
    return { values, ...(c?.promo ? { promo: c.promo } : {}), ...(c?.price ? { price: c.price } : {}) };
  });
  const decision = decideGlobal(options.global, options.frequency, options.horizon, pipelineSeries);
  if (!decision.train) return { columns, decision, pipeline: null };
  const engine = viewsOf(columns);
  const ctx = options.ctx ?? createInlineTaskContext();
  const pipeline = await trainAndCombine(
    { frequency: options.frequency, horizon: options.horizon, lastDay: options.lastDay, series: pipelineSeries, engine, levels: options.levels, ...(options.events ? { events: options.events } : {}) },
    {
      ctx,
      ...(options.fixedWeight !== undefined ? { fixedWeight: options.fixedWeight } : {}),
      ...(options.maxTrainSeconds !== undefined ? { maxTrainSeconds: options.maxTrainSeconds } : {}),
      ...(options.planSeconds !== undefined ? { planSeconds: options.planSeconds } : {}),
      engineFromOrigin: async (cut) => viewsOf(await forecastBucketedSeries(cut, { ...options, onProgress: undefined })),
    },
  );
  engine.forEach((view, i) => (columns.method[i] = view.method));
  return { columns, decision, pipeline };
}

/** The columns as per-series views sharing their arrays, so combining in place updates the columns. */
function viewsOf(columns: ForecastColumns): EngineView[] {
  return columns.mean.map((mean, i) => ({ mean, quantiles: columns.quantiles[i]!, demandClass: columns.demandClass[i]!, method: columns.method[i]! }));
}
