import type { Statement } from 'better-sqlite3';
import { detach } from '../parse/text';
import type { PurchaseOrderRecord } from '../kinds/purchase-orders';
import type { RecordWriter, WriteContext } from './context';
import type { SupplierLookup } from './lookups';
import { insertRow, RowUpdater } from './row-updater';

type DbRow = Record<string, unknown> & { id: number };

interface PoSeen {
  id: number;
  supplierId: number;
  supplier: string;
  row: number;
}

/**
 * One file row per PO line. The header (supplier, dates, status) comes from the PO's
 * first row; lines are keyed by line number, or by SKU within the PO when the file
 * has no line numbers, so importing the file again updates rather than adds.
 */
export class PurchaseOrdersWriter implements RecordWriter<PurchaseOrderRecord> {
  private readonly orders = new Map<string, PoSeen>();
  private readonly lines = new Map<string, number>();
  private readonly st: Record<'po' | 'line' | 'lineOfProduct' | 'nextLine', Statement>;
  private readonly poUpdater: RowUpdater;
  private readonly lineUpdater: RowUpdater;
  private readonly inserts = new Map<string, Statement>();
  readonly rejectedAtFinish = 0;

  constructor(
    private readonly wc: WriteContext,
    private readonly suppliers: SupplierLookup,
  ) {
    const db = wc.db;
    this.st = {
      po: db.prepare('SELECT * FROM purchase_orders WHERE po_number = ?'),
      line: db.prepare('SELECT * FROM po_lines WHERE po_id = ? AND line_no = ?'),
      lineOfProduct: db.prepare('SELECT line_no FROM po_lines WHERE po_id = ? AND product_id = ? ORDER BY line_no LIMIT 1').pluck(),
      nextLine: db.prepare('SELECT coalesce(max(line_no), 0) + 1 FROM po_lines WHERE po_id = ?').pluck(),
    };
    this.poUpdater = new RowUpdater(db, 'purchase_orders', wc.undo, wc.changes);
    this.lineUpdater = new RowUpdater(db, 'po_lines', wc.undo, wc.changes);
  }

  add(rec: PurchaseOrderRecord, row: number): boolean {
    const { problems } = this.wc;
    const supplierId = this.suppliers.find(rec.supplier);
    if (supplierId === undefined) {
      problems.error('unknown_supplier', row, this.wc.columnName('supplier'), rec.supplier, `Purchase order ${rec.poNumber} is for supplier "${rec.supplier}", who does not exist in the workspace; import suppliers first`, 'supplier');
      return false;
    }
    const po = this.orders.get(rec.poNumber) ?? this.writeHeader(rec, supplierId, row);
    if (po.supplierId !== supplierId) {
      problems.error('bad_value', row, this.wc.columnName('supplier'), rec.supplier, `Purchase order ${rec.poNumber} is for supplier ${po.supplier} on row ${po.row}, not ${rec.supplier}`, 'supplier');
      return false;
    }
    const productId = this.wc.products.findOrCreate(rec.sku, null);
    const lineNo = rec.lineNo ?? (this.st.lineOfProduct.get(po.id, productId) as number | undefined) ?? (this.st.nextLine.get(po.id) as number);
    const key = `${po.id}|${lineNo}`;
    const first = this.lines.get(key);
    if (first !== undefined) {
      problems.error('duplicate_key', row, this.wc.columnName(rec.lineNo ? 'lineNo' : 'sku'), rec.lineNo ?? rec.sku, `Line ${lineNo} of purchase order ${rec.poNumber} is already on row ${first}; this row was not imported`, rec.lineNo ? 'lineNo' : 'sku');
      return false;
    }
    this.lines.set(detach(key), row);
    const values = {
      product_id: productId,
      qty_ordered: rec.qtyOrdered,
      unit_cost: rec.unitCost,
      promised_date: rec.promisedDate,
      confirmed_qty: rec.confirmedQty,
      confirmed_date: rec.confirmedDate,
      status: rec.status === 'draft' ? 'open' : rec.status,
    };
    const existing = this.st.line.get(po.id, lineNo) as DbRow | undefined;
    if (existing) this.lineUpdater.update({ id: existing.id }, existing, values);
    else insertRow(this.wc.db, 'po_lines', { po_id: po.id, line_no: lineNo, ...values }, this.wc.undo, this.wc.changes, this.inserts);
    return true;
  }

  finish(): void {}

  private writeHeader(rec: PurchaseOrderRecord, supplierId: number, row: number): PoSeen {
    const header = {
      supplier_id: supplierId,
      location_id: rec.location === null ? null : this.wc.locations.resolve(rec.location),
      order_date: rec.orderDate,
      promised_date: rec.promisedDate,
      status: rec.status,
      currency: rec.currency,
    };
    const existing = this.st.po.get(rec.poNumber) as DbRow | undefined;
    let id: number;
    if (existing) {
      id = existing.id;
      this.poUpdater.update({ id }, existing, header);
    } else {
      id = insertRow(this.wc.db, 'purchase_orders', { po_number: rec.poNumber, ...header }, this.wc.undo, this.wc.changes, this.inserts);
    }
    const seen = { id, supplierId, supplier: detach(rec.supplier), row };
    this.orders.set(detach(rec.poNumber), seen);
    return seen;
  }
}
