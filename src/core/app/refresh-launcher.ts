/**
 * Starts the incremental refresh (forecast → plan → alerts) as one `refresh` job. One refresh
 * runs at a time per app: a request while one runs joins it, and one more refresh follows it
 * so that data which arrived meanwhile is not left out (watched folders can land several
 * files in a row).
 */

import type { RefreshCause } from './refresh';
import type { RefreshTaskInput } from './jobs/tasks/refresh-task';
import { announceNewAlerts } from './alert-notices';
import type { AppContext } from './app-context';

interface LauncherState {
  running: { jobId: string; path: string } | null;
  /** Causes that arrived while a refresh ran: merged into the one that follows. */
  queued: RefreshCause | null;
}

const states = new WeakMap<AppContext, LauncherState>();

export function startRefresh(ctx: AppContext, cause: RefreshCause): { jobId: string } {
  const state = stateOf(ctx);
  const path = ctx.requireWorkspace().path;
  if (state.running && state.running.path === path) {
    state.queued = mergeCauses(state.queued, cause);
    return { jobId: state.running.jobId };
  }
  const input: RefreshTaskInput = { path, cause, workerEntry: ctx.workerEntry };
  const { jobId, done } = ctx.jobs.start('refresh', input);
  state.running = { jobId, path };
  const settle = () => {
    state.running = null;
    ctx.dataChanged();
    ctx.warmPages();
    const next = state.queued;
    state.queued = null;
    if (next && ctx.workspace?.path === path) startRefresh(ctx, next);
  };
  done
    .then((outcome) => {
      settle();
      announceNewAlerts(ctx, outcome.alerts?.newHigh ?? []);
    })
    .catch(() => {
      // Failed or cancelled: the UI hears it as a job:finished event; nothing was written.
      settle();
    });
  return { jobId };
}

/** The refresh job running now on the open workspace, if any. */
export function runningRefresh(ctx: AppContext): string | null {
  const running = stateOf(ctx).running;
  return running && running.path === ctx.workspace?.path ? running.jobId : null;
}

function stateOf(ctx: AppContext): LauncherState {
  let state = states.get(ctx);
  if (!state) {
    state = { running: null, queued: null };
    states.set(ctx, state);
  }
  return state;
}

function mergeCauses(queued: RefreshCause | null, cause: RefreshCause): RefreshCause {
  if (!queued) return cause;
  const importIds = [...(queued.importIds ?? []), ...(cause.importIds ?? [])];
  return { reason: cause.reason, ...(importIds.length > 0 ? { importIds } : {}) };
}
