import type Database from 'better-sqlite3';
import type { AlertNotice, AlertStatus } from '../../../shared/contract/schemas/monitoring';
import { AppError } from '../../ground/errors/app-error';
import { dayFromIso, isoFromDay } from '../../ground/calendar';
import type { DetectedAlert } from './types';

/**
 * An acknowledged alert stays quiet until it resolves, unless its money at stake reaches this
 * multiple of what it was when acknowledged: then it is open again (raised anew).
 */
export const ACK_REOPEN_FACTOR = 2;

export interface ApplyResult {
  inserted: number;
  updated: number;
  /** Resolved alerts that came back (counted on the row), and acknowledged ones whose money grew past the factor. */
  reopened: number;
  resolved: number;
  /** Alerts raised by this run (new, back from resolved, grown past acknowledgement, back from snooze). */
  raised: AlertNotice[];
}

/** In an alert's facts when a plan line answers it (coverage.ts puts its id there). */
const COVERED_MARK = '"planLineId":';

interface StoredState {
  id: number;
  status: AlertStatus;
  snoozedUntil: string | null;
  ackMoney: number | null;
  /** A plan line answered it last time. */
  covered: boolean;
}

/**
 * Stores one refresh's detections against the alerts already kept, in one transaction:
 * - a new key is inserted, open;
 * - the same key updates its row (money, priority, why, last seen);
 * - acknowledged stays acknowledged unless its money reaches ACK_REOPEN_FACTOR × the money when acknowledged;
 * - snoozed stays snoozed until `today` is past its date, then it is open again;
 * - resolved that comes back is reopened and its reopen count goes up;
 * - open and answered by a plan line last time, no longer answered (the draft went): raised again today;
 * - a kept alert whose condition is gone is resolved.
 * The run is audited as one row (per-alert actions are audited where the user takes them).
 */
