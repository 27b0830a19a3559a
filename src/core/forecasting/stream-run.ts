/**
 * A workspace run streamed slice by slice, so its memory stays at a slice whatever the SKU count:
 * the run that reuses a stored global model (`auto` with a fresh model), which the scale
 * targets are about. It stores exactly what prepareRun → combineRunWithGlobal → storeRun store.
 *
 * 1. A first pass over the history (on a read connection of its own) keeps only what needs every
 *    series: the keys (for cold-start targets), the pooled category/brand seasons, the pooled
 *    yearly profile and the count of established series (whether the stored model is fresh).
 * 2. A second pass reads the series again a slice at a time. Each slice goes to the kept workers
 *    at once: the engine's chunks, then the global model's prediction (the worker reads the
 *    slice's prices itself). Slice n+1 is read and queued while slice n is combined and written
 *    here, so both cores stay busy. What the pipeline calibrated is written at once; the slice
 *    keeps for later only the analogue candidates (history and the engine's mean) and the few
 *    series the run's own calibration must see (the classes the combination did not calibrate).
 * 3. Cold starts from the analogue pool, the run's calibration of what was kept, the last writes.
 *
 * Everything happens in one write transaction taken before the first read: a cancel or a crash
 * leaves nothing, and no other writer changes the history between the two passes.
 */

import os from 'node:os';
import type Database from 'better-sqlite3';
import { openConnection } from '../db/connection-policy';
import { beginWrite, endWrite } from '../db/write-lock';
import { isoFromDay } from '../ground/calendar';
import { AppError } from '../ground/errors/app-error';
import type { TaskContext } from '../ground/task-context';
import { AnaloguePool, type AnalogueCandidate } from './analogues';
import { calibrateRun } from './calibration';
import { forecastColdStart, type ColdStartTarget } from './cold-start';
import { buildTargetContext, COLD_START_BUCKETS, targetFromHistory, targetsWithoutHistory, type TargetContext } from './cold-start-targets';
import { fillCensored } from './fill-censored';
import { forecastEstablishedMany, type EngineSeries, type EngineSettings, type SpreadSettings } from './forecast-established';
import { combineSlice, reusableModel, reusedModelRecord, type RunGlobalModel, type RunGlobalOptions, type SliceRun } from './global-blend';
import { workspaceEventsForDays } from './global-events';
import type { StoredGlobalModel } from './global-models';
import { OriginFactsPool } from './global-adjust';
import { MIN_GLOBAL_SERIES, type ShopPools } from './global-pipeline';
import { forecastSliceGlobal } from './global-spread';
import type { GlobalForecast } from '../forecast/global/types';
import { YearProfilePool } from './global-year-profile';
import { ensureHistoryStore, streamHistory, type History, type HistoryStream, type SeriesHistory } from './history';
import { listLaunchPlans } from './launch-plans';
import { withLaunchSignals } from './launch-signal-plans';
import { PooledSeasons } from './pooled-season';
import { readProducts, type ProductInfo } from './products';
import { analogueCandidate, FORECAST_STEPS, isShort, RunTally, runRecord, validateRunOptions, type RunSummary } from './run-forecast';
import type { TrainedModel } from './streamed-training';
import { RunWriter } from './write-run';
import { SEASON_LENGTH, type RunOptions, type SeriesForecast } from './types';

/**
 * Series per slice. Two slices are in flight (one queued on the workers while the one before is
 * combined), so a slice of 4,096 keeps the workers as busy as one of 8,192 did alone, for less
 * memory: measured on the 10,000-SKU demo before slices overlapped, 0.62 GB with slices of 4,096,
 * 0.86 GB with 8,192, 1.21 GB with 16,384, 1.49 GB unsliced.
 */
export const STREAM_SLICE = 4096;

export interface StreamedRun {
  summary: RunSummary;
  globalModel: RunGlobalModel | null;
}

