import { AppError } from './errors/app-error';

/** Handed to every task: report progress, and check for cancellation between units of work. */
export interface TaskContext {
  progress(step: string, current: number, total: number): void;
  /** Throws a job_cancelled AppError once the user has cancelled. */
  throwIfCancelled(): void;
  isCancelled(): boolean;
}

/** A progress report as it travels from a worker to its parent. */
export interface ProgressMessage {
  type: 'progress';
  step: string;
  current: number;
  total: number;
}

/** Progress is sent at most this often, so a tight loop cannot flood the UI. */
const PROGRESS_INTERVAL_MS = 100;

export function createTaskContext(
  cancelFlag: SharedArrayBuffer,
  send: (message: ProgressMessage) => void,
): TaskContext & { flush(): void } {
  const flag = new Int32Array(cancelFlag);
  let lastSentAt = 0;
  let lastStep = '';
  let pending: ProgressMessage | null = null;

  const isCancelled = () => Atomics.load(flag, 0) === 1;
  return {
    progress(step, current, total) {
      const message: ProgressMessage = { type: 'progress', step, current, total };
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
