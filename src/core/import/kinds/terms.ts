import { CURRENCY_SYNONYMS, SKU_SYNONYMS, SUPPLIER_SYNONYMS, type KindSpec } from './fields';
import { specValidator, upperCurrency, type KindDefinition } from './kind';

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

export const termsKind: KindDefinition<TermsRecord> = {
  spec: termsSpec,
  createValidator: (columns) =>
    specValidator(termsSpec, columns, {
      record: {
        supplier: '', sku: '', unitCost: 0, currency: null, moq: null, orderMultiple: null, maxOrderQty: null, leadTimeDays: null, isPrimary: null,
      } as TermsRecord,
      keys: ['supplier', 'sku', 'unitCost', 'currency', 'moq', 'orderMultiple', 'maxOrderQty', 'leadTimeDays', 'isPrimary'],
      derived: ['currency'],
      extra: (_r, rec, values) => {
        rec.currency = upperCurrency(values);
      },
    }),
};
