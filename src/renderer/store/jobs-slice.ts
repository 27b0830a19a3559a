import type { EventPayload } from '../../shared/contract/events';
import type { JobInfo, JobKind, JobProgress } from '../../shared/contract/schemas/app';
import type { ApiErrorShape } from '../../shared/contract/errors';

export interface JobView {
  jobId: string;
  kind: JobKind;
  status: JobInfo['status'];
  progress: JobProgress | null;
  error: ApiErrorShape | null;
}

export interface JobsSlice {
  /** Every job seen in this session; finished ones stay so late progress events cannot revive them. */
  jobs: Record<string, JobView>;
  applyJobList(list: JobInfo[]): void;
  applyJobProgress(progress: JobProgress): void;
  applyJobFinished(finished: EventPayload<'job:finished'>): void;
  /** Show a job as soon as it is started, before its first progress event. */
  trackJob(jobId: string, kind: JobKind): void;
  cancelJob(jobId: string): Promise<void>;
}
