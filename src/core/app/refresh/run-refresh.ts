/**
 * The refresh after new data: forecast (incremental from the newest run) → plan (locked lines
 * carried, as the plan job does) → alerts. The forecasting is computed first; then the run, the
 * plan, the alerts and the refresh's record are written in ONE transaction, so cancelling at any
 * point — between steps or inside one — leaves the previous run and plan exactly as they were.
 * Runs beyond the newest few are pruned only after that transaction has committed.
 */

import type Database from 'better-sqlite3';
import type { TaskContext } from '../../ground/task-context';
import type { AlertRefreshSummary } from '../../monitoring/alerts';
import { planAndSave } from '../../planning/plan-and-save';
import { withSharedReads } from '../../planning/shared-reads';
import { readBudget } from '../../planning';
import { blendGlobalModel } from '../../forecasting/global-blend';
import { latestGlobalModel } from '../../forecasting/global-models';
import { salesRange } from '../../forecasting/history';
import { pruneRuns } from '../../forecasting/retention';
import { prepareRun, prepareRunParallel, storeRun, type PreparedRun } from '../../forecasting/run-forecast';
import type { RunInfo } from '../../forecasting/runs';
import type { SeriesForecast } from '../../forecasting/types';
import { dayFromIso, isoFromDay } from '../../ground/calendar';
import { forecastChunksOnWorkers } from '../jobs/tasks/forecast-chunk-task';
import { calibrateLikeParent, prepareIncrementalRun, type PreparedIncremental } from './incremental-run';
import { findParentRun, parentGlobalModel, STALE_AFTER_DAYS, undoneSince } from './parent-run';
import { saveRefreshSummary } from './refresh-record';
import { rollForwardDate } from './roll-forward';
import { refreshAlertsStep } from './alerts-step';
import { type RefreshAlertsStep, type RefreshCause, type RefreshSummary } from './types';
import { writeIncrementalRun } from './write-incremental';

export const REFRESH_STEPS = { forecast: 'refresh.forecast', plan: 'refresh.plan', alerts: 'refresh.alerts' } as const;

export interface RefreshOptions {
  cause: RefreshCause;
  /** The alerts step (see RefreshAlertsStep); default: refreshAlertsStep (alerts-step.ts). */
  alerts?: RefreshAlertsStep;
  /** The job worker's script: a full fallback then spreads series over worker threads. */
  workerEntry?: string;
}

export interface RefreshOutcome {
  summary: RefreshSummary;
  /** What the alerts step returned (its newly raised alerts are announced by the serving side). */
  alerts: AlertRefreshSummary | null;
}

