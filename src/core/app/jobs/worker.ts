import { parentPort, workerData } from 'node:worker_threads';
import { serveReads, type ReadServiceInput } from '../reads/read-service';
import { setNativeBindingPath } from '../../db/native-binding';
import { setWriterName, setWriteWaitListener } from '../../db/write-lock';
import { AppError } from '../../ground/errors/app-error';
import { toApiError } from '../../ground/errors/to-api-error';
import { createTaskContext } from '../../ground/task-context';
import { tasks } from './tasks';
import type { WorkerMessage, WorkerStart } from './protocol';
import { FORECAST_STREAM_KIND, serveForecastStream } from './chunk-stream-serve';
import { DEMO_HISTORY_KIND, serveDemoHistory } from './tasks/demo-history-task';
import { servePurchaseReads } from './tasks/purchase-reads-task';
import { PURCHASE_READS_KIND } from './tasks/purchase-reads-on-worker';

/** How a job names itself in the writer note another SupplyDesk process reads while it waits. */
const JOB_WRITER_NAMES: Record<string, string> = {
  import: 'import',
  watchImport: 'import from a watched folder',
  forecastRun: 'forecast',
  globalModel: 'global model training',
  planRun: 'plan',
  simulation: 'simulation',
  refresh: 'refresh',
  alerts: 'alerts check',
  recommend: 'recommendations',
  logisticsReplay: 'logistics replay',
};

/** The progress step while a job waits for a writer in another process (waitStep in runner.ts for the app's own). */
const WAIT_FOR_OTHER_PROCESS = 'wait.writer';

/** One job per worker: run the task named in workerData and report its end exactly once. */
async function main(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('worker.ts must run in a worker thread');
  const start = workerData as WorkerStart;
  setNativeBindingPath(start.nativeBinding);
  const send = (message: WorkerMessage) => port.postMessage(message);
  if (start.kind === 'readService') {
    // Not a job: a long-lived reader for the open workspace (see core/app/read-worker.ts).
    await serveReads(port, start.input as ReadServiceInput);
    return;
  }
  if (start.kind === FORECAST_STREAM_KIND) {
    // Not a job either: a forecast chunk streamed batch by batch (chunk-stream.ts).
    serveForecastStream(port, start);
    return;
  }
  if (start.kind === DEMO_HISTORY_KIND) {
    // Nor this: the demo's history simulated block by block while the demo job writes (bundled app).
    serveDemoHistory(port, start);
    return;
  }
  if (start.kind === PURCHASE_READS_KIND) {
    // Nor this: a plan's purchase reads made beside the plan (bundled app).
    void servePurchaseReads(start);
    return;
  }
  const ctx = createTaskContext(start.cancelFlag, send);
  // Another process (the CLI) writing: the app's own writers take turns before their workers start.
  setWriterName(JOB_WRITER_NAMES[start.kind] ?? start.kind);
  setWriteWaitListener((event) => {
    if (event.state === 'waiting') ctx.progress(WAIT_FOR_OTHER_PROCESS, 0, 0);
  });
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
