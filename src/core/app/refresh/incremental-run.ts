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
 */

import type Database from 'better-sqlite3';
import type { TaskContext } from '../../ground/task-context';
import { SEASON_LENGTH } from '../../forecasting/types';
import { dayFromIso, isoFromDay } from '../../ground/calendar';
import { AnaloguePool, type AnalogueCandidate } from '../../forecasting/analogues';
import { bucketGrid } from '../../forecasting/bucket-grid';
import { widenForecast, type ClassCalibration } from '../../forecasting/calibration';
import { forecastColdStart, type ColdStartTarget } from '../../forecasting/cold-start';
import { buildTargetContext, COLD_START_BUCKETS, targetFromHistory, targetsWithoutHistory } from '../../forecasting/cold-start-targets';
import { fillCensored } from '../../forecasting/fill-censored';
import { forecastEstablished, type EngineSettings } from '../../forecasting/forecast-established';
import { readHistory, type History, type SeriesHistory } from '../../forecasting/history';
import { listLaunchPlans } from '../../forecasting/launch-plans';
import { withLaunchSignals } from '../../forecasting/launch-signal-plans';
import { readProducts, type ProductInfo } from '../../forecasting/products';
import { isShort, LAUNCH_SEEN_AFTER_DAYS } from '../../forecasting/run-forecast';
import type { RunInfo } from '../../forecasting/runs';
import type { SeriesForecast, SeriesKey } from '../../forecasting/types';
import { correctedSince, parentCalibration, readParentSeries, seriesKeyOf, type ParentSeries } from './parent-run';
import { refitWithParentMethod } from './refit-established';

export const INCREMENTAL_STEP = 'refresh.forecast';

export interface IncrementalCounts {
  copied: number;
  refit: number;
  full: number;
  coldStart: number;
}

export interface PreparedIncremental {
  parent: RunInfo;
  settings: EngineSettings;
  history: History;
  /** Series forecast in this run (refit, full engine, cold start), calibrated. */
  recomputed: SeriesForecast[];
  /** Keys of the refit series: they are written with the parent's reason and backtest row. */
  refitKeys: ReadonlySet<string>;
  parentSeries: ReadonlyMap<string, ParentSeries>;
  copied: SeriesKey[];
  counts: IncrementalCounts;
  calibration: ClassCalibration[];
  /** Future bucket dates of the parent and of this run, index for index. */
  parentBucketDates: string[];
  bucketDates: string[];
  /** Wall seconds reading and bucketing the history, and forecasting the series. */
  seconds: { history: number; series: number };
}

export function prepareIncrementalRun(db: Database.Database, parent: RunInfo, ctx: TaskContext): PreparedIncremental {
  const started = performance.now();
  const { frequency, horizon, locations } = parent;
  const settings: EngineSettings = { frequency, horizon, seasonLength: SEASON_LENGTH[frequency] };
  const products = readProducts(db);
  const parentLastDay = dayFromIso(parent.historyTo);
  const history = readHistory(db, products, { frequency, locations, previousLastDay: parentLastDay }, ctx);
  const historySeconds = (performance.now() - started) / 1000;
  const parentSeries = readParentSeries(db, parent.id);
  const corrected = correctedSince(db, parent, locations === 'total');
  const minBuckets = COLD_START_BUCKETS[frequency];
  const unchanged = (s: SeriesHistory, parentRow: ParentSeries | undefined): boolean =>
    parentRow !== undefined && !parentRow.coldStart && !corrected.has(seriesKeyOf(s.productId, s.locationId)) && sameValues(s.previousValues, s.values);

  const copied: SeriesKey[] = [];
  const established: { series: SeriesHistory; forecast: SeriesForecast | null; parentRow: ParentSeries | undefined }[] = [];
  const shortSeries: SeriesHistory[] = [];
  for (const s of history.series) {
    const parentRow = parentSeries.get(seriesKeyOf(s.productId, s.locationId));
    // Cold starts are always forecast again: cheap, and their analogues' forecasts may have moved.
    if (isShort(s.values, minBuckets)) shortSeries.push(s);
    else if (unchanged(s, parentRow)) copied.push({ productId: s.productId, locationId: s.locationId });
    else established.push({ series: s, forecast: null, parentRow });
  }

  const calibration = parentCalibration(parent);
  const refitKeys = new Set<string>();
  const total = established.length + shortSeries.length;
  let full = 0;
  ctx.progress(INCREMENTAL_STEP, 0, total);
  established.forEach((item, i) => {
    if (i % 64 === 0) {
      ctx.throwIfCancelled();
      ctx.progress(INCREMENTAL_STEP, i, total);
    }
    const refit = item.parentRow && !item.parentRow.coldStart ? refitWithParentMethod(item.series, settings, item.parentRow) : null;
    if (refit) refitKeys.add(seriesKeyOf(refit.productId, refit.locationId));
    else full++;
    item.forecast = refit ?? forecastEstablished(item.series, settings);
  });

  const recomputed = established.map((item) => item.forecast as SeriesForecast);
  const plans = withLaunchSignals(db, listLaunchPlans(db));
  const targets = buildTargetContext(history, products, plans, locations);
  const coldTargets: ColdStartTarget[] = [
    ...shortSeries.map((s) => targetFromHistory(s, products.get(s.productId) as ProductInfo, targets)),
    ...targetsWithoutHistory(new Set(history.series.map((s) => s.productId)), targets),
  ];
  if (coldTargets.length > 0) {
    const pool = analoguePool(db, parent, history, products, recomputed, copied, parentSeries);
    coldTargets.forEach((target, i) => {
      if (i % 64 === 0) ctx.throwIfCancelled();
      recomputed.push(forecastColdStart(target, pool.find(target.product, target.locationId, target.launchDay), settings));
    });
  }
  ctx.progress(INCREMENTAL_STEP, total, total);

  const parentGrid = bucketGrid(frequency, parentLastDay);
  const grid = history.grid;
  return {
    parent,
    settings,
    history,
    recomputed,
    refitKeys,
    parentSeries,
    copied,
    counts: { copied: copied.length, refit: refitKeys.size, full, coldStart: coldTargets.length },
    calibration,
    seconds: { history: historySeconds, series: (performance.now() - started) / 1000 - historySeconds },
    parentBucketDates: Array.from({ length: horizon }, (_, k) => isoFromDay(parentGrid.futureEndDay(k + 1))),
    bucketDates: Array.from({ length: horizon }, (_, k) => isoFromDay(grid.futureEndDay(k + 1))),
  };
}

