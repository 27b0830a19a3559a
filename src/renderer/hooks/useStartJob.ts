import type { JobKind } from '../../shared/contract/schemas/app';
import { useAppStore } from '../store/app-store';
import { useAction } from './useAction';

export interface StartJob {
  /** True while the back end is asked to start the job (not while it runs). */
  starting: boolean;
  /** Starts the job with `begin` and follows it; `then` runs once it has started. */
  start(begin: () => Promise<{ jobId: string }>, then?: () => void): Promise<void>;
}

/** Starting a background job from a button: followed in the job list, a failure to start said in a notice titled `failed`. */
export function useStartJob(kind: JobKind, failed: string): StartJob {
  const trackJob = useAppStore((state) => state.trackJob);
  const { busy, run } = useAction(failed);
  const start = (begin: () => Promise<{ jobId: string }>, then?: () => void) =>
    run(async () => {
      const { jobId } = await begin();
      trackJob(jobId, kind);
      then?.();
    });
  return { starting: busy, start };
}
