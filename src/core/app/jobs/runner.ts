import { randomUUID } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import type { ApiErrorShape } from '../../../shared/contract/errors';
import type { JobInfo, JobKind, JobProgress } from '../../../shared/contract/schemas/app';
import { nativeBindingPath } from '../../db/native-binding';
import { AppError } from '../../ground/errors/app-error';
import type { WorkerMessage, WorkerStart } from './protocol';

export interface JobFinished {
  jobId: string;
  kind: JobKind;
  status: 'done' | 'failed' | 'cancelled';
  error: ApiErrorShape | null;
}

export interface JobRunnerOptions {
  /** The worker script: the bundled worker in Electron, the source entry elsewhere. */
  workerEntry: URL | string;
  onProgress?: (progress: JobProgress) => void;
  onFinished?: (finished: JobFinished) => void;
}

/** A started job: its id, and its result once it is done. */
export interface StartedJob<T> {
  jobId: string;
  done: Promise<T>;
}

interface RunningJob {
  info: JobInfo;
  worker: Worker;
  cancelFlag: Int32Array;
}

/** How long a cancelled job may take to notice before its worker is stopped hard. */
const CANCEL_GRACE_MS = 3000;
/** Finished jobs kept for `jobs:list`. */
const HISTORY = 20;

/** Runs each job in its own worker thread, so long work never blocks the API. */
export class JobRunner {
  private readonly jobs = new Map<string, RunningJob>();

  constructor(private readonly options: JobRunnerOptions) {}

  /**
   * Untyped: the app starts jobs through the typed `Jobs` view of this runner (job-map.ts);
   * tasks that fan out to workers of their own name the result they expect.
   */
  start<T>(kind: JobKind, input: unknown): StartedJob<T> {
    const jobId = randomUUID();
    const cancelBuffer = new SharedArrayBuffer(4);
    const workerData: WorkerStart = { kind, input, cancelFlag: cancelBuffer, nativeBinding: nativeBindingPath() };
    const worker = new Worker(this.options.workerEntry, { workerData });
    const job: RunningJob = {
      info: { jobId, kind, status: 'running', startedAt: new Date().toISOString(), progress: null, error: null },
      worker,
      cancelFlag: new Int32Array(cancelBuffer),
    };
    this.jobs.set(jobId, job);
    this.trimHistory();
    const done = new Promise<T>((resolve, reject) => {
      let settled = false;
      const finish = (status: JobFinished['status'], error: ApiErrorShape | null, value?: unknown) => {
        if (settled) return;
        settled = true;
        job.info = { ...job.info, status, error };
        void worker.terminate();
        this.options.onFinished?.({ jobId, kind, status, error });
        if (status === 'done') resolve(value as T);
        else reject(new AppError(error?.code ?? 'job_failed', error?.message ?? 'The job failed', error?.details));
      };
      worker.on('message', (message: WorkerMessage) => {
        if (message.type === 'progress') {
          const progress: JobProgress = { jobId, kind, step: message.step, current: message.current, total: message.total };
          job.info = { ...job.info, progress };
          this.options.onProgress?.(progress);
        } else if (message.type === 'result') {
          finish('done', null, message.value);
        } else {
          finish(message.error.code === 'job_cancelled' ? 'cancelled' : 'failed', message.error);
        }
      });
      worker.on('error', (error) => finish('failed', { code: 'job_failed', message: error.message, details: {} }));
      worker.on('exit', (code) => {
        if (this.isCancelled(job)) {
          finish('cancelled', { code: 'job_cancelled', message: 'The job was cancelled', details: {} });
        } else {
          finish('failed', { code: 'job_failed', message: `The job stopped unexpectedly (exit ${code})`, details: {} });
        }
      });
    });
    // Callers that only watch events must not trigger an unhandled rejection.
    done.catch(() => {});
    return { jobId, done };
  }

  cancel(jobId: string): void {
    const job = this.jobs.get(jobId);
    if (!job) throw new AppError('not_found', `No job ${jobId}`, { jobId });
    if (job.info.status !== 'running') return;
    Atomics.store(job.cancelFlag, 0, 1);
    setTimeout(() => {
      if (job.info.status === 'running') void job.worker.terminate();
    }, CANCEL_GRACE_MS).unref();
  }

  list(): JobInfo[] {
    return [...this.jobs.values()].map((job) => job.info);
  }

  /** Stop every running job (app shutdown). */
  async stopAll(): Promise<void> {
    await Promise.all(
      [...this.jobs.values()].map(async (job) => {
        Atomics.store(job.cancelFlag, 0, 1);
        await job.worker.terminate();
      }),
    );
  }

  private isCancelled(job: RunningJob): boolean {
    return Atomics.load(job.cancelFlag, 0) === 1;
  }

  private trimHistory(): void {
    const finished = [...this.jobs.values()].filter((job) => job.info.status !== 'running');
    for (const job of finished.slice(0, Math.max(0, finished.length - HISTORY))) this.jobs.delete(job.info.jobId);
  }
}

/** The worker entry when running from TypeScript sources. */
export const sourceWorkerEntry = new URL('./worker-source-entry.mjs', import.meta.url);
