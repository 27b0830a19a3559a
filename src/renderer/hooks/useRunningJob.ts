import type { JobKind } from '../../shared/contract/schemas/app';
import { useAppStore } from '../store/app-store';
import type { JobView } from '../store/jobs-slice';

/** The job of this kind in progress, if any (the header shows it too, with its cancel button). */
export function useRunningJob(kind: JobKind): JobView | undefined {
  return useAppStore((state) => Object.values(state.jobs).find((job) => job.kind === kind && job.status === 'running'));
}
