/**
 * The forecasting job body: read the history, forecast every series (statistical engine for
 * established ones, analogues for new ones), calibrate the intervals per demand class, and
 * store the run in one transaction at the end. Cancellation is checked between series.
 */

import type Database from 'better-sqlite3';
import { forecastHorizonSchema, forecastLocationsSchema, frequencySchema, MAX_FORECAST_HORIZON } from '../../shared/contract/schemas/forecast';
import { checkWith } from '../ground/errors/check-with';
import type { TaskContext } from '../ground/task-context';
import { SEASON_LENGTH, type Frequency, type LocationMode, type RunOptions, type SeriesForecast } from './types';
import { isoFromDay } from '../ground/calendar';
import { AnaloguePool, type AnalogueCandidate } from './analogues';
import { DEFAULT_HORIZON } from './bucket-grid';
import { calibrateRun, type ClassCalibration } from './calibration';
import { forecastColdStart, type ColdStartTarget } from './cold-start';
import { pooledSeasonalIndices } from './pooled-season';
import { buildTargetContext, COLD_START_BUCKETS, targetFromHistory, targetsWithoutHistory } from './cold-start-targets';
import { fillCensored } from './fill-censored';
import { forecastEstablished, forecastEstablishedMany, type EngineSettings, type SpreadSettings } from './forecast-established';
import { readHistory, type History, type SeriesHistory } from './history';
import { listLaunchPlans } from './launch-plans';
import { withLaunchSignals } from './launch-signal-plans';
import { readProducts, type ProductInfo } from './products';
import { writeRun, type RunRecord } from './write-run';

export const FORECAST_STEPS = { history: 'forecast.history', series: 'forecast.series', write: 'forecast.write' } as const;

export interface RunSummary {
  runId: number;
  frequency: RunOptions['frequency'];
  horizon: number;
  locations: LocationMode;
  historyFrom: string;
  historyTo: string;
  series: number;
  coldStart: number;
  methods: Record<string, number>;
  classes: Record<string, number>;
  /** Mean backtest MASE of the engine and of seasonal naive, over the series both could be scored on. */
  meanMase: number | null;
  meanSnaiveMase: number | null;
  calibration: ClassCalibration[];
  seconds: { history: number; forecast: number; write: number; total: number };
}

/** A SKU that started selling at least this many days into the history was seen launching. */
export const LAUNCH_SEEN_AFTER_DAYS = 14;

/** A run read and forecast, not yet calibrated or stored: the point where a job can blend in the global model. */
export interface PreparedRun {
  options: RunOptions;
  frequency: Frequency;
  horizon: number;
  locations: LocationMode;
  settings: EngineSettings;
  history: History;
  forecasts: SeriesForecast[];
  coldStart: number;
  started: number;
  historySeconds: number;
  /** The global model combined in, if any: recorded with the run. */
  globalModel?: { id: number; blended: number; trained?: boolean; reason?: string };
  /** Series whose intervals the global pipeline already calibrated after combining: the run's own calibration leaves them be. */
  pipelineCalibrated?: Set<SeriesForecast>;
}

export function runWorkspaceForecast(db: Database.Database, options: RunOptions, ctx: TaskContext): RunSummary {
  return storeRun(db, prepareRun(db, options, ctx), ctx);
}

/** What a run reads before forecasting: the history, split into established series and cold-start targets. */
interface RunInputs {
  options: RunOptions;
  frequency: Frequency;
  horizon: number;
  locations: LocationMode;
  settings: EngineSettings;
  products: ReadonlyMap<number, ProductInfo>;
  history: History;
  established: SeriesHistory[];
  coldTargets: ColdStartTarget[];
  started: number;
  historySeconds: number;
}

/** Reads the history and forecasts every series on this thread. */
export function prepareRun(db: Database.Database, options: RunOptions, ctx: TaskContext): PreparedRun {
  const inputs = readRunInputs(db, options, ctx);
  const total = inputs.established.length + inputs.coldTargets.length;
  ctx.progress(FORECAST_STEPS.series, 0, total);
  const established = inputs.established.map((series, i) => {
    checkpoint(ctx, i, total);
    return forecastEstablished(series, inputs.settings);
  });
  return withColdStarts(inputs, established, ctx);
}

