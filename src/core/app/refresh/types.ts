/** What a refresh is started for and what it reports. */

import type Database from 'better-sqlite3';
import type { AlertRefreshSummary } from '../../monitoring/alerts';

export type RefreshReason = 'import' | 'watch' | 'manual';

export interface RefreshCause {
  reason: RefreshReason;
  importIds?: number[];
}

/**
 * The alerts step of a refresh, run inside the refresh's transaction on the job's connection
 * (see alerts-step.ts); tests pass their own.
 */
export type RefreshAlertsStep = (db: Database.Database) => AlertRefreshSummary | null;

/**
 * rolled: no week completed since the parent run, whose forecast stands (roll-forward.ts); the
 * plan and alerts move to the new last sales day. incremental: derived from the parent run; full: the parent was too old (or its history was
 * rewritten by an undo) and every series ran through the full engine; skipped: no finished run
 * to refresh yet (forecast a first time from the Forecasts page).
 */
export type RefreshMode = 'rolled' | 'incremental' | 'full' | 'skipped';

export interface RefreshSummary {
  startedAt: string;
  finishedAt: string;
  cause: RefreshCause;
  mode: RefreshMode;
  /** The data's "today": the last day of sales (the plan's date). */
  today: string | null;
  /** The run the plan was made from: a new one, or the parent when rolled forward. */
  runId: number | null;
  parentRunId: number | null;
  planId: number | null;
  series: { copied: number; refit: number; full: number; coldStart: number };
  /**
   * Wall seconds per step; forecast includes reading the history (history), forecasting the
   * series (series) and storing the run (write); scores keeps the Dashboard's run scores against
   * actuals (monitoring/key-figures/run-score-store.ts).
   */
  seconds: { forecast: number; history: number; series: number; write: number; plan: number; alerts: number; scores: number; total: number };
}
