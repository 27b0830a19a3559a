/**
 * Transfer orders: a transfer draft approved into a stored order (one transaction), then received
 * or cancelled. Status: open (approved, ship date ahead) → in_transit (shipped) → received; a
 * receipt at the destination closes it: the "received" action writes one (naming the order), and a
 * receipt import whose reference is the transfer number counts too (see planning/transfer-positions.ts).
 */

import type Database from 'better-sqlite3';
import type { TransferApproval, TransferOrderRow } from '../../shared/contract/schemas/logistics';
import { dayFromIso, isoFromDay } from '../ground/calendar';
import { AppError } from '../ground/errors/app-error';
import { moveDataVersion } from '../db/data-versions';
import { loadPositions } from '../planning/inventory-position';
import { resolvePeriod } from '../suppliers/period';

/** The workspace's "today" for transfer statuses: the period's as-of day (the demo's fixed date). */
function today(db: Database.Database): string {
  return isoFromDay(resolvePeriod(db).asOfDay);
}

const ROW_SQL = `
  SELECT t.id, t.transfer_number AS transferNumber, t.product_id AS productId, p.sku, p.name AS productName,
    t.from_location_id AS fromLocationId, f.code AS fromLocation, t.to_location_id AS toLocationId, d.code AS toLocation,
    t.mode, t.quantity, t.ship_date AS shipDate, t.expected_arrival AS arrivalDate, t.received_date AS receivedDate,
    t.freight_cost AS freightCost, t.currency, t.status, t.plan_id AS planId, t.reason, t.created_at AS createdAt,
    COALESCE((SELECT sum(r.qty_received - r.qty_rejected) FROM receipts r
      WHERE r.transfer_order_id = t.id
         OR (r.transfer_order_id IS NULL AND r.reference = t.transfer_number AND r.product_id = t.product_id AND r.location_id = t.to_location_id)), 0) AS received
  FROM transfer_orders t JOIN products p ON p.id = t.product_id
  JOIN locations f ON f.id = t.from_location_id JOIN locations d ON d.id = t.to_location_id`;

type RawRow = Omit<TransferOrderRow, 'reason' | 'status'> & { reason: string; status: string };

function toRow(raw: RawRow, asOf: string): TransferOrderRow {
  const reason = JSON.parse(raw.reason) as TransferOrderRow['reason'];
  let status = raw.status as TransferOrderRow['status'];
  // A receipt import naming the transfer closes it without the action: the list shows it so.
  if (status !== 'cancelled' && raw.received >= raw.quantity - 1e-9) status = 'received';
  else if (status === 'open' && raw.shipDate <= asOf) status = 'in_transit';
  else if (status === 'in_transit' && raw.received > 0) status = 'partial';
  return { ...raw, reason, status };
}

export function listTransferOrders(db: Database.Database): TransferOrderRow[] {
  const asOf = today(db);
  return (db.prepare(`${ROW_SQL} ORDER BY t.id DESC`).all() as RawRow[]).map((r) => toRow(r, asOf));
}

export function transferOrder(db: Database.Database, id: number): TransferOrderRow {
  const raw = db.prepare(`${ROW_SQL} WHERE t.id = ?`).get(id) as RawRow | undefined;
  if (!raw) throw new AppError('not_found', `There is no transfer order ${id}`, { id });
  return toRow(raw, today(db));
}

/**
 * Stores an approved transfer draft as a transfer order, checked first (changes nothing when it
 * fails): SKU and warehouses exist and differ, arrival not before shipping, and the origin holds the
 * quantity today (its position's on hand, after the transfers already approved from it).
 */
