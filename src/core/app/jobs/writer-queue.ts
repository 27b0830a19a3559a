/**
 * The app's writers take turns: jobs that write to the open workspace (imports, forecasts, plans,
 * the refresh …) and the handlers that change it run one after another, in the order they asked.
 * Readers never wait here (WAL: they read the last committed state). SQLite would serialise the
 * writers anyway — this queue lets a waiting job say who it waits for, keeps a job from blocking
 * its thread for minutes inside the busy timeout, and keeps the UI thread from ever blocking on
 * a job's write lock. Writers in other processes (the CLI) are waited for by the write lock
 * itself (core/db/write-lock.ts).
 */

export interface WriterTurn {
  /** What writes: a job kind, or `change` for an edit made by a handler. */
  readonly label: string;
}

interface Waiting extends WriterTurn {
  start: () => void;
  /** Told who holds the turn, when it waits and whenever that changes. */
  onWait?: (holder: WriterTurn) => void;
}

export interface QueuedTurn {
  /** Leave the queue before the turn came; false when it had already started. */
  cancel(): boolean;
}

export class WriterQueue {
  private holder: WriterTurn | null = null;
  private readonly waiting: Waiting[] = [];
  private idleWaiters: (() => void)[] = [];

  /** The writer whose turn it is, if any. */
  get current(): WriterTurn | null {
    return this.holder;
  }

  get queued(): number {
    return this.waiting.length;
  }

  get idle(): boolean {
    return this.holder === null && this.waiting.length === 0;
  }

  /**
   * Run `start` now when nobody writes, else once every writer ahead has finished. The writer
   * must call `release()` (returned by `start`'s turn: see `turn`) when it is done.
   */
  enter(label: string, start: () => void, onWait?: (holder: WriterTurn) => void): QueuedTurn {
    const entry: Waiting = { label, start, ...(onWait ? { onWait } : {}) };
    if (this.idle) {
      this.holder = { label };
      start();
      return { cancel: () => false };
    }
    this.waiting.push(entry);
    onWait?.(this.holder ?? this.waiting[0]!);
    return {
      cancel: () => {
        const index = this.waiting.indexOf(entry);
        if (index < 0) return false;
        this.waiting.splice(index, 1);
        this.settleIdle();
        return true;
      },
    };
  }

  /** The current writer is done: the next one starts. */
  release(): void {
    this.holder = null;
    const next = this.waiting.shift();
    if (!next) {
      this.settleIdle();
      return;
    }
    this.holder = { label: next.label };
    for (const other of this.waiting) other.onWait?.(this.holder);
    next.start();
  }

  /**
   * `fn` in its turn: at once (synchronously, its result returned as is) when nobody writes,
   * else as a promise once the writers ahead have finished. A promise `fn` returns holds the turn
   * until it settles.
   */
  run<T>(label: string, fn: () => T): T | Promise<Awaited<T>> {
    if (this.idle) {
      this.holder = { label };
      return this.holding(fn) as T | Promise<Awaited<T>>;
    }
    return new Promise<Awaited<T>>((resolve, reject) => {
      this.enter(label, () => {
        try {
          Promise.resolve(this.holding(fn)).then(resolve, reject);
        } catch (error) {
          reject(error as Error);
        }
      });
    });
  }

  /** Resolves once no writer runs or waits (tests, shutdown). */
  whenIdle(): Promise<void> {
    if (this.idle) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private holding<T>(fn: () => T): T {
    let result: T;
    try {
      result = fn();
    } catch (error) {
      this.release();
      throw error;
    }
    if (result instanceof Promise) {
      return result.finally(() => this.release()) as T;
    }
    this.release();
    return result;
  }

  private settleIdle(): void {
    if (!this.idle) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }
}
