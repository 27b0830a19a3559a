import { describe, expect, it } from 'vitest';
import { untilCancelled } from './until-cancelled';
import { createInlineTaskContext } from './task-context';

describe('untilCancelled', () => {
  it('gives the awaited value when nobody cancels', async () => {
    const ctx = createInlineTaskContext();
    await expect(untilCancelled(Promise.resolve(7), ctx)).resolves.toBe(7);
  });

  it('rejects with job_cancelled while the other thread has not answered', async () => {
    const ctx = createInlineTaskContext();
    const never = new Promise<number>(() => {});
    const waiting = untilCancelled(never, ctx);
    setTimeout(() => ctx.cancel(), 20);
    await expect(waiting).rejects.toMatchObject({ code: 'job_cancelled' });
  });

  it('passes the awaited failure through', async () => {
    const ctx = createInlineTaskContext();
    await expect(untilCancelled(Promise.reject(new Error('worker died')), ctx)).rejects.toThrow('worker died');
  });
});