export interface StreamOptions {
  spread: SpreadSettings;
  global: RunGlobalOptions;
  /** Series per slice (tests make it small to cut a small workspace into several). */
  sliceSize?: number;
  /**
   * The model this run has just trained and stored (streamed-training.ts): the run uses it whatever
   * `global` says and records it as trained, as the whole run records a model it trained.
   */
  trained?: TrainedModel;
}

/**
 * Runs and stores the forecast streamed, or returns null — having written nothing — when the
 * run must hold every series: the global model is to be trained (none stored, stale, `on`, or
 * forced), or left out (`off`: the run's own calibration then needs every forecast before any
 * is written). The caller runs the whole-run path then.
 */
export async function streamWorkspaceRun(db: Database.Database, options: RunOptions, ctx: TaskContext, stream: StreamOptions): Promise<StreamedRun | null> {
  const { global } = stream;
  if ((!stream.trained && (global.global !== 'auto' || global.force)) || db.name === '' || db.name === ':memory:') return null;
  const started = performance.now();
  const { frequency, horizon, locations } = validateRunOptions(options);
  ctx.progress(FORECAST_STEPS.history, 0, 1);
  const products = readProducts(db);
  ensureHistoryStore(db, products, ctx);
  // Likely streamed from here (the model's freshness is known after the first pass): the workers start meanwhile.
  stream.spread.warmUp?.();
  const reader = openConnection(db.name, { readonly: true, fileMustExist: true });
  try {
    beginWrite(db);
    try {
      const run = new StreamedRunState(db, reader, options, { frequency, horizon, locations }, products, started, ctx);
      const result = await run.run(stream);
      endWrite(db, result ? 'COMMIT' : 'ROLLBACK');
      return result;
    } catch (error) {
      endWrite(db, 'ROLLBACK');
      throw error;
    }
  } finally {
    reader.close();
  }
}

/**
 * Fewest series a slice gives each kept worker: they are started once per run, so even a small
 * last slice is worth both cores (the engine's default of 4,000 kept every slice of 8,192 with a
 * few short series on this thread, the workers idle).
 */
const STREAM_MIN_PER_WORKER = 256;

/**
 * Chunks per core in a slice: the kept workers take each chunk by how busy they are, so the one
 * that also predicts with the global model takes fewer of the engine's.
 */
const CHUNKS_PER_CORE = 2;

/** A streamed run's spread (also a refresh's): chunks per core and the fewest series a slice gives a worker. */
export function sliceSpread(spread: SpreadSettings): SpreadSettings {
  return {
    ...spread,
    workers: spread.workers ?? CHUNKS_PER_CORE * os.availableParallelism(),
    minSeriesPerWorker: Math.min(spread.minSeriesPerWorker ?? STREAM_MIN_PER_WORKER, STREAM_MIN_PER_WORKER),
  };
}

/** A context for the engine's slices that also stops once the run has failed, so the slice ahead stops with it. */
export function stoppable(ctx: TaskContext): { ctx: TaskContext; stop(): void } {
  let stopped = false;
  const isCancelled = () => stopped || ctx.isCancelled();
  return {
    ctx: {
      progress: (step, current, total) => ctx.progress(step, current, total),
      isCancelled,
      throwIfCancelled: () => {
        if (isCancelled()) ctx.throwIfCancelled();
        if (stopped) throw new AppError('job_cancelled', 'The run stopped');
      },
    },
    stop: () => (stopped = true),
  };
}

/** A slice whose forecasts are under way: its established series and how many the engine has done. */
interface SliceInFlight {
  size: number;
  established: (SeriesHistory & EngineSeries)[];
  engine: Promise<SeriesForecast[]>;
  /** The global model's forecasts of them (under way too). */
  global: Promise<GlobalForecast[]>;
  done: number;
}

