import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UiCalls } from './ui-calls';

/** Whether the promise has settled by now (its callbacks run first). */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await vi.advanceTimersByTimeAsync(0);
  return done;
}

describe('the UI being quiet (background reads wait for it)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is not quiet before the UI has called at all', async () => {
    const calls = new UiCalls(100);
    const quiet = calls.whenQuiet();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await settled(quiet)).toBe(false);
    calls.tracked(() => 1)(undefined);
    await vi.advanceTimersByTimeAsync(99);
    expect(await settled(quiet)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled(quiet)).toBe(true);
  });

  it('waits while a call is in flight, and the quiet time runs from its end', async () => {
    const calls = new UiCalls(100);
    let answer: (value: number) => void = () => undefined;
    const slow = calls.tracked(() => new Promise<number>((resolve) => (answer = resolve)));
    const reply = slow(undefined);
    const quiet = calls.whenQuiet();
    await vi.advanceTimersByTimeAsync(500);
    expect(await settled(quiet)).toBe(false);
    answer(1);
    expect(await reply).toBe(1);
    await vi.advanceTimersByTimeAsync(50);
    expect(await settled(quiet)).toBe(false);
    await vi.advanceTimersByTimeAsync(50);
    expect(await settled(quiet)).toBe(true);
  });

  it('a call before the quiet time is over starts it again; a failed call counts as ended', async () => {
    const calls = new UiCalls(100);
    const failing = calls.tracked((): number => {
      throw new Error('bad input');
    });
    const rejecting = calls.tracked(() => Promise.reject(new Error('no workspace')));
    expect(() => failing(undefined)).toThrow('bad input');
    const quiet = calls.whenQuiet();
    await vi.advanceTimersByTimeAsync(60);
    await expect(rejecting(undefined)).rejects.toThrow('no workspace');
    await vi.advanceTimersByTimeAsync(60);
    expect(await settled(quiet)).toBe(false);
    await vi.advanceTimersByTimeAsync(40);
    expect(await settled(quiet)).toBe(true);
    // Once quiet, a later waiter is answered at once.
    expect(await settled(calls.whenQuiet())).toBe(true);
  });
});
