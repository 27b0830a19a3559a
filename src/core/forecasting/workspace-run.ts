/**
 * The streamed way through a workspace run, whatever the global model needs: a run that reuses a
 * fitting stored model streams at once (stream-run.ts); one that must train first trains from
 * streamed passes and stores the model (streamed-training.ts), then streams like a reuse run.
 * Memory stays at a slice plus the training windows, whatever the SKU count.
 */

import type Database from 'better-sqlite3';
import type { TaskContext } from '../ground/task-context';
import { listGlobalModels } from './global-models';
import { validateRunOptions } from './run-forecast';
import { streamWorkspaceRun, type StreamedRun, type StreamOptions } from './stream-run';
import { trainFromStream } from './streamed-training';
import type { RunOptions } from './types';

/**
 * Runs and stores the forecast streamed, training the global model first when the run needs it;
 * null — having stored no run — when it must hold every series (`off`, too little history to
 * train, an in-memory database): the caller runs the whole-run path then.
 */
export async function runWorkspaceStreamed(db: Database.Database, options: RunOptions, ctx: TaskContext, stream: StreamOptions): Promise<StreamedRun | null> {
  const { global } = stream;
  const { frequency } = validateRunOptions(options);
  // With no model stored (or `on`, or forced) the reuse pass could only find that out: train at once.
  const mustTrain = global.global === 'on' || global.force === true || !listGlobalModels(db).some((m) => m.frequency === frequency);
  if (!mustTrain && global.global !== 'off') {
    const streamed = await streamWorkspaceRun(db, options, ctx, stream);
    if (streamed) return streamed;
  }
  const trainStarted = performance.now();
  const trained = await trainFromStream(db, options, global, ctx);
  if (!trained) return null;
  ctx.throwIfCancelled();
  const trainSeconds = (performance.now() - trainStarted) / 1000;
  const run = await streamWorkspaceRun(db, options, ctx, { ...stream, trained });
  if (!run) return null;
  // The run's forecast seconds include the training, as when the whole run trained.
  const { seconds } = run.summary;
  return { ...run, summary: { ...run.summary, seconds: { ...seconds, forecast: seconds.forecast + trainSeconds, total: seconds.total + trainSeconds } } };
}
