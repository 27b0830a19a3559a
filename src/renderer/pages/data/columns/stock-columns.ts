import type { PurchaseOrderLineRow, StockRow } from '../../../../shared/contract/schemas/data';
import { dateColumn, labelColumn, moneyColumn, numberColumn, textColumn } from '../../../grid/columns';
import type { Formatters } from '../../../i18n/format';
import type { Translate } from '../../../i18n/translate';
import { statusLabel } from '../table-definition';

export function stockColumns(t: Translate, format: Formatters) {
  return [
    textColumn<StockRow>('sku', t('col.sku'), { pinned: 'left', width: 170 }),
    textColumn<StockRow>('name', t('col.name'), { flex: 1, minWidth: 280, tooltipField: 'name' }),
    textColumn<StockRow>('location', t('col.location'), { width: 140 }),
    dateColumn<StockRow>('date', t('col.date'), format),
    numberColumn<StockRow>('on_hand', t('col.onHand'), format, { width: 130 }),
    numberColumn<StockRow>('on_order', t('col.onOrder'), format, { width: 120 }),
    moneyColumn<StockRow>('stock_value', t('col.stockValue'), format, undefined, { width: 140 }),
  ];
}

export function purchaseOrderColumns(t: Translate, format: Formatters) {
  const status = statusLabel(t);
  return [
    textColumn<PurchaseOrderLineRow>('po_number', t('col.poNumber'), { pinned: 'left', width: 130 }),
    textColumn<PurchaseOrderLineRow>('supplier', t('col.supplier'), { width: 180, tooltipField: 'supplier' }),
    labelColumn<PurchaseOrderLineRow>('status', t('col.status'), status, { width: 110 }),
    dateColumn<PurchaseOrderLineRow>('order_date', t('col.orderDate'), format),
    dateColumn<PurchaseOrderLineRow>('promised_date', t('col.promisedDate'), format, { width: 130 }),
    textColumn<PurchaseOrderLineRow>('sku', t('col.sku'), { width: 170 }),
    numberColumn<PurchaseOrderLineRow>('qty_ordered', t('col.qtyOrdered'), format),
    numberColumn<PurchaseOrderLineRow>('qty_received', t('col.qtyReceived'), format),
    numberColumn<PurchaseOrderLineRow>('qty_rejected', t('col.qtyRejected'), format),
    dateColumn<PurchaseOrderLineRow>('last_receipt_date', t('col.lastReceipt'), format),
    moneyColumn<PurchaseOrderLineRow>('unit_cost', t('col.unitCost'), format),
    labelColumn<PurchaseOrderLineRow>('line_status', t('col.lineStatus'), status, { width: 120 }),
  ];
}
