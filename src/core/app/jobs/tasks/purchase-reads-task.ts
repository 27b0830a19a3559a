/**
 * The purchase reads of a first plan, made on a worker thread beside the plan's own: the lead-time
 * facts (every PO line and receipt: the largest step of the build, 3.5 CPU-s at 50,000 SKUs), read
 * while the plan's thread reads forecasts, positions and the catalogue, then the lanes' transit the
 * alerts check after the plan measures (a year of receipts), measured while the plan is built and
 * saved. Neither needs anything the plan computes. The worker opens its own read-only connection
 * and hands the facts' typed columns back transferred, not copied. The plan's thread takes each
 * synchronously (the build and the check are synchronous): it blocks on a shared flag the worker
 * moves on as it starts and posts each answer. A failure (or a worker that does not start or
 * answer in time) gives null, and the plan reads or measures itself as it would without the worker.
 */

import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { openConnection } from '../../../db/connection-policy';
import { nativeBindingPath, setNativeBindingPath } from '../../../db/native-binding';
import type Database from 'better-sqlite3';
import { LANE_TRANSIT_READ, measureTransitAhead, type OfferedTransit } from '../../../monitoring/alerts/detectors/logistics-plan';
import { LEAD_TIME_FACTS_READ } from '../../../planning/lead-times/lead-time-stats';
import { offerRead } from '../../../planning/shared-reads';
import { defaultPlanDateOf, latestRunId } from '../../../planning/build-plan';
import { leadTimeFactsOf, type FactsRead } from '../../../suppliers/lead-times-kept';
import { leanWorkerEntry, workerEntryHref } from '../runner';
import type { WorkerStart } from '../protocol';

/** The worker kind that makes a plan's purchase reads (purchase-reads-worker.ts and worker.ts dispatch on it). */
export const PURCHASE_READS_KIND = 'purchaseReads';

/** The lean worker that loads these reads only, from TypeScript sources. */
export const sourcePurchaseReadsWorkerEntry = new URL('../purchase-reads-worker-source-entry.mjs', import.meta.url);

/** The flag's states: the worker has not started yet, is reading, has posted the facts, then the transit (or failures). */
export const READS_FLAG = { waiting: 0, reading: 1, facts: 2, transit: 3 } as const;

/** How long the plan waits for the worker to start (a worker whose code fails to load never does). */
const START_MS = 30_000;
/** How long it then waits for each answer before reading itself (a stuck worker). */
const READ_MS = 300_000;

interface ReadsStart {
  file: string;
  /** The run the plan is made from (default the newest): its date is what the transit is measured as of. */
  runId: number | null;
  port: MessagePort;
  /** Int32Array over a SharedArrayBuffer: element 0 goes through READS_FLAG's states. */
  posted: SharedArrayBuffer;
}

type FactsAnswer = { ok: true; read: FactsRead } | { ok: false; message: string };
type TransitAnswer = { ok: true; transit: OfferedTransit | null } | { ok: false; message: string };

/**
 * Worker side: reads the facts and posts them, then measures the lanes' transit the alerts check
 * after the plan would measure (alerts/detectors/logistics-plan.ts) and posts it; the flag moves on
 * after each, failures included.
 */
export function servePurchaseReads(start: WorkerStart): void {
  const { file, runId, port, posted } = start.input as ReadsStart;
  setNativeBindingPath(start.nativeBinding);
  const flag = new Int32Array(posted);
  raise(flag, READS_FLAG.reading);
  const failed = (error: unknown) => ({ ok: false, message: error instanceof Error ? error.message : String(error) }) as const;
  let db: Database.Database | null = null;
  try {
    db = openConnection(file, { readonly: true, fileMustExist: true });
    const read = leadTimeFactsOf(db);
    const columns = Object.values(read.facts).filter((v): v is Int32Array | Float64Array => ArrayBuffer.isView(v));
    port.postMessage({ ok: true, read } satisfies FactsAnswer, columns.map((c) => c.buffer as ArrayBuffer));
  } catch (error) {
    port.postMessage(failed(error) satisfies FactsAnswer);
  }
  raise(flag, READS_FLAG.facts);
  try {
    if (!db) throw new Error('No connection');
    const planDate = defaultPlanDateOf(db, runId ?? latestRunId(db));
    port.postMessage({ ok: true, transit: planDate === null ? null : measureTransitAhead(db, planDate) } satisfies TransitAnswer);
  } catch (error) {
    port.postMessage(failed(error) satisfies TransitAnswer);
  } finally {
    db?.close();
    raise(flag, READS_FLAG.transit);
    port.close();
  }
}

