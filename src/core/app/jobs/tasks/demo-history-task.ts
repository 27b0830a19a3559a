/**
 * The demo's history simulated on a worker thread while the job's own thread writes it: the
 * worker rebuilds the demo's world from its options (a pure function of them) and answers each
 * `next` with the next block of SKUs, packed in typed arrays whose buffers are transferred, not
 * copied. The parent asks for a block as it takes one, so at most IN_FLIGHT blocks wait.
 */

import { pathToFileURL } from 'node:url';
import { Worker, type MessagePort } from 'node:worker_threads';
import type { ApiErrorShape } from '../../../../shared/contract/errors';
import type { HistoryRunner, HistoryStream } from '../../../demo/generate-demo';
import { chunkBuffers, type HistoryChunk } from '../../../demo/history-chunk';
import { HistorySimulation } from '../../../demo/history-simulation';
import { planWorld, type DemoOptions } from '../../../demo/world';
import { AppError } from '../../../ground/errors/app-error';
import { toApiError } from '../../../ground/errors/to-api-error';
import { sourceWorkerEntry } from '../runner';
import type { WorkerStart } from '../protocol';

/** The worker kind that serves demo history (worker.ts and demo-worker.ts dispatch on it). */
export const DEMO_HISTORY_KIND = 'demoHistory';

export interface DemoHistoryStart {
  options: DemoOptions;
  skusPerBlock: number;
}

type ToWorker = { type: 'next' };
type ToParent = { type: 'chunk'; chunk: HistoryChunk } | { type: 'end' } | { type: 'error'; error: ApiErrorShape };

/** Blocks asked for ahead: one simulated while the parent writes another, one queued. */
const IN_FLIGHT = 2;

/** The lean worker that loads the demo only (demo-worker.ts), from TypeScript sources. */
export const sourceDemoWorkerEntry = new URL('../demo-worker-source-entry.mjs', import.meta.url);

/** Worker side: plans the world at once (while the parent writes the catalogue), then a block per `next`. */
export function serveDemoHistory(port: MessagePort, start: WorkerStart): void {
  const { options, skusPerBlock } = start.input as DemoHistoryStart;
  const send = (message: ToParent, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
  let simulation: HistorySimulation | null = null;
  let failure: unknown = null;
  try {
    simulation = new HistorySimulation(planWorld(options));
  } catch (error) {
    failure = error;
  }
  let next = 0;
  port.on('message', (message: ToWorker) => {
    if (message.type !== 'next') return;
    try {
      if (!simulation) throw failure;
      if (next >= simulation.skus) {
        send({ type: 'end' });
        return;
      }
      const to = Math.min(simulation.skus, next + skusPerBlock);
      const chunk = simulation.block(next, to);
      next = to;
      send({ type: 'chunk', chunk }, chunkBuffers(chunk));
    } catch (error) {
      send({ type: 'error', error: toApiError(error) });
    }
  });
}

/**
 * Parent side: a HistoryRunner backed by one worker thread. From sources the lean demo worker
 * runs it; a bundled app passes its general worker's entry, which serves demo history too.
 */
export function demoHistoryOnWorker(workerEntry: URL | string): HistoryRunner {
  const href = workerEntry instanceof URL ? workerEntry.href : workerEntry.startsWith('file:') ? workerEntry : pathToFileURL(workerEntry).href;
  const entry = href === sourceWorkerEntry.href ? sourceDemoWorkerEntry : workerEntry;
  return (options, skusPerBlock) => startStream(entry, { options, skusPerBlock });
}

function startStream(entry: URL | string, input: DemoHistoryStart): HistoryStream {
  // The worker never opens the workspace, so it needs no SQLite build of its own.
  const start: WorkerStart = { kind: DEMO_HISTORY_KIND, input, cancelFlag: new SharedArrayBuffer(4), nativeBinding: null };
  const worker = new Worker(entry, { workerData: start });
  const ready: HistoryChunk[] = [];
  let ended = false;
  let closed = false;
  let failure: AppError | null = null;
  let waiting: { resolve: (chunk: HistoryChunk | null) => void; reject: (error: AppError) => void } | null = null;

  const ask = () => worker.postMessage({ type: 'next' } satisfies ToWorker);
  const settle = () => {
    if (!waiting) return;
    const { resolve, reject } = waiting;
    if (failure) {
      waiting = null;
      reject(failure);
    } else if (ready.length > 0) {
      waiting = null;
      if (!ended) ask();
      resolve(ready.shift() ?? null);
    } else if (ended) {
      waiting = null;
      resolve(null);
    }
  };
  const fail = (error: AppError) => {
    failure ??= error;
    settle();
  };
  worker.on('message', (message: ToParent) => {
    if (message.type === 'chunk') ready.push(message.chunk);
    else if (message.type === 'end') ended = true;
    else fail(new AppError(message.error.code, message.error.message, message.error.details));
    settle();
  });
  worker.on('error', (error) => fail(new AppError('job_failed', `The demo worker failed: ${error.message}`)));
  worker.on('exit', (code) => {
    if (!closed && !ended) fail(new AppError('job_failed', `The demo worker stopped unexpectedly (exit ${code})`));
  });
  for (let i = 0; i < IN_FLIGHT; i++) ask();

  return {
    next: () =>
      new Promise<HistoryChunk | null>((resolve, reject) => {
        if (waiting) throw new Error('one block at a time');
        waiting = { resolve, reject };
        settle();
      }),
    close: () => {
      if (closed) return;
      closed = true;
      void worker.terminate();
    },
  };
}
