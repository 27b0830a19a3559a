/**
 * A lean worker for a plan's lead-time facts only (tasks/lead-time-facts-task.ts): it loads the
 * suppliers' facts reader, not every task the general worker (worker.ts) loads, so it starts in a
 * fraction of the time and its answer is there before the plan needs it.
 */

import { workerData } from 'node:worker_threads';
import type { WorkerStart } from './protocol';
import { LEAD_TIME_FACTS_KIND, serveLeadTimeFacts } from './tasks/lead-time-facts-task';

const start = workerData as WorkerStart;
if (start.kind !== LEAD_TIME_FACTS_KIND) throw new Error(`The lead-time facts worker reads lead-time facts, not ${start.kind}`);
serveLeadTimeFacts(start);
