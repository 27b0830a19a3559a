/**
 * The demo's history simulated on a worker thread while the job's own thread writes it: the
 * worker rebuilds the demo's world from its options (a pure function of them) and answers each
 * `next` with the next block of SKUs, packed in typed arrays whose buffers are transferred, not
 * copied. The parent asks for a block as it takes one, so at most IN_FLIGHT blocks wait.
 * The worker writes each block's stock snapshots into the side file itself (stock-side-file.ts)
 * after handing the block over, and after the last one builds the file's index and says `stock`.
 */

import fs from 'node:fs';
import { Worker, type MessagePort } from 'node:worker_threads';
import type { ApiErrorShape } from '../../../../shared/contract/errors';
import type { HistoryRunner, HistoryStream } from '../../../demo/generate-demo';
import { chunkBuffers, type HistoryChunk, type StockColumns } from '../../../demo/history-chunk';
import { HistorySimulation } from '../../../demo/history-simulation';
import { StockSideWriter, type StockSide } from '../../../demo/stock-side-file';
import { planWorld, type DemoOptions } from '../../../demo/world';
import { nativeBindingPath, setNativeBindingPath } from '../../../db/native-binding';
import { AppError } from '../../../ground/errors/app-error';
import { toApiError } from '../../../ground/errors/to-api-error';
import { leanWorkerEntry } from '../runner';
import type { WorkerStart } from '../protocol';

/** The worker kind that serves demo history (worker.ts and demo-worker.ts dispatch on it). */
export const DEMO_HISTORY_KIND = 'demoHistory';

export interface DemoHistoryStart {
  options: DemoOptions;
  skusPerBlock: number;
  stock: StockSide;
}

type ToWorker = { type: 'next' };
type ToParent =
  | { type: 'chunk'; chunk: HistoryChunk }
  | { type: 'end' }
  | { type: 'stock'; rows: number }
  | { type: 'error'; error: ApiErrorShape };

/** Blocks asked for ahead: one simulated while the parent writes another, one queued. */
const IN_FLIGHT = 2;

/** The lean worker that loads the demo only (demo-worker.ts), from TypeScript sources. */
export const sourceDemoWorkerEntry = new URL('../demo-worker-source-entry.mjs', import.meta.url);

/** The stock columns of a block that carries none (they went to the side file). */
const NO_STOCK: StockColumns = { count: 0, productId: new Int32Array(0), locationId: new Uint8Array(0), day: new Uint16Array(0), onHand: new Float64Array(0) };

/**
 * Worker side: plans the world at once (while the parent writes the catalogue), then a block per
 * `next`; each block's stock snapshots go to the side file once the block is on its way.
 */
export function serveDemoHistory(port: MessagePort, start: WorkerStart): void {
  const { options, skusPerBlock, stock } = start.input as DemoHistoryStart;
  setNativeBindingPath(start.nativeBinding);
  const send = (message: ToParent, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
  let simulation: HistorySimulation | null = null;
  let side: StockSideWriter | null = null;
  let failure: unknown = null;
  try {
    const world = planWorld(options);
    simulation = new HistorySimulation(world);
    side = new StockSideWriter(stock, world.calendar.dates);
  } catch (error) {
    failure = error;
  }
  let next = 0;
  let ended = false;
  port.on('message', (message: ToWorker) => {
    if (message.type !== 'next' || ended) return;
    try {
      if (!simulation || !side) throw failure;
      if (next >= simulation.skus) {
        ended = true;
        send({ type: 'end' });
        send({ type: 'stock', rows: side.finish() });
        return;
      }
      const to = Math.min(simulation.skus, next + skusPerBlock);
      const chunk = simulation.block(next, to);
      next = to;
      const handed = { ...chunk, stock: NO_STOCK };
      send({ type: 'chunk', chunk: handed }, chunkBuffers(handed));
      side.write(chunk.stock);
    } catch (error) {
      ended = true;
      side?.abandon();
      send({ type: 'error', error: toApiError(error) });
    }
  });
}

/**
 * Parent side: a HistoryRunner backed by one worker thread. From sources the lean demo worker
 * runs it; a bundled app passes its general worker's entry, which serves demo history too.
 */
export function demoHistoryOnWorker(workerEntry: URL | string): HistoryRunner {
  const entry = leanWorkerEntry(workerEntry, sourceDemoWorkerEntry);
  return (options, skusPerBlock, stock) => startStream(entry, { options, skusPerBlock, stock });
}

function startStream(entry: URL | string, input: DemoHistoryStart): HistoryStream {
  // The worker never opens the workspace, only its side file, with the same SQLite build.
  const start: WorkerStart = { kind: DEMO_HISTORY_KIND, input, cancelFlag: new SharedArrayBuffer(4), nativeBinding: nativeBindingPath() };
  const worker = new Worker(entry, { workerData: start });
  const ready: HistoryChunk[] = [];
  let ended = false;
  let stockRows: number | null = null;
  let closed = false;
  let failure: AppError | null = null;
  let waiting: { resolve: (chunk: HistoryChunk | null) => void; reject: (error: AppError) => void } | null = null;
  let waitingStock: { resolve: (rows: number) => void; reject: (error: AppError) => void } | null = null;

  const ask = () => worker.postMessage({ type: 'next' } satisfies ToWorker);
  const settle = () => {
    settleStock();
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
  const settleStock = () => {
    if (!waitingStock || (!failure && stockRows === null)) return;
    const { resolve, reject } = waitingStock;
    waitingStock = null;
    if (failure) reject(failure);
    else resolve(stockRows as number);
  };
  const fail = (error: AppError) => {
    failure ??= error;
    settle();
  };
  worker.on('message', (message: ToParent) => {
    if (message.type === 'chunk') ready.push(message.chunk);
    else if (message.type === 'end') ended = true;
    else if (message.type === 'stock') stockRows = message.rows;
    else fail(new AppError(message.error.code, message.error.message, message.error.details));
    settle();
  });
  worker.on('error', (error) => fail(new AppError('job_failed', `The demo worker failed: ${error.message}`)));
  worker.on('exit', (code) => {
    if (!closed && stockRows === null) fail(new AppError('job_failed', `The demo worker stopped unexpectedly (exit ${code})`));
  });
  for (let i = 0; i < IN_FLIGHT; i++) ask();

  return {
    next: () =>
      new Promise<HistoryChunk | null>((resolve, reject) => {
        if (waiting) throw new Error('one block at a time');
        waiting = { resolve, reject };
        settle();
      }),
    stockWritten: () =>
      new Promise<number>((resolve, reject) => {
        if (waitingStock) throw new Error('one wait for the stock at a time');
        waitingStock = { resolve, reject };
        settleStock();
      }),
    close: () => {
      if (closed) return;
      closed = true;
      // Removed now where an open file can be (the worker may still hold it), and again once it has stopped.
      const removeSide = (): void => {
        try {
          fs.rmSync(input.stock.path, { force: true });
        } catch {
          // Still open on a system that keeps open files: tried again once the worker has stopped.
        }
      };
      removeSide();
      void worker.terminate().then(removeSide, removeSide);
    },
  };
}
