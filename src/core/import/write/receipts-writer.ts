import type { Statement } from 'better-sqlite3';
import { detach } from '../parse/text';
import type { ReceiptRecord } from '../kinds/receipts';
import type { RecordWriter, WriteContext } from './context';
import { PurchaseOrderStatus } from './po-status';
import { insertRow, RowUpdater } from './row-updater';

type DbRow = Record<string, unknown> & { id: number };

/**
 * Receipts, linked to their PO line when the file names the PO. A receipt is the same
 * one again when SKU, date, PO line, location and reference all match.
 */
export class ReceiptsWriter implements RecordWriter<ReceiptRecord> {
  private readonly seen = new Map<string, number>();
  private readonly st: Record<'po' | 'lineByNo' | 'lineByProduct' | 'existing', Statement>;
  private readonly updater: RowUpdater;
  private readonly inserts = new Map<string, Statement>();
  private readonly poStatus: PurchaseOrderStatus;
  readonly rejectedAtFinish = 0;

  constructor(private readonly wc: WriteContext) {
    const db = wc.db;
    this.st = {
      po: db.prepare('SELECT id FROM purchase_orders WHERE po_number = ?').pluck(),
      lineByNo: db.prepare('SELECT id, product_id FROM po_lines WHERE po_id = ? AND line_no = ?'),
      lineByProduct: db.prepare('SELECT id, product_id FROM po_lines WHERE po_id = ? AND product_id = ? ORDER BY line_no LIMIT 1'),
      existing: db.prepare(
        `SELECT * FROM receipts WHERE product_id = ? AND receipt_date = ? AND po_line_id IS ? AND location_id IS ? AND reference IS ?
          ORDER BY id LIMIT 1`,
      ),
    };
    this.updater = new RowUpdater(db, 'receipts', wc.undo, wc.changes);
    this.poStatus = new PurchaseOrderStatus(wc);
  }

  add(rec: ReceiptRecord, row: number): boolean {
    const { problems } = this.wc;
    const productId = this.wc.products.findOrCreate(rec.sku, null);
    let poLineId: number | null = null;
    if (rec.poNumber !== null) {
      const poId = this.st.po.get(rec.poNumber) as number | undefined;
      if (poId === undefined) {
        problems.error('unknown_order', row, this.wc.columnName('poNumber'), rec.poNumber, `Purchase order ${rec.poNumber} is not in the workspace; import purchase orders first`, 'poNumber');
        return false;
      }
      const line = (rec.lineNo !== null ? this.st.lineByNo.get(poId, rec.lineNo) : this.st.lineByProduct.get(poId, productId)) as
        | { id: number; product_id: number }
        | undefined;
      if (line && line.product_id !== productId) {
        problems.error('bad_value', row, this.wc.columnName('lineNo'), rec.lineNo, `Line ${rec.lineNo} of purchase order ${rec.poNumber} is for another SKU, not ${rec.sku}`, 'lineNo');
        return false;
      }
      if (!line) {
        problems.warning('unknown_order', row, this.wc.columnName('poNumber'), rec.poNumber, `Purchase order ${rec.poNumber} has no line for SKU ${rec.sku}; the receipt is stored without a link to it`, 'poNumber');
      }
      poLineId = line?.id ?? null;
    }
    const locationId = rec.location === null ? null : this.wc.locations.resolve(rec.location);
    const key = JSON.stringify([productId, rec.receiptDate, poLineId, locationId, rec.reference]);
    const first = this.seen.get(key);
    if (first !== undefined) {
      problems.error('duplicate_key', row, this.wc.columnName('sku'), rec.sku, `A receipt of SKU ${rec.sku} on ${rec.receiptDate} with the same PO and reference is already on row ${first}; this row was not imported`, 'sku');
      return false;
    }
    this.seen.set(detach(key), row);
    const values = { qty_received: rec.qtyReceived, qty_rejected: rec.qtyRejected };
    const existing = this.st.existing.get(productId, rec.receiptDate, poLineId, locationId, rec.reference) as DbRow | undefined;
    if (existing) this.updater.update({ id: existing.id }, existing, values);
    else {
      insertRow(this.wc.db, 'receipts', { po_line_id: poLineId, product_id: productId, location_id: locationId, receipt_date: rec.receiptDate, reference: rec.reference, ...values }, this.wc.undo, this.wc.changes, this.inserts);
    }
    this.poStatus.touch(poLineId);
    return true;
  }

  /** The PO lines received against change status in the same transaction (and back on undo). */
  finish(): void {
    this.poStatus.apply();
  }
}
