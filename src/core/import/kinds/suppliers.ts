import { CURRENCY_SYNONYMS, type KindSpec } from './fields';
import { specValidator, upperCurrency, type KindDefinition } from './kind';

export const suppliersSpec: KindSpec = {
  kind: 'suppliers',
  label: 'Suppliers',
  distinctive: ['contact', 'minOrderValue', 'country'],
  fields: [
    { key: 'name', label: 'Supplier name', type: 'text', required: true, synonyms: ['supplier', 'supplier name', 'vendor', 'vendor name', 'company name', '供应商', '供应商名称', '供货商', '公司名称', '厂家', '工厂名称'], weakSynonyms: ['name', 'company', '名称'] },
    { key: 'code', label: 'Supplier code', type: 'code', synonyms: ['supplier code', 'vendor code', 'supplier id', 'vendor id', 'code', 'id', '供应商编码', '供应商编号', '供应商代码', '编码', '编号'] },
    { key: 'country', label: 'Country', type: 'text', synonyms: ['country', 'country of origin', 'origin', 'region', '国家', '国家地区', '产地', '地区'] },
    { key: 'currency', label: 'Currency', type: 'code', synonyms: CURRENCY_SYNONYMS },
    { key: 'contact', label: 'Contact', type: 'text', synonyms: ['contact', 'contact person', 'email', 'phone', 'wechat', '联系人', '联系方式', '电话', '手机', '微信', '邮箱'] },
    { key: 'leadTimeDays', label: 'Lead time (days)', type: 'integer', min: 0, synonyms: ['lead time', 'lead time days', 'leadtime', 'default lead time', '交期', '交货周期', '交货期', '采购周期', '交期天数'] },
    { key: 'minOrderValue', label: 'Minimum order value', type: 'number', min: 0, synonyms: ['minimum order value', 'min order value', 'mov', 'minimum order', '最低起订金额', '起订金额', '最小订单金额'] },
    { key: 'containerVolume', label: 'Container volume (m³)', type: 'number', positive: true, synonyms: ['container volume', 'container capacity', 'container cbm', 'container m3', 'container volume (m3)', '柜容量', '货柜容量', '柜体积', '集装箱容积', '集装箱体积', '整柜体积', '柜容积'] },
    { key: 'containerWeight', label: 'Container weight limit (kg)', type: 'number', positive: true, synonyms: ['container weight', 'container payload', 'container weight limit', 'max payload', 'payload kg', '柜载重', '货柜载重', '集装箱载重', '柜限重', '整柜限重'] },
    { key: 'maxContainers', label: 'Maximum containers per order', type: 'integer', positive: true, synonyms: ['max containers', 'maximum containers', 'containers per order', 'max containers per order', '最多柜数', '每单最多柜数', '柜数上限', '最大柜数'] },
    { key: 'notes', label: 'Notes', type: 'text', synonyms: ['notes', 'note', 'remarks', 'comment', 'comments', '备注', '说明'] },
  ],
};

export interface SupplierRecord {
  name: string;
  code: string | null;
  country: string | null;
  currency: string | null;
  contact: string | null;
  leadTimeDays: number | null;
  minOrderValue: number | null;
  notes: string | null;
  /** One container's capacity and the most containers one order may fill (how this supplier ships). */
  containerVolume: number | null;
  containerWeight: number | null;
  maxContainers: number | null;
}

export const suppliersKind: KindDefinition<SupplierRecord> = {
  spec: suppliersSpec,
  createValidator: (columns) =>
    specValidator(suppliersSpec, columns, {
      record: {
        name: '', code: null, country: null, currency: null, contact: null, leadTimeDays: null, minOrderValue: null, notes: null, containerVolume: null, containerWeight: null, maxContainers: null,
      } as SupplierRecord,
      keys: ['name', 'code', 'country', 'currency', 'contact', 'leadTimeDays', 'minOrderValue', 'notes', 'containerVolume', 'containerWeight', 'maxContainers'],
      derived: ['currency'],
      extra: (_r, rec, values) => {
        rec.currency = upperCurrency(values);
      },
    }),
};
