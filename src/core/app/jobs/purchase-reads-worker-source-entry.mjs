// Starts the lean purchase reads worker straight from TypeScript sources (CLI, browser mode, tests).
// Sources that fail to load still raise the flag the plan's thread waits on, so it reads them itself.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

try {
  register();
  await import('./purchase-reads-worker.ts');
} catch (error) {
  const flag = new Int32Array(workerData.input.posted);
  Atomics.store(flag, 0, 3);
  Atomics.notify(flag, 0);
  throw error;
}
