import { afterEach, describe, expect, it } from 'vitest';
import { dropReadsAhead, readAhead, READ_AHEAD_FRESH_MS, takeReadAhead } from './reads-ahead';

afterEach(() => dropReadsAhead());

describe('reads ahead', () => {
  it('hands the answer asked ahead to the first taker only; the next one reads again', async () => {
    let reads = 0;
    const read = () => Promise.resolve(++reads);
    expect(await readAhead('runs', read, 1000)).toBe(1);
    expect(await takeReadAhead('runs', read, 1001)).toBe(1);
    expect(await takeReadAhead('runs', read, 1002)).toBe(2);
  });

  it('replaces an answer still waiting when asked ahead again', async () => {
    let reads = 0;
    const read = () => Promise.resolve(++reads);
    readAhead('runs', read, 0);
    readAhead('runs', read, 1);
    expect(await takeReadAhead('runs', read, 2)).toBe(2);
  });

  it('reads again once the answer is stale or dropped', async () => {
    let reads = 0;
    const read = () => Promise.resolve(++reads);
    readAhead('runs', read, 0);
    expect(await takeReadAhead('runs', read, READ_AHEAD_FRESH_MS)).toBe(2);
    readAhead('plans', read, 0);
    dropReadsAhead();
    expect(await takeReadAhead('plans', read, 1)).toBe(4);
  });

  it('passes a failure to the taker', async () => {
    readAhead('runs', () => Promise.reject(new Error('no workspace')), 0);
    await expect(takeReadAhead('runs', () => Promise.resolve(1), 1)).rejects.toThrow('no workspace');
  });
});
