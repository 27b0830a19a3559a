/**
 * A workspace run through the shared pipeline (global-pipeline.ts): the established series of a
 * prepared run get the global model combined in by learnt weights, and their intervals calibrated
 * after combining. The model is trained as part of the run when there is none for the frequency
 * or the data has moved since (history end by a quarter of the horizon, or the series count by
 * more than 10%); otherwise the stored model and what was learnt with it are reused.
 */

import type Database from 'better-sqlite3';
import { dayFromIso, isoFromDay } from '../ground/calendar';
import type { TaskContext } from '../ground/task-context';
import { forecastEstablishedMany, type EngineSeries, type SpreadSettings } from './forecast-established';
import { globalModelSeries, type GlobalSeriesView } from './global-inputs';
import { buildRunCovariates } from './covariates';
import { workspaceEventsForDays } from './global-events';
import type { MethodNamer } from './global-combine';
import type { GlobalForecast, TrainingMetrics } from '../forecast/global/types';
import { latestGlobalModel, storeGlobalModel, type StoredGlobalModel } from './global-models';
import { combineWithModel, decideGlobal, trainAndCombine, type EngineView, type GlobalChoice, type PipelineInputs, type PipelineSeries, type ShopPools } from './global-pipeline';
import type { History } from './history';
import type { PreparedRun } from './run-forecast';
import type { ProductInfo } from './products';
import { STORED_LEVELS, type Frequency, type SeriesForecast } from './types';

export const GLOBAL_SUFFIX = ' + global model';

/**
 * Stored-run labels keep the engine's label (refits read it back), marked as combined with the
 * global model; the pooled profile alone leaves the engine's label (the app names only the global model).
 */
const workspaceMethodName: MethodNamer = (engineMethod, _globalOnly, parts) => (parts && !parts.global ? engineMethod : engineMethod + GLOBAL_SUFFIX);

/** Reuse stops when the history end has moved by this share of the horizon, or the series count by this share. */
const STALE_HORIZON_SHARE = 0.25;
const STALE_SERIES_SHARE = 0.1;
const BUCKET_DAYS: Record<Frequency, number> = { day: 1, week: 7, month: 30.44 };

export interface RunGlobalOptions {
  global: GlobalChoice;
  /** Train even when a stored model could be reused (the global model job; `on` does too). */
  force?: boolean;
  maxTrainSeconds?: number;
  /** How the validation-origin engine pass spreads over workers. */
  spread?: SpreadSettings;
}

/** What the run records about the global model (`globalModel` in the stored run's settings). */
export interface RunGlobalModel {
  id: number;
  blended: number;
  trained: boolean;
  reason: string;
}

/**
 * The series of a run the global model may forecast (established ones, not analogue-based cold
 * starts), with what the model sees beside them: the workspace's event calendar over the history
 * and the year after, and each series' price and promotion flags over history and horizon (planned
 * promotions included).
 */
function established(db: Database.Database, run: PreparedRun): { forecasts: SeriesForecast[]; inputs: PipelineInputs } {
  const events = workspaceEventsForDays(db, run.history.fromDay, run.history.toDay);
  return establishedOf(db, { ...run, events }, run.history, run.forecasts);
}

/** What a slice of a run is combined with: its shape, and the events read once for the whole run. */
export interface SliceRun {
  frequency: Frequency;
  horizon: number;
  events: ReturnType<typeof workspaceEventsForDays>;
}

/** The established forecasts among `forecasts` (a whole run's or a slice's) and the pipeline's inputs for them. */
function establishedOf(
  db: Database.Database,
  run: SliceRun,
  history: History,
  all: readonly SeriesForecast[],
  given?: readonly PipelineSeries[],
): { forecasts: SeriesForecast[]; inputs: PipelineInputs; at: number[] } {
  const seriesInputs = given ?? globalSeriesOf(db, run, history);
  const byKey = new Map(history.series.map((s, i) => [`${s.productId}:${s.locationId}`, i]));
  const forecasts: SeriesForecast[] = [];
  const series: PipelineSeries[] = [];
  // Where each kept forecast's series is in `history` (and in `given`).
  const at: number[] = [];
  for (const forecast of all) {
    if (forecast.analogues !== null) continue;
    const found = byKey.get(`${forecast.productId}:${forecast.locationId}`);
    if (found === undefined) continue;
    forecasts.push(forecast);
    series.push(seriesInputs[found]!);
    at.push(found);
  }
  const engine: EngineView[] = forecasts.map((f) => ({ mean: f.mean, quantiles: f.quantiles, demandClass: f.demandClass, method: f.method }));
  const { events } = run;
  return {
    forecasts,
    at,
    inputs: { frequency: run.frequency, horizon: run.horizon, lastDay: history.toDay, series, engine, levels: STORED_LEVELS, nameMethod: workspaceMethodName, events },
  };
}