export async function runRefresh(db: Database.Database, options: RefreshOptions, ctx: TaskContext): Promise<RefreshOutcome> {
  const started = performance.now();
  const startedAt = new Date().toISOString();
  const alertsStep = options.alerts ?? refreshAlertsStep;
  let alerts: AlertRefreshSummary | null = null;
  const elapsed = (from: number) => (performance.now() - from) / 1000;

  ctx.progress(REFRESH_STEPS.forecast, 0, 1);
  const parent = findParentRun(db);
  const fullReason = parent ? needsFullRun(db, parent) : null;
  const rolledTo = parent && fullReason === null ? rollForwardDate(db, parent) : null;
  let incremental: PreparedIncremental | null = null;
  let full: PreparedRun | null = null;
  // Rolled forward, the parent's forecast stands: only the plan and alerts move to the new day.
  if (parent && fullReason === null && rolledTo === null) {
    incremental = prepareIncrementalRun(db, parent, ctx);
  } else if (parent && fullReason !== null) {
    const runOptions = { frequency: parent.frequency, horizon: parent.horizon, locations: parent.locations };
    full = options.workerEntry ? await prepareRunParallel(db, runOptions, ctx, { runChunk: forecastChunksOnWorkers(options.workerEntry) }) : prepareRun(db, runOptions, ctx);
  }
  const blend = parent && rolledTo === null ? await blendLikeParent(db, parent, incremental, full, ctx) : null;
  const globalModel = blend?.model ?? null;
  if (incremental) calibrateLikeParent(incremental, blend?.calibrated);
  ctx.throwIfCancelled();

  let forecastSeconds = elapsed(started);
  let writeSeconds = 0;
  let planSeconds = 0;
  let alertsSeconds = 0;
  const summary = db.transaction((): RefreshSummary => {
    let step = performance.now();
    let runId: number | null = null;
    if (incremental) runId = writeIncrementalRun(db, incremental, globalModel, started);
    else if (full) runId = storeRun(db, full, ctx).runId;
    const planRunId = rolledTo !== null ? (parent as RunInfo).id : runId;
    writeSeconds = elapsed(step);
    forecastSeconds += writeSeconds;
    ctx.throwIfCancelled();

    step = performance.now();
    ctx.progress(REFRESH_STEPS.plan, 0, 1);
    // As the Make plan button does: the saved budget applies, locked lines carry over.
    const budget = readBudget(db);
    // Dated the last sales day (buildPlan's default), so a rolled-forward week plans from the new day.
    // The plan and the alerts after it read positions and forecasts once (planning/shared-reads.ts).
    const { planId, today } = withSharedReads(db, () => {
      const planId = planRunId !== null ? planAndSave(db, { runId: planRunId, ...(budget !== null ? { budget } : {}) }, ctx).planId : null;
      planSeconds = elapsed(step);
      ctx.throwIfCancelled();

      step = performance.now();
      ctx.progress(REFRESH_STEPS.alerts, 0, 1);
      const today = rolledTo ?? dataToday(db, incremental, full);
      alerts = alertsStep(db);
      alertsSeconds = elapsed(step);
      return { planId, today };
    });
    ctx.progress(REFRESH_STEPS.alerts, 1, 1);
    ctx.throwIfCancelled();

    const record: RefreshSummary = {
      startedAt,
      finishedAt: new Date().toISOString(),
      cause: options.cause,
      mode: rolledTo !== null ? 'rolled' : incremental ? 'incremental' : full ? 'full' : 'skipped',
      today,
      runId: planRunId,
      parentRunId: incremental ? incremental.parent.id : rolledTo !== null ? (parent as RunInfo).id : null,
      planId,
      series: incremental?.counts ?? { copied: 0, refit: 0, full: full ? full.forecasts.length - full.coldStart : 0, coldStart: full?.coldStart ?? 0 },
      seconds: {
        forecast: forecastSeconds,
        history: incremental?.seconds.history ?? full?.historySeconds ?? 0,
        series: incremental?.seconds.series ?? (full ? forecastSeconds - writeSeconds - full.historySeconds : 0),
        write: writeSeconds,
        plan: planSeconds,
        alerts: alertsSeconds,
        total: elapsed(started),
      },
    };
    saveRefreshSummary(db, record);
    return record;
  })();
  // Only once the new run and plan are safely stored do older runs make way.
  if (summary.runId !== null) pruneRuns(db);
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

/**
 * The global model is blended in when the parent had it blended and a model for the frequency
 * still exists — for the series forecast in this run; copied ones keep the parent's blend.
 */
async function blendLikeParent(
  db: Database.Database,
  parent: RunInfo,
  incremental: PreparedIncremental | null,
  full: PreparedRun | null,
  ctx: TaskContext,
): Promise<{ model: { id: number; blended: number }; calibrated: ReadonlySet<SeriesForecast> | undefined } | null> {
  if (!parentGlobalModel(parent)) return null;
  const model = latestGlobalModel(db, parent.frequency);
  if (!model) return null;
  ctx.throwIfCancelled();
  if (full) {
    full.globalModel = { id: model.info.id, blended: await blendGlobalModel(db, full, model, ctx) };
    return { model: full.globalModel, calibrated: full.pipelineCalibrated };
  }
  if (!incremental) return null;
  const recomputed = incremental.recomputed.filter((f) => f.analogues === null);
  const run: PreparedRun = {
    options: { frequency: parent.frequency },
    frequency: parent.frequency,
    horizon: parent.horizon,
    locations: parent.locations,
    settings: incremental.settings,
    history: incremental.history,
    forecasts: recomputed,
    coldStart: 0,
    started: 0,
    historySeconds: 0,
  };
  const blended = await blendGlobalModel(db, run, model, ctx);
  return { model: { id: model.info.id, blended }, calibrated: run.pipelineCalibrated };
}

function dataToday(db: Database.Database, incremental: PreparedIncremental | null, full: PreparedRun | null): string | null {
  const prepared = incremental?.history ?? full?.history ?? null;
  if (prepared) return isoFromDay(prepared.toDay);
  return db.prepare('SELECT max(date) FROM sales_daily').pluck().get() as string | null;
}