/** Moves the flag on and wakes the plan's thread if it waits on it. */
function raise(flag: Int32Array, state: number): void {
  Atomics.store(flag, 0, state);
  Atomics.notify(flag, 0);
}

export interface PurchaseReadsOnWorker {
  /** Blocks until the worker's facts are there; null when it failed or took too long. */
  take(): FactsRead | null;
  /** Then blocks until its transit measure is there; null when there was none to make, or it failed. */
  takeTransit(): OfferedTransit | null;
  /** Stops the worker (whether or not what it read was taken). */
  close(): void;
}

/**
 * Parent side: starts the read at once, for a plan of run `runId` (default the newest). From
 * sources the lean worker runs it; a bundled app passes its general worker's entry, which serves
 * this kind too.
 */
export function purchaseReadsOnWorker(workerEntry: URL | string, file: string, runId: number | null = null, startWithinMs = START_MS): PurchaseReadsOnWorker {
  const entry = leanWorkerEntry(workerEntry, sourcePurchaseReadsWorkerEntry);
  const { port1, port2 } = new MessageChannel();
  const posted = new SharedArrayBuffer(4);
  const input: ReadsStart = { file, runId, port: port2, posted };
  const start: WorkerStart = { kind: PURCHASE_READS_KIND, input, cancelFlag: new SharedArrayBuffer(4), nativeBinding: nativeBindingPath() };
  let worker: Worker | null = null;
  try {
    if (!fs.existsSync(fileURLToPath(workerEntryHref(entry)))) throw new Error(`No worker at ${workerEntryHref(entry)}`);
    worker = new Worker(entry, { workerData: start, transferList: [port2] });
    // Its failure to start is seen by take() as an answer that never comes; nothing else to do.
    worker.on('error', () => undefined);
    worker.unref();
  } catch {
    worker = null;
  }
  const flag = new Int32Array(posted);
  // The thread's events cannot run while it blocks here: a worker that never starts is seen by time.
  let alive: boolean | undefined;
  const started = () => (alive ??= worker !== null && Atomics.wait(flag, 0, READS_FLAG.waiting, startWithinMs) !== 'timed-out');
  const reached = (state: number) => {
    for (let now = Atomics.load(flag, 0); now < state; now = Atomics.load(flag, 0)) {
      if (Atomics.wait(flag, 0, now, READ_MS) === 'timed-out') return false;
    }
    return true;
  };
  let facts: FactsRead | null | undefined;
  let transit: OfferedTransit | null | undefined;
  const take = (): FactsRead | null => {
    if (facts !== undefined) return facts;
    facts = null;
    if (!started() || !reached(READS_FLAG.facts)) return facts;
    const answer = receiveMessageOnPort(port1)?.message as FactsAnswer | undefined;
    if (answer?.ok) facts = answer.read;
    return facts;
  };
  return {
    take,
    takeTransit() {
      if (transit !== undefined) return transit;
      const hadFacts = facts !== undefined;
      take();
      // Facts not asked for were read all the same: let them go.
      if (!hadFacts) facts = null;
      transit = null;
      if (!started() || !reached(READS_FLAG.transit)) return transit;
      const answer = receiveMessageOnPort(port1)?.message as TransitAnswer | undefined;
      if (answer?.ok) transit = answer.transit;
      return transit;
    },
    close() {
      port1.close();
      if (worker) void worker.terminate();
      worker = null;
    },
  };
}

/** Offers the plan's scope on `db` what the worker reads: the facts to the build, the transit to the alerts check. */
export function offerPurchaseReads(db: Database.Database, reads: PurchaseReadsOnWorker): void {
  offerRead(db, LEAD_TIME_FACTS_READ, () => reads.take());
  offerRead(db, LANE_TRANSIT_READ, () => reads.takeTransit());
}
