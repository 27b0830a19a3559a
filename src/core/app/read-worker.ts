import { Worker } from 'node:worker_threads';
import type { InputReadQueryInput, InputReadQueryName, InputReadQueryResult, ReadQueryName, ReadQueryResult } from './reads/read-queries';
import type { ReadReply, ReadRequest, ReadServiceInput } from './reads/read-service';
import { nativeBindingPath } from '../db/native-binding';
import { AppError } from '../ground/errors/app-error';
import type { WorkerStart } from './jobs/protocol';

/** The main side of the read worker of one open workspace. */
export class ReadWorker {
  private readonly worker: Worker;
  private readonly pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  private nextId = 1;
  /** Resolves once the worker has its connection open. */
  readonly ready: Promise<void>;

  constructor(workerEntry: URL | string, path: string, background = false) {
    const input: ReadServiceInput = { path, background };
    const workerData: WorkerStart = {
      kind: 'readService',
      input,
      cancelFlag: new SharedArrayBuffer(4),
      nativeBinding: nativeBindingPath(),
    };
    this.worker = new Worker(workerEntry, { workerData });
    let markReady: () => void = () => {};
    this.ready = new Promise((resolve) => (markReady = resolve));
    this.worker.on('message', (reply: ReadReply) => {
      if (reply.id === 0) {
        markReady();
        return;
      }
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.pending.delete(reply.id);
      if (reply.ok) waiting.resolve(reply.value);
      else waiting.reject(new AppError(reply.error.code, reply.error.message, reply.error.details));
    });
    const failAll = (message: string) => {
      markReady();
      for (const waiting of this.pending.values()) waiting.reject(new AppError('internal', message));
      this.pending.clear();
    };
    this.worker.on('error', (error) => failAll(`The read worker failed: ${error.message}`));
    this.worker.on('exit', () => failAll('The read worker stopped'));
  }

  run<N extends ReadQueryName>(name: N): Promise<ReadQueryResult<N>> {
    return this.ask({ id: this.nextId++, name }) as Promise<ReadQueryResult<N>>;
  }

  /** A read of one run or plan, named by its input. */
  runWith<N extends InputReadQueryName>(name: N, input: InputReadQueryInput<N>): Promise<InputReadQueryResult<N>> {
    return this.ask({ id: this.nextId++, name, input }) as Promise<InputReadQueryResult<N>>;
  }

  private ask(request: ReadRequest): Promise<unknown> {
    return new Promise((resolve, reject) => {
      this.pending.set(request.id, { resolve, reject });
      this.worker.postMessage(request);
    });
  }

  async stop(): Promise<void> {
    await this.worker.terminate();
  }
}
