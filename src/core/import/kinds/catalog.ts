import { CURRENCY_SYNONYMS, NAME_SYNONYMS, SKU_SYNONYMS, fieldOf, type KindSpec } from './fields';
import { specValidator, upperCurrency, type KindDefinition } from './kind';

export const catalogSpec: KindSpec = {
  kind: 'catalog',
  label: 'Catalogue',
  distinctive: ['brand', 'category', 'price'],
  fields: [
    { key: 'sku', label: 'SKU', type: 'code', required: true, synonyms: SKU_SYNONYMS },
    { key: 'name', label: 'Product name', type: 'text', synonyms: NAME_SYNONYMS },
    { key: 'brand', label: 'Brand', type: 'text', synonyms: ['brand', 'brand name', 'label', '品牌', '品牌名称'] },
    { key: 'category', label: 'Category', type: 'text', synonyms: ['category', 'product type', 'type', 'group', 'department', '类目', '品类', '分类', '商品分类', '商品类目', '类别', '品类名称'] },
    { key: 'unitCost', label: 'Unit cost', type: 'number', min: 0, synonyms: ['unit cost', 'cost', 'cost price', 'purchase price', 'cogs', '成本', '成本价', '进价', '采购价', '单位成本'] },
    { key: 'price', label: 'Price', type: 'number', min: 0, synonyms: ['price', 'retail price', 'selling price', 'list price', 'msrp', '售价', '零售价', '销售价', '吊牌价', '价格', '单价'] },
    { key: 'currency', label: 'Currency', type: 'code', synonyms: CURRENCY_SYNONYMS },
    { key: 'status', label: 'Status', type: 'text', synonyms: ['status', 'state', 'lifecycle', '状态', '商品状态', '生命周期'] },
    { key: 'unitVolume', label: 'Unit volume (m³)', type: 'number', positive: true, synonyms: ['unit volume', 'volume m3', 'volume (m3)', 'unit cbm', 'cbm', 'cubic meters', '体积', '单件体积', '单位体积', '商品体积', '体积(m³)', '体积（立方米）', '立方数'], weakSynonyms: ['volume'] },
    { key: 'unitWeight', label: 'Unit weight (kg)', type: 'number', positive: true, synonyms: ['unit weight', 'weight kg', 'weight (kg)', 'gross weight', 'net weight', '重量', '单件重量', '商品重量', '毛重', '净重', '重量(kg)', '重量（千克）'], weakSynonyms: ['weight'] },
    { key: 'launchDate', label: 'Launch date', type: 'date', synonyms: ['launch date', 'launch', 'release date', 'first sale date', 'created', '上市日期', '上新日期', '上架日期', '首发日期', '上市时间'] },
  ],
};

export type ProductStatus = 'active' | 'new' | 'discontinued';

export interface CatalogRecord {
  sku: string;
  name: string | null;
  brand: string | null;
  category: string | null;
  unitCost: number | null;
  price: number | null;
  currency: string | null;
  status: ProductStatus | null;
  launchDate: string | null;
  /** m³ and kg per unit, for the container limits of a supplier's orders. */
  unitVolume: number | null;
  unitWeight: number | null;
}

const STATUS_WORDS: [RegExp, ProductStatus][] = [
  [/^(new|新品|新款|上新|待上市)$/i, 'new'],
  [/^(discontinued|inactive|retired|eol|delisted|停售|停产|下架|淘汰|清仓|已下架|停用)$/i, 'discontinued'],
  [/^(active|live|on sale|selling|在售|上架|正常|启用|已上架|销售中)$/i, 'active'],
];

export function productStatus(text: string): ProductStatus | null {
  for (const [pattern, status] of STATUS_WORDS) if (pattern.test(text.trim())) return status;
  return null;
}

export const catalogKind: KindDefinition<CatalogRecord> = {
  spec: catalogSpec,
  createValidator: (columns) =>
    specValidator(catalogSpec, columns, {
      record: {
        sku: '', name: null, brand: null, category: null, unitCost: null, price: null, currency: null, status: null, launchDate: null, unitVolume: null, unitWeight: null,
      } as CatalogRecord,
      // The status is read last, as before: its words are checked once every other field was read.
      keys: ['sku', 'name', 'brand', 'category', 'unitCost', 'price', 'currency', 'launchDate', 'unitVolume', 'unitWeight', 'status'],
      derived: ['currency', 'status'],
      extra: (r, rec, values, cols) => {
        rec.currency = upperCurrency(values);
        const status = values.status as string | null;
        rec.status = status === null ? null : productStatus(status);
        if (status !== null && rec.status === null) {
          r.fail('bad_value', cols.status, fieldOf(catalogSpec, 'status'), `Status "${status}" is not one of active, new, discontinued (在售, 新品, 停售)`);
        }
      },
    }),
};
