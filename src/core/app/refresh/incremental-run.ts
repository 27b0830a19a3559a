/**
 * An incremental forecast run, derived from the newest finished run (the parent) with its
 * settings. The history is bucketed exactly as a full run would bucket it today — weeks end on
 * the new last day of sales, as the engine always does (so a new day moves every week's
 * boundary; a month run's last bucket stays the incomplete current month, scaled to its
 * observed days) — and each series is also bucketed on the parent's grid to see what changed:
 * - unchanged bucketed history (and no import rewrote its past days): copied from the parent;
 * - changed, established in the parent: refit with the method the parent chose (no backtest,
 *   no candidate search), unless its demand class changed;
 * - new series, class changed, or established now but a cold start in the parent: full engine;
 * - cold starts (short or no history): analogues again, every time (few, cheap, and their
 *   analogues' forecasts may have moved).
 * Copied and refit series carry the parent's backtest figures and the parent's interval
 * calibration; only full-engine series carry a backtest of their own.
 *
 * Streamed, so its memory stays at a slice whatever the SKU count (as stream-run.ts streams a full
 * run), and written as it goes inside the caller's write transaction, packed like every run:
 * 1. a first pass tells each series' kind and pools, over the re-forecast ones, the yearly
 *    profile and shop facts the global model's combination reads (the whole-history refresh pooled
 *    them over the same series); it keeps the series too while they fit in KEEP_BYTES; with kept
 *    workers, the first slice's refits and predictions start on them as soon as the pass has read
 *    it (they need nothing the pass pools: only combining does);
 * 2. then, a slice at a time (the kept series, or the history read again): re-forecast and
 *    predicted with the global model (on the refresh's kept workers when it has them, the next
 *    slice started before this one is finished), combined, widened by the parent's calibration
 *    where the combination did not calibrate, written; unchanged series copied from the parent's
 *    rows in SQL;
 * 3. cold starts from the analogue pool of every established series, written last.
 */

import type Database from 'better-sqlite3';
import { openConnection } from '../../db/connection-policy';
import type { TaskContext } from '../../ground/task-context';
import { dayFromIso, isoFromDay } from '../../ground/calendar';
import { AnaloguePool, type AnalogueCandidate } from '../../forecasting/analogues';
import { bucketGrid } from '../../forecasting/bucket-grid';
import { widenForecast, type ClassCalibration } from '../../forecasting/calibration';
import { forecastColdStart, type ColdStartTarget } from '../../forecasting/cold-start';
import { buildTargetContext, COLD_START_BUCKETS, targetFromHistory, targetsWithoutHistory, type TargetContext } from '../../forecasting/cold-start-targets';
import { fillCensored } from '../../forecasting/fill-censored';
import { forecastEstablishedMany, type EngineSeries, type EngineSettings, type SpreadSettings } from '../../forecasting/forecast-established';
import { OriginFactsPool } from '../../forecasting/global-adjust';
import { combineSlice, type SliceRun } from '../../forecasting/global-blend';
import { workspaceEventsForDays } from '../../forecasting/global-events';
import { forecastSliceGlobal } from '../../forecasting/global-spread';
import type { GlobalForecast } from '../../forecast/global/types';
import { latestGlobalModel, type StoredGlobalModel } from '../../forecasting/global-models';
import { MIN_GLOBAL_SERIES, type ShopPools } from '../../forecasting/global-pipeline';
import { YearProfilePool } from '../../forecasting/global-year-profile';
import { ensureHistoryStore, keptForLaterPass, readHistory, streamHistory, type History, type HistoryOptions, type SeriesHistory } from '../../forecasting/history';
import { listLaunchPlans } from '../../forecasting/launch-plans';
import { withLaunchSignals } from '../../forecasting/launch-signal-plans';
import { readProducts, type ProductInfo } from '../../forecasting/products';
import { analogueCandidate, isShort } from '../../forecasting/run-forecast';
import type { RunInfo } from '../../forecasting/runs';
import { sliceSpread, stoppable, STREAM_SLICE } from '../../forecasting/stream-run';
import { SEASON_LENGTH, type SeriesForecast, type SeriesKey } from '../../forecasting/types';
import { RunWriter } from '../../forecasting/write-run';
import { correctedSince, parentCalibration, parentGlobalModel, readParentColdStarts, readParentSeries, seriesKeyOf, type ParentSeries } from './parent-run';
import { copyFromParent, incrementalSettings, refitColumns, type IncrementalCounts } from './write-incremental';

