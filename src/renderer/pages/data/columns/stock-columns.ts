import type { PurchaseOrderLineRow, StockRow } from '../../../../shared/contract/schemas/data';
import { dateColumn, labelColumn, moneyColumn, numberColumn, textColumn } from '../../../grid/columns';
import type { Formatters } from '../../../i18n/format';
import type { Translate } from '../../../i18n/translate';
import { statusContext, statusLabel } from '../table-definition';

export function stockColumns(t: Translate, format: Formatters) {
  return [
    textColumn<StockRow>('sku', t('col.sku'), { pinned: 'left', width: 170 }),
    textColumn<StockRow>('name', t('col.name'), { flex: 1, minWidth: 280, tooltipField: 'name' }),
    textColumn<StockRow>('location', t('col.location'), { width: 140 }),
    dateColumn<StockRow>('date', t('col.date'), format),
    numberColumn<StockRow>('onHand', t('col.onHand'), format, { width: 130 }),
    numberColumn<StockRow>('onOrder', t('col.onOrder'), format, { width: 120 }),
    moneyColumn<StockRow>('stockValue', t('col.stockValue'), format, undefined, { width: 140 }),
  ];
}

export function purchaseOrderColumns(t: Translate, format: Formatters) {
  const status = statusLabel(t);
  return [
    textColumn<PurchaseOrderLineRow>('poNumber', t('col.poNumber'), { pinned: 'left', width: 130 }),
    textColumn<PurchaseOrderLineRow>('supplier', t('col.supplier'), { width: 180, tooltipField: 'supplier' }),
    labelColumn<PurchaseOrderLineRow>('status', t('col.status'), status, { width: 110, context: statusContext(t) }),
    dateColumn<PurchaseOrderLineRow>('orderDate', t('col.orderDate'), format),
    dateColumn<PurchaseOrderLineRow>('promisedDate', t('col.promisedDate'), format, { width: 130 }),
    textColumn<PurchaseOrderLineRow>('sku', t('col.sku'), { width: 170 }),
    numberColumn<PurchaseOrderLineRow>('qtyOrdered', t('col.qtyOrdered'), format),
    numberColumn<PurchaseOrderLineRow>('qtyReceived', t('col.qtyReceived'), format),
    numberColumn<PurchaseOrderLineRow>('qtyRejected', t('col.qtyRejected'), format),
    dateColumn<PurchaseOrderLineRow>('lastReceiptDate', t('col.lastReceipt'), format),
    moneyColumn<PurchaseOrderLineRow>('unitCost', t('col.unitCost'), format),
    labelColumn<PurchaseOrderLineRow>('lineStatus', t('col.lineStatus'), status, { width: 120, context: statusContext(t) }),
  ];
}
