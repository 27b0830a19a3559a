import type { JobKind } from '../../../shared/contract/schemas/app';
import type { ChunkHooks } from '../../ground/spread-over-workers';
import { JobRunner } from './runner';

/**
 * One share of a job's work on a worker thread of its own, as a plain function a domain can be
 * handed (see ground/spread-over-workers.ts): progress and cancellation travel through the hooks.
 */
export function runOnWorker<In, Out>(kind: JobKind, workerEntry: URL | string): (input: In, hooks: ChunkHooks) => Promise<Out> {
  return async (input, { onProgress, signal }) => {
    const runner = new JobRunner({ workerEntry, onProgress: (progress) => onProgress(progress.current) });
    const job = runner.start<Out>(kind, input);
    const cancel = () => runner.cancel(job.jobId);
    if (signal.aborted) cancel();
    else signal.addEventListener('abort', cancel, { once: true });
    try {
      return await job.done;
    } finally {
      signal.removeEventListener('abort', cancel);
      await runner.stopAll();
    }
  };
}
