import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { AlertSettings } from '../../../shared/contract/schemas/monitoring';
import { dataVersion } from '../../db/data-versions';
import { salesVersion } from '../../db/sales-series/store';
import { latestRunId } from '../../planning/build-plan';

/** Moved when a detector's rules change, so a refresh stored by older rules is never reused. */
const RULES_VERSION = 1;

/** Small tables every detector may read, hashed whole (a few thousand rows at most). */
const SMALL_TABLES = ['locations', 'lanes', 'transfer_orders', 'forecast_overrides', 'campaigns', 'workspace_meta', 'planning_settings', 'planning_preferences', 'supplier_scorecard_settings'];

/**
 * Everything a refresh reads, in look-ups that never touch the large tables: the day and the
 * settings; the counters writers move in their own transaction for sales, purchase orders and
 * receipts, suppliers and terms, and stock counts (db/data-versions.ts); the newest forecast run
 * (a stored run never changes) and the newest plan with its lines as the planner may edit them; the
 * catalogue and the small tables hashed. Two refreshes with the same fingerprint detect the same
 * alerts, so the second reuses what the first stored (refresh.ts).
 */
export function refreshInputsFingerprint(db: Database.Database, today: string, settings: AlertSettings): string {
  const hash = createHash('sha256');
  const add = (part: unknown) => hash.update(JSON.stringify(part)).update('\n');
  add([RULES_VERSION, today, settings]);
  add([salesVersion(db), dataVersion(db, 'purchases'), dataVersion(db, 'suppliers'), dataVersion(db, 'stock')]);
  add(latestRunId(db));
  const plan = db.prepare("SELECT id, status, created_at FROM plans WHERE status <> 'archived' ORDER BY created_at DESC, id DESC LIMIT 1").raw(true).get() as [number, string, string] | undefined;
  add(plan ?? null);
  if (plan) {
    // Every column the planner's edits move; the explanation (a kilobyte a line, written with the line) by its length.
    const lines = db
      .prepare(
        `SELECT id, product_id, location_id, supplier_id, quantity, unit_cost, currency, moq, order_multiple, max_order_qty, order_date,
           expected_arrival, locked, edited, status, po_line_id, length(explanation) FROM plan_lines WHERE plan_id = ? ORDER BY id`,
      )
      .raw(true)
      .iterate(plan[0]);
    for (const row of lines) add(row);
  }
  for (const row of db.prepare('SELECT * FROM products ORDER BY id').raw(true).iterate()) add(row);
  const tables = new Set(db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[]);
  for (const table of SMALL_TABLES) {
    add(table);
    if (!tables.has(table)) continue;
    for (const row of db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).raw(true).iterate()) add(row);
  }
  return hash.digest('hex');
}
