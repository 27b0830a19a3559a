import { randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ApiErrorShape } from '../../../shared/contract/errors';
import type { JobInfo, JobKind, JobProgress } from '../../../shared/contract/schemas/app';
import { nativeBindingPath } from '../../db/native-binding';
import { AppError } from '../../ground/errors/app-error';
import type { WorkerMessage, WorkerStart } from './protocol';
import type { QueuedTurn, WriterQueue } from './writer-queue';

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
  /**
   * The app's writers' queue: a job of a kind in WRITING_JOBS waits here for its turn (its
   * progress step says who it waits for) before its worker starts. Without it (a task's own
   * runner for chunk workers) every job starts at once.
   */
  writers?: WriterQueue;
}

/**
 * The kinds of job that write to the open workspace, and so take turns (writer-queue.ts). An
 * import's preview counts: it runs the whole import in a transaction and rolls it back. Not
 * here: the demo (a new file of its own) and forecast chunks (pure computation).
 */
export const WRITING_JOBS: ReadonlySet<JobKind> = new Set<JobKind>(['import', 'watchImport', 'forecastRun', 'globalModel', 'planRun', 'simulation', 'refresh', 'alerts', 'recommend', 'logisticsReplay']);

/** The progress step of a job waiting for another writer: `wait.<its kind>` (`wait.change` for an edit). */
export function waitStep(holder: string): string {
  return `wait.${holder}`;
}

export interface JobStartOptions {
  /**
   * Runs on this thread when the job's worker ended without answering (stopped hard after a cancel
   * it did not notice in time, or crashed), before the job is reported finished: removes what the
   * task would have removed itself, such as a half-written file.
   */
  afterHardStop?: () => void;
}

/** A started job: its id, and its result once it is done. */
export interface StartedJob<T> {
  jobId: string;
  done: Promise<T>;
}

interface RunningJob {
  info: JobInfo;
  /** Null while the job waits for its turn to write. */
  worker: Worker | null;
  cancelFlag: Int32Array;
  /** Its place in the writers' queue while it waits. */
  queued: QueuedTurn | null;
  /** Ends the job as cancelled before its worker started. */
  cancelWaiting: (() => void) | null;
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
  start<T>(kind: JobKind, input: unknown, options: JobStartOptions = {}): StartedJob<T> {
    const jobId = randomUUID();
    const cancelBuffer = new SharedArrayBuffer(4);
    const job: RunningJob = {
      info: { jobId, kind, status: 'running', startedAt: new Date().toISOString(), progress: null, error: null },
      worker: null,
      cancelFlag: new Int32Array(cancelBuffer),
      queued: null,
      cancelWaiting: null,
    };
    this.jobs.set(jobId, job);
    this.trimHistory();
    const writers = WRITING_JOBS.has(kind) ? this.options.writers : undefined;
    const reportProgress = (step: string, current: number, total: number) => {
      const progress: JobProgress = { jobId, kind, step, current, total };
      job.info = { ...job.info, progress };
      this.options.onProgress?.(progress);
    };
    const done = new Promise<T>((resolve, reject) => {
      let settled = false;
      const finish = (status: JobFinished['status'], error: ApiErrorShape | null, value?: unknown) => {
        if (settled) return;
        settled = true;
        job.info = { ...job.info, status, error };
        if (job.worker) void job.worker.terminate();
        // The next writer's turn (a job that never started left the queue instead).
        if (writers && job.worker) writers.release();
        this.options.onFinished?.({ jobId, kind, status, error });
        if (status === 'done') resolve(value as T);
        else reject(new AppError(error?.code ?? 'job_failed', error?.message ?? 'The job failed', error?.details));
      };
      const cleanUpAfterHardStop = () => {
        try {
          options.afterHardStop?.();
        } catch {
          // Best effort: the job's end must still be reported.
        }
      };
      const startWorker = () => {
        job.queued = null;
        job.cancelWaiting = null;
        const workerData: WorkerStart = { kind, input, cancelFlag: cancelBuffer, nativeBinding: nativeBindingPath() };
        let worker: Worker;
        try {
          worker = new Worker(this.options.workerEntry, { workerData });
        } catch (error) {
          writers?.release();
          finish('failed', { code: 'job_failed', message: error instanceof Error ? error.message : String(error), details: {} });
          return;
        }
        job.worker = worker;
        let answered = false;
        worker.on('message', (message: WorkerMessage) => {
          answered ||= message.type !== 'progress';
          if (message.type === 'progress') reportProgress(message.step, message.current, message.total);
          else if (message.type === 'result') finish('done', null, message.value);
          else finish(message.error.code === 'job_cancelled' ? 'cancelled' : 'failed', message.error);
        });
        worker.on('error', (error) => finish('failed', { code: 'job_failed', message: error.message, details: {} }));
        worker.on('exit', (code) => {
          // Stopped hard (a cancel it did not notice in time) or crashed: its own clean-up never ran.
          if (!answered) cleanUpAfterHardStop();
          if (this.isCancelled(job)) {
            finish('cancelled', { code: 'job_cancelled', message: 'The job was cancelled', details: {} });
          } else {
            finish('failed', { code: 'job_failed', message: `The job stopped unexpectedly (exit ${code})`, details: {} });
          }
        });
      };
      if (!writers) {
        startWorker();
        return;
      }
      job.cancelWaiting = () => finish('cancelled', { code: 'job_cancelled', message: 'The job was cancelled before its turn came', details: {} });
      job.queued = writers.enter(kind, startWorker, (holder) => reportProgress(waitStep(holder.label), 0, 0));
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
    if (job.queued?.cancel()) {
      job.cancelWaiting?.();
      return;
    }
    setTimeout(() => {
      if (job.info.status === 'running') void job.worker?.terminate();
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
        if (job.queued?.cancel()) job.cancelWaiting?.();
        await job.worker?.terminate();
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

/** A worker entry as a file URL's text, whether given as a URL, a file URL or a path. */
export function workerEntryHref(entry: URL | string): string {
  return entry instanceof URL ? entry.href : entry.startsWith('file:') ? entry : pathToFileURL(entry).href;
}

/**
 * The entry for a worker that serves one kind only: from sources its lean entry (it loads that
 * kind's code, not every task's, so it starts in a fraction of the time); a bundled app passes
 * its general worker, which serves every kind.
 */
export function leanWorkerEntry(workerEntry: URL | string, leanSourceEntry: URL): URL | string {
  return workerEntryHref(workerEntry) === sourceWorkerEntry.href ? leanSourceEntry : workerEntry;
}