/**
 * Every series of `history` as the global model sees it (values, promotion flags, prices over
 * history and horizon), in the history's order. A streamed run reads them for a slice before its
 * engine forecasts exist, so the model can predict while the engine runs.
 */
export function globalSeriesOf(db: Database.Database, run: Pick<SliceRun, 'horizon'>, history: History<GlobalSeriesView>, products?: ReadonlyMap<number, ProductInfo>): PipelineSeries[] {
  const covariates = buildRunCovariates(db, history, run.horizon, products);
  return history.series.map((s, i) => {
    const { values } = globalModelSeries(s);
    const found = covariates[i]!;
    return { values, promo: found.promo, ...(found.price ? { price: found.price } : {}) };
  });
}

/** What the reuse check reads of a run. */
export interface RunShape {
  frequency: Frequency;
  horizon: number;
  history: Pick<History, 'toDay'>;
}

/** Why a stored model cannot be reused for this run, or null when it can. */
export function staleReason(model: StoredGlobalModel, run: RunShape, seriesCount: number): string | null {
  if (!model.info.combination) return 'the stored model has no learnt combination';
  if (model.info.horizon < run.horizon) return `the stored model forecasts ${model.info.horizon} buckets, the run ${run.horizon}`;
  const movedBuckets = Math.abs(run.history.toDay - dayFromIso(model.info.historyTo)) / BUCKET_DAYS[run.frequency];
  if (movedBuckets >= STALE_HORIZON_SHARE * run.horizon) return `history end moved ${Math.round(movedBuckets)} buckets since ${model.info.historyTo}`;
  const before = model.info.runSeries ?? model.info.trainedSeries;
  if (Math.abs(seriesCount - before) > STALE_SERIES_SHARE * before) return `series went from ${before} to ${seriesCount}`;
  return null;
}

/**
 * The run's global step: trains (and stores) or reuses, then combines and calibrates in place.
 * Returns what to record with the run, or null when the global model took no part.
 */
export async function combineRunWithGlobal(db: Database.Database, run: PreparedRun, options: RunGlobalOptions, ctx: TaskContext): Promise<RunGlobalModel | null> {
  if (options.global === 'off') return null;
  const { forecasts, inputs } = established(db, run);
  if (forecasts.length === 0) return null;
  const stored = latestGlobalModel(db, run.frequency);
  const stale = stored ? staleReason(stored, run, forecasts.length) : 'no model for these buckets yet';
  if (stored && stale === null && !options.force && options.global !== 'on') {
    const blended = await combineWithModel(inputs, stored.artefact, stored.info.combination!, ctx);
    markCalibrated(run, forecasts, inputs, stored.info.combination!.calibration.factors);
    return reusedModelRecord(stored, blended);
  }
  const decision = decideGlobal(options.global, run.frequency, run.horizon, inputs.series);
  if (!decision.train) return null;
  const sizeBudget = defaultRunBudget(forecasts.length);
  const budget = options.maxTrainSeconds ?? sizeBudget;
  const result = await trainAndCombine(
    inputs,
    {
      ctx,
      maxTrainSeconds: budget,
      planSeconds: sizeBudget,
      engineFromOrigin: (cut, indices) => engineFromOrigin(run, forecasts, cut, indices, options.spread ?? {}, ctx),
    },
  );
  markCalibrated(run, forecasts, inputs, result.learnt.calibration.factors);
  const id = storeGlobalModel(db, result.artefact, {
    frequency: run.frequency,
    historyTo: isoFromDay(run.history.toDay),
    metrics: result.metrics!,
    combination: result.learnt,
    runSeries: forecasts.length,
  });
  return { id, blended: result.combined, trained: true, reason: trainedReason(options.force ? 'trained on request' : `trained: ${stale}`, result.metrics!, budget) };
}

/** Why a model was trained, and that the safety stop ended it early when it did (its model then depends on the machine's load). */
export function trainedReason(why: string, metrics: Pick<TrainingMetrics, 'stoppedByTime' | 'epochs' | 'planned'>, stop: number): string {
  if (!metrics.stoppedByTime) return why;
  const planned = metrics.planned ? ` of ${metrics.planned.epochs * metrics.planned.members} planned` : '';
  return `${why}; stopped by the ${Math.round(stop)} s time budget after ${metrics.epochs}${planned} epochs`;
}

/**
 * Training seconds a run allows itself when not told: 6 ms per series, between 5 s and 60 s, so a
 * small workspace's run is not held up and 10,000 SKUs train within the two minutes. What
 * is trained is sized by it (work-plan.ts) even when a --time-budget moves the safety stop.
 */
export function defaultRunBudget(series: number): number {
  return Math.min(60, Math.max(5, 0.006 * series));
}

