import type { Statement } from 'better-sqlite3';
import { detach } from '../parse/text';
import type { LaneRecord } from '../kinds/lanes';
import type { RecordWriter, WriteContext } from './context';
import type { SupplierLookup } from './lookups';
import { insertRow, RowUpdater } from './row-updater';

type LaneRow = Record<string, unknown> & { id: number };

/**
 * Lanes per (origin, destination, mode). The origin is a supplier (code or name) or a warehouse
 * (code or name) that must already be in the workspace; a name both could mean needs the origin
 * type. Destinations are existing warehouses: a lane never invents one.
 */
export class LanesWriter implements RecordWriter<LaneRecord> {
  private readonly seen = new Map<string, number>();
  private readonly locations = new Map<string, number>();
  private readonly find: Statement;
  private readonly updater: RowUpdater;
  private readonly inserts = new Map<string, Statement>();
  readonly rejectedAtFinish = 0;

  constructor(
    private readonly wc: WriteContext,
    private readonly suppliers: SupplierLookup,
  ) {
    for (const row of wc.db.prepare('SELECT id, code, name FROM locations').all() as { id: number; code: string; name: string }[]) {
      this.locations.set(row.name.trim().toLowerCase(), row.id);
      this.locations.set(row.code.trim().toLowerCase(), row.id);
    }
    this.find = wc.db.prepare('SELECT * FROM lanes WHERE origin_kind = ? AND COALESCE(supplier_id, origin_location_id) = ? AND destination_location_id = ? AND mode = ?');
    this.updater = new RowUpdater(wc.db, 'lanes', wc.undo, wc.changes);
  }

  add(rec: LaneRecord, row: number): boolean {
    const { problems } = this.wc;
    const origin = this.resolveOrigin(rec, row);
    if (!origin) return false;
    const destination = this.locations.get(rec.destination.trim().toLowerCase());
    if (destination === undefined) {
      problems.error('bad_value', row, this.wc.columnName('destination'), rec.destination, `Warehouse "${rec.destination}" is not in the workspace; lanes go to existing warehouses (import stock or sales for it first)`, 'destination');
      return false;
    }
    if (origin.kind === 'warehouse' && origin.id === destination) {
      problems.error('bad_value', row, this.wc.columnName('destination'), rec.destination, `A transfer lane goes from one warehouse to another, not from ${rec.origin} to itself`, 'destination');
      return false;
    }
    const key = `${origin.kind}|${origin.id}|${destination}|${rec.mode}`;
    const first = this.seen.get(key);
    if (first !== undefined) {
      problems.error('duplicate_key', row, this.wc.columnName('mode'), rec.mode, `The ${rec.mode} lane from ${rec.origin} to ${rec.destination} is already on row ${first}; this row was not imported`, 'mode');
      return false;
    }
    this.seen.set(detach(key), row);
    const values = {
      origin_port: rec.originPort,
      transit_days: rec.transitDays,
      transit_sd_days: rec.transitSdDays,
      entered_transit_days: rec.transitDays,
      cost_per_unit: rec.costPerUnit,
      cost_per_kg: rec.costPerKg,
      cost_per_m3: rec.costPerM3,
      cost_per_20ft: rec.costPer20ft,
      cost_per_40ft: rec.costPer40ft,
      cost_per_40hc: rec.costPer40hc,
      fixed_cost: rec.fixedCost,
      duty_rate: rec.dutyRate,
      currency: rec.currency,
      notes: rec.notes,
    };
    const existing = this.find.get(origin.kind, origin.id, destination, rec.mode) as LaneRow | undefined;
    if (existing) {
      // Newly entered transit days replace a measured figure until the next measurement.
      const reset = existing.entered_transit_days !== rec.transitDays ? { transit_source: 'entered' } : {};
      this.updater.update({ id: existing.id }, existing, { ...values, ...reset });
      return true;
    }
    insertRow(this.wc.db, 'lanes', {
      origin_kind: origin.kind,
      supplier_id: origin.kind === 'supplier' ? origin.id : null,
      origin_location_id: origin.kind === 'warehouse' ? origin.id : null,
      destination_location_id: destination,
      mode: rec.mode,
      ...values,
    }, this.wc.undo, this.wc.changes, this.inserts);
    return true;
  }

  private resolveOrigin(rec: LaneRecord, row: number): { kind: 'supplier' | 'warehouse'; id: number } | null {
    const supplier = rec.originType === 'warehouse' ? undefined : this.suppliers.find(rec.origin);
    const warehouse = rec.originType === 'supplier' ? undefined : this.locations.get(rec.origin.trim().toLowerCase());
    const column = this.wc.columnName('origin');
    if (supplier !== undefined && warehouse !== undefined) {
      this.wc.problems.error('bad_value', row, column, rec.origin, `"${rec.origin}" is both a supplier and a warehouse: add an origin type column (supplier or warehouse)`, 'origin');
      return null;
    }
    if (supplier !== undefined) return { kind: 'supplier', id: supplier };
    if (warehouse !== undefined) return { kind: 'warehouse', id: warehouse };
    const what = rec.originType === 'warehouse' ? 'a warehouse' : rec.originType === 'supplier' ? 'a supplier' : 'a supplier or a warehouse';
    this.wc.problems.error('unknown_supplier', row, column, rec.origin, `Origin "${rec.origin}" is not ${what} in the workspace; import suppliers first`, 'origin');
    return null;
  }

  finish(): void {}
}
