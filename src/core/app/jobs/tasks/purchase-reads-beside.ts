/**
 * A plan's purchase reads offered to its shared-reads scope (purchase-reads-task.ts tells what they
 * are): the one way the CLI, the bench, the plan job and the refresh plan with them.
 */

import type Database from 'better-sqlite3';
import { LANE_TRANSIT_READ } from '../../../monitoring/alerts/detectors/logistics-plan';
import { LEAD_TIME_FACTS_READ, planReadsLeadTimeFacts } from '../../../planning/lead-times/lead-time-stats';
import { offerRead, withSharedReads } from '../../../planning/shared-reads';
import { purchaseReadsOnWorker, type PurchaseReadsFor, type PurchaseReadsOnWorker } from './purchase-reads-on-worker';

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
