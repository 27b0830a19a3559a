/** Incremental refresh of forecasts, plan and alerts after new data. */
export { runRefresh, REFRESH_STEPS, type RefreshOptions, type RefreshOutcome } from './run-refresh';
export { refreshAlertsStep } from './alerts-step';
export { lastRefreshSummary } from './refresh-record';
export { type RefreshAlertsStep, type RefreshCause, type RefreshMode, type RefreshReason, type RefreshSummary } from './types';
