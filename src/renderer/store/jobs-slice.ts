import type { EventPayload } from '../../shared/contract/events';
import type { JobInfo, JobKind, JobProgress } from '../../shared/contract/schemas/app';
import type { ApiErrorShape } from '../../shared/contract/errors';
import { getApi } from '../api/backend';
import type { SliceCreator } from './types';

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

export const createJobsSlice: SliceCreator<JobsSlice> = (set, get) => ({
  jobs: {},

  applyJobList: (list) =>
    set((state) => {
      const jobs = { ...state.jobs };
      for (const job of list) {
        jobs[job.jobId] = {
          jobId: job.jobId,
          kind: job.kind,
          status: job.status,
          progress: job.progress,
          error: job.error,
        };
      }
      return { jobs };
    }),

  applyJobProgress: (progress) =>
    set((state) => {
      const known = state.jobs[progress.jobId];
      if (known && known.status !== 'running') return {};
      const job: JobView = known
        ? { ...known, progress }
        : { jobId: progress.jobId, kind: progress.kind, status: 'running', progress, error: null };
      return { jobs: { ...state.jobs, [progress.jobId]: job } };
    }),

  applyJobFinished: (finished) =>
    set((state) => {
      const known = state.jobs[finished.jobId];
      const job: JobView = {
        jobId: finished.jobId,
        kind: finished.kind,
        status: finished.status,
        progress: known?.progress ?? null,
        error: finished.error,
      };
      return { jobs: { ...state.jobs, [finished.jobId]: job } };
    }),

  trackJob: (jobId, kind) => {
    if (get().jobs[jobId]) return;
    set((state) => ({
      jobs: { ...state.jobs, [jobId]: { jobId, kind, status: 'running', progress: null, error: null } },
    }));
  },

  cancelJob: async (jobId) => {
    await getApi().jobs.cancel({ jobId });
  },
});
