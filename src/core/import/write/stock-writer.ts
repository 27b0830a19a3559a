import type { Statement } from 'better-sqlite3';
import { detach } from '../parse/text';
import type { StockRecord } from '../kinds/stock';
import type { RecordWriter, WriteContext } from './context';
import { insertRow, RowUpdater } from './row-updater';

/** Stock snapshots per (SKU, location, date); unknown SKUs are added to the catalogue. */
export class StockWriter implements RecordWriter<StockRecord> {
  private readonly seen = new Map<string, number>();
  private readonly find: Statement;
  private readonly updater: RowUpdater;
  private readonly inserts = new Map<string, Statement>();
  readonly rejectedAtFinish = 0;

  constructor(private readonly wc: WriteContext) {
    this.find = wc.db.prepare('SELECT on_hand FROM stock_snapshots WHERE product_id = ? AND location_id = ? AND date = ?');
    this.updater = new RowUpdater(wc.db, 'stock_snapshots', wc.undo, wc.changes);
  }

  add(rec: StockRecord, row: number): boolean {
    const productId = this.wc.products.findOrCreate(rec.sku, rec.name);
    const locationId = this.wc.locations.resolve(rec.location);
    const date = rec.date ?? this.wc.defaultDate;
    const key = `${productId}|${locationId}|${date}`;
    const first = this.seen.get(key);
    if (first !== undefined) {
      this.wc.problems.error('duplicate_key', row, this.wc.columnName('sku'), rec.sku, `Stock of SKU ${rec.sku} on ${date} is already on row ${first} for the same location; this row was not imported`, 'sku');
      return false;
    }
    this.seen.set(detach(key), row);
    const pk = { product_id: productId, location_id: locationId, date };
    const existing = this.find.get(productId, locationId, date) as { on_hand: number } | undefined;
    if (existing) this.updater.update(pk, existing, { on_hand: rec.onHand });
    else insertRow(this.wc.db, 'stock_snapshots', { ...pk, on_hand: rec.onHand }, this.wc.undo, this.wc.changes, this.inserts);
    return true;
  }

  finish(): void {}
}