/** What the first pass keeps: nothing per series but its key. */
interface FirstPass {
  history: Omit<HistoryStream, 'series'>;
  keys: { productId: number; locationId: number }[];
  seasons: PooledSeasons;
  /** The yearly profile, closed weekdays and growth over every established series. */
  pools: ShopPools;
  established: number;
  seconds: number;
}

class StreamedRunState {
  private readonly settings: EngineSettings;
  private readonly minBuckets: number;
  private readonly tally = new RunTally();
  private readonly candidates: AnalogueCandidate[] = [];
  private readonly coldTargets: ColdStartTarget[] = [];
  /** Established forecasts the combination did not calibrate: the run's own calibration widens them at the end. */
  private readonly kept: SeriesForecast[] = [];
  private blended = 0;
  /** Series of the slices finished so far, and the slices whose engine forecasts are under way. */
  private done = 0;
  private readonly inFlight = new Set<SliceInFlight>();
  private readSeconds = 0;
  private writeSeconds = 0;

  constructor(
    private readonly db: Database.Database,
    private readonly reader: Database.Database,
    private readonly options: RunOptions,
    private readonly shape: { frequency: RunOptions['frequency']; horizon: number; locations: RunSummary['locations'] },
    private readonly products: ReadonlyMap<number, ProductInfo>,
    private readonly started: number,
    private readonly ctx: TaskContext,
  ) {
    const { frequency, horizon } = shape;
    this.settings = { frequency, horizon, seasonLength: SEASON_LENGTH[frequency] };
    this.minBuckets = COLD_START_BUCKETS[frequency];
  }

  async run(stream: StreamOptions): Promise<StreamedRun | null> {
    const { db, shape, ctx } = this;
    const first = this.firstPass();
    const { trained } = stream;
    const model = reusableModel(db, { frequency: shape.frequency, horizon: shape.horizon, history: first.history }, first.established, trained ? { global: 'auto' } : stream.global);
    if (!model || (trained && model.info.id !== trained.id)) return null;
    const targets = buildTargetContext({ grid: first.history.grid, series: first.keys }, this.products, withLaunchSignals(db, listLaunchPlans(db)), shape.locations);
    const sliceRun: SliceRun = { frequency: shape.frequency, horizon: shape.horizon, events: workspaceEventsForDays(db, first.history.fromDay, first.history.toDay) };
    const writer = new RunWriter(db, runRecord(this.shape, first.history, this.options, [], null, this.started));
    const total = first.keys.length;
    ctx.progress(FORECAST_STEPS.series, 0, total);

    const sliceSize = stream.sliceSize ?? STREAM_SLICE;
    const again = streamHistory(this.reader, this.products, { frequency: shape.frequency, locations: shape.locations, asOf: this.options.asOf });
    const slices = this.readSlices(again.series, sliceSize);
    const spread = sliceSpread(stream.spread);
    // Slice n+1 is read and queued on the workers before slice n is combined and written, so
    // the workers forecast while this thread works; a failure stops the slice ahead too.
    const stop = stoppable(ctx);
    try {
      const start = { sliceRun, model, spread, ctx: stop.ctx, total };
      let ahead = this.startSlice(slices.next(), first, targets, start);
      while (ahead) {
        const current = ahead;
        ahead = this.startSlice(slices.next(), first, targets, start);
        await this.finishSlice(current, first, sliceRun, model, writer);
      }
    } finally {
      stop.stop();
      // Ends the history's statement on the reader, which is closed next.
      slices.return();
    }
    // The workers' part is over: their threads (tfjs and the model with them, ~0.2 GB at 50,000 SKUs) end before the cold starts and the last writes.
    await stream.spread.release?.();

    const cold = this.coldStarts(first, targets);
    ctx.progress(FORECAST_STEPS.series, total + cold.length, total + cold.length);
    ctx.throwIfCancelled();
    const globalModel = trained ? { id: trained.id, blended: this.blended, trained: true, reason: trained.reason } : reusedModelRecord(model, this.blended);
    // What the pipeline did not calibrate, calibrated as storeRun does: the kept established series, then the cold starts.
    const calibration = calibrateRun([...this.kept, ...cold]);
    const writeStarted = performance.now();
    ctx.progress(FORECAST_STEPS.write, 0, 1);
    writer.add(this.kept);
    writer.add(cold);
    const runId = writer.finish(runRecord(this.shape, first.history, this.options, calibration, globalModel, this.started).settings);
    ctx.progress(FORECAST_STEPS.write, 1, 1);
    this.writeSeconds += (performance.now() - writeStarted) / 1000;
    const totalSeconds = (performance.now() - this.started) / 1000;
    const historySeconds = first.seconds + this.readSeconds;
    return {
      summary: {
        runId,
        frequency: shape.frequency,
        horizon: shape.horizon,
        locations: shape.locations,
        historyFrom: isoFromDay(first.history.fromDay),
        historyTo: isoFromDay(first.history.toDay),
        series: first.keys.length - this.coldTargets.length + cold.length,
        coldStart: cold.length,
        ...this.tally.result(),
        calibration,
        seconds: { history: historySeconds, forecast: totalSeconds - historySeconds - this.writeSeconds, write: this.writeSeconds, total: totalSeconds },
      },
      globalModel,
    };
  }

