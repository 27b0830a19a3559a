import {
  acknowledgeAlerts,
  countAlerts,
  defaultSnoozeUntil,
  listAlerts,
  readAlertSettings,
  reopenAlerts,
  saveAlertSettings,
  snoozeAlerts,
  workspaceToday,
  writeDigest,
} from '../../monitoring/alerts';
import type { AlertsTaskInput } from '../jobs/tasks/alerts-task';
import { announceNewAlerts } from '../alert-notices';
import type { AppContext } from '../app-context';
import { exportedFile, exportFilePath } from '../exports-folder';
import { writes, type DomainHandlers } from './types';

export function monitoringHandlers(ctx: AppContext): DomainHandlers<'monitoring'> {
  const db = () => ctx.requireWorkspace().db;
  return {
    'monitoring:alerts': (filter) => listAlerts(db(), filter ?? {}),
    'monitoring:counts': () => countAlerts(db()),
    'monitoring:refresh': () => {
      const input: AlertsTaskInput = { path: ctx.requireWorkspace().path };
      const { jobId, done } = ctx.startWritingJob('alerts', input);
      done
        .then((summary) => announceNewAlerts(ctx, summary.newHigh))
        .catch(() => {
          // The failure reaches the UI as a job:finished event.
        });
      return { jobId };
    },
    'monitoring:acknowledge': writes(({ ids, note }) => ({ updated: acknowledgeAlerts(db(), ids, note?.trim() ? note.trim() : null) })),
    'monitoring:snooze': writes(({ ids, until }) => {
      const today = workspaceToday(db());
      const date = until ?? defaultSnoozeUntil(today, readAlertSettings(db()).snoozeDays);
      return { updated: snoozeAlerts(db(), ids, date, today), until: date };
    }),
    'monitoring:reopen': writes(({ ids }) => ({ updated: reopenAlerts(db(), ids) })),
    'monitoring:settings': () => readAlertSettings(db()),
    'monitoring:updateSettings': writes((patch) => saveAlertSettings(db(), patch)),
    'monitoring:exportDigest': async ({ format, locale }) => {
      const today = workspaceToday(db());
      const file = exportFilePath(ctx, `${locale === 'zh-CN' ? '预警摘要' : 'alert digest'} ${today}.${format}`);
      await writeDigest(db(), file, format, locale);
      return exportedFile(file);
    },
  };
}
