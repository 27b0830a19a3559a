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

import type Database from 'better-sqlite3';
import { openConnection } from '../../../db/connection-policy';
import { setNativeBindingPath } from '../../../db/native-binding';
import { LANE_TRANSIT_READ, measureTransitAhead } from '../../../monitoring/alerts/detectors/logistics-plan';
import { LEAD_TIME_FACTS_READ, planReadsLeadTimeFacts } from '../../../planning/lead-times/lead-time-stats';
import { offerRead, withSharedReads } from '../../../planning/shared-reads';
import { defaultPlanDateOf, latestRunId } from '../../../planning/build-plan';
import { leadTimeFactsOf } from '../../../suppliers/lead-times-kept';
import type { WorkerStart } from '../protocol';
import { purchaseReadsOnWorker, READS_FLAG, type FactsAnswer, type PurchaseReadsFor, type PurchaseReadsOnWorker, type ReadsStart, type TransitAnswer } from './purchase-reads-on-worker';

/**
 * Worker side: reads the facts and posts them, then measures the lanes' transit the alerts check
 * after the plan would measure (alerts/detectors/logistics-plan.ts) and posts it; the flag moves on
 * after each, failures included.
 */
export function servePurchaseReads(start: WorkerStart): void {
  const { file, runId, transit, whenPlanReads, port, posted } = start.input as ReadsStart;
  setNativeBindingPath(start.nativeBinding);
  const flag = new Int32Array(posted);
  raise(flag, READS_FLAG.reading);
  const failed = (error: unknown) => ({ ok: false, message: error instanceof Error ? error.message : String(error) }) as const;
  let db: Database.Database | null = null;
  try {
    db = openConnection(file, { readonly: true, fileMustExist: true });
    if (whenPlanReads && !planReadsLeadTimeFacts(db, whenPlanReads.usePromised)) {
      port.postMessage({ ok: true, read: null } satisfies FactsAnswer);
    } else {
      const read = leadTimeFactsOf(db);
      const columns = Object.values(read.facts).filter((v): v is Int32Array | Float64Array => ArrayBuffer.isView(v));
      port.postMessage({ ok: true, read } satisfies FactsAnswer, columns.map((c) => c.buffer as ArrayBuffer));
    }
  } catch (error) {
    port.postMessage(failed(error) satisfies FactsAnswer);
  }
  raise(flag, READS_FLAG.facts);
  try {
    if (!db) throw new Error('No connection');
    const planDate = transit ? defaultPlanDateOf(db, runId ?? latestRunId(db)) : null;
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

/** Offers the plan's scope on `db` what the worker reads: the facts to the build, the transit to the alerts check. */
export function offerPurchaseReads(db: Database.Database, reads: PurchaseReadsOnWorker): void {
  offerRead(db, LEAD_TIME_FACTS_READ, () => reads.take());
  offerRead(db, LANE_TRANSIT_READ, () => reads.takeTransit());
}

/** Where a plan's purchase reads are made beside it: the job worker's script and the workspace file. */
export interface PurchaseReadsBeside extends PurchaseReadsFor {
  workerEntry: URL | string;
  file: string;
  /** The plan's own choice (--promised-lead-times); default the workspace's setting. */
  usePromisedLeadTimes?: boolean;
}

/**
 * Runs `work` (a plan, and the alerts check after it) with shared reads on `db`; when the plan will
 * read the purchase facts (a first plan, or one after an order or receipt import), they are read on
 * a worker beside it and offered to the scope. The one way the CLI, the plan job and the refresh plan.
 */
export function withPurchaseReadsBeside<T>(db: Database.Database, beside: PurchaseReadsBeside, work: () => T): T {
  const { workerEntry, file, usePromisedLeadTimes, ...readsFor } = beside;
  const reads = planReadsLeadTimeFacts(db, usePromisedLeadTimes) ? purchaseReadsOnWorker(workerEntry, file, readsFor) : null;
  try {
    return withPurchaseReadsOffered(db, reads, work);
  } finally {
    reads?.close();
  }
}

/** Runs `work` with shared reads on `db`, offered what `reads` (started by the caller, who closes it) reads. */
export function withPurchaseReadsOffered<T>(db: Database.Database, reads: PurchaseReadsOnWorker | null, work: () => T): T {
  return withSharedReads(db, () => {
    if (reads) offerPurchaseReads(db, reads);
    return work();
  });
}
