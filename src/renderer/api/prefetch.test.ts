import { describe, expect, it } from 'vitest';
import { dropPrefetched, PREFETCH_FRESH_MS, prefetch, prefetchKey, takePrefetched } from './prefetch';

describe('prefetched reads', () => {
  it('keys a channel and its input whatever the input’s key order', () => {
    expect(prefetchKey('forecast:gridPage', { runId: 1, sort: [{ colId: 'a', sort: 'asc' }], search: '' })).toBe(
      prefetchKey('forecast:gridPage', { search: '', sort: [{ sort: 'asc', colId: 'a' }], runId: 1 }),
    );
    expect(prefetchKey('forecast:gridPage', { runId: 1 })).not.toBe(prefetchKey('forecast:gridPage', { runId: 2 }));
    expect(prefetchKey('forecast:runs')).toBe('forecast:runs');
  });

  it('hands a prefetched answer to the first reader only, and asks once for two prefetches', async () => {
    let calls = 0;
    const load = () => Promise.resolve(++calls);
    prefetch('k', load, 0);
    prefetch('k', load, 5);
    expect(calls).toBe(1);
    expect(await takePrefetched('k', load, 10)).toBe(1);
    expect(await takePrefetched('k', load, 20)).toBe(2);
  });

  it('asks again when the answer is stale or the data changed', async () => {
    let calls = 0;
    const load = () => Promise.resolve(++calls);
    prefetch('stale', load, 0);
    expect(await takePrefetched('stale', load, PREFETCH_FRESH_MS)).toBe(2);
    prefetch('changed', load, 0);
    dropPrefetched();
    expect(await takePrefetched('changed', load, 1)).toBe(4);
  });

  it('passes a failed prefetch to its reader', async () => {
    prefetch('fails', () => Promise.reject(new Error('workspace_busy')), 0);
    await expect(takePrefetched('fails', () => Promise.resolve('fresh'), 1)).rejects.toThrow('workspace_busy');
  });
});
