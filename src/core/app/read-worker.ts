import { Worker } from 'node:worker_threads';
import type { InputReadQueryInput, InputReadQueryName, InputReadQueryResult, ReaderRole, ReadQueryName, ReadQueryResult } from './reads/read-queries';
import type { ReadReply, ReadRequest, ReadServiceInput } from './reads/read-service';
import { nativeBindingPath } from '../db/native-binding';
import { AppError } from '../ground/errors/app-error';
import type { WorkerStart } from './jobs/protocol';
import { leanWorkerEntry } from './jobs/runner';

/** The lean read worker (reads/read-worker-main.ts), from TypeScript sources. */
const sourceReadWorkerEntry = new URL('./reads/read-worker-source-entry.mjs', import.meta.url);

/**
 * The main side of the read worker of one open workspace. From sources it runs the lean read
 * worker (about a second of CPU less to start than the general one, while the first page loads).
 */
export class ReadWorker {
  private worker: Worker | null = null;
  private stopped = false;
  private readonly pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  private nextId = 1;
  private markReady: () => void = () => {};
  /** Resolves once the worker has its connection open. */
  readonly ready: Promise<void>;

  /**
   * Starts the worker now, or once `startAfter` resolves (a second reader need not compete with
   * the first for the cores while the first page loads); a read asked before then starts it at once.
   * It serves the reads of its `role` (read-queries.ts). A `background` reader runs at a lower
   * priority (the kept pages' warm-ups).
   */
  constructor(
    private readonly workerEntry: URL | string,
    private readonly path: string,
    private readonly options: { role: ReaderRole; background?: boolean; startAfter?: Promise<unknown> },
  ) {
    this.ready = new Promise((resolve) => (this.markReady = resolve));
    if (options.startAfter) void options.startAfter.then(() => this.start());
    else this.start();
  }

  private start(): Worker | null {
    if (this.worker || this.stopped) return this.worker;
    const input: ReadServiceInput = { path: this.path, role: this.options.role, background: this.options.background ?? false };
    const workerData: WorkerStart = {
      kind: 'readService',
      input,
      cancelFlag: new SharedArrayBuffer(4),
      nativeBinding: nativeBindingPath(),
    };
    const worker = new Worker(leanWorkerEntry(this.workerEntry, sourceReadWorkerEntry), { workerData });
    this.worker = worker;
    worker.on('message', (reply: ReadReply) => {
      if (reply.id === 0) {
        this.markReady();
        return;
      }
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.pending.delete(reply.id);
      if (reply.ok) waiting.resolve(reply.value);
      else waiting.reject(new AppError(reply.error.code, reply.error.message, reply.error.details));
    });
    const failAll = (message: string) => {
      this.markReady();
      for (const waiting of this.pending.values()) waiting.reject(new AppError('internal', message));
      this.pending.clear();
    };
    worker.on('error', (error) => failAll(`The read worker failed: ${error.message}`));
    worker.on('exit', () => failAll('The read worker stopped'));
    return worker;
  }

  run<N extends ReadQueryName>(name: N): Promise<ReadQueryResult<N>> {
    return this.ask({ id: this.nextId++, name }) as Promise<ReadQueryResult<N>>;
  }

  /** A read of one run or plan, named by its input. */
  runWith<N extends InputReadQueryName>(name: N, input: InputReadQueryInput<N>): Promise<InputReadQueryResult<N>> {
    return this.ask({ id: this.nextId++, name, input }) as Promise<InputReadQueryResult<N>>;
  }

  private ask(request: ReadRequest): Promise<unknown> {
    const worker = this.start();
    if (!worker) return Promise.reject(new AppError('internal', 'The read worker stopped'));
    return new Promise((resolve, reject) => {
      this.pending.set(request.id, { resolve, reject });
      worker.postMessage(request);
    });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.markReady();
    await this.worker?.terminate();
  }
}
