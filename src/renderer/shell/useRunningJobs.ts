import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../store/app-store';
import type { JobView } from '../store/jobs-slice';

/** The jobs still running, as a list that only changes when one of them does. */
export function useRunningJobs(): JobView[] {
  return useAppStore(useShallow((state) => Object.values(state.jobs).filter((job) => job.status === 'running')));
}