export function approveTransfer(db: Database.Database, input: TransferApproval, actor = 'user'): TransferOrderRow {
  const id = db.transaction(() => {
    const product = db.prepare('SELECT id FROM products WHERE id = ?').get(input.productId);
    if (!product) throw new AppError('invalid_input', `There is no product ${input.productId}`, { field: 'productId' });
    const locations = db.prepare('SELECT id FROM locations WHERE id IN (?, ?)').pluck().all(input.fromLocationId, input.toLocationId) as number[];
    if (input.fromLocationId === input.toLocationId) throw new AppError('invalid_input', 'A transfer goes from one warehouse to another', { field: 'toLocationId' });
    if (locations.length !== 2) throw new AppError('invalid_input', 'Both warehouses of a transfer must exist', { field: 'fromLocationId' });
    if (dayFromIso(input.arrivalDate) < dayFromIso(input.shipDate)) throw new AppError('invalid_input', 'A transfer arrives on or after its ship date', { field: 'arrivalDate' });
    const asOf = today(db);
    const origin = loadPositions(db, asOf, false, input.productId).get(`${input.productId}:${input.fromLocationId}`);
    const available = origin?.onHand ?? 0;
    if (input.quantity > available + 1e-9) {
      throw new AppError('invalid_input', `The origin holds ${Math.floor(available)} units of this SKU today: it cannot send ${input.quantity}`, { field: 'quantity', available });
    }
    if (input.laneId !== undefined && input.laneId !== null) {
      const lane = db.prepare("SELECT 1 FROM lanes WHERE id = ? AND origin_kind = 'warehouse' AND origin_location_id = ? AND destination_location_id = ?").get(input.laneId, input.fromLocationId, input.toLocationId);
      if (!lane) throw new AppError('invalid_input', `Lane ${input.laneId} does not run between these warehouses`, { field: 'laneId' });
    }
    const currency = (db.prepare('SELECT currency FROM products WHERE id = ?').pluck().get(input.productId) as string | null) ?? 'CNY';
    const status = input.shipDate <= asOf ? 'in_transit' : 'open';
    const reason = { ...(input.reason ?? {}), ...(input.note ? { note: input.note } : {}) };
    const inserted = Number(
      db
        .prepare(
          `INSERT INTO transfer_orders (transfer_number, product_id, from_location_id, to_location_id, lane_id, mode, quantity, qty_shipped,
             ship_date, expected_arrival, freight_cost, currency, status, plan_id, reason)
           VALUES ('pending', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          input.productId, input.fromLocationId, input.toLocationId, input.laneId ?? null, input.mode, input.quantity,
          status === 'in_transit' ? input.quantity : 0, input.shipDate, input.arrivalDate, input.freightCost ?? null, currency, status,
          input.planId ?? null, JSON.stringify(reason),
        ).lastInsertRowid,
    );
    db.prepare('UPDATE transfer_orders SET transfer_number = ? WHERE id = ?').run(`TO-${String(inserted).padStart(6, '0')}`, inserted);
    audit(db, actor, 'logistics.approveTransfer', inserted, { ...input });
    return inserted;
  })();
  return transferOrder(db, id);
}

/** Receives what is still due (a receipt at the destination naming the order), closing it. */
export function receiveTransfer(db: Database.Database, id: number, receivedDate?: string, actor = 'user'): TransferOrderRow {
  db.transaction(() => {
    const order = transferOrder(db, id);
    if (order.status === 'cancelled' || order.status === 'received') throw new AppError('invalid_input', `Transfer ${order.transferNumber} is already ${order.status}`, { id });
    const date = receivedDate ?? (order.arrivalDate > today(db) ? today(db) : order.arrivalDate);
    if (date < order.shipDate) throw new AppError('invalid_input', `Transfer ${order.transferNumber} cannot be received before it ships (${order.shipDate})`, { field: 'receivedDate' });
    const due = order.quantity - order.received;
    db.prepare('INSERT INTO receipts (product_id, location_id, receipt_date, qty_received, qty_rejected, reference, transfer_order_id) VALUES (?, ?, ?, ?, 0, ?, ?)')
      .run(order.productId, order.toLocationId, date, due, order.transferNumber, id);
    db.prepare("UPDATE transfer_orders SET status = 'received', qty_shipped = quantity, qty_received = quantity, received_date = ? WHERE id = ?").run(date, id);
    // A receipt was written: readers keyed on the purchases counter (alerts, lead times) see it.
    moveDataVersion(db, 'purchases');
    audit(db, actor, 'logistics.receiveTransfer', id, { receivedDate: date, quantity: due });
  })();
  return transferOrder(db, id);
}

/** Takes back an approved transfer nothing of which has arrived: the origin counts its units again. */
export function cancelTransfer(db: Database.Database, id: number, actor = 'user'): TransferOrderRow {
  db.transaction(() => {
    const order = transferOrder(db, id);
    if (order.status === 'cancelled' || order.received > 0) throw new AppError('invalid_input', `Transfer ${order.transferNumber} is ${order.status}: only a transfer nothing of which has arrived can be cancelled`, { id });
    db.prepare("UPDATE transfer_orders SET status = 'cancelled' WHERE id = ?").run(id);
    audit(db, actor, 'logistics.cancelTransfer', id, {});
  })();
  return transferOrder(db, id);
}

function audit(db: Database.Database, actor: string, action: string, id: number, details: object): void {
  db.prepare("INSERT INTO audit_log (actor, action, entity, entity_id, details) VALUES (?, ?, 'transfer_orders', ?, ?)").run(actor, action, String(id), JSON.stringify(details));
}
