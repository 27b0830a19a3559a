import type { SalesBySkuRow, SalesByWeekRow } from '../../../../shared/contract/schemas/data';
import { dateColumn, moneyColumn, numberColumn, textColumn } from '../../../grid/columns';
import type { Formatters } from '../../../i18n/format';
import type { Translate } from '../../../i18n/translate';

export function salesBySkuColumns(t: Translate, format: Formatters) {
  return [
    textColumn<SalesBySkuRow>('sku', t('col.sku'), { pinned: 'left', width: 170 }),
    textColumn<SalesBySkuRow>('name', t('col.name'), { flex: 1, minWidth: 260, tooltipField: 'name' }),
    textColumn<SalesBySkuRow>('brand', t('col.brand'), { width: 120 }),
    textColumn<SalesBySkuRow>('category', t('col.category'), { width: 110 }),
    numberColumn<SalesBySkuRow>('units28d', t('col.units28d'), format, { width: 110 }),
    numberColumn<SalesBySkuRow>('units365d', t('col.units365d'), format, { width: 115 }),
    moneyColumn<SalesBySkuRow>('revenue365d', t('col.revenue365d'), format, undefined, { width: 140 }),
    numberColumn<SalesBySkuRow>('unitsTotal', t('col.unitsTotal'), format, { width: 115 }),
    dateColumn<SalesBySkuRow>('firstSale', t('col.firstSale'), format),
    dateColumn<SalesBySkuRow>('lastSale', t('col.lastSale'), format),
    numberColumn<SalesBySkuRow>('stockoutDays90d', t('col.stockoutDays90d'), format, { width: 150 }),
  ];
}

export function salesByWeekColumns(t: Translate, format: Formatters) {
  return [
    dateColumn<SalesByWeekRow>('week', t('col.week'), format, { pinned: 'left', width: 140, sort: 'desc' }),
    numberColumn<SalesByWeekRow>('units', t('col.units'), format),
    moneyColumn<SalesByWeekRow>('revenue', t('col.revenue'), format, undefined, { width: 150 }),
    numberColumn<SalesByWeekRow>('orders', t('col.orders'), format),
    numberColumn<SalesByWeekRow>('skusSold', t('col.skusSold'), format),
    numberColumn<SalesByWeekRow>('promoDays', t('col.promoDays'), format),
  ];
}
