import { openJobConnection } from '../../../db/job-connection';
import { migration008 } from '../../../db/migrations/008_alerts';
import { AppError } from '../../../ground/errors/app-error';
import { refreshAlerts, type AlertRefreshSummary } from '../../../monitoring/alerts';
import type { TaskContext } from '../../../ground/task-context';

export interface AlertsTaskInput {
  /** The workspace file (the app has it open; the worker opens its own connection). */
  path: string;
  today?: string;
}

/**
 * Detects and stores alerts (steps 'alerts.read', 'alerts.detect', 'alerts.save'). Cancelling before
 * the save leaves the alerts as they were: they are written in one transaction at the end.
 */
export function alertsTask(input: AlertsTaskInput, ctx: TaskContext): AlertRefreshSummary {
  const db = openJobConnection(input.path, (connection) => {
    const version = connection.pragma('user_version', { simple: true }) as number;
    if (version < migration008.version) throw new AppError('not_supported', 'This workspace has no alert tables yet: open it in SupplyDesk first to upgrade it', { version });
  });
  try {
    return refreshAlerts(db, { ...(input.today !== undefined ? { today: input.today } : {}), task: ctx });
  } finally {
    db.close();
  }
}
