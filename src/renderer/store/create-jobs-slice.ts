import { getApi } from '../api/backend';
import type { JobView, JobsSlice } from './jobs-slice';
import type { SliceCreator } from './types';

export const createJobsSlice: SliceCreator<JobsSlice> = (set, get) => ({
  jobs: {},

  applyJobList: (list) =>
    set((state) => {
      // No job known to the back end (the usual start-up): the jobs seen so far stay as they are.
      if (list.length === 0) return {};
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
