/**
 * The refresh after new data: forecast (incremental from the newest run) → plan (locked lines
 * carried, as the plan job does) → alerts. The run, the plan, the alerts and the refresh's record
 * are written in ONE transaction (the incremental run streams inside it; a full fallback is computed
 * first), so cancelling at any point — between steps or inside one — leaves the previous run and plan
 * exactly as they were.
 * Runs beyond the newest few are pruned only after that transaction has committed.
 */

import os from 'node:os';
import type Database from 'better-sqlite3';
import type { TaskContext } from '../../ground/task-context';
import type { AlertRefreshSummary } from '../../monitoring/alerts';
import { keepForecastAccuracyScores } from '../../monitoring/key-figures';
import { planAndSave } from '../../planning/plan-and-save';
import { withSharedReads } from '../../planning/shared-reads';
import { readBudget } from '../../planning';
import { blendGlobalModel } from '../../forecasting/global-blend';
import { latestGlobalModel } from '../../forecasting/global-models';
import { salesRange } from '../../forecasting/history';
import { pruneRuns } from '../../forecasting/retention';
import { prepareRun, prepareRunParallel, storeRun, type PreparedRun } from '../../forecasting/run-forecast';
import type { RunInfo } from '../../forecasting/runs';
import { dayFromIso, isoFromDay } from '../../ground/calendar';
import type { SpreadSettings } from '../../forecasting/forecast-established';
import { KeptChunkWorkers } from '../jobs/chunk-stream';
import { forecastChunksOnWorkers, keptWorkerSpread } from '../jobs/tasks/forecast-chunk-task';
import { withPurchaseReadsBeside } from '../jobs/tasks/purchase-reads-beside';
import { beginWrite, endWrite } from '../../db/write-lock';
import { runIncremental, type IncrementalStreaming } from './incremental-run';
import { findParentRun, parentGlobalModel, STALE_AFTER_DAYS, undoneSince } from './parent-run';
import { saveRefreshSummary } from './refresh-record';
import { rollForwardDate } from './roll-forward';
import { refreshAlertsStep } from './alerts-step';
import { type RefreshAlertsStep, type RefreshCause, type RefreshMode, type RefreshSummary } from './types';

export const REFRESH_STEPS = { forecast: 'refresh.forecast', plan: 'refresh.plan', alerts: 'refresh.alerts' } as const;

export interface RefreshOptions {
  cause: RefreshCause;
  /** The alerts step (see RefreshAlertsStep); default: refreshAlertsStep (alerts-step.ts). */
  alerts?: RefreshAlertsStep;
  /**
   * The job worker's script: the incremental run then refits and predicts on workers kept for its
   * slices, and a full fallback spreads its series over worker threads.
   */
  workerEntry?: string;
  /** How the incremental run streams (tests make the sizes small to read a small workspace twice, in several slices, on workers). */
  incremental?: IncrementalStreaming;
  /** Fewest series in the parent run to read the plan's purchases beside it (default PURCHASE_READS_BESIDE_FROM; tests lower it). */
  purchaseReadsBesideFrom?: number;
}

export interface RefreshOutcome {
  summary: RefreshSummary;
  /** What the alerts step returned (its newly raised alerts are announced by the serving side). */
  alerts: AlertRefreshSummary | null;
}