export const INCREMENTAL_STEP = 'refresh.forecast';

/**
 * Bytes of bucketed series the first pass keeps for the second (narrowed, about 2 KB a weekly series
 * of two years: 20,000 series at 10,000 SKUs fit, and are not read twice); beyond, the history is read again.
 */
const KEEP_BYTES = 128 * 1024 * 1024;

/** Bytes of series the first pass keeps for the second (KEEP_BYTES) and series per slice (STREAM_SLICE). */
export interface IncrementalStreaming {
  keepBytes?: number;
  sliceSize?: number;
  /** Fewest series in the parent run worth kept workers (the refresh's KEPT_WORKERS_FROM), and fewest a slice gives one. */
  workersFrom?: number;
  /** How many kept workers (default: the refresh's keptWorkerCount, one fewer than the cores). */
  keptWorkers?: number;
  minSeriesPerWorker?: number;
}

export interface IncrementalRun {
  runId: number;
  counts: IncrementalCounts;
  /** The new history's last day: the data's "today". */
  toDay: number;
  /** Wall seconds reading and bucketing the history, forecasting the series and writing them. */
  seconds: { history: number; series: number; write: number };
}

/**
 * Runs and writes the incremental run; the caller holds the write transaction (a cancel rolls it all
 * back). With `spread` (the refresh's kept workers) the re-forecast series and the global model's
 * predictions of them are made on the workers, as a streamed run makes them.
 */
export async function runIncremental(
  db: Database.Database,
  parent: RunInfo,
  ctx: TaskContext,
  startedAt: number,
  streaming: IncrementalStreaming = {},
  spread: SpreadSettings = {},
): Promise<IncrementalRun> {
  const products = readProducts(db);
  ensureHistoryStore(db, products, ctx);
  // The kept workers start while the first pass reads the history.
  spread.warmUp?.();
  // A file's history streams on a read connection of its own (the write connection writes meanwhile).
  const reader = db.name === '' || db.name === ':memory:' ? null : openConnection(db.name, { readonly: true, fileMustExist: true });
  try {
    return await new IncrementalState(db, reader, parent, products, ctx, startedAt, { keepBytes: KEEP_BYTES, sliceSize: STREAM_SLICE, ...streaming }, sliceSpread(spread)).run();
  } finally {
    reader?.close();
  }
}

type Kind = 'short' | 'copied' | 'established';

/** Series kept by the first pass for the second, narrowed (keptForLaterPass), with the kind each was told. */
interface KeptSeries {
  series: SeriesHistory[];
  kinds: Kind[];
}

/** A slice of the second pass; `kinds` when the first pass told them (kept series carry no previous values to tell them again). */
interface Slice {
  series: SeriesHistory[];
  kinds: Kind[] | null;
}

/** What starting a slice reads: known once the first pass has begun reading the history. */
interface SliceStart {
  history: Omit<History, 'series'>;
  sliceRun: SliceRun;
  model: StoredGlobalModel | null;
  /** The kept workers' engine and global model, or none (then all on this thread). */
  spread: SpreadSettings;
  /** The refresh's context, stopped too once a slice has failed. */
  ctx: TaskContext;
}

/** What every slice of the run shares: finishing one also reads what the first pass pooled and told. */
interface SliceContext extends SliceStart {
  targets: TargetContext;
  pools: ShopPools;
  writer: RunWriter;
  dates: { parentBucketDates: string[]; bucketDates: string[] };
}

/** A slice whose re-forecast series are under way. */
interface SliceInFlight {
  parents: Map<string, ParentSeries>;
  established: (SeriesHistory & EngineSeries)[];
  copied: SeriesHistory[];
  /** Short series: cold-start targets once the first pass has told every series (their analogue targets read all keys). */
  short: SeriesHistory[];
  engine: Promise<SeriesForecast[]>;
  /** The global model's forecasts of `established` (null: no model to combine). */
  global: Promise<GlobalForecast[]> | null;
}