/**
 * Refresh and older callers: combine a stored model into a prepared run by what was learnt with
 * it; a model without a learnt combination is not used. Returns how many series took some of it.
 */
export async function blendGlobalModel(db: Database.Database, run: PreparedRun, model: StoredGlobalModel, ctx: TaskContext): Promise<number> {
  if (model.info.frequency !== run.frequency || !model.info.combination) return 0;
  const { forecasts, inputs } = established(db, run);
  if (forecasts.length === 0) return 0;
  const blended = await combineWithModel(inputs, model.artefact, model.info.combination, ctx);
  markCalibrated(run, forecasts, inputs, model.info.combination.calibration.factors);
  return blended;
}

/**
 * The stored model a run reuses as it is, or null when the run must train one (or leave it out):
 * the reuse branch of combineRunWithGlobal, for a run that streams its series and so cannot train.
 */
export function reusableModel(db: Database.Database, run: RunShape, seriesCount: number, options: RunGlobalOptions): StoredGlobalModel | null {
  if (options.global === 'off' || options.global === 'on' || options.force || seriesCount === 0) return null;
  const stored = latestGlobalModel(db, run.frequency);
  return stored && staleReason(stored, run, seriesCount) === null ? stored : null;
}

/** What a run records of a stored model it reused. */
export function reusedModelRecord(stored: StoredGlobalModel, blended: number): RunGlobalModel {
  return { id: stored.info.id, blended, trained: false, reason: `reused model ${stored.info.id} (trained on history to ${stored.info.historyTo})` };
}

/**
 * One slice of a streamed run combined with a reused model, as combineRunWithGlobal combines a
 * whole run: `pool` holds the yearly profile pooled over every series of the run. Returns how
 * many series took some of the model; the series it calibrated join `calibrated`.
 */
export async function combineSlice(
  db: Database.Database,
  run: SliceRun,
  history: History,
  forecasts: readonly SeriesForecast[],
  model: StoredGlobalModel,
  pools: ShopPools,
  calibrated: Set<SeriesForecast>,
  ctx: TaskContext,
  /** The slice's series as globalSeriesOf gives them and the model's forecasts of them, when already made. */
  predicted?: { series: readonly PipelineSeries[]; global: readonly GlobalForecast[] },
): Promise<number> {
  const learnt = model.info.combination!;
  const slice = establishedOf(db, run, history, forecasts, predicted?.series);
  if (slice.forecasts.length === 0) return 0;
  const global = predicted && slice.at.map((i) => predicted.global[i]!);
  const blended = await combineWithModel(slice.inputs, model.artefact, learnt, ctx, pools, global);
  markCalibratedInto(calibrated, slice.forecasts, slice.inputs, learnt.calibration.factors);
  return blended;
}

/** Copies labels back and keeps the run's own calibration off the series the pipeline calibrated. */
function markCalibrated(run: PreparedRun, forecasts: SeriesForecast[], inputs: PipelineInputs, factors: Record<string, number>): void {
  run.pipelineCalibrated = markCalibratedInto(run.pipelineCalibrated ?? new Set<SeriesForecast>(), forecasts, inputs, factors);
}

function markCalibratedInto(calibrated: Set<SeriesForecast>, forecasts: SeriesForecast[], inputs: PipelineInputs, factors: Record<string, number>): Set<SeriesForecast> {
  forecasts.forEach((f, i) => {
    f.method = inputs.engine[i]!.method;
    const factor = factors[f.demandClass];
    if (factor === undefined && !f.method.endsWith(GLOBAL_SUFFIX)) return;
    calibrated.add(f);
    if (factor !== undefined && factor !== 1) {
      const f2 = factor * factor;
      f.variance = f.variance.map((v) => v * f2);
      f.cumVariance = f.cumVariance.map((v) => v * f2);
      f.calibrationFactor = factor;
    }
  });
  return calibrated;
}

/** The engine on the cut histories, as the run forecasts its established series but without a backtest. */
async function engineFromOrigin(
  run: PreparedRun,
  forecasts: readonly SeriesForecast[],
  cut: Float64Array[],
  indices: readonly number[],
  spread: SpreadSettings,
  ctx: TaskContext,
): Promise<EngineView[]> {
  const series: EngineSeries[] = cut.map((values, k) => {
    const f = forecasts[indices[k]!]!;
    return { productId: f.productId, locationId: f.locationId, values, integral: f.family === 'count', censoredBuckets: 0, cappedBuckets: 0, totalUnits: 0, promoUnits: 0 };
  });
  const out = await forecastEstablishedMany(series, { ...run.settings, backtest: false }, spread, ctx);
  return out.map((f) => ({ mean: f.mean, quantiles: f.quantiles, demandClass: f.demandClass, method: f.method }));
}
