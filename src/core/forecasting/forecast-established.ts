/** Forecast of a series with enough history for the statistical engine, with its backtest. */

import { forecastSeries, quantileKey, seasonalNaive, type ForecastResult } from '../forecast';
import { refitSeries, type RefitMethod } from '../forecast/refit-series';
import { meanAbsDiff, meanSquaredDiff } from '../forecast/series';
import { spreadOverWorkers, type ChunkHooks } from '../ground/spread-over-workers';
import type { TaskContext } from '../ground/task-context';
import { backtestSeries, holdoutLength } from './backtest';
import { alignedRaw, fillCensored } from './fill-censored';
import { YEAR_BUCKETS } from './pooled-season';
import type { SeriesHistory } from './history';
import type { RunGlobalChunk } from './global-chunk';
import { STORED_KEYS, STORED_LEVELS, type Frequency, type SeriesForecast, type StoredKey } from './types';

export interface EngineSettings {
  frequency: Frequency;
  seasonLength: number;
  horizon: number;
  /** Quantile levels wanted beside the stored ones (the CSV path's --quantiles); they land in `quantiles` too. */
  extraLevels?: readonly number[];
  /** Score the engine on a holdout (default true; a workspace run keeps it, the CSV path has no use for it). */
  backtest?: boolean;
}

/** What the engine needs of a series: a workspace run's history, or one SKU of a CSV file. */
export type EngineSeries = Pick<
  SeriesHistory,
  'productId' | 'locationId' | 'values' | 'integral' | 'censoredBuckets' | 'cappedBuckets' | 'totalUnits' | 'promoUnits'
> & {
  /** The category's or brand's season (history + horizon) for a series too short to show its own (pooled-season.ts). */
  seasonalIndex?: Float64Array;
  /** The method an earlier run chose for the series (a refresh refits with it); see refitOrForecast. */
  refit?: EarlierChoice;
};

/**
 * Only what the engine reads of a series: a run's series carry more (promotion shares, availability,
 * the previous grid's values), which a worker would be sent for nothing.
 */
export function engineSeriesOf(s: EngineSeries): EngineSeries {
  const { productId, locationId, values, integral, censoredBuckets, cappedBuckets, totalUnits, promoUnits, seasonalIndex, refit } = s;
  return {
    productId, locationId, values, integral, censoredBuckets, cappedBuckets, totalUnits, promoUnits,
    ...(seasonalIndex ? { seasonalIndex } : {}),
    ...(refit ? { refit } : {}),
  };
}

/** A method an earlier run chose by its backtest, with the demand class it was chosen for. */
export interface EarlierChoice {
  method: RefitMethod | null;
  demandClass: string;
}

/**
 * Given an earlier choice (`series.refit`), the series refit with that method — no candidate search
 * and no backtest, marked `refitted` — unless the choice no longer fits the history; otherwise, and
 * without one, the full engine with its backtest.
 */
export function forecastEstablished(series: EngineSeries, settings: EngineSettings): SeriesForecast {
  const { seasonLength: m, horizon } = settings;
  const filled = fillCensored(series.values, series.integral);
  if (series.refit) {
    const refit = refitSeries(filled, { seasonLength: m, horizon, quantiles: [...STORED_LEVELS] }, series.refit.method, series.refit.demandClass);
    // The reason is the earlier run's to give (the choice was made there): the caller writes it.
    if (refit) return { ...establishedForecast(series, filled, settings, refit, { reason: { kind: 'text', text: '' }, backtest: null }), refitted: true };
  }
  const raw = alignedRaw(series.values, filled.length);
  const result = forecastSeries(filled, {
    seasonLength: m,
    horizon,
    quantiles: engineLevels(settings),
    yearLength: YEAR_BUCKETS[settings.frequency],
    ...(series.seasonalIndex && series.seasonalIndex.length === filled.length + horizon ? { seasonalIndex: series.seasonalIndex } : {}),
  });
  const backtest =
    settings.backtest === false ? null : backtestSeries(filled, raw, m, holdoutLength(filled.length, settings.frequency, horizon));
  return establishedForecast(series, filled, settings, result, { reason: result.reason, backtest });
}

function engineLevels(settings: EngineSettings): number[] {
  return settings.extraLevels ? [...new Set([...STORED_LEVELS, ...settings.extraLevels])].sort((a, b) => a - b) : [...STORED_LEVELS];
}

/** A share of the established series, forecast elsewhere (a worker thread) with the same settings. */
export interface ForecastChunk {
  series: EngineSeries[];
  settings: EngineSettings;
}

