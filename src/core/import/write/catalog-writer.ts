import type { Statement } from 'better-sqlite3';
import { detach } from '../parse/text';
import type { CatalogRecord } from '../kinds/catalog';
import type { RecordWriter, WriteContext } from './context';
import { insertRow, RowUpdater } from './row-updater';

type ProductRow = Record<string, unknown> & { id: number };

/** Catalogue rows: insert new SKUs, update the given fields of known ones. */
export class CatalogWriter implements RecordWriter<CatalogRecord> {
  private readonly seen = new Map<string, number>();
  private readonly find: Statement;
  private readonly updater: RowUpdater;
  private readonly inserts = new Map<string, Statement>();
  readonly rejectedAtFinish = 0;

  constructor(private readonly wc: WriteContext) {
    this.find = wc.db.prepare('SELECT * FROM products WHERE sku = ?');
    this.updater = new RowUpdater(wc.db, 'products', wc.undo, wc.changes);
  }

  add(rec: CatalogRecord, row: number): boolean {
    const first = this.seen.get(rec.sku);
    if (first !== undefined) {
      this.wc.problems.error('duplicate_key', row, this.wc.columnName('sku'), rec.sku, `SKU ${rec.sku} is already on row ${first}; this row was not imported`, 'sku');
      return false;
    }
    this.seen.set(detach(rec.sku), row);
    const values = {
      name: rec.name,
      brand: rec.brand,
      category: rec.category,
      unit_cost: rec.unitCost,
      price: rec.price,
      currency: rec.currency,
      status: rec.status,
      launch_date: rec.launchDate,
      unit_volume_m3: rec.unitVolume,
      unit_weight_kg: rec.unitWeight,
    };
    const existing = this.find.get(rec.sku) as ProductRow | undefined;
    if (existing) {
      this.updater.update({ id: existing.id }, existing, values);
    } else {
      const id = insertRow(this.wc.db, 'products', { sku: rec.sku, ...values, name: rec.name ?? rec.sku }, this.wc.undo, this.wc.changes, this.inserts);
      this.wc.products.remember(rec.sku, id);
    }
    return true;
  }

  finish(): void {}
}
