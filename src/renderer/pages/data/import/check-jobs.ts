import { useAppStore } from '../../../store/app-store';
import type { JobView } from '../../../store/jobs-slice';

/**
 * Checks (previews) and imports are both jobs of kind "import"; a check answers only when it
 * is done, so its id is not known to the wizard. Imports are remembered here, and any other
 * running import job is a check.
 */
const importRuns = new Set<string>();

export function rememberImportRun(jobId: string): void {
  importRuns.add(jobId);
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
