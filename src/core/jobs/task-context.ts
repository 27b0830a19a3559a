import { AppError } from '../errors/app-error';
import type { TaskContext, WorkerMessage } from './protocol';

/** Progress is sent at most this often, so a tight loop cannot flood the UI. */
const PROGRESS_INTERVAL_MS = 100;

export function createTaskContext(
  cancelFlag: SharedArrayBuffer,
  send: (message: WorkerMessage) => void,
): TaskContext & { flush(): void } {
  const flag = new Int32Array(cancelFlag);
  let lastSentAt = 0;
  let lastStep = '';
  let pending: WorkerMessage | null = null;

  const isCancelled = () => Atomics.load(flag, 0) === 1;
  return {
    progress(step, current, total) {
      const message: WorkerMessage = { type: 'progress', step, current, total };
      const now = performance.now();
      // Always report a new step at once; within a step, throttle.
      if (step !== lastStep || now - lastSentAt >= PROGRESS_INTERVAL_MS) {
        send(message);
        lastSentAt = now;
        lastStep = step;
        pending = null;
      } else {
        pending = message;
      }
    },
    isCancelled,
    throwIfCancelled() {
      if (isCancelled()) throw new AppError('job_cancelled', 'The job was cancelled');
    },
    flush() {
      if (pending) send(pending);
      pending = null;
    },
  };
}

/** A context for running a task in-process (CLI without a worker, benchmarks, tests). */
export function createInlineTaskContext(
  onProgress: (step: string, current: number, total: number) => void = () => {},
): TaskContext & { cancel(): void } {
  const buffer = new SharedArrayBuffer(4);
  const ctx = createTaskContext(buffer, (m) => {
    if (m.type === 'progress') onProgress(m.step, m.current, m.total);
  });
  return { ...ctx, cancel: () => Atomics.store(new Int32Array(buffer), 0, 1) };
}
