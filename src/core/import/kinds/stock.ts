import { LOCATION_SYNONYMS, NAME_SYNONYMS, QUANTITY_WEAK, SKU_SYNONYMS, type KindSpec } from './fields';
import { specValidator, type KindDefinition } from './kind';

/** Stock on hand per SKU (and location) on a date. */
export const stockSpec: KindSpec = {
  kind: 'stock',
  label: 'Stock on hand',
  distinctive: ['onHand'],
  fields: [
    { key: 'sku', label: 'SKU', type: 'code', required: true, synonyms: SKU_SYNONYMS },
    {
      key: 'onHand', label: 'Stock on hand', type: 'number', required: true, min: 0,
      synonyms: ['on hand', 'stock on hand', 'qty on hand', 'quantity on hand', 'soh', 'stock', 'inventory', 'available', 'available qty', 'stock level', 'qty available', '库存', '现有库存', '库存数量', '可用库存', '在库数量', '实际库存', '账面库存', '库存量', '结存数量', '期末库存', '可售库存'],
      weakSynonyms: QUANTITY_WEAK,
    },
    { key: 'date', label: 'Date', type: 'date', synonyms: ['date', 'as of', 'snapshot date', 'stock date', 'count date', '日期', '盘点日期', '库存日期', '统计日期', '截止日期'] },
    { key: 'location', label: 'Location', type: 'code', synonyms: LOCATION_SYNONYMS },
    { key: 'name', label: 'Product name', type: 'text', synonyms: NAME_SYNONYMS },
  ],
};

export interface StockRecord {
  sku: string;
  onHand: number;
  /** null: the import's snapshot date applies. */
  date: string | null;
  location: string | null;
  name: string | null;
}

export const stockKind: KindDefinition<StockRecord> = {
  spec: stockSpec,
  createValidator: (columns) =>
    specValidator(stockSpec, columns, {
      record: { sku: '', onHand: 0, date: null, location: null, name: null } as StockRecord,
      keys: ['sku', 'onHand', 'date', 'location', 'name'],
    }),
};
