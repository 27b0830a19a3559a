import type { ProductRow, SupplierRow, SupplierTermRow } from '../../../../shared/contract/schemas/data';
import { dateColumn, labelColumn, moneyColumn, numberColumn, textColumn } from '../../../grid/columns';
import type { Formatters } from '../../../i18n/format';
import { intlLocale } from '../../../i18n/locale';
import type { Translate } from '../../../i18n/translate';
import { statusContext, statusLabel } from '../table-definition';
import { codedContext } from '../../../grid/server-filter';

export function productColumns(t: Translate, format: Formatters) {
  // A unit volume is often a few litres (0.0042 m³): two decimals would show 0.
  const fine = new Intl.NumberFormat(intlLocale(format.locale), { maximumFractionDigits: 4 });
  const volume = { width: 130, valueFormatter: (params: { value: unknown }) => (typeof params.value === 'number' ? fine.format(params.value) : '—') };
  return [
    textColumn<ProductRow>('sku', t('col.sku'), { pinned: 'left', width: 170 }),
    textColumn<ProductRow>('name', t('col.name'), { flex: 1, minWidth: 280, tooltipField: 'name' }),
    textColumn<ProductRow>('brand', t('col.brand'), { width: 120 }),
    textColumn<ProductRow>('category', t('col.category'), { width: 110 }),
    textColumn<ProductRow>('supplier', t('col.supplier'), { width: 180, tooltipField: 'supplier' }),
    labelColumn<ProductRow>('status', t('col.status'), statusLabel(t), { width: 100, context: statusContext(t) }),
    moneyColumn<ProductRow>('unitCost', t('col.unitCost'), format, (row) => row.currency, { width: 110 }),
    moneyColumn<ProductRow>('price', t('col.price'), format, (row) => row.currency, { width: 110 }),
    dateColumn<ProductRow>('launchDate', t('col.launchDate'), format),
    numberColumn<ProductRow>('unitVolumeM3', t('col.unitVolume'), format, volume),
    numberColumn<ProductRow>('unitWeightKg', t('col.unitWeight'), format, { width: 130 }),
  ];
}

export function supplierColumns(t: Translate, format: Formatters) {
  return [
    textColumn<SupplierRow>('code', t('col.code'), { pinned: 'left', width: 110 }),
    textColumn<SupplierRow>('name', t('col.name'), { flex: 1, minWidth: 240, tooltipField: 'name' }),
    textColumn<SupplierRow>('country', t('col.country'), { width: 120 }),
    textColumn<SupplierRow>('currency', t('col.currency'), { width: 90 }),
    numberColumn<SupplierRow>('defaultLeadTimeDays', t('col.leadTime'), format, { width: 130 }),
    moneyColumn<SupplierRow>('minOrderValue', t('col.minOrderValue'), format, (row) => row.currency, { width: 150 }),
    numberColumn<SupplierRow>('containerVolumeM3', t('col.containerVolume'), format, { width: 130 }),
    numberColumn<SupplierRow>('containerWeightKg', t('col.containerWeight'), format, { width: 150 }),
    numberColumn<SupplierRow>('maxContainers', t('col.maxContainers'), format, { width: 130 }),
    numberColumn<SupplierRow>('skus', t('col.skus'), format, { width: 100 }),
    numberColumn<SupplierRow>('openPoLines', t('col.openPoLines'), format, { width: 130 }),
  ];
}

export function supplierTermColumns(t: Translate, format: Formatters) {
  const yesNo = (raw: unknown) => (raw === 1 || raw === '1' ? t('common.yes') : t('common.no'));
  return [
    textColumn<SupplierTermRow>('supplier', t('col.supplier'), { pinned: 'left', width: 180, tooltipField: 'supplier' }),
    textColumn<SupplierTermRow>('sku', t('col.sku'), { width: 170 }),
    textColumn<SupplierTermRow>('name', t('col.name'), { flex: 1, minWidth: 260, tooltipField: 'name' }),
    moneyColumn<SupplierTermRow>('unitCost', t('col.unitCost'), format, (row) => row.currency),
    numberColumn<SupplierTermRow>('moq', t('col.moq'), format, { width: 100 }),
    numberColumn<SupplierTermRow>('orderMultiple', t('col.orderMultiple'), format, { width: 120 }),
    numberColumn<SupplierTermRow>('maxOrderQty', t('col.maxOrderQty'), format, { width: 130 }),
    numberColumn<SupplierTermRow>('leadTimeDays', t('col.leadTime'), format, { width: 130 }),
    labelColumn<SupplierTermRow>('isPrimary', t('col.primary'), yesNo, { width: 100, context: codedContext(['1', '0'], yesNo) }),
  ];
}
