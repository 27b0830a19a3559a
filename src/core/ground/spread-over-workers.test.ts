import { describe, expect, it } from 'vitest';
import { spreadOverWorkers, type RunChunk } from './spread-over-workers';
import { createInlineTaskContext } from './task-context';

const items = Array.from({ length: 10 }, (_, i) => i);
const double = (n: number) => n * 2;

describe('spreading items over workers', () => {
  it('deals items to chunks in turn and puts the results back in input order', async () => {
    const chunks: number[][] = [];
    const runChunk: RunChunk<number, number> = async (chunk, { onProgress }) => {
      chunks.push(chunk);
      onProgress(chunk.length);
      return chunk.map(double);
    };
    const seen: number[] = [];
    const out = await spreadOverWorkers(items, {
      runInline: double,
      runChunk,
      workers: 3,
      minPerChunk: 2,
      ctx: createInlineTaskContext(),
      onProgress: (done) => seen.push(done),
    });
    expect(out).toEqual(items.map(double));
    expect(chunks).toEqual([[0, 3, 6, 9], [1, 4, 7], [2, 5, 8]]);
    expect(seen.at(-1)).toBe(10);
  });

  it('runs inline below the threshold or without a chunk runner', async () => {
    const runChunk: RunChunk<number, number> = () => Promise.reject(new Error('no workers here'));
    const ctx = createInlineTaskContext();
    expect(await spreadOverWorkers(items, { runInline: double, runChunk, workers: 4, minPerChunk: 6, ctx })).toEqual(items.map(double));
    expect(await spreadOverWorkers(items, { runInline: double, workers: 4, minPerChunk: 1, ctx })).toEqual(items.map(double));
  });

  it('relays a cancel to every chunk and fails with the task’s own cancellation', async () => {
    const ctx = createInlineTaskContext();
    let aborted = 0;
    const runChunk: RunChunk<number, number> = (_, { signal }) =>
      new Promise((_resolve, reject) =>
        signal.addEventListener('abort', () => {
          aborted++;
          reject(new Error('stopped'));
        }),
      );
    const running = spreadOverWorkers(items, { runInline: double, runChunk, workers: 2, minPerChunk: 1, ctx });
    setTimeout(() => ctx.cancel(), 20);
    await expect(running).rejects.toMatchObject({ code: 'job_cancelled' });
    expect(aborted).toBe(2);
  });
});
