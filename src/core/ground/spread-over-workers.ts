/**
 * Spreads independent items over chunks that run elsewhere (worker threads), and puts the results
 * back in input order. Items are dealt out in turn (not in blocks) so that every chunk gets a
 * similar mix of long and short, easy and hard items. How a chunk runs elsewhere is the caller's
 * `runChunk` (the app hands down one backed by its job workers), so no domain knows about jobs.
 * Without a `runChunk`, or with too few items to be worth a worker, the items run inline.
 */

import os from 'node:os';
import type { TaskContext } from './task-context';

export interface ChunkHooks {
  /** Items of this chunk done so far. */
  onProgress(done: number): void;
  /** Aborted when the task is cancelled or another chunk failed: stop and reject. */
  signal: AbortSignal;
}

/** Runs one chunk elsewhere; resolves with one result per item, in the chunk's order. */
export type RunChunk<I, O> = (chunk: I[], hooks: ChunkHooks) => Promise<O[]>;

export interface SpreadOptions<I, O> {
  /** One item on this thread: the inline path (and what each chunk does elsewhere). */
  runInline: (item: I) => O;
  runChunk?: RunChunk<I, O> | undefined;
  /** Chunks at most (default: one per core). */
  workers?: number | undefined;
  /** Fewest items worth a chunk of their own. */
  minPerChunk: number;
  ctx: TaskContext;
  onProgress?: (done: number, total: number) => void;
}

/** How often the inline path checks for cancellation and reports progress, in items. */
const INLINE_CHECK_EVERY = 32;
/** The task's cancel flag is not shared with the chunks: it is relayed this often. */
const CANCEL_POLL_MS = 100;

export async function spreadOverWorkers<I, O>(items: readonly I[], options: SpreadOptions<I, O>): Promise<O[]> {
  const { ctx, onProgress, runChunk } = options;
  const total = items.length;
  const chunks = Math.max(1, Math.min(options.workers ?? os.availableParallelism(), Math.floor(total / options.minPerChunk)));
  if (chunks === 1 || !runChunk) {
    return items.map((item, i) => {
      if (i % INLINE_CHECK_EVERY === 0) {
        ctx.throwIfCancelled();
        onProgress?.(i, total);
      }
      return options.runInline(item);
    });
  }
  const dealt: I[][] = Array.from({ length: chunks }, () => []);
  items.forEach((item, i) => dealt[i % chunks]!.push(item));
  const done = new Array<number>(chunks).fill(0);
  const stop = new AbortController();
  const started = dealt.map((chunk, c) =>
    runChunk(chunk, {
      signal: stop.signal,
      onProgress: (n) => {
        done[c] = n;
        onProgress?.(done.reduce((a, b) => a + b, 0), total);
      },
    }),
  );
  const relay = setInterval(() => {
    if (ctx.isCancelled()) stop.abort();
  }, CANCEL_POLL_MS);
  try {
    const results = await Promise.all(started);
    const out = new Array<O>(total);
    results.forEach((chunk, c) => chunk.forEach((result, k) => (out[k * chunks + c] = result)));
    return out;
  } catch (error) {
    // One chunk failed (or all were cancelled): stop the rest before giving up.
    stop.abort();
    await Promise.allSettled(started);
    ctx.throwIfCancelled();
    throw error;
  } finally {
    clearInterval(relay);
    ctx.throwIfCancelled();
  }
}