/** Same length, same numbers, censored (NaN) in the same buckets. */
export function sameValues(a: Float64Array | null | undefined, b: Float64Array): boolean {
  if (!a || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}

/**
 * The analogue pool a full run would build: every established, non-zero series with its
 * history and forecast mean — from this run where recomputed, from the parent where copied.
 */
function analoguePool(
  db: Database.Database,
  parent: RunInfo,
  history: History,
  products: ReadonlyMap<number, ProductInfo>,
  recomputed: readonly SeriesForecast[],
  copied: readonly SeriesKey[],
  parentSeries: ReadonlyMap<string, ParentSeries>,
): AnaloguePool {
  const byKey = new Map(history.series.map((s) => [seriesKeyOf(s.productId, s.locationId), s]));
  const candidates: AnalogueCandidate[] = [];
  const add = (series: SeriesHistory, forecastMean: Float64Array) =>
    candidates.push({
      product: products.get(series.productId) as ProductInfo,
      locationId: series.locationId,
      history: fillCensored(series.values, series.integral),
      forecastMean,
      launchDay: series.startDay >= history.fromDay + LAUNCH_SEEN_AFTER_DAYS ? series.startDay : null,
    });
  for (const f of recomputed) {
    const series = byKey.get(seriesKeyOf(f.productId, f.locationId));
    if (series && f.demandClass !== 'zero') add(series, f.mean);
  }
  const means = db.prepare('SELECT mean FROM forecast_values WHERE run_id = ? AND product_id = ? AND location_id = ? ORDER BY bucket_date').pluck();
  for (const key of copied) {
    const k = seriesKeyOf(key.productId, key.locationId);
    if (parentSeries.get(k)?.demandClass === 'zero') continue;
    const series = byKey.get(k) as SeriesHistory;
    add(series, Float64Array.from(means.all(parent.id, key.productId, key.locationId) as number[]));
  }
  return new AnaloguePool(candidates);
}

/**
 * The parent's calibration, per class, on the recomputed established series: this run has too few
 * fresh backtests to calibrate on. Series the global-model pipeline combined carry its own
 * calibration already (`pipelineCalibrated`) and are not widened twice.
 */
export function calibrateLikeParent(prepared: PreparedIncremental, pipelineCalibrated: ReadonlySet<SeriesForecast> | undefined): void {
  const factors = new Map(prepared.calibration.map((c) => [c.demandClass, c.factor]));
  for (const f of prepared.recomputed) {
    if (f.analogues !== null || pipelineCalibrated?.has(f)) continue;
    const factor = factors.get(f.demandClass) ?? 1;
    if (factor !== 1) widenForecast(f, factor);
  }
}
