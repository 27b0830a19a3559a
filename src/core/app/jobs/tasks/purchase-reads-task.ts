/**
 * The purchase reads of a first plan, made on a worker thread beside the plan's own (this file is
 * the worker's side; purchase-reads-on-worker.ts the plan's, purchase-reads-beside.ts the offer): the lead-time
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
import { planReadsLeadTimeFacts } from '../../../planning/lead-times/lead-time-stats';
import { leadTimeFactsOf } from '../../../suppliers/lead-times-kept';
import type { WorkerStart } from '../protocol';
import { READS_FLAG, type FactsAnswer, type ReadsStart, type TransitAnswer } from './purchase-reads-on-worker';

/**
 * Worker side: reads the facts and posts them, then measures the lanes' transit the alerts check
 * after the plan would measure (alerts/detectors/logistics-plan.ts) and posts it; the flag moves on
 * after each, failures included. The facts' few modules load first; the transit's many only once
 * the facts are posted (the plan waits for the facts first).
 */
export async function servePurchaseReads(start: WorkerStart): Promise<void> {
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
    let measured: TransitAnswer = { ok: true, transit: null };
    if (transit) {
      const { defaultPlanDateOf, latestRunId } = await import('../../../planning/build-plan');
      const { measureTransitAhead } = await import('../../../monitoring/alerts/detectors/logistics-plan');
      const planDate = defaultPlanDateOf(db, runId ?? latestRunId(db));
      measured = { ok: true, transit: planDate === null ? null : measureTransitAhead(db, planDate) };
    }
    port.postMessage(measured satisfies TransitAnswer);
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

