import type { Statement } from 'better-sqlite3';
import { detach } from '../parse/text';
import type { SupplierRecord } from '../kinds/suppliers';
import type { RecordWriter, WriteContext } from './context';
import { insertRow, RowUpdater } from './row-updater';

type SupplierRow = Record<string, unknown> & { id: number };

/** Suppliers by code (or by name when the file has no codes). */
export class SuppliersWriter implements RecordWriter<SupplierRecord> {
  private readonly seen = new Map<string, number>();
  private readonly byCode: Statement;
  private readonly byName: Statement;
  private readonly updater: RowUpdater;
  private readonly inserts = new Map<string, Statement>();
  readonly rejectedAtFinish = 0;

  constructor(private readonly wc: WriteContext) {
    this.byCode = wc.db.prepare('SELECT * FROM suppliers WHERE lower(code) = lower(?)');
    this.byName = wc.db.prepare('SELECT * FROM suppliers WHERE lower(name) = lower(?) ORDER BY id LIMIT 1');
    this.updater = new RowUpdater(wc.db, 'suppliers', wc.undo, wc.changes);
  }

  add(rec: SupplierRecord, row: number): boolean {
    const code = rec.code ?? rec.name;
    const key = code.toLowerCase();
    const first = this.seen.get(key);
    if (first !== undefined) {
      const column = this.wc.columnName(rec.code ? 'code' : 'name');
      this.wc.problems.error('duplicate_key', row, column, code, `Supplier ${code} is already on row ${first}; this row was not imported`, rec.code ? 'code' : 'name');
      return false;
    }
    this.seen.set(detach(key), row);
    const values = {
      name: rec.name,
      country: rec.country,
      currency: rec.currency,
      contact: rec.contact,
      default_lead_time_days: rec.leadTimeDays,
      min_order_value: rec.minOrderValue,
      notes: rec.notes,
      container_volume_m3: rec.containerVolume,
      container_weight_kg: rec.containerWeight,
      max_containers: rec.maxContainers,
    };
    const existing = (this.byCode.get(code) ?? (rec.code ? undefined : this.byName.get(rec.name))) as SupplierRow | undefined;
    if (existing) this.updater.update({ id: existing.id }, existing, values);
    else insertRow(this.wc.db, 'suppliers', { code, ...values }, this.wc.undo, this.wc.changes, this.inserts);
    return true;
  }

  finish(): void {}
}
