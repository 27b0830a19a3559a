import path from 'node:path';
import { openWorkspace } from '../../core/db/workspace';
import { AppError } from '../../core/ground/errors/app-error';
import { createInlineTaskContext } from '../../core/ground/task-context';
import type Database from 'better-sqlite3';
import { combineRunWithGlobal, type RunGlobalModel, type RunGlobalOptions } from '../../core/forecasting/global-blend';
import type { SpreadSettings } from '../../core/forecasting/forecast-established';
import { runWorkspaceStreamed } from '../../core/forecasting/workspace-run';
import type { RunOptions } from '../../core/forecasting/types';
import type { TaskContext } from '../../core/ground/task-context';
import type { GlobalChoice } from '../../core/forecasting/global-pipeline';
import { prepareRunParallel, storeRun } from '../../core/forecasting/run-forecast';
import { sourceWorkerEntry } from '../../core/app/jobs/runner';
import { forecastChunksOnWorkers, keptWorkerSpread } from '../../core/app/jobs/tasks/forecast-chunk-task';
import { KeptChunkWorkers } from '../../core/app/jobs/chunk-stream';
import {
  csvLevels,
  methodFamily,
  writeRunCsv,
  type Frequency,
  type LocationMode,
  type RunSummary,
} from '../../core/forecasting';
import { refreshAlerts } from '../../core/monitoring/alerts';
import { progressPrinter } from '../progress';
import { wrapLine } from '../short-lines';

export interface ForecastWorkspaceOptions {
  frequency?: Frequency;
  /** Buckets ahead; default 26 weeks in the frequency. */
  horizon?: number;
  /** Extra quantile levels for the CSV (p10, p50, p90, p95 are always written; p99 on request). */
  quantiles?: number[];
  /** Also write the run as CSV here. */
  output?: string;
  locations?: LocationMode;
  asOf?: string;
  /** The global model: auto (default), on or off, as a run in the app. */
  global?: GlobalChoice;
  /** Training seconds; default by the number of series (global-blend.ts). */
  timeBudget?: number | undefined;
}

const FREQUENCIES: Frequency[] = ['day', 'week', 'month'];

/**
 * `forecast --workspace FILE [--frequency week] [--horizon H] [--output OUT.csv] [--quantiles …]`:
 * forecasts every SKU and location of the workspace, stores the run in it, prints a summary.
 */
export async function forecastWorkspace(file: string, options: ForecastWorkspaceOptions = {}): Promise<RunSummary> {
  const frequency = options.frequency ?? 'week';
  if (!FREQUENCIES.includes(frequency)) {
    throw new AppError('invalid_input', `frequency must be one of ${FREQUENCIES.join(', ')}, not "${frequency}"`, { field: 'frequency' });
  }
  const keys = options.output !== undefined ? csvLevels(options.quantiles) : [];
  const workspace = openWorkspace(path.resolve(file));
  try {
    const progress = progressPrinter();
    const ctx = createInlineTaskContext((step, current, total) => progress.update(step, current, total));
    // Both cores, as the app's job: the established series spread over lean chunk workers.
    const spread = { runChunk: forecastChunksOnWorkers(sourceWorkerEntry) };
    const runOptions = { frequency, horizon: options.horizon, locations: options.locations, asOf: options.asOf };
    const globalOptions = { global: options.global ?? 'auto', spread, ...(options.timeBudget !== undefined ? { maxTrainSeconds: options.timeBudget } : {}) };
    const { summary, globalModel } = await runForecast(workspace.db, runOptions, globalOptions, ctx);
    // Alerts follow forecasts: their demand is the new run's from now on.
    refreshAlerts(workspace.db);
    progress.done();
    printSummary(summary);
    console.log(
      globalModel
        ? `Global model ${globalModel.id}: ${globalModel.reason}; combined into ${globalModel.blended.toLocaleString('en')} series`
        : `Global model: not used (${options.global === 'off' ? '--global off' : 'not enough series with history to validate it'})`,
    );
    if (options.output !== undefined) {
      const output = path.resolve(options.output);
      const rows = writeRunCsv(workspace.db, summary.runId, output, keys);
      console.log(`Wrote ${rows.toLocaleString('en')} rows to ${output}`);
    }
    return summary;
  } finally {
    workspace.close();
  }
}

/** Streamed when the run has the global model, trained first if none fits (memory at a slice), else the whole run at once. */
async function runForecast(
  db: Database.Database,
  runOptions: RunOptions,
  globalOptions: RunGlobalOptions & { spread: SpreadSettings },
  ctx: TaskContext,
): Promise<{ summary: RunSummary; globalModel: RunGlobalModel | null }> {
  // The streamed run keeps its two workers from slice to slice, for the engine and the global model.
  const kept = new KeptChunkWorkers();
  try {
    const streamed = await runWorkspaceStreamed(db, runOptions, ctx, { spread: keptWorkerSpread(sourceWorkerEntry, kept), global: globalOptions });
    if (streamed) return streamed;
  } finally {
    // Released after the last slice already (stream-run.ts); whatever is left ends before the alerts check.
    await kept.close();
  }
  const prepared = await prepareRunParallel(db, runOptions, ctx, globalOptions.spread);
  const globalModel = await combineRunWithGlobal(db, prepared, globalOptions, ctx);
  if (globalModel) prepared.globalModel = globalModel;
  return { summary: storeRun(db, prepared, ctx), globalModel };
}

function printSummary(s: RunSummary): void {
  const n = (x: number) => x.toLocaleString('en');
  console.log(
    `Forecast run ${s.runId}: ${n(s.series)} series (${n(s.coldStart)} from analogues) × ${s.horizon} ${s.frequency}s, ` +
      `history ${s.historyFrom} … ${s.historyTo}`,
  );
  const families = new Map<string, number>();
  for (const [method, count] of Object.entries(s.methods)) families.set(methodFamily(method), (families.get(methodFamily(method)) ?? 0) + count);
  const top = [...families].sort((a, b) => b[1] - a[1]);
  for (const line of wrapLine(`Methods: ${top.map(([m, c]) => `${m} ${n(c)}`).join('; ')}`)) console.log(line);
  if (s.meanMase !== null && s.meanSnaiveMase !== null) {
    console.log(`Backtest mean MASE ${s.meanMase.toFixed(3)} vs seasonal naive ${s.meanSnaiveMase.toFixed(3)}`);
  }
  for (const c of s.calibration.filter((c) => c.factor !== 1)) {
    const pct = (x: number) => `${Math.round(x * 100)}%`;
    console.log(`Intervals ${c.demandClass}: ×${c.factor.toFixed(2)} (p10–p90 covered ${pct(c.coverageBefore)} → ${pct(c.coverageAfter)})`);
  }
  const sec = s.seconds;
  console.log(`Seconds: history ${sec.history.toFixed(1)}, forecast ${sec.forecast.toFixed(1)}, write ${sec.write.toFixed(1)}, total ${sec.total.toFixed(1)}`);
}