export function applyDetections(db: Database.Database, detected: readonly DetectedAlert[], today: string, currency: string, actor = 'system'): ApplyResult {
  const now = new Date().toISOString();
  const result: ApplyResult = { inserted: 0, updated: 0, reopened: 0, resolved: 0, raised: [] };
  db.transaction(() => {
    // Only what decides a row's fate crosses into JavaScript: its facts and entity stay in SQLite (tens of MB at 50,000 SKUs).
    const existing = new Map<string, StoredState>();
    const rows = db
      .prepare(`SELECT key, id, status, snoozed_until, ack_money, instr(facts, '${COVERED_MARK}') > 0 FROM alerts`)
      .raw(true)
      .iterate() as IterableIterator<[string, number, AlertStatus, string | null, number | null, number]>;
    for (const [key, id, status, snoozedUntil, ackMoney, covered] of rows) existing.set(key, { id, status, snoozedUntil, ackMoney, covered: covered === 1 });
    const insert = db.prepare(
      `INSERT INTO alerts (key, kind, priority, status, money, currency, money_method, entity, facts, first_seen, last_seen, raised_on, updated_at)
       VALUES (?, ?, ?, 'open', ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    // A repeat run on the same day usually finds nothing changed: SQLite compares, and writes none of those rows.
    const update = db.prepare(
      `UPDATE alerts SET priority = @priority, money = @money, currency = @currency, money_method = @method, entity = @entity, facts = @facts,
         last_seen = max(last_seen, @today), updated_at = @now
       WHERE id = @id AND NOT (priority IS @priority AND money IS @money AND money_method IS @method AND last_seen IS @today AND entity IS @entity AND facts IS @facts)`,
    );
    const raise = db.prepare(
      `UPDATE alerts SET status = 'open', raised_on = ?, snoozed_until = NULL, acknowledged_at = NULL, ack_note = NULL, ack_money = NULL,
         resolved_on = NULL, reopen_count = reopen_count + ? WHERE id = ?`,
    );
    const seen = new Set<string>();
    for (const alert of detected) {
      if (seen.has(alert.key)) continue;
      seen.add(alert.key);
      const entity = JSON.stringify(alert.entity);
      const facts = JSON.stringify(alert.facts);
      const money = Math.max(0, alert.money);
      const stored = existing.get(alert.key);
      let id: number;
      let raised = false;
      if (!stored) {
        id = Number(insert.run(alert.key, alert.kind, alert.priority, money, currency, alert.moneyMethod, entity, facts, today, today, today, now).lastInsertRowid);
        result.inserted++;
        raised = true;
      } else {
        id = stored.id;
        update.run({ priority: alert.priority, money, currency, method: alert.moneyMethod, entity, facts, today, now, id });
        result.updated++;
        if (stored.status === 'resolved') {
          raise.run(today, 1, id);
          result.reopened++;
          raised = true;
        } else if (stored.status === 'acknowledged' && stored.ackMoney !== null && money >= stored.ackMoney * ACK_REOPEN_FACTOR && money > 0) {
          raise.run(today, 0, id);
          result.reopened++;
          raised = true;
        } else if (stored.status === 'snoozed' && stored.snoozedUntil !== null && stored.snoozedUntil < today) {
          raise.run(today, 0, id);
          raised = true;
        } else if (stored.status === 'open' && stored.covered && !isCovered(facts)) {
          // The plan line that answered it is gone (draft deleted or set to 0): it is work again, as of today.
          raise.run(today, 0, id);
          raised = true;
        }
      }
      if (raised && alert.priority === 'high' && !isCovered(facts)) result.raised.push({ id, kind: alert.kind, priority: alert.priority, money, currency, entity: alert.entity });
    }
    const resolve = db.prepare("UPDATE alerts SET status = 'resolved', resolved_on = ?, snoozed_until = NULL, updated_at = ? WHERE id = ?");
    for (const [key, stored] of existing) {
      if (seen.has(key) || stored.status === 'resolved') continue;
      resolve.run(today, now, stored.id);
      result.resolved++;
    }
    db.prepare("INSERT INTO audit_log (actor, action, entity, entity_id, details) VALUES (?, 'alerts.refresh', 'alerts', NULL, ?)").run(
      actor,
      JSON.stringify({ today, detected: seen.size, inserted: result.inserted, reopened: result.reopened, resolved: result.resolved }),
    );
  })();
  return result;
}

/** A plan line answers the alert (coverage.ts puts its id in the facts). */
function isCovered(facts: string): boolean {
  return facts.includes(COVERED_MARK);
}

function audit(db: Database.Database, actor: string, action: string, id: number, details: object): void {
  db.prepare("INSERT INTO audit_log (actor, action, entity, entity_id, details) VALUES (?, ?, 'alerts', ?, ?)").run(actor, action, String(id), JSON.stringify(details));
}

/** Runs `change` on each alert in one transaction; an unknown id changes nothing. */
function changeEach(db: Database.Database, ids: readonly number[], change: (id: number, status: AlertStatus, money: number) => void): number {
  return db.transaction(() => {
    const read = db.prepare('SELECT status, money FROM alerts WHERE id = ?');
    const rows = ids.map((id) => ({ id, row: read.get(id) as { status: AlertStatus; money: number } | undefined }));
    const missing = rows.find((r) => !r.row);
    if (missing) throw new AppError('not_found', `No alert ${missing.id}`, { id: missing.id });
    for (const { id, row } of rows) change(id, row!.status, row!.money);
    return rows.length;
  })();
}

/** Acknowledge: quiet until it resolves, or its money reaches ACK_REOPEN_FACTOR × today's. Resolved alerts are left as they are. */
export function acknowledgeAlerts(db: Database.Database, ids: readonly number[], note: string | null, actor = 'user'): number {
  const now = new Date().toISOString();
  const set = db.prepare("UPDATE alerts SET status = 'acknowledged', acknowledged_at = ?, ack_note = ?, ack_money = money, snoozed_until = NULL, updated_at = ? WHERE id = ?");
  return changeEach(db, ids, (id, status, money) => {
    if (status === 'resolved') return;
    set.run(now, note, now, id);
    audit(db, actor, 'alert.acknowledge', id, { from: status, money, note });
  });
}

/** Snooze until a date (the workspace's calendar): the alert comes back on the first refresh after it. */
export function snoozeAlerts(db: Database.Database, ids: readonly number[], until: string, today: string, actor = 'user'): number {
  if (Number.isNaN(dayFromIso(until)) || until <= today) {
    throw new AppError('invalid_input', `A snooze lasts until a date after ${today}, not "${until}"`, { field: 'until', value: until });
  }
  const now = new Date().toISOString();
  const set = db.prepare("UPDATE alerts SET status = 'snoozed', snoozed_until = ?, updated_at = ? WHERE id = ?");
  return changeEach(db, ids, (id, status) => {
    if (status === 'resolved') return;
    set.run(until, now, id);
    audit(db, actor, 'alert.snooze', id, { from: status, until });
  });
}

/** Back to open by hand (undo an acknowledgement or a snooze). */
export function reopenAlerts(db: Database.Database, ids: readonly number[], actor = 'user'): number {
  const now = new Date().toISOString();
  const set = db.prepare("UPDATE alerts SET status = 'open', snoozed_until = NULL, acknowledged_at = NULL, ack_note = NULL, ack_money = NULL, updated_at = ? WHERE id = ?");
  return changeEach(db, ids, (id, status) => {
    if (status === 'resolved' || status === 'open') return;
    set.run(now, id);
    audit(db, actor, 'alert.reopen', id, { from: status });
  });
}

export function defaultSnoozeUntil(today: string, days: number): string {
  return isoFromDay(dayFromIso(today) + days);
}
