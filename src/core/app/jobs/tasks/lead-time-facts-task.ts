/**
 * A plan's lead-time facts read on a worker thread while the plan's own thread reads forecasts,
 * positions and the catalogue: on a first plan reading every PO line and receipt is the largest
 * step of the build (3.5 CPU-s at 50,000 SKUs) and needs nothing else the plan reads. The worker
 * opens its own read-only connection and hands the typed columns back transferred, not copied.
 * The plan's thread takes them synchronously (the build is synchronous): it blocks on a shared
 * flag the worker raises when it starts and once the answer is posted. Any failure (a worker that
 * does not start or answer in time) gives null, and the plan reads the facts itself as it would
 * without the worker.
 */

import fs from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { openConnection } from '../../../db/connection-policy';
import { nativeBindingPath, setNativeBindingPath } from '../../../db/native-binding';
import { leadTimeFactsOf, type FactsRead } from '../../../suppliers/lead-times-kept';
import { sourceWorkerEntry } from '../runner';
import type { WorkerStart } from '../protocol';

/** The worker kind that reads lead-time facts (lead-time-facts-worker.ts and worker.ts dispatch on it). */
export const LEAD_TIME_FACTS_KIND = 'leadTimeFacts';

/** The lean worker that loads this read only, from TypeScript sources. */
export const sourceLeadTimeFactsWorkerEntry = new URL('../lead-time-facts-worker-source-entry.mjs', import.meta.url);

/** The flag's states: the worker has not started yet, is reading, has posted its answer (or failure). */
export const FACTS_FLAG = { waiting: 0, reading: 1, posted: 2 } as const;

/** How long the plan waits for the worker to start (a worker whose code fails to load never does). */
const START_MS = 30_000;
/** How long it then waits for the answer before reading the facts itself (a stuck worker). */
const READ_MS = 300_000;

interface FactsStart {
  file: string;
  port: MessagePort;
  /** Int32Array over a SharedArrayBuffer: element 0 goes through FACTS_FLAG's states. */
  posted: SharedArrayBuffer;
}

type FactsAnswer = { ok: true; read: FactsRead } | { ok: false; message: string };

/** Worker side: reads the facts, posts them, raises the flag (also after a failure). */
export function serveLeadTimeFacts(start: WorkerStart): void {
  const { file, port, posted } = start.input as FactsStart;
  setNativeBindingPath(start.nativeBinding);
  const flag = new Int32Array(posted);
  raise(flag, FACTS_FLAG.reading);
  try {
    const db = openConnection(file, { readonly: true, fileMustExist: true });
    try {
      const read = leadTimeFactsOf(db);
      const columns = Object.values(read.facts).filter((v): v is Int32Array | Float64Array => ArrayBuffer.isView(v));
      port.postMessage({ ok: true, read } satisfies FactsAnswer, columns.map((c) => c.buffer as ArrayBuffer));
    } finally {
      db.close();
    }
  } catch (error) {
    port.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) } satisfies FactsAnswer);
  } finally {
    raise(flag, FACTS_FLAG.posted);
    port.close();
  }
}

/** Moves the flag on and wakes the plan's thread if it waits on it. */
function raise(flag: Int32Array, state: number): void {
  Atomics.store(flag, 0, state);
  Atomics.notify(flag, 0);
}

export interface LeadTimeFactsOnWorker {
  /** Blocks until the worker's facts are there; null when it failed or took too long. */
  take(): FactsRead | null;
  /** Stops the worker (whether or not its facts were taken). */
  close(): void;
}

/**
 * Parent side: starts the read at once. From sources the lean worker runs it; a bundled app
 * passes its general worker's entry, which serves this kind too.
 */
export function leadTimeFactsOnWorker(workerEntry: URL | string, file: string, startWithinMs = START_MS): LeadTimeFactsOnWorker {
  const hrefOf = (entry: URL | string) => (entry instanceof URL ? entry.href : entry.startsWith('file:') ? entry : pathToFileURL(entry).href);
  const entry = hrefOf(workerEntry) === sourceWorkerEntry.href ? sourceLeadTimeFactsWorkerEntry : workerEntry;
  const { port1, port2 } = new MessageChannel();
  const posted = new SharedArrayBuffer(4);
  const input: FactsStart = { file, port: port2, posted };
  const start: WorkerStart = { kind: LEAD_TIME_FACTS_KIND, input, cancelFlag: new SharedArrayBuffer(4), nativeBinding: nativeBindingPath() };
  let worker: Worker | null = null;
  try {
    if (!fs.existsSync(fileURLToPath(hrefOf(entry)))) throw new Error(`No worker at ${hrefOf(entry)}`);
    worker = new Worker(entry, { workerData: start, transferList: [port2] });
    // Its failure to start is seen by take() as an answer that never comes; nothing else to do.
    worker.on('error', () => undefined);
    worker.unref();
  } catch {
    worker = null;
  }
  const flag = new Int32Array(posted);
  let taken: FactsRead | null | undefined;
  return {
    take() {
      if (taken !== undefined) return taken;
      taken = null;
      if (!worker) return taken;
      // The thread's events cannot run while it blocks here: a worker that never starts is seen by time.
      if (Atomics.wait(flag, 0, FACTS_FLAG.waiting, startWithinMs) === 'timed-out') return taken;
      if (Atomics.wait(flag, 0, FACTS_FLAG.reading, READ_MS) === 'timed-out') return taken;
      const answer = receiveMessageOnPort(port1)?.message as FactsAnswer | undefined;
      if (answer?.ok) taken = answer.read;
      return taken;
    },
    close() {
      port1.close();
      if (worker) void worker.terminate();
      worker = null;
    },
  };
}