class IncrementalState {
  private readonly settings: EngineSettings;
  private readonly minBuckets: number;
  private readonly historyOptions: HistoryOptions;
  private readonly calibration: ClassCalibration[];
  private readonly corrected: Set<string>;
  private readonly counts: IncrementalCounts = { copied: 0, refit: 0, full: 0, coldStart: 0 };
  /** Analogue candidates: the re-forecast series (engine means), then the copied ones (the parent's), as the whole-history refresh pooled them. */
  private readonly recomputedCandidates: AnalogueCandidate[] = [];
  private readonly copiedCandidates: AnalogueCandidate[] = [];
  private readonly coldTargets: ColdStartTarget[] = [];
  private blended = 0;
  private historySeconds = 0;
  private writeSeconds = 0;

  constructor(
    private readonly db: Database.Database,
    private readonly reader: Database.Database | null,
    private readonly parent: RunInfo,
    private readonly products: ReadonlyMap<number, ProductInfo>,
    private readonly ctx: TaskContext,
    private readonly startedAt: number,
    private readonly streaming: Required<Pick<IncrementalStreaming, 'keepBytes' | 'sliceSize'>>,
    private readonly spread: SpreadSettings,
  ) {
    const { frequency, horizon, locations } = parent;
    this.settings = { frequency, horizon, seasonLength: SEASON_LENGTH[frequency] };
    this.minBuckets = COLD_START_BUCKETS[frequency];
    this.historyOptions = { frequency, locations, previousLastDay: dayFromIso(parent.historyTo) };
    this.calibration = parentCalibration(parent);
    this.corrected = correctedSince(db, parent, locations === 'total');
  }

  async run(): Promise<IncrementalRun> {
    const { db, parent, ctx } = this;
    const { frequency, horizon } = parent;
    const started = performance.now();
    const model = blendModel(db, parent);
    // Slice n+1 is sorted and started on the workers before slice n is combined and written here,
    // so the workers refit and predict while this thread works; a failure stops the slice ahead too.
    // The first slice starts during the first pass, which leaves the workers idle otherwise.
    const stop = stoppable(ctx);
    let sliceRun: SliceRun | null = null;
    const sliceRunOf = (history: Omit<History, 'series'>): SliceRun =>
      (sliceRun ??= { frequency, horizon, events: workspaceEventsForDays(db, history.fromDay, history.toDay) });
    let early: { size: number; inFlight: SliceInFlight } | null = null;
    const startEarly = (history: Omit<History, 'series'>, slice: Slice): void => {
      early = { size: slice.series.length, inFlight: this.startSlice(slice, { history, sliceRun: sliceRunOf(history), model, spread: this.spread, ctx: stop.ctx }) };
    };
    let first: ReturnType<IncrementalState['firstPass']>;
    try {
      first = this.firstPass(this.spread.runChunk ? startEarly : null);
    } catch (error) {
      stop.stop();
      throw error;
    }
    // Set by startEarly during the pass (which the compiler cannot see through the callback).
    const startedEarly = early as { size: number; inFlight: SliceInFlight } | null;
    const { history } = first;
    const targets = buildTargetContext({ grid: history.grid, series: first.keys }, this.products, withLaunchSignals(db, listLaunchPlans(db)), parent.locations);
    const parentGrid = bucketGrid(frequency, dayFromIso(parent.historyTo));
    const bucketDates = Array.from({ length: horizon }, (_, k) => isoFromDay(history.grid.futureEndDay(k + 1)));
    const parentBucketDates = Array.from({ length: horizon }, (_, k) => isoFromDay(parentGrid.futureEndDay(k + 1)));
    const settings = (blended: number) => incrementalSettings(parent, this.calibration, model && { id: model.info.id, blended }, this.counts);
    const writer = new RunWriter(db, {
      createdAt: new Date().toISOString(), frequency, horizon, locations: parent.locations,
      historyFrom: isoFromDay(history.fromDay), historyTo: isoFromDay(history.toDay), bucketDates,
      settings: settings(0), notes: parent.notes, startedAt: this.startedAt,
    });
    const total = first.established + first.short;
    let done = 0;
    ctx.progress(INCREMENTAL_STEP, 0, total);
    const slices = this.slices(first.kept, startedEarly?.size ?? 0);
    try {
      const run: SliceContext = {
        history, targets, sliceRun: sliceRunOf(history), model, pools: first.pools, writer, dates: { parentBucketDates, bucketDates }, spread: this.spread, ctx: stop.ctx,
      };
      const next = () => {
        const slice = slices.next();
        return slice.done ? null : { size: slice.value.series.length, inFlight: this.startSlice(slice.value, run) };
      };
      let ahead = startedEarly ?? next();
      while (ahead) {
        const current = ahead;
        ahead = next();
        await this.finishSlice(current.inFlight, run);
        done += current.size;
        ctx.progress(INCREMENTAL_STEP, Math.min(done, total), total);
      }
    } finally {
      stop.stop();
      // Ends the history's statement on the reader when it was read again.
      slices.return();
    }
    const cold = this.coldStarts(first.keys, targets);
    ctx.throwIfCancelled();
    const writeStarted = performance.now();
    writer.add(cold);
    const runId = writer.finish(settings(this.blended));
    this.writeSeconds += (performance.now() - writeStarted) / 1000;
    ctx.progress(INCREMENTAL_STEP, total, total);
    const seconds = (performance.now() - started) / 1000;
    return {
      runId,
      counts: this.counts,
      toDay: history.toDay,
      seconds: { history: this.historySeconds, series: seconds - this.historySeconds - this.writeSeconds, write: this.writeSeconds },
    };
  }

