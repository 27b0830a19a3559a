/** Rows in the shared audit_log for forecasting changes, with the before and after state. */

import type Database from 'better-sqlite3';

export interface AuditEntry {
  actor: string;
  action: string;
  entity: string;
  entityId: number | string;
  before: unknown;
  after: unknown;
}

export function writeAudit(db: Database.Database, entry: AuditEntry): void {
  db.prepare('INSERT INTO audit_log (actor, action, entity, entity_id, details) VALUES (?, ?, ?, ?, ?)').run(
    entry.actor,
    entry.action,
    entry.entity,
    String(entry.entityId),
    JSON.stringify({ before: entry.before ?? null, after: entry.after ?? null }),
  );
}
