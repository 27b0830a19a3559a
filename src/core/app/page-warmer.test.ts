import { describe, expect, it } from 'vitest';
import { WriterQueue } from './jobs/writer-queue';
import { PAGE_WARM_MIN_BYTES, PageWarmer, worthWarming } from './page-warmer';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('warming the kept pages in the background', () => {
  it('warms once for a burst of requests, after the delay', async () => {
    let warmed = 0;
    const warmer = new PageWarmer(async () => void warmed++, () => Promise.resolve(), 20);
    warmer.request();
    warmer.request();
    warmer.request();
    expect(warmed).toBe(0);
    await tick(80);
    expect(warmed).toBe(1);
  });

  it('waits while a writer runs or waits, so a write just after does not leave the kept result stale', async () => {
    const writers = new WriterQueue();
    let warmed = 0;
    const warmer = new PageWarmer(async () => void warmed++, () => writers.whenIdle(), 10);
    writers.enter('planRun', () => undefined);
    warmer.request();
    await tick(60);
    expect(warmed).toBe(0);
    writers.release();
    await tick(20);
    expect(warmed).toBe(1);
  });

  it('a request made while one waits for the writers replaces it; a cancelled one never warms', async () => {
    const writers = new WriterQueue();
    const warmedAt: number[] = [];
    let generation = 0;
    const warmer = new PageWarmer(async () => void warmedAt.push(generation), () => writers.whenIdle(), 5);
    writers.enter('import', () => undefined);
    warmer.request();
    await tick(30);
    generation = 1;
    warmer.request();
    await tick(30);
    writers.release();
    await tick(20);
    expect(warmedAt).toEqual([1]);
    warmer.request();
    warmer.cancel();
    await tick(30);
    expect(warmedAt).toEqual([1]);
  });

  it('a warm-up that fails is dropped quietly (the page reads and reports as it would have)', async () => {
    let tried = 0;
    const warmer = new PageWarmer(() => {
      tried++;
      return Promise.reject(new Error('reader stopped'));
    }, () => Promise.resolve(), 5);
    warmer.request();
    await tick(40);
    expect(tried).toBe(1);
  });

  it('warms only a workspace large enough for its pages to read slowly', () => {
    expect(worthWarming(5 * 1024 * 1024)).toBe(false);
    expect(worthWarming(PAGE_WARM_MIN_BYTES - 1)).toBe(false);
    expect(worthWarming(PAGE_WARM_MIN_BYTES)).toBe(true);
  });
});