/** How a chunk runs elsewhere: handed down by the app, which owns the worker threads. */
export type RunForecastChunk = (chunk: ForecastChunk, hooks: ChunkHooks) => Promise<SeriesForecast[]>;

export interface SpreadSettings {
  /** Without one, every series is forecast on this thread. */
  runChunk?: RunForecastChunk | undefined;
  /** The global model's predictions on the same workers (a streamed run's slices); without one, on this thread. */
  runGlobal?: RunGlobalChunk | undefined;
  /** Starts the workers ahead of their first chunk (a streamed run, while it reads the history once). */
  warmUp?: (() => void) | undefined;
  /** Ends the workers once a streamed run's last slice is in, so their memory is free for its cold starts and last writes. */
  release?: (() => Promise<void>) | undefined;
  workers?: number;
  /** Fewest series worth a worker of their own (default 4,000; tests lower it). */
  minSeriesPerWorker?: number;
}

/**
 * Below this many series per worker, starting one costs more than it saves: measured on two cores
 * in browser mode (workers compile their TypeScript on start), 5,914 series ran 0.6 s slower in two
 * workers than in one, while 19,677 ran 2.3 s faster (12.7 s → 10.4 s).
 */
const MIN_SERIES_PER_WORKER = 4000;

/**
 * Forecasts independent series, spread over worker threads when there are enough of them (one
 * per core), with results in input order. The one pipeline of workspace runs and the CSV path.
 */
export function forecastEstablishedMany(
  series: readonly EngineSeries[],
  settings: EngineSettings,
  spread: SpreadSettings,
  ctx: TaskContext,
  onProgress?: (done: number, total: number) => void,
): Promise<SeriesForecast[]> {
  const { runChunk } = spread;
  return spreadOverWorkers(series, {
    runInline: (one) => forecastEstablished(one, settings),
    runChunk: runChunk && ((chunk, hooks) => runChunk({ series: chunk, settings }, hooks)),
    workers: spread.workers,
    minPerChunk: spread.minSeriesPerWorker ?? MIN_SERIES_PER_WORKER,
    ctx,
    onProgress,
  });
}

/** One chunk's series on this thread (the worker side of forecastEstablishedMany). */
export function forecastChunk(chunk: ForecastChunk, ctx: TaskContext): SeriesForecast[] {
  const out: SeriesForecast[] = [];
  for (const series of chunk.series) {
    if (out.length % 32 === 0) {
      ctx.throwIfCancelled();
      ctx.progress('forecast.series', out.length, chunk.series.length);
    }
    out.push(forecastEstablished(series, chunk.settings));
  }
  ctx.progress('forecast.series', out.length, chunk.series.length);
  return out;
}

/**
 * The stored shape of an established series' forecast: the engine's result with the seasonal
 * naive benchmark and the scales accuracy is measured against. Shared with the refresh's refit.
 */
export function establishedForecast(
  series: EngineSeries,
  filled: Float64Array,
  settings: EngineSettings,
  result: Pick<ForecastResult, 'mean' | 'quantiles' | 'method' | 'class' | 'distribution'>,
  chosen: Pick<SeriesForecast, 'reason' | 'backtest'>,
): SeriesForecast {
  const { seasonLength: m, horizon } = settings;
  const naive = seasonalNaive(filled.length > 0 ? filled : new Float64Array(1), horizon, m);
  const quantiles = {} as Record<StoredKey, Float64Array>;
  for (const key of STORED_KEYS) quantiles[key] = result.quantiles[key]!;
  // Extra levels ride along under their own keys (the type names only the stored ones).
  const extra = quantiles as Record<string, Float64Array>;
  for (const level of settings.extraLevels ?? []) extra[quantileKey(level)] = result.quantiles[quantileKey(level)]!;
  return {
    productId: series.productId,
    locationId: series.locationId,
    method: result.method,
    demandClass: result.class,
    reason: chosen.reason,
    family: result.distribution.family,
    historyBuckets: filled.length,
    mean: result.mean,
    variance: result.distribution.variance,
    cumVariance: result.distribution.cumVariance,
    quantiles,
    snaive: naive.mean.map((v) => Math.max(0, v)),
    snaiveVariance: naive.variance[0] ?? 0,
    scaleMae: meanAbsDiff(filled, m),
    scaleMse: meanSquaredDiff(filled, m),
    backtest: chosen.backtest,
    calibrationFactor: 1,
    analogues: null,
    censoredBuckets: series.censoredBuckets,
    cappedBuckets: series.cappedBuckets,
    promoShare: series.totalUnits > 0 ? series.promoUnits / series.totalUnits : 0,
  };
}
