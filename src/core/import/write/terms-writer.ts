import type { Statement } from 'better-sqlite3';
import { detach } from '../parse/text';
import type { TermsRecord } from '../kinds/terms';
import type { RecordWriter, WriteContext } from './context';
import type { SupplierLookup } from './lookups';
import { insertRow, RowUpdater } from './row-updater';

type TermsRow = Record<string, unknown> & { id: number };

/** Supplier terms per (supplier, SKU); both must already be in the workspace. */
export class TermsWriter implements RecordWriter<TermsRecord> {
  private readonly seen = new Map<string, number>();
  private readonly find: Statement;
  private readonly supplierLeadTime: Statement;
  private readonly productHasTerms: Statement;
  private readonly updater: RowUpdater;
  private readonly inserts = new Map<string, Statement>();
  readonly rejectedAtFinish = 0;

  constructor(
    private readonly wc: WriteContext,
    private readonly suppliers: SupplierLookup,
  ) {
    this.find = wc.db.prepare('SELECT * FROM supplier_terms WHERE supplier_id = ? AND product_id = ?');
    this.supplierLeadTime = wc.db.prepare('SELECT default_lead_time_days FROM suppliers WHERE id = ?').pluck();
    this.productHasTerms = wc.db.prepare('SELECT 1 FROM supplier_terms WHERE product_id = ? LIMIT 1');
    this.updater = new RowUpdater(wc.db, 'supplier_terms', wc.undo, wc.changes);
  }

  add(rec: TermsRecord, row: number): boolean {
    const { problems } = this.wc;
    const supplierId = this.suppliers.find(rec.supplier);
    if (supplierId === undefined) {
      problems.error('unknown_supplier', row, this.wc.columnName('supplier'), rec.supplier, `Supplier "${rec.supplier}" does not exist in the workspace; import suppliers first`, 'supplier');
      return false;
    }
    const productId = this.wc.products.find(rec.sku);
    if (productId === undefined) {
      problems.error('unknown_product', row, this.wc.columnName('sku'), rec.sku, `SKU ${rec.sku} is not in the catalogue; import the catalogue first`, 'sku');
      return false;
    }
    const key = `${supplierId}|${productId}`;
    const first = this.seen.get(key);
    if (first !== undefined) {
      problems.error('duplicate_key', row, this.wc.columnName('sku'), rec.sku, `Terms of ${rec.supplier} for SKU ${rec.sku} are already on row ${first}; this row was not imported`, 'sku');
      return false;
    }
    this.seen.set(detach(key), row);
    const existing = this.find.get(supplierId, productId) as TermsRow | undefined;
    const values = {
      unit_cost: rec.unitCost,
      currency: rec.currency,
      moq: rec.moq,
      order_multiple: rec.orderMultiple,
      max_order_qty: rec.maxOrderQty,
      lead_time_days: rec.leadTimeDays,
      is_primary: rec.isPrimary === null ? null : rec.isPrimary ? 1 : 0,
    };
    if (existing) {
      this.updater.update({ id: existing.id }, existing, values);
      return true;
    }
    const leadTime = rec.leadTimeDays ?? (this.supplierLeadTime.get(supplierId) as number | null);
    if (leadTime === null) {
      problems.error('missing_value', row, this.wc.columnName('leadTimeDays'), '', `Lead time is missing and supplier ${rec.supplier} has no default lead time`, 'leadTimeDays');
      return false;
    }
    const isPrimary = values.is_primary ?? (this.productHasTerms.get(productId) ? 0 : 1);
    insertRow(this.wc.db, 'supplier_terms', { supplier_id: supplierId, product_id: productId, ...values, lead_time_days: leadTime, is_primary: isPrimary }, this.wc.undo, this.wc.changes, this.inserts);
    return true;
  }

  finish(): void {}
}
