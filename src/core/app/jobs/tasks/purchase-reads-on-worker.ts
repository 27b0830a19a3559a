/**
 * The plan's side of its purchase reads on a worker (purchase-reads-task.ts serves them): starts the
 * worker and takes its answers synchronously. Kept apart from the reads themselves, so a caller can
 * start the worker before it loads the plan's modules (the CLI's `plan`).
 */

import fs from 'node:fs';
import type Database from 'better-sqlite3';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { nativeBindingPath } from '../../../db/native-binding';
import type { OfferedTransit } from '../../../monitoring/alerts/detectors/logistics-plan';
import type { FactsRead } from '../../../suppliers/lead-times-kept';
import { leanWorkerEntry, workerEntryHref } from '../runner';
import type { WorkerStart } from '../protocol';

/** The worker kind that makes a plan's purchase reads (purchase-reads-worker.ts and worker.ts dispatch on it). */
export const PURCHASE_READS_KIND = 'purchaseReads';

/** The lean worker that loads these reads only, from TypeScript sources. */
export const sourcePurchaseReadsWorkerEntry = new URL('../purchase-reads-worker-source-entry.mjs', import.meta.url);

/**
 * Below this many products a plan's purchase reads take less than the worker's start-up (its module
 * graph, its connection): a small shop's plan reads them itself.
 */
export const MIN_PRODUCTS_FOR_READS_BESIDE = 2000;

/** Whether a workspace is large enough for its plan's purchase reads to be worth a worker (one count of the catalogue). */
export function worthReadingBeside(db: Database.Database): boolean {
  return (db.prepare('SELECT count(*) FROM products').pluck().get() as number) >= MIN_PRODUCTS_FOR_READS_BESIDE;
}

/** The flag's states: the worker has not started yet, is reading, has posted the facts, then the transit (or failures). */
export const READS_FLAG = { waiting: 0, reading: 1, facts: 2, transit: 3 } as const;

/** How long the plan waits for the worker to start (a worker whose code fails to load never does). */
const START_MS = 30_000;
/** How long it then waits for each answer before reading itself (a stuck worker). */
const READ_MS = 300_000;

export interface ReadsStart {
  file: string;
  /** The run the plan is made from (default the newest): its date is what the transit is measured as of. */
  runId: number | null;
  /** Whether an alerts check follows the plan and takes the lanes' transit (not after the plan job alone). */
  transit: boolean;
  /**
   * Set when the caller has not asked whether the plan reads the facts (it starts the worker before
   * it can): the worker reads them only if so, with this --promised-lead-times choice.
   */
  whenPlanReads?: { usePromised?: boolean };
  port: MessagePort;
  /** Int32Array over a SharedArrayBuffer: element 0 goes through READS_FLAG's states. */
  posted: SharedArrayBuffer;
}

/** `read` null: the plan reads no facts (whenPlanReads). */
export type FactsAnswer = { ok: true; read: FactsRead | null } | { ok: false; message: string };
export type TransitAnswer = { ok: true; transit: OfferedTransit | null } | { ok: false; message: string };

export interface PurchaseReadsOnWorker {
  /** Blocks until the worker's facts are there; null when it failed or took too long. */
  take(): FactsRead | null;
  /** Then blocks until its transit measure is there; null when there was none to make, or it failed. */
  takeTransit(): OfferedTransit | null;
  /** Stops the worker (whether or not what it read was taken). */
  close(): void;
}

/** What the worker reads for: the plan's run (default the newest), and whether an alerts check follows that takes the transit. */
export interface PurchaseReadsFor {
  runId?: number | null;
  transit?: boolean;
  whenPlanReads?: { usePromised?: boolean };
}

/**
 * Parent side: starts the read at once. From sources the lean worker runs it; a bundled app passes
 * its general worker's entry, which serves this kind too.
 */
export function purchaseReadsOnWorker(workerEntry: URL | string, file: string, readsFor: PurchaseReadsFor = {}, startWithinMs = START_MS): PurchaseReadsOnWorker {
  const entry = leanWorkerEntry(workerEntry, sourcePurchaseReadsWorkerEntry);
  const { port1, port2 } = new MessageChannel();
  const posted = new SharedArrayBuffer(4);
  const input: ReadsStart = {
    file,
    runId: readsFor.runId ?? null,
    transit: readsFor.transit ?? true,
    ...(readsFor.whenPlanReads ? { whenPlanReads: readsFor.whenPlanReads } : {}),
    port: port2,
    posted,
  };
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