  /** Cold start (short history), copied (unchanged since the parent) or re-forecast. */
  private kindOf(s: SeriesHistory, parentCold: boolean | undefined): Kind {
    if (isShort(s.values, this.minBuckets)) return 'short';
    const unchanged = parentCold === false && !this.corrected.has(seriesKeyOf(s.productId, s.locationId)) && sameValues(s.previousValues, s.values);
    return unchanged ? 'copied' : 'established';
  }

  /**
   * Every series once: keys, kinds, the pools over the re-forecast series, and the series while they
   * fit. `startEarly` is handed the first slice of kept series as soon as it is read.
   */
  private firstPass(
    startEarly: ((history: Omit<History, 'series'>, slice: Slice) => void) | null,
  ): { history: Omit<History, 'series'>; keys: SeriesKey[]; pools: ShopPools; kept: KeptSeries | null; established: number; short: number } {
    const { parent } = this;
    const { sliceSize } = this.streaming;
    let started = performance.now();
    const { series, ...history } = this.readHistory();
    const parentCold = readParentColdStarts(this.db, parent.id);
    const pools: ShopPools = { profile: new YearProfilePool(parent.frequency, parent.horizon, MIN_GLOBAL_SERIES), facts: new OriginFactsPool(parent.frequency) };
    const keys: SeriesKey[] = [];
    let kept: KeptSeries | null = { series: [], kinds: [] };
    let keptBytes = 0;
    let established = 0;
    let short = 0;
    for (const s of series) {
      keys.push({ productId: s.productId, locationId: s.locationId });
      const kind = this.kindOf(s, parentCold.get(seriesKeyOf(s.productId, s.locationId)));
      if (kind === 'short') short++;
      if (kind === 'established') {
        established++;
        // The global model's view of the series (globalModelSeries' values), pooled as the combination pools them.
        const values = fillCensored(s.values, s.integral);
        pools.profile.add(values);
        pools.facts.add(values);
      }
      if (kept) {
        const narrow = keptForLaterPass(s);
        keptBytes += seriesBytes(narrow);
        if (keptBytes <= this.streaming.keepBytes) {
          kept.series.push(narrow);
          kept.kinds.push(kind);
          if (startEarly && kept.series.length === sliceSize) {
            // The clock of the history stops while this thread sends the slice.
            this.historySeconds += (performance.now() - started) / 1000;
            startEarly(history, { series: kept.series.slice(0, sliceSize), kinds: kept.kinds.slice(0, sliceSize) });
            started = performance.now();
          }
        } else {
          kept = null;
        }
      }
    }
    this.historySeconds += (performance.now() - started) / 1000;
    return { history, keys, pools, kept, established, short };
  }

