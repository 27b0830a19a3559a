import { createHash, type Hash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { AlertSettings } from '../../../shared/contract/schemas/monitoring';
import { dataVersion } from '../../db/data-versions';
import { salesVersion } from '../../db/sales-series/store';
import { latestRunId } from '../../planning/build-plan';
import { newestActivePlanId } from './newest-plan';

/**
 * Moved when a detector's rules change, or what a detector group reads (kept-detections.ts), so
 * neither a refresh nor a group's detections stored by older rules is ever reused.
 */
const RULES_VERSION = 3;

/** Small tables every detector may read, hashed whole (a few thousand rows at most). */
const SMALL_TABLES = ['locations', 'lanes', 'transfer_orders', 'forecast_overrides', 'campaigns', 'workspace_meta', 'planning_settings', 'planning_preferences', 'supplier_scorecard_settings'];

/**
 * The inputs of a check in parts, each hashed on its own, so a detector group that reads only some
 * of them keeps its detections while those stand (kept-detections.ts):
 * - basis: the rules, the day and the settings, the catalogue and the suppliers with their terms
 *   (their counters), the small tables;
 * - activity: the sales, purchases (orders, lines, receipts) and stock-count counters;
 * - run: the newest forecast run (a stored run never changes);
 * - plan: the newest plan that is not archived (newest-plan.ts), with its lines as the planner may edit them.
 */
export type InputPart = 'basis' | 'activity' | 'run' | 'plan';

export interface RefreshInputs {
  /** Everything a refresh reads: two refreshes with the same fingerprint detect the same alerts (reuse.ts). */
  fingerprint: string;
  parts: Record<InputPart, string>;
}

const PLAN_LINE_COLUMNS = `id, product_id, location_id, supplier_id, quantity, unit_cost, currency, moq, order_multiple, max_order_qty, order_date,
  expected_arrival, locked, edited, status, po_line_id, length(explanation)`;

/**
 * Everything a refresh reads, in look-ups that never touch the large tables: the counters writers
 * move in their own transaction (db/data-versions.ts), the newest run's id, the newest plan's lines
 * and the small tables hashed.
 */
export function refreshInputs(db: Database.Database, today: string, settings: AlertSettings): RefreshInputs {
  const basis = partHash();
  basis.add([RULES_VERSION, today, settings, dataVersion(db, 'products'), dataVersion(db, 'suppliers')]);
  const tables = new Set(db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[]);
  for (const table of SMALL_TABLES) {
    basis.add(table);
    if (!tables.has(table)) continue;
    for (const row of db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).raw(true).iterate()) basis.add(row);
  }
  const activity = partHash();
  activity.add([salesVersion(db), dataVersion(db, 'purchases'), dataVersion(db, 'stock')]);
  const run = partHash();
  run.add(latestRunId(db));
  const plan = planHash(db, newestActivePlanId(db));
  const parts: Record<InputPart, string> = {
    basis: basis.digest(),
    activity: activity.digest(),
    run: run.digest(),
    plan,
  };
  return { fingerprint: partsFingerprint(parts, ['basis', 'activity', 'run', 'plan']), parts };
}

/** One hash over the named parts (in the order given). */
export function partsFingerprint(parts: Record<InputPart, string>, names: readonly InputPart[]): string {
  const hash = createHash('sha256');
  for (const name of names) hash.update(`${name}=${parts[name]}\n`);
  return hash.digest('hex');
}

/** A plan's row and every column of its lines the planner's edits move; the explanation (a kilobyte a line) by its length. */
function planHash(db: Database.Database, planId: number | null): string {
  const hash = partHash();
  const plan = planId === null ? undefined : db.prepare('SELECT id, status, created_at, plan_date, forecast_run_id FROM plans WHERE id = ?').raw(true).get(planId);
  hash.add(plan ?? null);
  if (plan) for (const row of db.prepare(`SELECT ${PLAN_LINE_COLUMNS} FROM plan_lines WHERE plan_id = ? ORDER BY id`).raw(true).iterate(planId)) hash.add(row);
  return hash.digest();
}

function partHash(): { add: (part: unknown) => void; digest: () => string } {
  const hash: Hash = createHash('sha256');
  return { add: (part) => void hash.update(JSON.stringify(part)).update('\n'), digest: () => hash.digest('hex') };
}
