import { AppContext } from '../../src/core/app/app-context';
import type { EventPayload } from '../../src/shared/contract/events';
import { sourceWorkerEntry } from '../../src/core/app/jobs/runner';

/** A real AppContext on a temporary home, as the browser mode builds it. */
export function testAppContext(home: string): AppContext {
  return new AppContext({
    host: { mode: 'browser', version: '0.0.0-test', systemLocale: 'en' },
    home,
    workerEntry: sourceWorkerEntry,
  });
}

/** Resolves with a job's end as `job:finished` announces it, also when it ended before the call. */
export function jobFinished(app: AppContext, jobId: string): Promise<EventPayload<'job:finished'>> {
  return new Promise((resolve) => {
    const stop = app.events.subscribe((event, payload) => {
      const done = payload as EventPayload<'job:finished'>;
      if (event === 'job:finished' && done.jobId === jobId) {
        stop();
        resolve(done);
      }
    });
    const known = app.jobs.list().find((job) => job.jobId === jobId);
    if (known && known.status !== 'running') {
      stop();
      resolve({ jobId, kind: known.kind, status: known.status, error: known.error });
    }
  });
}
