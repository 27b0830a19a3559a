import type { Locale } from './schemas/app';
import type { AlertKind } from './schemas/monitoring';

/**
 * The name of each alert kind in each language: one table for the desktop notification (main),
 * the daily digest (core) and the Alerts page (renderer), so an alert is called the same everywhere.
 */
export const alertKindWords: Readonly<Record<Locale, Readonly<Record<AlertKind, string>>>> = {
  en: {
    staleStock: 'Stock data out of date',
    staleSales: 'Sales data out of date',
    stalePurchaseOrders: 'Purchase order data out of date',
    stockout: 'Stock-out before next arrival',
    belowReorderPoint: 'Below reorder point',
    poOverdue: 'Purchase order overdue',
    poConfirmedLate: 'Purchase order confirmed late',
    excessStock: 'Excess stock',
    deadStock: 'Dead stock',
    forecastBias: 'Forecast bias',
    supplierOtif: 'Supplier OTIF falling',
    transferSaves: 'Warehouse transfer saves money',
    expeditePays: 'Expedite pays',
  },
  'zh-CN': {
    staleStock: '库存数据过期',
    staleSales: '销量数据过期',
    stalePurchaseOrders: '采购单数据过期',
    stockout: '到货前缺货',
    belowReorderPoint: '低于再订货点',
    poOverdue: '采购单逾期',
    poConfirmedLate: '采购单确认延期',
    excessStock: '库存积压',
    deadStock: '呆滞库存',
    forecastBias: '需求预测偏差',
    supplierOtif: '供应商 OTIF 下降',
    transferSaves: '仓间调拨可节省',
    expeditePays: '加急划算',
  },
};
