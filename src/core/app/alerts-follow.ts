import type { JobKind } from '../../shared/contract/schemas/app';
import type { AlertRefreshSummary } from '../../shared/contract/schemas/monitoring';
import type { StartedJob } from './jobs/runner';

/**
 * Jobs whose results the alerts read: when one of them has written, the alerts are checked again,
 * so they never speak of "no forecast yet" after a forecast or repeat a line the plan now holds.
 * (The refresh job, which watched folders start, runs its own alerts step; the demo is checked when made.)
 */
export const ALERTS_FOLLOW_JOBS: ReadonlySet<JobKind> = new Set<JobKind>(['forecastRun', 'planRun', 'import']);

/**
 * Checks the alerts again after the data they read changed (a job above, an approval, an edited plan
 * line, a forecast override), as a writing job in its turn. Requests that come while a check runs
 * are folded into one more check after it, so a burst of edits costs at most two checks.
 */
export class AlertsFollower {
  private running = false;
  private again = false;
  private waiters: (() => void)[] = [];

  constructor(private readonly startCheck: () => StartedJob<AlertRefreshSummary> | null) {}

  request(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    const job = this.startCheck();
    if (!job) return;
    this.running = true;
    void job.done
      .catch(() => undefined)
      .then(() => {
        this.running = false;
        if (this.again) {
          this.again = false;
          this.request();
        }
        if (!this.running) for (const resolve of this.waiters.splice(0)) resolve();
      });
  }

  /** Resolves once no check runs or waits for its turn. */
  idle(): Promise<void> {
    return this.running ? new Promise((resolve) => this.waiters.push(resolve)) : Promise.resolve();
  }
}
