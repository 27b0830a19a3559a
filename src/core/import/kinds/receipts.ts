import { LOCATION_SYNONYMS, QUANTITY_WEAK, SKU_SYNONYMS, type KindSpec } from './fields';
import { specValidator, type KindDefinition } from './kind';
import { PO_NUMBER_SYNONYMS } from './purchase-orders';

/** Deliveries received, optionally against a PO line. */
export const receiptsSpec: KindSpec = {
  kind: 'receipts',
  label: 'Receipts',
  distinctive: ['qtyReceived'],
  fields: [
    { key: 'sku', label: 'SKU', type: 'code', required: true, synonyms: SKU_SYNONYMS },
    { key: 'receiptDate', label: 'Receipt date', type: 'date', required: true, synonyms: ['receipt date', 'received date', 'date received', 'delivery date', 'arrival date', 'grn date', '收货日期', '到货日期', '入库日期', '入库时间', '收货时间'], weakSynonyms: ['date', '日期'] },
    { key: 'qtyReceived', label: 'Quantity received', type: 'number', required: true, min: 0, synonyms: ['qty received', 'quantity received', 'received', 'received qty', 'delivered', 'delivered qty', '收货数量', '到货数量', '入库数量', '实收数量', '实到数量'], weakSynonyms: QUANTITY_WEAK },
    { key: 'poNumber', label: 'PO number', type: 'code', synonyms: PO_NUMBER_SYNONYMS },
    { key: 'lineNo', label: 'PO line', type: 'integer', positive: true, synonyms: ['line', 'line no', 'po line', '行号'] },
    { key: 'qtyRejected', label: 'Quantity rejected', type: 'number', min: 0, synonyms: ['qty rejected', 'rejected', 'damaged', 'defective', '拒收数量', '不良数量', '次品数量', '退回数量'] },
    { key: 'location', label: 'Location', type: 'code', synonyms: LOCATION_SYNONYMS },
    { key: 'reference', label: 'Reference', type: 'code', synonyms: ['reference', 'ref', 'grn', 'grn number', 'delivery note', 'receipt number', 'asn', '入库单号', '收货单号', '送货单号', '单据编号'] },
  ],
};

export interface ReceiptRecord {
  sku: string;
  receiptDate: string;
  qtyReceived: number;
  poNumber: string | null;
  lineNo: number | null;
  qtyRejected: number | null;
  location: string | null;
  reference: string | null;
}

export const receiptsKind: KindDefinition<ReceiptRecord> = {
  spec: receiptsSpec,
  createValidator: (columns) =>
    specValidator(receiptsSpec, columns, {
      record: { sku: '', receiptDate: '', qtyReceived: 0, poNumber: null, lineNo: null, qtyRejected: null, location: null, reference: null } as ReceiptRecord,
      keys: ['sku', 'receiptDate', 'qtyReceived', 'poNumber', 'lineNo', 'qtyRejected', 'location', 'reference'],
    }),
};
