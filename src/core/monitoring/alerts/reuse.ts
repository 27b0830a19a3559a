import type Database from 'better-sqlite3';
import type { AlertKind, AlertRefreshSummary } from '../../../shared/contract/schemas/monitoring';
import { readCache, writeCache } from './cache';

/** What a refresh leaves for the next one to reuse, kept in alert_cache with the fingerprint of its inputs. */
export interface KeptRefresh {
  detected: number;
  byKind: Record<AlertKind, number>;
  /** Alerts it inserted or updated: all of them are stored as detected. */
  stored: number;
  minimum: number;
}

const NAME = 'refreshInputs';

/** Inside the refresh's save transaction: the next refresh with the same inputs reuses what this one stored. */
export function storeRefreshInputs(db: Database.Database, fingerprint: string, kept: KeptRefresh): void {
  writeCache(db, NAME, fingerprint, JSON.stringify(kept));
}

/** What the last refresh kept, when its inputs had this fingerprint; else null (the inputs moved). */
export function keptRefresh(db: Database.Database, fingerprint: string): KeptRefresh | null {
  const kept = readCache(db, NAME, fingerprint);
  return kept === undefined ? null : (JSON.parse(kept) as KeptRefresh);
}

/**
 * The refresh when its inputs are those of the last one: the same detections would meet the alerts
 * those stored and change none of them (the same day, so no snooze ends; the same money, so no
 * acknowledgement reopens; the same plan lines, so no cover goes), whatever the planner did to them
 * since. Recorded like any refresh (the refresh row, the audit row).
 */
export function recordReusedRefresh(db: Database.Database, kept: KeptRefresh, today: string, started: number, stepsMs: Record<string, number>): AlertRefreshSummary {
  return db.transaction((): AlertRefreshSummary => {
    const seconds = Math.round(performance.now() - started) / 1000;
    const result: AlertRefreshSummary = {
      today, seconds, detected: kept.detected, byKind: kept.byKind,
      inserted: 0, updated: kept.stored, reopened: 0, resolved: 0, newHigh: [], stepsMs: { ...stepsMs, reused: 1 },
    };
    const { newHigh, stepsMs: _steps, ...recorded } = result;
    db.prepare('INSERT INTO alert_refreshes (at, today, seconds, summary) VALUES (?, ?, ?, ?)').run(
      new Date().toISOString(),
      today,
      seconds,
      JSON.stringify({ ...recorded, newHigh: newHigh.length, minimum: kept.minimum }),
    );
    db.prepare("INSERT INTO audit_log (actor, action, entity, entity_id, details) VALUES ('system', 'alerts.refresh', 'alerts', NULL, ?)").run(
      JSON.stringify({ today, detected: kept.stored, inserted: 0, reopened: 0, resolved: 0, reused: true }),
    );
    return result;
  })();
}
