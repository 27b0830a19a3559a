import { cellText, type Cell } from '../../ground/files/read/cell';
import { LOCATION_SYNONYMS, NAME_SYNONYMS, QUANTITY_WEAK, SKU_SYNONYMS, type KindSpec } from './fields';
import { specValidator, type KindDefinition } from './kind';

/** Order lines from a platform or shop export; summed into daily sales per SKU and location. */
export const orderLinesSpec: KindSpec = {
  kind: 'order-lines',
  label: 'Sales (order lines)',
  distinctive: ['orderId'],
  fields: [
    {
      key: 'orderId', label: 'Order number', type: 'code', required: true,
      synonyms: ['order id', 'order number', 'order no', 'order', 'invoice', 'invoice no', 'invoiceno', 'invoice number', 'amazon order id', 'transaction id', '订单号', '订单编号', '订单id', '子订单编号', '主订单编号', '单号', '外部订单号', '平台单号'],
    },
    { key: 'sku', label: 'SKU', type: 'code', required: true, synonyms: SKU_SYNONYMS, weakSynonyms: ['item', 'product', 'asin', '商品id', '商品'] },
    {
      key: 'quantity', label: 'Quantity', type: 'number', required: true,
      synonyms: ['quantity', 'qty', 'lineitem quantity', 'quantity purchased', 'quantity ordered', 'units', '数量', '购买数量', '商品数量', '下单数量', '销售数量', '件数'],
      weakSynonyms: QUANTITY_WEAK,
    },
    {
      key: 'orderedAt', label: 'Order date', type: 'datetime', required: true,
      synonyms: ['order date', 'invoice date', 'invoicedate', 'purchase date', 'created at', 'created', 'order time', 'date', 'date time', 'datetime', 'paid at', '下单时间', '订单创建时间', '创建时间', '付款时间', '支付时间', '订单日期', '日期', '成交时间', '时间'],
    },
    { key: 'description', label: 'Description', type: 'text', synonyms: NAME_SYNONYMS },
    {
      key: 'unitPrice', label: 'Unit price', type: 'number', min: 0,
      synonyms: ['unit price', 'unitprice', 'price', 'item price', 'lineitem price', 'sale price', '单价', '商品单价', '成交单价', '售价', '价格'],
    },
    {
      key: 'amount', label: 'Line amount', type: 'number',
      synonyms: ['line total', 'line amount', 'amount', 'total', 'subtotal', 'revenue', '金额', '实付金额', '商品金额', '成交金额', '小计', '应付金额'],
    },
    { key: 'customerId', label: 'Customer', type: 'code', synonyms: ['customer id', 'customerid', 'customer', 'buyer', 'buyer id', 'email', '客户', '客户id', '买家', '买家会员名', '买家昵称', '会员', '会员id'] },
    { key: 'country', label: 'Country/region', type: 'text', synonyms: ['country', 'region', 'ship country', 'billing country', 'province', 'state', '国家', '地区', '国家地区', '省份', '收货省份', '省'] },
    { key: 'location', label: 'Location', type: 'code', synonyms: LOCATION_SYNONYMS },
    { key: 'status', label: 'Order status', type: 'text', synonyms: ['status', 'order status', 'financial status', 'cancelled', 'cancelled at', '订单状态', '状态', '交易状态', '退款状态'] },
  ],
};

export interface OrderLineRecord {
  orderId: string;
  sku: string;
  description: string | null;
  /** As in the file: a date, or a date and time. */
  orderedAt: string;
  /** The day the line counts in daily sales. */
  date: string;
  /** Signed: cancellations and returns are negative. */
  quantity: number;
  unitPrice: number | null;
  /** Signed like the quantity. */
  revenue: number;
  customerId: string | null;
  country: string | null;
  location: string | null;
  cancelled: boolean;
}

const CANCELLED = /cancel|void|refund|return|reversed|取消|关闭|退款|退货|作废|已退/i;
/** "C536379": the credit-note numbering of many ERPs for a cancelled invoice. */
const CREDIT_NOTE = /^C\d+$/i;

function usesCreditNotes(samples: readonly (readonly Cell[])[], col: number): boolean {
  if (col < 0) return false;
  let credit = 0;
  let plain = 0;
  for (const row of samples) {
    const id = cellText(row[col] ?? null).trim();
    if (CREDIT_NOTE.test(id)) credit++;
    else if (/^\d+$/.test(id)) plain++;
  }
  return credit > 0 && plain > credit;
}

export const orderLinesKind: KindDefinition<OrderLineRecord> = {
  spec: orderLinesSpec,
  createValidator: (columns, samples) => {
    /** Only when both plain and C-numbered orders appear is the C prefix read as "cancelled". */
    const creditNotes = usesCreditNotes(samples, columns.orderId ?? -1);
    return specValidator(orderLinesSpec, columns, {
      record: {
        orderId: '', sku: '', description: null, orderedAt: '', date: '', quantity: 0, unitPrice: null, revenue: 0,
        customerId: null, country: null, location: null, cancelled: false,
      } as OrderLineRecord,
      keys: ['orderId', 'sku', 'quantity', 'orderedAt', 'description', 'unitPrice', 'amount', 'customerId', 'country', 'location', 'status'],
      derived: ['quantity'],
      extra: (_r, rec, values) => {
        const quantity = (values.quantity as number | null) ?? 0;
        const amount = values.amount as number | null;
        const status = values.status as string | null;
        rec.date = rec.orderedAt.slice(0, 10);
        rec.cancelled = quantity < 0 || (status !== null && CANCELLED.test(status)) || (creditNotes && CREDIT_NOTE.test(rec.orderId));
        const sign = rec.cancelled ? -1 : 1;
        rec.quantity = sign * Math.abs(quantity);
        rec.revenue = sign * Math.abs(amount ?? (rec.unitPrice !== null ? quantity * rec.unitPrice : 0));
      },
    });
  },
};
