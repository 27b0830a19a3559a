import { parentPort, workerData } from 'node:worker_threads';
import { serveReads } from '../reads/read-service';
import { setNativeBindingPath } from '../../db/native-binding';
import { AppError } from '../../ground/errors/app-error';
import { toApiError } from '../../ground/errors/to-api-error';
import { createTaskContext } from '../../ground/task-context';
import { tasks } from './tasks';
import type { WorkerMessage, WorkerStart } from './protocol';

/** One job per worker: run the task named in workerData and report its end exactly once. */
async function main(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('worker.ts must run in a worker thread');
  const start = workerData as WorkerStart;
  setNativeBindingPath(start.nativeBinding);
  const send = (message: WorkerMessage) => port.postMessage(message);
  if (start.kind === 'readService') {
    // Not a job: a long-lived reader for the open workspace (see core/app/read-worker.ts).
    serveReads(port, (start.input as { path: string }).path);
    return;
  }
  const ctx = createTaskContext(start.cancelFlag, send);
  try {
    const task = tasks[start.kind as keyof typeof tasks];
    if (!task) throw new AppError('internal', `Unknown job kind ${start.kind}`);
    const value = await task(start.input as never, ctx);
    ctx.flush();
    send({ type: 'result', value });
  } catch (error) {
    ctx.flush();
    send({ type: 'error', error: toApiError(error) });
  }
}

void main();
