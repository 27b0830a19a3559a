/**
 * A lean worker for a plan's purchase reads only (tasks/purchase-reads-task.ts): it loads the
 * lead-time facts reader and the transit measure, not every task the general worker (worker.ts)
 * loads, so it starts in a fraction of the time and its answers are there before the plan needs them.
 */

import { workerData } from 'node:worker_threads';
import type { WorkerStart } from './protocol';
import { servePurchaseReads } from './tasks/purchase-reads-task';
import { PURCHASE_READS_KIND } from './tasks/purchase-reads-on-worker';

const start = workerData as WorkerStart;
if (start.kind !== PURCHASE_READS_KIND) throw new Error(`The purchase reads worker makes a plan's purchase reads, not ${start.kind}`);
void servePurchaseReads(start);
