import type { OrderLineRecord } from '../kinds/order-lines';
import { DayNumbers } from '../parse/days';
import { BatchInsert } from './batch-insert';
import { DeferredIndexes } from './deferred-indexes';
import type { RecordWriter, WriteContext } from './context';
import { mergeSales } from './sales-merge';
import { SalesStage } from './sales-stage';

const LINE_COLUMNS = [
  'import_id', 'order_id', 'product_id', 'location_id', 'ordered_at', 'date', 'quantity', 'unit_price', 'revenue',
  'description', 'customer_id', 'country', 'cancelled', 'source_row',
] as const;

/**
 * Order lines are stored as they come and summed into daily sales per SKU, location
 * and day. Older lines for the same SKU, location and days are marked replaced (not
 * deleted), so a re-import does not double them and an undo can bring them back.
 */
export class OrderLinesWriter implements RecordWriter<OrderLineRecord> {
  private readonly stage = new SalesStage();
  private readonly lines: BatchInsert;
  private readonly days = new DayNumbers();
  readonly rejectedAtFinish = 0;

  private readonly deferred: DeferredIndexes | null;

  /** `expectedRows`: a guess from the file size, to decide whether to defer indexes. */
  constructor(
    private readonly wc: WriteContext,
    expectedRows: number,
  ) {
    this.lines = new BatchInsert(wc.db, 'order_lines', LINE_COLUMNS);
    this.deferred = DeferredIndexes.forBulkInsert(wc.db, 'order_lines', expectedRows);
  }

  add(rec: OrderLineRecord, row: number): boolean {
    const product = this.wc.products.findOrCreate(rec.sku, rec.description);
    const location = this.wc.locations.resolve(rec.location);
    // Most descriptions are the product's name: storing them once per line would bloat the table.
    const description = rec.description === null || rec.description === this.wc.products.nameOf(product) ? null : rec.description;
    this.lines.push(
      this.wc.importId, rec.orderId, product, location, rec.orderedAt, rec.date, rec.quantity, rec.unitPrice,
      rec.revenue, description, rec.customerId, rec.country, rec.cancelled ? 1 : 0, row,
    );
    this.stage.push(product, location, this.days.of(rec.date), rec.quantity, rec.revenue, rec.cancelled ? 0 : 1, 0, row);
    return true;
  }

  finish(): void {
    this.lines.flush();
    this.deferred?.restore();
    this.wc.changes.add('order_lines', 'inserted', this.lines.count);
    mergeSales(this.wc, this.stage, 'sum');
    this.markReplaced();
  }

  /** One pass over the earlier lines, matched against the ranges mergeSales recorded for this import. */
  private markReplaced(): void {
    const { db, importId } = this.wc;
    const earlier = db.prepare('SELECT 1 FROM order_lines WHERE import_id <> ? LIMIT 1').get(importId);
    if (!earlier) return;
    const replaced = db
      .prepare(
        `UPDATE order_lines SET replaced_by = @id
          WHERE replaced_by IS NULL AND import_id <> @id
            AND EXISTS (SELECT 1 FROM import_sales_ranges r
                         WHERE r.import_id = @id AND r.product_id = order_lines.product_id AND r.location_id = order_lines.location_id
                           AND order_lines.date BETWEEN r.date_from AND r.date_to)`,
      )
      .run({ id: importId }).changes;
    this.wc.changes.add('order_lines', 'deleted', replaced);
  }
}
