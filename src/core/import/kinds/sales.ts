import { LOCATION_SYNONYMS, NAME_SYNONYMS, QUANTITY_WEAK, SKU_SYNONYMS, type KindSpec } from './fields';
import { columnsFor, fieldMap, type ColumnIndex, type KindDefinition, type RowValidator } from './kind';
import type { RowReader } from './row-reader';

/** Daily sales totals: one row per SKU, day (and location). */
export const salesSpec: KindSpec = {
  kind: 'sales',
  label: 'Sales (daily totals)',
  distinctive: ['units'],
  fields: [
    { key: 'sku', label: 'SKU', type: 'code', required: true, synonyms: SKU_SYNONYMS, weakSynonyms: ['item', 'product', '商品'] },
    {
      key: 'date', label: 'Date', type: 'date', required: true,
      synonyms: ['date', 'day', 'sales date', 'sale date', 'order date', '日期', '销售日期', '时间', '业务日期', '统计日期', '下单日期'],
    },
    {
      key: 'units', label: 'Units sold', type: 'number', required: true,
      synonyms: ['units sold', 'qty sold', 'quantity sold', 'sold', 'sales qty', 'sales units', 'units', '销量', '销售数量', '销售量', '售出数量', '销售件数', '成交件数'],
      weakSynonyms: [...QUANTITY_WEAK, 'sales', 'demand'],
    },
    {
      key: 'revenue', label: 'Revenue', type: 'number',
      synonyms: ['revenue', 'sales amount', 'sales value', 'net sales', 'gmv', 'turnover', '销售额', '销售金额', '成交金额', '金额', '营业额', '实付金额'],
    },
    { key: 'location', label: 'Location', type: 'code', synonyms: LOCATION_SYNONYMS },
    { key: 'name', label: 'Product name', type: 'text', synonyms: NAME_SYNONYMS },
    { key: 'orders', label: 'Orders', type: 'integer', min: 0, synonyms: ['orders', 'order count', 'number of orders', '订单数', '订单量', '单量'] },
    { key: 'promo', label: 'Promotion', type: 'boolean', synonyms: ['promo', 'promotion', 'on promotion', '促销', '是否促销', '活动'] },
    { key: 'stockout', label: 'Out of stock', type: 'boolean', synonyms: ['stockout', 'stock out', 'out of stock', '缺货', '是否缺货'] },
  ],
};

export interface SalesRecord {
  sku: string;
  name: string | null;
  date: string;
  units: number;
  revenue: number | null;
  orders: number | null;
  location: string | null;
  promo: boolean | null;
  stockout: boolean | null;
}

const KEYS = ['sku', 'date', 'units', 'revenue', 'location', 'name', 'orders', 'promo', 'stockout'] as const;
const F = fieldMap(salesSpec, KEYS);

class SalesValidator implements RowValidator<SalesRecord> {
  readonly record: SalesRecord = {
    sku: '', name: null, date: '', units: 0, revenue: null, orders: null, location: null, promo: null, stockout: null,
  };
  private readonly cols: Record<(typeof KEYS)[number], number>;

  constructor(columns: ColumnIndex) {
    this.cols = columnsFor(columns, KEYS);
  }

  validate(r: RowReader): boolean {
    const c = this.cols;
    const rec = this.record;
    rec.sku = r.text(c.sku, F.sku) ?? '';
    rec.date = r.date(c.date, F.date) ?? '';
    rec.units = r.number(c.units, F.units) ?? 0;
    rec.revenue = c.revenue < 0 ? null : r.number(c.revenue, F.revenue);
    rec.location = c.location < 0 ? null : r.text(c.location, F.location);
    rec.name = c.name < 0 ? null : r.text(c.name, F.name);
    rec.orders = c.orders < 0 ? null : r.number(c.orders, F.orders);
    rec.promo = c.promo < 0 ? null : r.boolean(c.promo, F.promo);
    rec.stockout = c.stockout < 0 ? null : r.boolean(c.stockout, F.stockout);
    return r.ok;
  }
}

export const salesKind: KindDefinition<SalesRecord> = {
  spec: salesSpec,
  createValidator: (columns) => new SalesValidator(columns),
};
