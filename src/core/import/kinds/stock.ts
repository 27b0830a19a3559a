import { LOCATION_SYNONYMS, NAME_SYNONYMS, QUANTITY_WEAK, SKU_SYNONYMS, type KindSpec } from './fields';
import { columnsFor, fieldMap, type ColumnIndex, type KindDefinition, type RowValidator } from './kind';
import type { RowReader } from './row-reader';

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

const KEYS = ['sku', 'onHand', 'date', 'location', 'name'] as const;
const F = fieldMap(stockSpec, KEYS);

class StockValidator implements RowValidator<StockRecord> {
  readonly record: StockRecord = { sku: '', onHand: 0, date: null, location: null, name: null };
  private readonly cols: Record<(typeof KEYS)[number], number>;

  constructor(columns: ColumnIndex) {
    this.cols = columnsFor(columns, KEYS);
  }

  validate(r: RowReader): boolean {
    const c = this.cols;
    const rec = this.record;
    rec.sku = r.text(c.sku, F.sku) ?? '';
    rec.onHand = r.number(c.onHand, F.onHand) ?? 0;
    rec.date = r.date(c.date, F.date);
    rec.location = r.text(c.location, F.location);
    rec.name = r.text(c.name, F.name);
    return r.ok;
  }
}

export const stockKind: KindDefinition<StockRecord> = {
  spec: stockSpec,
  createValidator: (columns) => new StockValidator(columns),
};