export async function runRefresh(db: Database.Database, options: RefreshOptions, ctx: TaskContext): Promise<RefreshOutcome> {
  const started = performance.now();
  const startedAt = new Date().toISOString();
  const elapsed = (from: number) => (performance.now() - from) / 1000;

  ctx.progress(REFRESH_STEPS.forecast, 0, 1);
  const parent = findParentRun(db);
  const fullReason = parent ? needsFullRun(db, parent) : null;
  const rolledTo = parent && fullReason === null ? rollForwardDate(db, parent) : null;
  const finish = (forecast: ForecastStep) => planAndRecord(db, { options, ctx, started, startedAt, parent, rolledTo, forecast });
  let summary: RefreshSummary;
  let alerts: AlertRefreshSummary | null;
  if (parent && fullReason === null && rolledTo === null) {
    // Streamed and written as it goes, so the write transaction is taken first (as a streamed run takes it).
    beginWrite(db);
    const kept = keptWorkersFor(parent, options.workerEntry, options.incremental);
    try {
      // The workers go as soon as the forecast is made: the plan and alerts run on this thread.
      const run = await runIncremental(db, parent, ctx, started, options.incremental, kept?.spread).finally(() => kept?.workers.close());
      ctx.throwIfCancelled();
      const forecast: ForecastStep = {
        runId: run.runId, mode: 'incremental', today: isoFromDay(run.toDay), series: run.counts,
        seconds: { forecast: elapsed(started), ...run.seconds },
      };
      ({ summary, alerts } = finish(forecast));
      endWrite(db, 'COMMIT');
    } catch (error) {
      endWrite(db, 'ROLLBACK');
      throw error;
    }
  } else {
    let full: PreparedRun | null = null;
    if (parent && fullReason !== null) {
      const runOptions = { frequency: parent.frequency, horizon: parent.horizon, locations: parent.locations };
      full = options.workerEntry ? await prepareRunParallel(db, runOptions, ctx, { runChunk: forecastChunksOnWorkers(options.workerEntry) }) : prepareRun(db, runOptions, ctx);
      await blendLikeParent(db, parent, full, ctx);
    }
    ctx.throwIfCancelled();
    const prepared = full;
    const forecastSeconds = elapsed(started);
    ({ summary, alerts } = db.transaction(() => {
      const step = performance.now();
      const runId = prepared ? storeRun(db, prepared, ctx).runId : null;
      const write = elapsed(step);
      ctx.throwIfCancelled();
      return finish({
        runId,
        mode: rolledTo !== null ? 'rolled' : prepared ? 'full' : 'skipped',
        today: rolledTo ?? (prepared ? isoFromDay(prepared.history.toDay) : (db.prepare('SELECT max(date) FROM sales_daily').pluck().get() as string | null)),
        series: { copied: 0, refit: 0, full: prepared ? prepared.forecasts.length - prepared.coldStart : 0, coldStart: prepared?.coldStart ?? 0 },
        seconds: {
          forecast: forecastSeconds + write,
          history: prepared?.historySeconds ?? 0,
          series: prepared ? forecastSeconds - prepared.historySeconds : 0,
          write,
        },
      });
    })());
  }
  // Only once the new run and plan are safely stored do older runs make way.
  if (summary.runId !== null) pruneRuns(db);
  return { summary, alerts };
}

/**
 * Fewest series in the parent run worth the kept workers: below, starting them (and tfjs in one)
 * costs more than the refresh's forecasts do on this thread.
 */
const KEPT_WORKERS_FROM = 2000;

/**
 * Fewest series in the parent run worth reading the plan's purchases on a worker beside it: below,
 * starting the worker (its modules, a connection) costs more CPU than the reads it saves this thread.
 */
const PURCHASE_READS_BESIDE_FROM = 40_000;

/**
 * Workers kept for the incremental run's slices: one fewer than the cores, at least one. This
 * thread is busy through the slices too (reading the history, combining, writing: about as much
 * CPU as a worker's refits and predictions), so on two cores a second worker only shares the same
 * cores and costs its own start, compiling and garbage collection: at 10,000 SKUs the forecast
 * step took ~2.5 CPU-s more on all threads with two workers than with one.
 */
export function keptWorkerCount(cores = os.availableParallelism()): number {
  return Math.max(1, cores - 1);
}

/** Workers kept for the incremental run's slices (engine and global model), given the job worker's script and a run large enough. */
function keptWorkersFor(
  parent: RunInfo,
  workerEntry: string | undefined,
  streaming: IncrementalStreaming = {},
): { workers: KeptChunkWorkers; spread: SpreadSettings } | null {
  if (!workerEntry || parent.seriesCount < (streaming.workersFrom ?? KEPT_WORKERS_FROM)) return null;
  const workers = new KeptChunkWorkers(streaming.keptWorkers ?? keptWorkerCount());
  const { minSeriesPerWorker } = streaming;
  return { workers, spread: { ...keptWorkerSpread(workerEntry, workers), ...(minSeriesPerWorker ? { minSeriesPerWorker } : {}) } };
}

/** What the forecast step made: the run the plan is made from (null: none) and its part of the summary. */
interface ForecastStep {
  runId: number | null;
  mode: RefreshMode;
  today: string | null;
  series: RefreshSummary['series'];
  seconds: Pick<RefreshSummary['seconds'], 'forecast' | 'history' | 'series' | 'write'>;
}