  /** Every series once, keeping only what needs them all (see the file's comment). */
  private firstPass(): FirstPass {
    const { shape, minBuckets } = this;
    const started = performance.now();
    const history = streamHistory(this.reader, this.products, { frequency: shape.frequency, locations: shape.locations, asOf: this.options.asOf }, this.ctx);
    const seasons = new PooledSeasons(this.products, shape.frequency, shape.horizon, minBuckets);
    const pools: ShopPools = { profile: new YearProfilePool(shape.frequency, shape.horizon, MIN_GLOBAL_SERIES), facts: new OriginFactsPool(shape.frequency) };
    const keys: FirstPass['keys'] = [];
    let established = 0;
    for (const s of history.series) {
      keys.push({ productId: s.productId, locationId: s.locationId });
      seasons.add(s);
      if (isShort(s.values, minBuckets)) continue;
      established++;
      // The global model's view of the series (globalModelSeries' values), as the whole-run path pools it.
      const values = fillCensored(s.values, s.integral);
      pools.profile.add(values);
      pools.facts.add(values);
    }
    const { series: _, ...rest } = history;
    return { history: rest, keys, seasons, pools, established, seconds: (performance.now() - started) / 1000 };
  }

  /** The history's series in slices, the time spent reading them counted as reading. */
  private *readSlices(series: Generator<SeriesHistory>, size: number): Generator<SeriesHistory[], void> {
    let slice: SeriesHistory[] = [];
    let readFrom = performance.now();
    for (const s of series) {
      slice.push(s);
      if (slice.length < size) continue;
      this.readSeconds += (performance.now() - readFrom) / 1000;
      yield slice;
      slice = [];
      readFrom = performance.now();
    }
    this.readSeconds += (performance.now() - readFrom) / 1000;
    if (slice.length > 0) yield slice;
  }

