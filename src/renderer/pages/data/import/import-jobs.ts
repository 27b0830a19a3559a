import { getApi } from '../../../api/backend';
import { useAppStore } from '../../../store/app-store';
import type { JobView } from '../../../store/jobs-slice';

/**
 * Checks (previews) and imports are both jobs of kind "import"; a check answers only when it
 * is done, so its id is not known to the wizard. Imports are remembered here, and any other
 * running import job is a check.
 */
const importRuns = new Set<string>();

let watching = false;

export function rememberImportRun(jobId: string): void {
  importRuns.add(jobId);
  watchImportRuns();
}

/**
 * When an import lands, the grids and the dashboard figures reload: also when the wizard was
 * closed while it ran, or the user is on another page (tables are kept per workspace).
 */
function watchImportRuns(): void {
  if (watching) return;
  watching = true;
  getApi().on('job:finished', (finished) => {
    if (finished.status !== 'done' || !importRuns.has(finished.jobId)) return;
    const store = useAppStore.getState();
    void store.reloadTables();
    void store.loadWorkspaceInfo().catch(() => undefined);
  });
}

function isCheck(job: JobView): boolean {
  return job.kind === 'import' && job.status === 'running' && !importRuns.has(job.jobId);
}

/** The check running now, for its progress bar and cancel button. */
export function useRunningCheckId(): string | null {
  return useAppStore((s) => Object.values(s.jobs).find(isCheck)?.jobId ?? null);
}

/** Stop checks nobody waits for any more: each holds the workspace's write lock until it ends. */
export function cancelRunningChecks(): void {
  const { jobs, cancelJob } = useAppStore.getState();
  for (const job of Object.values(jobs)) if (isCheck(job)) void cancelJob(job.jobId).catch(() => undefined);
}
