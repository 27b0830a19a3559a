/**
 * A lean worker for the open workspace's reads only (read-worker.ts starts it from sources): it
 * loads the read queries, not every task the general worker (jobs/worker.ts) loads, so it starts
 * in a fraction of the time while the UI's first page loads.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { setNativeBindingPath } from '../../db/native-binding';
import type { WorkerStart } from '../jobs/protocol';
import { serveReads, type ReadServiceInput } from './read-service';

const port = parentPort;
if (!port) throw new Error('read-worker-main.ts must run in a worker thread');
const start = workerData as WorkerStart;
if (start.kind !== 'readService') throw new Error(`The read worker serves reads, not ${start.kind}`);
setNativeBindingPath(start.nativeBinding);
await serveReads(port, start.input as ReadServiceInput);
