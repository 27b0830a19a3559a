import { forecastDetail } from '../../forecasting/forecast-detail';
import { forecastGridPage } from '../../forecasting/forecast-grid-page';
import { addOverride, removeOverride } from '../../forecasting/overrides';
import { listRuns, type RunInfo } from '../../forecasting/runs';
import type { ForecastRun } from '../../../shared/contract/schemas/forecast';
import type { ForecastRunTaskInput } from '../jobs/tasks/forecast-run-task';
import type { GlobalModelTaskInput } from '../jobs/tasks/global-model-task';
import type { JobInput } from '../jobs/job-map';
import { listGlobalModels } from '../../forecasting/global-models';
import type { AppContext } from '../app-context';
import { eventHandlers } from './event-handlers';
import { writes, type DomainHandlers } from './types';

export function forecastHandlers(ctx: AppContext): DomainHandlers<'forecast'> {
  const db = () => ctx.requireWorkspace().db;
  /** A job that writes to the workspace: when it ends, every cached read is stale. */
  const startWritingJob = <K extends 'forecastRun' | 'globalModel'>(kind: K, input: JobInput<K>) => ({
    jobId: ctx.startWritingJob(kind, input).jobId,
  });
  return {
    ...eventHandlers(ctx),
    'forecast:start': ({ frequency, horizon, locations, global, globalModel }) => {
      const input: ForecastRunTaskInput = {
        path: ctx.requireWorkspace().path,
        frequency: frequency ?? 'week',
        horizon,
        locations,
        global,
        globalModel,
        workerEntry: ctx.workerEntry,
      };
      return startWritingJob('forecastRun', input);
    },
    'forecast:globalModels': () => listGlobalModels(db()),
    'forecast:trainGlobal': ({ frequency }) => {
      const input: GlobalModelTaskInput = { path: ctx.requireWorkspace().path, frequency };
      return startWritingJob('globalModel', input);
    },
    'forecast:runs': () => listRuns(db()).map(runSummary),
    'forecast:gridPage': ({ runId, ...query }) =>
      // The counts need a pass over every series: remembered (the run's, and per filter and search) until data changes.
      forecastGridPage(db(), runId, query, (key, compute) => ctx.cachedRead(`forecast:gridCounts:${runId}:${key}`, compute)),
    // A pass over every series of the run (0.1 s at 50,000 SKUs), asked for with the grid's first page: off this thread.
    'forecast:gridFacts': ({ runId }) => ctx.readWith('forecastGridFacts', { runId }),
    'forecast:detail': ({ runId, productId, locationId }) => forecastDetail(db(), runId, productId, locationId),
    'forecast:addOverride': writes((input) => {
      const { valuePer, ...rest } = input;
      const added = stripRemoval(addOverride(db(), { ...rest, ...(valuePer ? { valuePer } : {}) }));
      // Alerts read the planner's numbers: check them again.
      ctx.alertsFollow.request();
      return added;
    }),
    'forecast:removeOverride': writes(({ id }) => {
      const removed = stripRemoval(removeOverride(db(), id));
      ctx.alertsFollow.request();
      return removed;
    }),
    'forecast:accuracy': async ({ runId, groupBy }) => {
      // Reading every series' backtest takes a second at 50,000 SKUs: the read worker does it, so the
      // grid's page, asked for with the page's summary, is not kept waiting on this thread.
      const rows = await ctx.readWith('forecastAccuracy', { runId, groupBy });
      return rows.map(({ group: _group, ...row }) => row);
    },
    'forecast:actualsAccuracy': async ({ runId, groupBy }) => {
      // It reads the run's forecasts and the sales since it: in the read worker, kept per grouping until data changes.
      const { overrides, rows, events, ...report } = await ctx.readWith('forecastActualsAccuracy', { runId, groupBy });
      const { byOverride: _byOverride, ...overrideTotals } = overrides;
      const ungrouped = <R extends { group: unknown }>({ group: _group, ...row }: R) => row;
      return { ...report, rows: rows.map(ungrouped), overrides: overrideTotals, events: events.map(ungrouped) };
    },
    'forecast:compare': async ({ runA, runB }) => {
      // Both runs' forecasts read series by series: in the read worker, kept until data changes.
      const comparison = await ctx.readWith('forecastCompare', { runA, runB });
      return { ...comparison, runA: runSummary(comparison.runA), runB: runSummary(comparison.runB) };
    },
  };
}

/** A run as the UI lists it: without its settings and notes. */
function runSummary(run: RunInfo): ForecastRun {
  return {
    id: run.id,
    createdAt: run.createdAt,
    frequency: run.frequency,
    horizon: run.horizon,
    locations: run.locations,
    historyFrom: run.historyFrom,
    historyTo: run.historyTo,
    status: run.status,
    seconds: run.seconds,
    seriesCount: run.seriesCount,
    parentRunId: incrementalParent(run.settings),
  };
}

/** Incremental runs (refreshes) record the run they were derived from. */
function incrementalParent(settings: Record<string, unknown>): number | null {
  const incremental = settings.incremental as { parentRunId?: unknown } | undefined;
  return typeof incremental?.parentRunId === 'number' ? incremental.parentRunId : null;
}

function stripRemoval<T extends { removedAt: string | null; removedBy: string | null }>(override: T) {
  const { removedAt: _removedAt, removedBy: _removedBy, ...rest } = override;
  return rest;
}
