import type { ApiErrorShape } from '../../shared/contract/errors';

/** Messages a job worker sends to its parent: exactly one `result` or `error` ends a job. */
export type WorkerMessage =
  | { type: 'progress'; step: string; current: number; total: number }
  | { type: 'result'; value: unknown }
  | { type: 'error'; error: ApiErrorShape };

/** What a worker is started with (as workerData). */
export interface WorkerStart {
  kind: string;
  input: unknown;
  /** Int32Array over a SharedArrayBuffer: element 0 becomes 1 when the job is cancelled. */
  cancelFlag: SharedArrayBuffer;
  /** The Electron-ABI SQLite build, when the app runs inside Electron (module state is per thread). */
  nativeBinding: string | null;
}

/** Handed to every task: report progress, and check for cancellation between units of work. */
export interface TaskContext {
  progress(step: string, current: number, total: number): void;
  /** Throws a job_cancelled AppError once the user has cancelled. */
  throwIfCancelled(): void;
  isCancelled(): boolean;
}