  private readHistory(): Omit<History, 'series'> & { series: Iterable<SeriesHistory> } {
    if (this.reader) return streamHistory(this.reader, this.products, this.historyOptions, this.ctx);
    return readHistory(this.db, this.products, this.historyOptions);
  }

  /**
   * The series again in slices, from the `skip`th (those before were started during the first
   * pass): the kept ones, or read a second time (the reading counted as history).
   */
  private *slices(kept: KeptSeries | null, skip: number): Generator<Slice, void> {
    if (kept) {
      const { sliceSize } = this.streaming;
      for (let at = skip; at < kept.series.length; at += sliceSize) {
        yield { series: kept.series.slice(at, at + sliceSize), kinds: kept.kinds.slice(at, at + sliceSize) };
      }
      return;
    }
    let slice: SeriesHistory[] = [];
    let readFrom = performance.now();
    let skipped = 0;
    for (const s of this.readHistory().series) {
      if (skipped < skip) {
        skipped++;
        continue;
      }
      slice.push(s);
      if (slice.length < this.streaming.sliceSize) continue;
      this.historySeconds += (performance.now() - readFrom) / 1000;
      yield { series: slice, kinds: null };
      slice = [];
      readFrom = performance.now();
    }
    this.historySeconds += (performance.now() - readFrom) / 1000;
    if (slice.length > 0) yield { series: slice, kinds: null };
  }

  /**
   * Sorts a slice's series (cold start, copied, re-forecast) and starts the re-forecast ones: the
   * engine's refits and full forecasts, and the global model's prediction of them, on the kept
   * workers when the refresh has them (else here, before returning).
   */
  private startSlice({ series: slice, kinds }: Slice, run: SliceStart): SliceInFlight {
    const { db, parent, products, settings } = this;
    const { history, model, spread, ctx } = run;
    ctx.throwIfCancelled();
    const parents = readParentSeries(db, parent.id, { from: slice[0]!.productId, to: slice[slice.length - 1]!.productId });
    const established: (SeriesHistory & EngineSeries)[] = [];
    const copied: SeriesHistory[] = [];
    const short: SeriesHistory[] = [];
    slice.forEach((s, i) => {
      const parentRow = parents.get(seriesKeyOf(s.productId, s.locationId));
      const kind = kinds?.[i] ?? this.kindOf(s, parentRow?.coldStart);
      if (kind === 'short') short.push(s);
      else if (kind === 'copied') copied.push(s);
      // Refit with the method the parent chose (the full engine when it no longer fits, or the parent had none).
      else established.push(parentRow && !parentRow.coldStart ? { ...s, refit: { method: parentRow.refitMethod, demandClass: parentRow.demandClass } } : s);
    });
    const engine = forecastEstablishedMany(established, settings, spread, ctx);
    // Awaited in turn; until then a failure must not go unhandled (the refresh stops on the slice before it).
    engine.catch(() => {});
    let global: Promise<GlobalForecast[]> | null = null;
    if (model?.info.combination) {
      const sliceHistory: History = { ...history, series: established };
      const globalRun = { frequency: run.sliceRun.frequency, horizon: run.sliceRun.horizon, lastDay: history.toDay, events: run.sliceRun.events };
      global = forecastSliceGlobal(db, products, { id: model.info.id, artefact: model.artefact }, sliceHistory, globalRun, spread.runGlobal, ctx);
      global.catch(() => {});
    }
    return { parents, established, copied, short, engine, global };
  }

