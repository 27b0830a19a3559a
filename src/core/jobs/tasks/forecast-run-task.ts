import { openForecastConnection } from '../../forecasting/connection';
import { pruneRuns } from '../../forecasting/retention';
import { runWorkspaceForecast, type RunSummary } from '../../forecasting/run-forecast';
import type { RunOptions } from '../../forecasting/types';
import type { TaskContext } from '../protocol';

export interface ForecastRunTaskInput extends RunOptions {
  /** The workspace file (the app has it open; the worker opens its own connection). */
  path: string;
}

export type ForecastRunTaskResult = RunSummary;

/**
 * Forecasts a whole workspace and stores the run. Progress steps: 'forecast.history' (products
 * read), 'forecast.series' (series forecast), 'forecast.write' (series stored). Cancelling
 * between series leaves the workspace untouched: the run is written in one transaction at the end.
 * Afterwards runs beyond the newest few are deleted (see retention.ts).
 */
export function forecastRunTask(input: ForecastRunTaskInput, ctx: TaskContext): ForecastRunTaskResult {
  const { path, ...options } = input;
  const db = openForecastConnection(path);
  try {
    const summary = runWorkspaceForecast(db, options, ctx);
    // Only once the new run is safely stored do older ones make way.
    pruneRuns(db);
    return summary;
  } finally {
    db.close();
  }
}
