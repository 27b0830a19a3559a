/**
 * A lean job worker for forecast chunks only. The general worker (worker.ts) loads every task —
 * TensorFlow.js, the importers, the planner — which costs about 2 CPU-seconds before the first
 * series, as much as forecasting 4,000 of them; this one loads the engine alone (about 0.15 s),
 * so a run can spread over both cores from a few thousand series on. Same protocol as worker.ts.
 */

import { parentPort, workerData } from 'node:worker_threads';
import { setNativeBindingPath } from '../../db/native-binding';
import { AppError } from '../../ground/errors/app-error';
import { toApiError } from '../../ground/errors/to-api-error';
import { createTaskContext } from '../../ground/task-context';
import type { WorkerMessage, WorkerStart } from './protocol';
import { FORECAST_STREAM_KIND, serveForecastStream } from './chunk-stream-serve';
import { forecastChunkTask } from './tasks/forecast-chunk-task';

function main(): void {
  const port = parentPort;
  if (!port) throw new Error('chunk-worker.ts must run in a worker thread');
  const start = workerData as WorkerStart;
  // A kept worker reads a slice's prices from the workspace (the Electron build's SQLite inside the app).
  setNativeBindingPath(start.nativeBinding);
  if (start.kind === FORECAST_STREAM_KIND) {
    serveForecastStream(port, start);
    return;
  }
  const send = (message: WorkerMessage) => port.postMessage(message);
  const ctx = createTaskContext(start.cancelFlag, send);
  try {
    if (start.kind !== 'forecastChunk') throw new AppError('internal', `The chunk worker runs forecast chunks, not ${start.kind}`);
    const value = forecastChunkTask(start.input as Parameters<typeof forecastChunkTask>[0], ctx);
    ctx.flush();
    send({ type: 'result', value });
  } catch (error) {
    ctx.flush();
    send({ type: 'error', error: toApiError(error) });
  }
}

main();
