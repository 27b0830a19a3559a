import { CURRENCY_SYNONYMS, LOCATION_SYNONYMS, QUANTITY_WEAK, SKU_SYNONYMS, SUPPLIER_SYNONYMS, fieldOf, type KindSpec } from './fields';
import { specValidator, upperCurrency, type KindDefinition } from './kind';

export const PO_NUMBER_SYNONYMS = ['po', 'po number', 'po no', 'po id', 'purchase order', 'purchase order number', 'order number', 'order no', '采购单号', '采购订单号', '采购单', '采购订单', '订单号', '单号', '采购单编号'];

/** One row per PO line; the PO header fields repeat on each line. */
export const purchaseOrdersSpec: KindSpec = {
  kind: 'purchase-orders',
  label: 'Purchase orders',
  distinctive: ['poNumber', 'promisedDate'],
  fields: [
    { key: 'poNumber', label: 'PO number', type: 'code', required: true, synonyms: PO_NUMBER_SYNONYMS },
    { key: 'supplier', label: 'Supplier', type: 'code', required: true, synonyms: SUPPLIER_SYNONYMS },
    { key: 'sku', label: 'SKU', type: 'code', required: true, synonyms: SKU_SYNONYMS },
    { key: 'qtyOrdered', label: 'Quantity ordered', type: 'number', required: true, positive: true, synonyms: ['qty ordered', 'quantity ordered', 'order qty', 'ordered', 'po qty', '采购数量', '订购数量', '下单数量', '订货数量'], weakSynonyms: QUANTITY_WEAK },
    { key: 'orderDate', label: 'Order date', type: 'date', required: true, synonyms: ['order date', 'po date', 'created', '下单日期', '采购日期', '订单日期', '制单日期'], weakSynonyms: ['date', '日期'] },
    { key: 'promisedDate', label: 'Promised date', type: 'date', synonyms: ['promised date', 'due date', 'eta', 'expected date', 'delivery date', 'expected delivery', '交货日期', '预计到货日期', '预计到货', '承诺交期', '要求到货日期', '到货日期'] },
    { key: 'unitCost', label: 'Unit cost', type: 'number', min: 0, synonyms: ['unit cost', 'cost', 'price', 'unit price', '单价', '采购价', '采购单价', '含税单价'] },
    { key: 'status', label: 'Status', type: 'text', synonyms: ['status', 'po status', 'line status', '状态', '采购状态', '订单状态'] },
    { key: 'lineNo', label: 'Line number', type: 'integer', positive: true, synonyms: ['line', 'line no', 'line number', 'item no', '行号', '序号'] },
    { key: 'location', label: 'Location', type: 'code', synonyms: LOCATION_SYNONYMS },
    { key: 'currency', label: 'Currency', type: 'code', synonyms: CURRENCY_SYNONYMS },
    { key: 'confirmedQty', label: 'Confirmed quantity', type: 'number', min: 0, synonyms: ['confirmed qty', 'confirmed quantity', '确认数量', '回复数量'] },
    { key: 'confirmedDate', label: 'Confirmed date', type: 'date', synonyms: ['confirmed date', 'confirmed delivery', '确认交期', '回复交期'] },
  ],
};

export interface PurchaseOrderRecord {
  poNumber: string;
  supplier: string;
  sku: string;
  qtyOrdered: number;
  orderDate: string;
  promisedDate: string | null;
  unitCost: number | null;
  status: PoStatus | null;
  lineNo: number | null;
  location: string | null;
  currency: string | null;
  confirmedQty: number | null;
  confirmedDate: string | null;
}

export const purchaseOrdersKind: KindDefinition<PurchaseOrderRecord> = {
  spec: purchaseOrdersSpec,
  createValidator: (columns) =>
    specValidator(purchaseOrdersSpec, columns, {
      record: {
        poNumber: '', supplier: '', sku: '', qtyOrdered: 0, orderDate: '', promisedDate: null, unitCost: null, status: null,
        lineNo: null, location: null, currency: null, confirmedQty: null, confirmedDate: null,
      } as PurchaseOrderRecord,
      // The status is read last, as before: its words are checked once every other field was read.
      keys: ['poNumber', 'supplier', 'sku', 'qtyOrdered', 'orderDate', 'promisedDate', 'unitCost', 'lineNo', 'location', 'currency', 'confirmedQty', 'confirmedDate', 'status'],
      derived: ['currency', 'status'],
      extra: (r, rec, values, cols) => {
        rec.currency = upperCurrency(values);
        const status = values.status as string | null;
        rec.status = status === null ? null : poStatus(status);
        if (status !== null && rec.status === null) {
          r.fail('bad_value', cols.status, fieldOf(purchaseOrdersSpec, 'status'), `Status "${status}" is not one of open, partial, received, cancelled, draft`);
        }
      },
    }),
};

export type PoStatus = 'draft' | 'open' | 'partial' | 'received' | 'cancelled';

const STATUS_WORDS: [RegExp, PoStatus][] = [
  [/^(draft|草稿|待审核|未提交)$/i, 'draft'],
  [/^(partial|partially received|part received|部分收货|部分到货|部分入库)$/i, 'partial'],
  [/^(received|closed|complete|completed|done|delivered|fulfilled|已收货|已到货|已入库|完成|已完成|已关闭|关闭|全部到货)$/i, 'received'],
  [/^(cancelled|canceled|void|取消|已取消|作废|已作废)$/i, 'cancelled'],
  [/^(open|ordered|confirmed|sent|pending|in transit|shipped|下单|已下单|待收货|在途|已确认|已发货|进行中|未到货|待到货)$/i, 'open'],
];

/** A PO or line status from the words merchants use, or null when unknown. */
export function poStatus(text: string): PoStatus | null {
  for (const [pattern, status] of STATUS_WORDS) if (pattern.test(text.trim())) return status;
  return null;
}
