import { CURRENCY_SYNONYMS, SKU_SYNONYMS, SUPPLIER_SYNONYMS, type KindSpec } from './fields';
import { columnsFor, fieldMap, type ColumnIndex, type KindDefinition, type RowValidator } from './kind';
import type { RowReader } from './row-reader';

/** What a supplier charges and requires for a SKU: cost, MOQ, case pack, lead time. */
export const termsSpec: KindSpec = {
  kind: 'terms',
  label: 'Supplier terms',
  distinctive: ['moq', 'orderMultiple', 'leadTimeDays'],
  fields: [
    { key: 'supplier', label: 'Supplier', type: 'code', required: true, synonyms: SUPPLIER_SYNONYMS },
    { key: 'sku', label: 'SKU', type: 'code', required: true, synonyms: SKU_SYNONYMS },
    { key: 'unitCost', label: 'Unit cost', type: 'number', required: true, min: 0, synonyms: ['unit cost', 'cost', 'price', 'purchase price', 'buy price', 'fob', 'fob price', 'unit price', '采购价', '进价', '成本', '单价', '采购单价', '含税单价', '供货价', '出厂价'] },
    { key: 'currency', label: 'Currency', type: 'code', synonyms: CURRENCY_SYNONYMS },
    { key: 'moq', label: 'MOQ', type: 'number', min: 0, synonyms: ['moq', 'minimum order quantity', 'min order qty', 'min qty', 'minimum', '最小起订量', '起订量', '最低起订量', '最小订货量'] },
    { key: 'orderMultiple', label: 'Order multiple', type: 'number', positive: true, synonyms: ['order multiple', 'case pack', 'pack size', 'case qty', 'carton qty', 'inner pack', 'multiple', '订货倍数', '箱规', '装箱数', '每箱数量', '包装数', '倍数'] },
    { key: 'maxOrderQty', label: 'Maximum order quantity', type: 'number', positive: true, synonyms: ['max order qty', 'maximum order quantity', 'max qty', 'capacity', '最大订货量', '最大起订量', '产能'] },
    { key: 'leadTimeDays', label: 'Lead time (days)', type: 'integer', min: 0, synonyms: ['lead time', 'lead time days', 'leadtime', 'lt', '交期', '交货周期', '交货期', '采购周期', '交期天数', '生产周期'] },
    { key: 'isPrimary', label: 'Primary supplier', type: 'boolean', synonyms: ['primary', 'is primary', 'preferred', 'main supplier', '主供应商', '首选', '是否主供'] },
  ],
};

export interface TermsRecord {
  supplier: string;
  sku: string;
  unitCost: number;
  currency: string | null;
  moq: number | null;
  orderMultiple: number | null;
  maxOrderQty: number | null;
  leadTimeDays: number | null;
  isPrimary: boolean | null;
}

const KEYS = ['supplier', 'sku', 'unitCost', 'currency', 'moq', 'orderMultiple', 'maxOrderQty', 'leadTimeDays', 'isPrimary'] as const;
const F = fieldMap(termsSpec, KEYS);

class TermsValidator implements RowValidator<TermsRecord> {
  readonly record: TermsRecord = {
    supplier: '', sku: '', unitCost: 0, currency: null, moq: null, orderMultiple: null, maxOrderQty: null, leadTimeDays: null, isPrimary: null,
  };
  private readonly cols: Record<(typeof KEYS)[number], number>;

  constructor(columns: ColumnIndex) {
    this.cols = columnsFor(columns, KEYS);
  }

  validate(r: RowReader): boolean {
    const c = this.cols;
    const rec = this.record;
    rec.supplier = r.text(c.supplier, F.supplier) ?? '';
    rec.sku = r.text(c.sku, F.sku) ?? '';
    rec.unitCost = r.number(c.unitCost, F.unitCost) ?? 0;
    rec.currency = r.text(c.currency, F.currency)?.toUpperCase() ?? null;
    rec.moq = r.number(c.moq, F.moq);
    rec.orderMultiple = r.number(c.orderMultiple, F.orderMultiple);
    rec.maxOrderQty = r.number(c.maxOrderQty, F.maxOrderQty);
    rec.leadTimeDays = r.number(c.leadTimeDays, F.leadTimeDays);
    rec.isPrimary = r.boolean(c.isPrimary, F.isPrimary);
    return r.ok;
  }
}

export const termsKind: KindDefinition<TermsRecord> = {
  spec: termsSpec,
  createValidator: (columns) => new TermsValidator(columns),
};
