import type { TaskContext } from './task-context';

/** How often a wait looks at the task's cancel flag (as the workers' relays do). */
const CANCEL_POLL_MS = 100;

/**
 * `waiting`, or a job_cancelled error as soon as the user cancels: a task that awaits another
 * thread checks no flag while it waits, so without this a cancel would be noticed only when the
 * other thread answers (seconds on a busy machine), and the job would be stopped hard instead.
 */
export async function untilCancelled<T>(waiting: Promise<T>, ctx: TaskContext): Promise<T> {
  ctx.throwIfCancelled();
  let poll: ReturnType<typeof setInterval> | undefined;
  const cancelled = new Promise<never>((_, reject) => {
    poll = setInterval(() => {
      try {
        ctx.throwIfCancelled();
      } catch (error) {
        reject(error);
      }
    }, CANCEL_POLL_MS);
  });
  try {
    return await Promise.race([waiting, cancelled]);
  } finally {
    clearInterval(poll);
  }
}
