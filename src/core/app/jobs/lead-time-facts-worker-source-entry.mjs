// Starts the lean lead-time facts worker straight from TypeScript sources (CLI, browser mode, tests).
// Sources that fail to load still raise the flag the plan's thread waits on, so it reads the facts itself.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

try {
  register();
  await import('./lead-time-facts-worker.ts');
} catch (error) {
  const flag = new Int32Array(workerData.input.posted);
  Atomics.store(flag, 0, 2);
  Atomics.notify(flag, 0);
  throw error;
}
