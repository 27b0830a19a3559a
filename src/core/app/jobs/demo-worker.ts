/**
 * A lean worker for the demo's history only: it loads the demo generator, not every task the
 * general worker (worker.ts) loads, so it starts in a fraction of the time. Serves one stream
 * of blocks (tasks/demo-history-task.ts) until its parent ends it.
 */

import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerStart } from './protocol';
import { DEMO_HISTORY_KIND, serveDemoHistory } from './tasks/demo-history-task';

const port = parentPort;
if (!port) throw new Error('demo-worker.ts must run in a worker thread');
const start = workerData as WorkerStart;
if (start.kind !== DEMO_HISTORY_KIND) throw new Error(`The demo worker serves demo history, not ${start.kind}`);
serveDemoHistory(port, start);