/** The same, with the established series spread over worker threads (one per core) by the given chunk runner. */
export async function prepareRunParallel(
  db: Database.Database,
  options: RunOptions,
  ctx: TaskContext,
  spread: SpreadSettings,
): Promise<PreparedRun> {
  const inputs = readRunInputs(db, options, ctx);
  const total = inputs.established.length + inputs.coldTargets.length;
  ctx.progress(FORECAST_STEPS.series, 0, total);
  const established = await forecastEstablishedMany(inputs.established, inputs.settings, spread, ctx, (done) =>
    ctx.progress(FORECAST_STEPS.series, done, total),
  );
  return withColdStarts(inputs, established, ctx);
}

function readRunInputs(db: Database.Database, options: RunOptions, ctx: TaskContext): RunInputs {
  const started = performance.now();
  const { frequency, horizon, locations } = validateRunOptions(options);
  const settings: EngineSettings = { frequency, horizon, seasonLength: SEASON_LENGTH[frequency] };
  ctx.progress(FORECAST_STEPS.history, 0, 1);
  const products = readProducts(db);
  const plans = withLaunchSignals(db, listLaunchPlans(db));
  const history = readHistory(db, products, { frequency, locations, asOf: options.asOf }, ctx);
  const targets = buildTargetContext(history, products, plans, locations);
  const minBuckets = COLD_START_BUCKETS[frequency];
  const seasons = pooledSeasonalIndices(history.series, products, frequency, horizon, minBuckets);
  const established = history.series.filter((s) => !isShort(s.values, minBuckets)).map((s) => (seasons.has(s) ? { ...s, seasonalIndex: seasons.get(s)! } : s));
  const coldTargets: ColdStartTarget[] = [
    ...history.series.filter((s) => isShort(s.values, minBuckets)).map((s) => targetFromHistory(s, products.get(s.productId) as ProductInfo, targets)),
    ...targetsWithoutHistory(new Set(history.series.map((s) => s.productId)), targets),
  ];
  const historySeconds = (performance.now() - started) / 1000;
  return { options, frequency, horizon, locations, settings, products, history, established, coldTargets, started, historySeconds };
}

/**
 * The established forecasts become the analogue pool for the short and brand-new series,
 * which are forecast last.
 */
function withColdStarts(inputs: RunInputs, established: SeriesForecast[], ctx: TaskContext): PreparedRun {
  const { history, products, settings, coldTargets } = inputs;
  const total = established.length + coldTargets.length;
  const candidates: AnalogueCandidate[] = [];
  established.forEach((forecast, i) => {
    if (forecast.demandClass === 'zero') return;
    candidates.push(analogueCandidate(inputs.established[i] as SeriesHistory, forecast.mean, products, history.fromDay));
  });
  const pool = new AnaloguePool(candidates);
  const forecasts = [...established];
  for (const target of coldTargets) {
    checkpoint(ctx, forecasts.length, total);
    forecasts.push(forecastColdStart(target, pool.find(target.product, target.locationId, target.launchDay), settings));
  }
  ctx.progress(FORECAST_STEPS.series, total, total);
  const { options, frequency, horizon, locations, started, historySeconds } = inputs;
  return { options, frequency, horizon, locations, settings, history, forecasts, coldStart: coldTargets.length, started, historySeconds };
}

/** An established series and the engine's mean, as the analogue pool keeps them for the cold starts. */
export function analogueCandidate(series: SeriesHistory, forecastMean: Float64Array, products: ReadonlyMap<number, ProductInfo>, historyFromDay: number): AnalogueCandidate {
  return {
    product: products.get(series.productId) as ProductInfo,
    locationId: series.locationId,
    history: fillCensored(series.values, series.integral),
    forecastMean,
    launchDay: series.startDay >= historyFromDay + LAUNCH_SEEN_AFTER_DAYS ? series.startDay : null,
  };
}

/** The run's row as every workspace run stores it, whole (storeRun) or streamed. */
export function runRecord(
  shape: { frequency: Frequency; horizon: number; locations: LocationMode },
  history: Pick<History, 'grid' | 'fromDay' | 'toDay'>,
  options: RunOptions,
  calibration: ClassCalibration[],
  globalModel: PreparedRun['globalModel'] | null,
  startedAt: number,
): RunRecord {
  const { frequency, horizon, locations } = shape;
  return {
    createdAt: new Date().toISOString(),
    frequency,
    horizon,
    locations,
    historyFrom: isoFromDay(history.fromDay),
    historyTo: isoFromDay(history.toDay),
    bucketDates: Array.from({ length: horizon }, (_, k) => isoFromDay(history.grid.futureEndDay(k + 1))),
    settings: {
      seasonLength: SEASON_LENGTH[frequency],
      coldStartBuckets: COLD_START_BUCKETS[frequency],
      asOf: options.asOf ?? null,
      calibration,
      globalModel,
    },
    notes: options.notes ?? null,
    startedAt,
  };
}