  /** A slice's forecasts combined with the global model, widened like the parent's, written; its unchanged series copied. */
  private async finishSlice(slice: SliceInFlight, run: SliceContext): Promise<void> {
    const { db, parent, products } = this;
    const { history, model, writer } = run;
    const { parents, established, copied } = slice;
    // In slice order, as the cold starts have always been pooled.
    for (const s of slice.short) this.coldTargets.push(targetFromHistory(s, products.get(s.productId) as ProductInfo, run.targets));
    const forecasts = await slice.engine;
    const global = slice.global && (await slice.global);
    this.ctx.throwIfCancelled();
    const refit = new Map<SeriesForecast, ParentSeries>();
    for (const f of forecasts) if (f.refitted) refit.set(f, parents.get(seriesKeyOf(f.productId, f.locationId))!);
    this.counts.refit += refit.size;
    this.counts.full += forecasts.length - refit.size;
    this.counts.copied += copied.length;
    forecasts.forEach((f, i) => {
      // A copy of the engine's own mean: the combination below changes the forecast's in place.
      if (f.demandClass !== 'zero') this.recomputedCandidates.push(analogueCandidate(established[i]!, Float64Array.from(f.mean), products, history.fromDay));
    });
    const calibrated = new Set<SeriesForecast>();
    if (model && global) {
      // The combination reads the series' values only (the pooled profile's forecast): their prices went to the model.
      const predicted = { series: established.map((s) => ({ values: fillCensored(s.values, s.integral) })), global };
      this.blended += await combineSlice(db, run.sliceRun, { ...history, series: established }, forecasts, model, run.pools, calibrated, this.ctx, predicted);
    }
    calibrateLikeParent(forecasts, this.calibration, calibrated);

    const writeStarted = performance.now();
    writer.add(forecasts, undefined, (f) => refitColumns(f, refit.get(f)));
    const means = copyFromParent(db, writer, parent.id, copied, run.dates);
    this.writeSeconds += (performance.now() - writeStarted) / 1000;
    copied.forEach((s, i) => {
      if (parents.get(seriesKeyOf(s.productId, s.locationId))?.demandClass !== 'zero') this.copiedCandidates.push(analogueCandidate(s, means[i]!, products, history.fromDay));
    });
  }

  /** The short series' and brand-new SKUs' forecasts from the pool of every established series. */
  private coldStarts(keys: readonly SeriesKey[], targets: TargetContext): SeriesForecast[] {
    const all = [...this.coldTargets, ...targetsWithoutHistory(new Set(keys.map((k) => k.productId)), targets)];
    this.counts.coldStart = all.length;
    if (all.length === 0) return [];
    const pool = new AnaloguePool([...this.recomputedCandidates, ...this.copiedCandidates]);
    return all.map((target, i) => {
      if (i % 64 === 0) this.ctx.throwIfCancelled();
      return forecastColdStart(target, pool.find(target.product, target.locationId, target.launchDay), this.settings);
    });
  }
}

/** The stored model combined into the re-forecast series when the parent had one blended (null: none). */
function blendModel(db: Database.Database, parent: RunInfo): StoredGlobalModel | null {
  if (!parentGlobalModel(parent)) return null;
  const model = latestGlobalModel(db, parent.frequency);
  return model && model.info.frequency === parent.frequency ? model : null;
}

function seriesBytes(s: SeriesHistory): number {
  return s.values.byteLength + s.promoShare.byteLength + s.availability.byteLength + (s.previousValues?.byteLength ?? 0) + 256;
}

/** Same length, same numbers, censored (NaN) in the same buckets. */
export function sameValues(a: Float64Array | null | undefined, b: Float64Array): boolean {
  if (!a || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}

/**
 * The parent's calibration, per class, on the re-forecast established series: this run has too few
 * fresh backtests to calibrate on. Series the global-model pipeline combined carry its own
 * calibration already (`pipelineCalibrated`) and are not widened twice; cold starts are not widened.
 */
export function calibrateLikeParent(forecasts: readonly SeriesForecast[], calibration: readonly ClassCalibration[], pipelineCalibrated: ReadonlySet<SeriesForecast>): void {
  const factors = new Map(calibration.map((c) => [c.demandClass, c.factor]));
  for (const f of forecasts) {
    if (f.analogues !== null || pipelineCalibrated.has(f)) continue;
    const factor = factors.get(f.demandClass) ?? 1;
    if (factor !== 1) widenForecast(f, factor);
  }
}
