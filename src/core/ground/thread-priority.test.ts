import os from 'node:os';
import { isMainThread, Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { lowerThisThreadPriority, lowerThreadPrioritySource } from './thread-priority';

/** The priority a worker sees for itself after running `source`, and the app's main thread's after it. */
async function priorityInWorker(source: string): Promise<{ worker: number; main: number }> {
  const worker = new Worker(`${source}\nrequire('node:worker_threads').parentPort.postMessage(require('node:os').getPriority());`, { eval: true });
  const seen = await new Promise<number>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  await worker.terminate();
  return { worker: seen, main: os.getPriority() };
}

describe('background threads give the CPU to the ones answering the user', () => {
  it.runIf(process.platform === 'linux')('on Linux a worker lowers its own priority and the main thread keeps its own', async () => {
    const before = os.getPriority();
    const seen = await priorityInWorker(lowerThreadPrioritySource(7));
    expect(seen.worker).toBe(Math.max(before, 7));
    expect(seen.main).toBe(before);
  });

  it.runIf(isMainThread)('never lowers the main thread (on every platform the whole app would follow)', () => {
    const before = os.getPriority();
    expect(lowerThisThreadPriority(5)).toBe(false);
    expect(os.getPriority()).toBe(before);
  });
});
