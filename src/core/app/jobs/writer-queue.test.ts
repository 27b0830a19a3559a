import { describe, expect, it } from 'vitest';
import { WriterQueue } from './writer-queue';

describe('the writers queue', () => {
  it('starts a writer at once when nobody writes, else in order once the one ahead released', () => {
    const queue = new WriterQueue();
    const log: string[] = [];
    queue.enter('import', () => log.push('import starts'));
    queue.enter('refresh', () => log.push('refresh starts'), (holder) => log.push(`refresh waits for ${holder.label}`));
    queue.enter('planRun', () => log.push('plan starts'), (holder) => log.push(`plan waits for ${holder.label}`));
    expect(log).toEqual(['import starts', 'refresh waits for import', 'plan waits for import']);
    queue.release();
    expect(log.slice(3)).toEqual(['plan waits for refresh', 'refresh starts']);
    queue.release();
    expect(log.at(-1)).toBe('plan starts');
    queue.release();
    expect(queue.idle).toBe(true);
  });

  it('lets a waiting writer leave the queue, but not one that started', () => {
    const queue = new WriterQueue();
    const first = queue.enter('import', () => {});
    let started = false;
    const second = queue.enter('refresh', () => (started = true));
    expect(first.cancel()).toBe(false);
    expect(second.cancel()).toBe(true);
    queue.release();
    expect(started).toBe(false);
    expect(queue.idle).toBe(true);
  });

  it('runs an edit synchronously when idle, and after the writer ahead otherwise; a failure passes the turn on', async () => {
    const queue = new WriterQueue();
    expect(queue.run('change', () => 7)).toBe(7);
    expect(() => queue.run('change', () => { throw new Error('no'); })).toThrow('no');
    expect(queue.idle).toBe(true);

    queue.enter('import', () => {});
    const log: string[] = [];
    const edit = queue.run('change', () => {
      log.push('edit');
      return 8;
    });
    expect(edit).toBeInstanceOf(Promise);
    expect(log).toEqual([]);
    queue.release();
    await expect(edit).resolves.toBe(8);
    expect(queue.idle).toBe(true);

    // An async edit holds the turn until it settles.
    let finish = () => {};
    const slow = queue.run('change', () => new Promise<void>((resolve) => (finish = resolve)));
    let next = false;
    queue.enter('refresh', () => (next = true));
    expect(next).toBe(false);
    finish();
    await slow;
    expect(next).toBe(true);
    queue.release();
    await queue.whenIdle();
  });
});
