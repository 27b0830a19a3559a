import { fieldOf, LOCATION_SYNONYMS, NAME_SYNONYMS, QUANTITY_WEAK, SKU_SYNONYMS, type KindSpec } from './fields';
import { specValidator, type KindDefinition } from './kind';

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

const UNITS = fieldOf(salesSpec, 'units');

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
  /** Units returned: a negative quantity in the file, as a positive number (`units` is then 0). */
  returned: number;
}

export const salesKind: KindDefinition<SalesRecord> = {
  spec: salesSpec,
  createValidator: (columns) =>
    specValidator(salesSpec, columns, {
      record: { sku: '', name: null, date: '', units: 0, revenue: null, orders: null, location: null, promo: null, stockout: null, returned: 0 } as SalesRecord,
      keys: ['sku', 'date', 'units', 'revenue', 'location', 'name', 'orders', 'promo', 'stockout'],
      extra: (r, rec, _values, cols) => {
        rec.returned = 0;
        if (!(rec.units < 0)) return;
        // A negative day is returns outweighing sales. Netting it against demand would make the
        // forecast see negative sales: the day is stored as 0 sold and the returns counted apart.
        rec.returned = -rec.units;
        rec.units = 0;
        if (rec.revenue !== null && rec.revenue < 0) rec.revenue = 0;
        r.warn(
          'returns',
          cols.units,
          UNITS,
          `Units sold is ${-rec.returned}: read as ${rec.returned} units returned. Returns are counted apart and not taken off demand; the day is stored with 0 units sold`,
        );
      },
    }),
};
