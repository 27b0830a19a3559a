import type { ImportKind } from '../types';

export type FieldType = 'text' | 'code' | 'number' | 'integer' | 'date' | 'datetime' | 'boolean';

export interface FieldSpec {
  key: string;
  /** English name used in messages; the UI translates by key. */
  label: string;
  type: FieldType;
  required?: boolean;
  /** Numbers below this are errors (0 for quantities that cannot be negative). */
  min?: number;
  /** Numbers must be above zero (order multiples, ordered quantities). */
  positive?: boolean;
  /** Header names that mean this field, English and Chinese. */
  synonyms: readonly string[];
  /** Names that often mean this field but also others ("数量", "quantity"). */
  weakSynonyms?: readonly string[];
}

export interface KindSpec {
  kind: ImportKind;
  label: string;
  fields: readonly FieldSpec[];
  /** Fields that mark a file as this kind rather than a neighbour (on-hand vs units sold). */
  distinctive: readonly string[];
}

export function fieldOf(spec: KindSpec, key: string): FieldSpec {
  const field = spec.fields.find((f) => f.key === key);
  if (!field) throw new Error(`${spec.kind} has no field ${key}`);
  return field;
}

/** Shared synonym lists: the same words recur across kinds. */
export const SKU_SYNONYMS = [
  'sku', 'skucode', 'skuid', 'item code', 'itemcode', 'product code', 'productcode', 'stock code', 'stockcode',
  'article', 'article number', 'part number', 'seller sku', 'merchant sku', 'lineitem sku', 'item sku',
  '商品编码', '商家编码', '商品编号', '货号', '款号', 'sku编码', '商品sku', '物料编码', '产品编码', '产品编号',
  '存货编码', '货品编码', '编码', '规格编码',
];
export const NAME_SYNONYMS = [
  'name', 'product name', 'productname', 'item name', 'title', 'product title', 'description', 'lineitem name',
  '商品名称', '商品名', '品名', '产品名称', '名称', '宝贝标题', '商品标题', '货品名称', '存货名称', '商品描述',
];
export const LOCATION_SYNONYMS = [
  'location', 'location code', 'store', 'store code', 'shop', 'warehouse', 'warehouse code', 'site', 'channel',
  '仓库', '仓库编码', '仓库名称', '门店', '门店编码', '店铺', '店铺名称', '库位', '渠道', '地点', '发货仓',
];
export const SUPPLIER_SYNONYMS = [
  'supplier', 'supplier code', 'supplier name', 'vendor', 'vendor code', 'vendor name', 'manufacturer', 'factory',
  '供应商', '供应商编码', '供应商名称', '供货商', '厂家', '工厂', '厂商',
];
export const CURRENCY_SYNONYMS = ['currency', 'ccy', '币种', '货币'];
export const QUANTITY_WEAK = ['quantity', 'qty', 'units', 'amount', '数量', '件数'];
