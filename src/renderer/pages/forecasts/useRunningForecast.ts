import { useAppStore } from '../../store/app-store';
import type { JobView } from '../../store/jobs-slice';

/** The forecast job in progress, if any (the header shows it too, with its cancel button). */
export function useRunningForecast(): JobView | undefined {
  return useAppStore((state) => Object.values(state.jobs).find((job) => job.kind === 'forecastRun' && job.status === 'running'));
}
