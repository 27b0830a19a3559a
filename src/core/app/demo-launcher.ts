import { toApiError } from '../ground/errors/to-api-error';
import type { DemoTaskInput } from './jobs/tasks/demo-task';
import { partialDemoPath, removePartialDemo } from './jobs/tasks/demo-partial';
import type { AppContext } from './app-context';

export const DEFAULT_DEMO_SKUS = 300;
export const DEFAULT_DEMO_SEED = 20240618;
export const DEFAULT_DEMO_NAME = 'SupplyDesk demo';

export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Generate a demo workspace as a job and open it when it is ready. */
export function launchDemo(
  ctx: AppContext,
  options: { name?: string; path?: string; skus?: number; seed?: number },
): { jobId: string; done: Promise<unknown> } {
  const name = options.name ?? DEFAULT_DEMO_NAME;
  const input: DemoTaskInput = {
    path: options.path ?? ctx.newWorkspacePath(name),
    name,
    skus: options.skus ?? DEFAULT_DEMO_SKUS,
    seed: options.seed ?? DEFAULT_DEMO_SEED,
    asOf: todayIso(),
    workerEntry: ctx.workerEntry,
  };
  // A demo stopped hard (a cancel not noticed within the grace) never removed its half-written file.
  const { jobId, done } = ctx.jobs.start('demo', input, { afterHardStop: () => removePartialDemo(partialDemoPath(input.path)) });
  const opened = done.then(() => ctx.open(input.path));
  opened.catch(() => {
    // Failures reach the UI through the job:finished event.
  });
  return { jobId, done: opened };
}

/**
 * At start-up: reopen the last workspace; with none (first start), open the
 * demo, generating it if needed. Returns the demo job if one was started.
 */
export function openStartupWorkspace(ctx: AppContext): { jobId: string; done: Promise<unknown> } | null {
  const last = ctx.settings.lastOpened;
  if (last) {
    try {
      ctx.open(last);
      return null;
    } catch (error) {
      // The last file moved or broke: the welcome screen says so and offers its backups.
      ctx.startupProblem = { path: last, error: toApiError(error) };
      ctx.settings.forgetLastOpened();
      return null;
    }
  }
  if (ctx.settings.recent().length > 0) return null;
  return launchDemo(ctx, {});
}