/**
 * The plan and the alerts after the forecast step, and the refresh's record, inside the
 * transaction the forecast was written in.
 */
function planAndRecord(
  db: Database.Database,
  refresh: {
    options: RefreshOptions;
    ctx: TaskContext;
    started: number;
    startedAt: string;
    parent: RunInfo | null;
    rolledTo: string | null;
    forecast: ForecastStep;
  },
): { summary: RefreshSummary; alerts: AlertRefreshSummary | null } {
  const { options, ctx, parent, rolledTo, forecast } = refresh;
  const elapsed = (from: number) => (performance.now() - from) / 1000;
  const alertsStep = options.alerts ?? refreshAlertsStep;
  const planRunId = rolledTo !== null ? (parent as RunInfo).id : forecast.runId;
  let step = performance.now();
  let planSeconds = 0;
  let alertsSeconds = 0;
  ctx.progress(REFRESH_STEPS.plan, 0, 1);
  // As the Make plan button does: the saved budget applies, locked lines carry over.
  const budget = readBudget(db);
  // Dated the last sales day (buildPlan's default), so a rolled-forward week plans from the new day.
  // The plan and the alerts after it read positions and forecasts once (planning/shared-reads.ts).
  // A plan after an order or receipt import reads the purchases on a worker beside it (purchase-reads-task.ts),
  // once the run is large enough to pay for starting it (PURCHASE_READS_BESIDE_FROM).
  const { workerEntry } = options;
  const readsBeside = workerEntry !== undefined && planRunId !== null && (parent?.seriesCount ?? 0) >= (options.purchaseReadsBesideFrom ?? PURCHASE_READS_BESIDE_FROM);
  const planPass = <T>(work: () => T): T =>
    readsBeside ? withPurchaseReadsBeside(db, { workerEntry, file: db.name, runId: planRunId }, work) : withSharedReads(db, work);
  const { planId, alerts } = planPass(() => {
    const planId = planRunId !== null ? planAndSave(db, { runId: planRunId, ...(budget !== null ? { budget } : {}) }, ctx).planId : null;
    planSeconds = elapsed(step);
    ctx.throwIfCancelled();

    step = performance.now();
    ctx.progress(REFRESH_STEPS.alerts, 0, 1);
    const alerts = alertsStep(db);
    alertsSeconds = elapsed(step);
    return { planId, alerts };
  });
  ctx.progress(REFRESH_STEPS.alerts, 1, 1);
  ctx.throwIfCancelled();

  // The Dashboard's accuracy scores the runs against the weeks since them: a day that completes a
  // week gives them a new week to score, which is done here once, not by every cold Dashboard.
  step = performance.now();
  keepForecastAccuracyScores(db);
  const scoresSeconds = elapsed(step);
  ctx.throwIfCancelled();

  const summary: RefreshSummary = {
    startedAt: refresh.startedAt,
    finishedAt: new Date().toISOString(),
    cause: options.cause,
    mode: forecast.mode,
    today: forecast.today,
    runId: planRunId,
    parentRunId: forecast.mode === 'incremental' || rolledTo !== null ? (parent as RunInfo).id : null,
    planId,
    series: forecast.series,
    seconds: { ...forecast.seconds, plan: planSeconds, alerts: alertsSeconds, scores: scoresSeconds, total: elapsed(refresh.started) },
  };
  saveRefreshSummary(db, summary);
  return { summary, alerts };
}

/** Why the parent's method choices cannot be reused, or null when they can. */
function needsFullRun(db: Database.Database, parent: RunInfo): string | null {
  const last = salesRange(db).to;
  const days = dayFromIso(last) - dayFromIso(parent.historyTo);
  if (days < 0) return 'history ends before the parent run';
  if (days > STALE_AFTER_DAYS) return `parent run more than ${STALE_AFTER_DAYS} days old`;
  if (undoneSince(db, parent)) return 'an import was undone since the parent run';
  return null;
}

/** A full fallback blends the global model in when the parent had it blended and a model for the frequency still exists. */
async function blendLikeParent(db: Database.Database, parent: RunInfo, full: PreparedRun, ctx: TaskContext): Promise<void> {
  if (!parentGlobalModel(parent)) return;
  const model = latestGlobalModel(db, parent.frequency);
  if (!model) return;
  ctx.throwIfCancelled();
  full.globalModel = { id: model.info.id, blended: await blendGlobalModel(db, full, model, ctx) };
}
