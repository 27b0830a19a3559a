import { openForecastConnection } from '../../../forecasting/connection';
import { runRefresh, type RefreshCause, type RefreshOutcome } from '../../refresh';
import type { TaskContext } from '../../../ground/task-context';

export interface RefreshTaskInput {
  /** The workspace file (the app has it open; the worker opens its own connection). */
  path: string;
  cause: RefreshCause;
  /** The job worker's script: a full fallback run spreads its series over worker threads. */
  workerEntry?: string;
}

/**
 * The incremental refresh after new data: forecast → plan → alerts (see run-refresh.ts).
 * Progress steps: 'refresh.forecast' (with 'forecast.history' while the history is read),
 * 'refresh.plan' (with 'plan.lines', 'plan.save'), 'refresh.alerts'. Cancelling at any point
 * leaves the previous run and plan as they were: everything is written in one transaction.
 */
export async function refreshTask(input: RefreshTaskInput, ctx: TaskContext): Promise<RefreshOutcome> {
  const db = openForecastConnection(input.path);
  // The refresh writes a whole run and plan in one transaction: keep its pages in memory.
  db.pragma('cache_size = -262144');
  try {
    return await runRefresh(db, { cause: input.cause, ...(input.workerEntry ? { workerEntry: input.workerEntry } : {}) }, ctx);
  } finally {
    db.close();
  }
}