  /** Sets a slice's short series aside for the analogues and starts the engine on the rest (on the workers, given them). */
  private startSlice(
    next: IteratorResult<SeriesHistory[], void>,
    first: FirstPass,
    targets: TargetContext,
    slicing: { sliceRun: SliceRun; model: StoredGlobalModel; spread: SpreadSettings; ctx: TaskContext; total: number },
  ): SliceInFlight | null {
    const { sliceRun, model, spread, ctx, total } = slicing;
    if (next.done) return null;
    const slice = next.value;
    const { products } = this;
    ctx.throwIfCancelled();
    const established: (SeriesHistory & EngineSeries)[] = [];
    for (const s of slice) {
      if (isShort(s.values, this.minBuckets)) {
        this.coldTargets.push(targetFromHistory(s, products.get(s.productId) as ProductInfo, targets));
        continue;
      }
      const seasonalIndex = first.seasons.indexFor(s);
      established.push(seasonalIndex ? { ...s, seasonalIndex } : s);
    }
    const inFlight: SliceInFlight = { size: slice.length, established, engine: Promise.resolve([]), global: Promise.resolve([]), done: 0 };
    this.inFlight.add(inFlight);
    const progress = (done: number) => {
      inFlight.done = done;
      let sum = this.done;
      for (const s of this.inFlight) sum += s.done;
      this.ctx.progress(FORECAST_STEPS.series, sum, total);
    };
    inFlight.engine = forecastEstablishedMany(established, this.settings, spread, ctx, progress);
    // Awaited in turn; until then a failure must not go unhandled (the run stops on the slice before it).
    inFlight.engine.catch(() => {});
    // The global model needs the history and its prices only: a worker reads them and predicts after the engine's chunks.
    const history: History = { grid: first.history.grid, fromDay: first.history.fromDay, toDay: first.history.toDay, series: established };
    const run = { frequency: sliceRun.frequency, horizon: sliceRun.horizon, lastDay: history.toDay, events: sliceRun.events };
    inFlight.global = forecastSliceGlobal(this.db, products, { id: model.info.id, artefact: model.artefact }, history, run, spread.runGlobal, ctx);
    inFlight.global.catch(() => {});
    return inFlight;
  }

  /** The slice's engine forecasts combined with the global model, what the pipeline calibrated written at once. */
  private async finishSlice(slice: SliceInFlight, first: FirstPass, sliceRun: SliceRun, model: StoredGlobalModel, writer: RunWriter): Promise<void> {
    const { ctx, products } = this;
    const { established } = slice;
    const forecasts = await slice.engine;
    const global = await slice.global;
    this.inFlight.delete(slice);
    this.done += slice.size;
    ctx.throwIfCancelled();
    forecasts.forEach((forecast, i) => {
      if (forecast.demandClass === 'zero') return;
      // A copy of the engine's own mean: the combination below changes the forecast's in place.
      this.candidates.push(analogueCandidate(established[i]!, Float64Array.from(forecast.mean), products, first.history.fromDay));
    });
    const calibrated = new Set<SeriesForecast>();
    const sliceHistory: History = { grid: first.history.grid, fromDay: first.history.fromDay, toDay: first.history.toDay, series: established };
    // The combination reads the series' values only (the pooled profile's forecast): their prices went to the model.
    const predicted = { series: established.map((s) => ({ values: fillCensored(s.values, s.integral) })), global };
    this.blended += await combineSlice(this.db, sliceRun, sliceHistory, forecasts, model, first.pools, calibrated, ctx, predicted);
    ctx.throwIfCancelled();
    const now: SeriesForecast[] = [];
    for (const f of forecasts) {
      this.tally.add(f);
      (calibrated.has(f) ? now : this.kept).push(f);
    }
    const writeStarted = performance.now();
    writer.add(now);
    this.writeSeconds += (performance.now() - writeStarted) / 1000;
  }

  /** The short series' and brand-new SKUs' forecasts from the analogue pool, in the whole-run path's order. */
  private coldStarts(first: FirstPass, targets: TargetContext): SeriesForecast[] {
    const all = [...this.coldTargets, ...targetsWithoutHistory(new Set(first.keys.map((k) => k.productId)), targets)];
    const pool = new AnaloguePool(this.candidates);
    const out: SeriesForecast[] = [];
    for (const target of all) {
      if (out.length % 32 === 0) this.ctx.throwIfCancelled();
      const forecast = forecastColdStart(target, pool.find(target.product, target.locationId, target.launchDay), this.settings);
      this.tally.add(forecast);
      out.push(forecast);
    }
    return out;
  }
}