/** Calibrates the intervals per demand class and writes the run in one transaction. */
export function storeRun(db: Database.Database, prepared: PreparedRun, ctx: TaskContext): RunSummary {
  const { options, frequency, horizon, locations, history, forecasts, coldStart, started, historySeconds } = prepared;
  ctx.throwIfCancelled();
  const calibrated = prepared.pipelineCalibrated;
  const calibration = calibrateRun(calibrated ? forecasts.filter((f) => !calibrated.has(f)) : forecasts);
  const forecastSeconds = (performance.now() - started) / 1000 - historySeconds;

  ctx.throwIfCancelled();
  ctx.progress(FORECAST_STEPS.write, 0, forecasts.length);
  const writeStarted = performance.now();
  const historyFrom = isoFromDay(history.fromDay);
  const historyTo = isoFromDay(history.toDay);
  const runId = writeRun(
    db,
    runRecord({ frequency, horizon, locations }, history, options, calibration, prepared.globalModel ?? null, started),
    forecasts,
    (done) => ctx.progress(FORECAST_STEPS.write, done, forecasts.length),
  );
  ctx.progress(FORECAST_STEPS.write, forecasts.length, forecasts.length);
  const writeSeconds = (performance.now() - writeStarted) / 1000;
  return {
    runId,
    frequency,
    horizon,
    locations,
    historyFrom,
    historyTo,
    series: forecasts.length,
    coldStart,
    ...tally(forecasts),
    calibration,
    seconds: { history: historySeconds, forecast: forecastSeconds, write: writeSeconds, total: (performance.now() - started) / 1000 },
  };
}

export function validateRunOptions(options: RunOptions): { frequency: Frequency; horizon: number; locations: LocationMode } {
  // The rules are the contract's (one place); the messages stay the core's.
  const frequency = checkWith(frequencySchema, options.frequency, 'frequency must be day, week or month', { field: 'frequency', value: options.frequency });
  const horizon = options.horizon ?? DEFAULT_HORIZON[frequency];
  checkWith(forecastHorizonSchema, horizon, `horizon must be a whole number from 1 to ${MAX_FORECAST_HORIZON}`, { field: 'horizon', value: horizon });
  const locations = options.locations ?? 'each';
  checkWith(forecastLocationsSchema, locations, "locations must be 'each' or 'total'", { field: 'locations', value: locations });
  return { frequency, horizon, locations };
}

function checkpoint(ctx: TaskContext, done: number, total: number): void {
  if (done % 32 !== 0) return;
  ctx.throwIfCancelled();
  ctx.progress(FORECAST_STEPS.series, done, total);
}

/** Short = fewer observed buckets than the cold-start threshold (leading censored buckets do not count). */
export function isShort(values: Float64Array, minBuckets: number): boolean {
  let first = 0;
  while (first < values.length && !Number.isFinite(values[first] as number)) first++;
  return values.length - first < minBuckets;
}

function tally(forecasts: readonly SeriesForecast[]): Pick<RunSummary, 'methods' | 'classes' | 'meanMase' | 'meanSnaiveMase'> {
  const counts = new RunTally();
  for (const f of forecasts) counts.add(f);
  return counts.result();
}

/** A run's methods, classes and mean backtest MASE, counted as its forecasts come (in run order, so the sums are the same). */
export class RunTally {
  private readonly methods: Record<string, number> = {};
  private readonly classes: Record<string, number> = {};
  private mase = 0;
  private snaive = 0;
  private scored = 0;

  add(f: SeriesForecast): void {
    this.methods[f.method] = (this.methods[f.method] ?? 0) + 1;
    this.classes[f.demandClass] = (this.classes[f.demandClass] ?? 0) + 1;
    const bt = f.backtest;
    if (bt && Number.isFinite(bt.metrics.mase) && Number.isFinite(bt.snaive.mase)) {
      this.mase += bt.metrics.mase;
      this.snaive += bt.snaive.mase;
      this.scored++;
    }
  }

  result(): Pick<RunSummary, 'methods' | 'classes' | 'meanMase' | 'meanSnaiveMase'> {
    const { methods, classes, mase, snaive, scored } = this;
    return { methods, classes, meanMase: scored ? mase / scored : null, meanSnaiveMase: scored ? snaive / scored : null };
  }
}
