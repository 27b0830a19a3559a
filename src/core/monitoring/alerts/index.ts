/** Alerts: detection (one detector per kind), storage by the repeat-run rules, lists, settings and the daily digest. */

export { refreshAlerts, type RefreshOptions } from './refresh';
export { listAlerts, countAlerts, lastRefresh } from './queries';
export { acknowledgeAlerts, snoozeAlerts, reopenAlerts, defaultSnoozeUntil, ACK_REOPEN_FACTOR } from './store';
export { readAlertSettings, saveAlertSettings, DEFAULT_ALERT_SETTINGS } from './settings';
export { workspaceToday } from './today';
export { priorityOf } from './priority';
export type { AlertRefreshSummary } from '../../../shared/contract/schemas/monitoring';
export { writeDigest, buildDigest, digestMarkdown, digestWorkbook, type DigestFormat } from './digest';
export type { DigestLocale } from './digest-words';
