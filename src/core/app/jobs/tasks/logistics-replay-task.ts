import { openForecastConnection } from '../../../forecasting/connection';
import { resolveLogisticsReplay, runLogisticsReplay, saveLogisticsReplay, type LogisticsReplayRequest } from '../../../planning';
import type { TaskContext } from '../../../ground/task-context';

export interface LogisticsReplayTaskInput extends LogisticsReplayRequest {
  /** The workspace file (the app has it open; the worker opens its own connection). */
  path: string;
}

/**
 * Replays past demand with and without transfers and mode choice (planning/simulation/logistics-replay.ts)
 * and stores the figures in one transaction. Progress steps: 'logisticsReplay.load', 'logisticsReplay.arms';
 * cancel is checked every 50 SKUs.
 */
export function logisticsReplayTask(input: LogisticsReplayTaskInput, ctx: TaskContext): { replayId: number } {
  const { path, ...request } = input;
  const db = openForecastConnection(path);
  try {
    const started = performance.now();
    const settings = resolveLogisticsReplay(db, request);
    const results = runLogisticsReplay(db, settings, ctx);
    ctx.throwIfCancelled();
    return { replayId: saveLogisticsReplay(db, settings, results, (performance.now() - started) / 1000) };
  } finally {
    db.close();
  }
}
