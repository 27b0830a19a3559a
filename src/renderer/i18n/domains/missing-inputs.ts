/**
 * Messages for what a plan, a key figure or an alert lacks and what to import: never a reassuring
 * result without its inputs. English is the source of keys, zh-CN must match them.
 */
export const missingInputMessagesEn = {
  'missing.import.stock': 'Import stock on hand',
  'missing.import.terms': 'Import supplier terms',
  'missing.import.purchase-orders': 'Import purchase orders',
  'plan.missing.title': 'This plan lacks inputs: it does not mean the stock is enough',
  'plan.missing.stockAndTerms': '{count} SKUs have no stock snapshot and no supplier terms: import stock on hand and supplier terms to plan them.',
  'plan.missing.termsOnly': '{count} SKUs have no supplier terms and are not ordered: import supplier terms to plan them.',
  'plan.missing.stockOnly': '{count} SKUs have no stock snapshot: on hand is taken as 0, so their orders may be too large. Import stock on hand to plan them on what you hold.',
  'plan.grid.emptyMissing': 'Nothing can be planned yet',
  'plan.grid.emptyMissingHint': 'The SKUs lack the inputs named above. Until they are imported, this plan cannot tell whether anything needs ordering.',
  'dashboard.figure.missing.stock': 'Needs stock snapshots',
  'dashboard.figure.missing.purchaseOrders': 'Needs purchase orders',
  'dashboard.figure.missing.forecastRun': 'Run a forecast to measure it',
  'dashboard.figure.missing.salesAfterRun': 'Measured once sales after {date} are imported',
  'dashboard.figure.missing.open': 'open the import for it',
  'alerts.why.staleStock.none': 'No stock snapshot imported: stock on hand, cover and stock-outs cannot be judged. Import stock on hand.',
  'alerts.why.staleSales.none': 'No sales imported: demand cannot be judged. Import sales history.',
  'alerts.why.stalePurchaseOrders.none': 'No purchase order or receipt is dated yet: what is on order cannot be judged. Import purchase orders.',
} as const;

export const missingInputMessagesZhCN: Record<keyof typeof missingInputMessagesEn, string> = {
  'missing.import.stock': '导入现有库存',
  'missing.import.terms': '导入供应商条款',
  'missing.import.purchase-orders': '导入采购单',
  'plan.missing.title': '该计划缺少数据：不代表库存充足',
  'plan.missing.stockAndTerms': '{count} 个 SKU 没有库存快照，也没有供应商条款：请导入现有库存和供应商条款后再计划。',
  'plan.missing.termsOnly': '{count} 个 SKU 没有供应商条款，不会下单：请导入供应商条款后再计划。',
  'plan.missing.stockOnly': '{count} 个 SKU 没有库存快照：现有库存按 0 计算，订货量可能偏大。请导入现有库存，按实际库存计划。',
  'plan.grid.emptyMissing': '暂时无法计划',
  'plan.grid.emptyMissingHint': '这些 SKU 缺少上面列出的数据。导入之前，计划无法判断是否需要订货。',
  'dashboard.figure.missing.stock': '需要库存快照',
  'dashboard.figure.missing.purchaseOrders': '需要采购单',
  'dashboard.figure.missing.forecastRun': '运行一次需求预测后即可衡量',
  'dashboard.figure.missing.salesAfterRun': '导入 {date} 之后的销量后即可衡量',
  'dashboard.figure.missing.open': '打开对应的导入',
  'alerts.why.staleStock.none': '尚未导入库存快照：无法判断现有库存、可售天数和缺货。请导入现有库存。',
  'alerts.why.staleSales.none': '尚未导入销量：无法判断需求。请导入历史销量。',
  'alerts.why.stalePurchaseOrders.none': '还没有已注明日期的采购单或收货：无法判断在途库存。请导入采购单。',
};
