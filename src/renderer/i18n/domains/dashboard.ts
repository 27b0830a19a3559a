/** Messages for the dashboard's key figures: English is the source of keys, zh-CN must match them. */
export const dashboardMessagesEn = {
  'dashboard.asOf': 'As of {date}',
  'dashboard.asOfCounts': 'As of {date} · {skus} SKUs · {suppliers} suppliers',
  'dashboard.figures.label': 'Key figures',
  'dashboard.figures.empty': 'No sales or stock yet: import your data and the key figures appear here, each with its trend.',
  'dashboard.figures.failed': 'The key figures could not be computed',
  'dashboard.figure.stockValue': 'Stock value (at cost)',
  'dashboard.figure.weeksOfCover': 'Weeks of cover',
  'dashboard.figure.forecastAccuracy': 'Forecast accuracy',
  'dashboard.figure.fillRate': 'Fill rate',
  'dashboard.figure.supplierOtif': 'Suppliers’ OTIF',
  'dashboard.figure.openPoValue': 'Open PO value',
  'dashboard.figure.overduePoLines': 'Overdue PO lines',
  'dashboard.figure.open': 'Open {page}',
  'dashboard.figure.how': 'How is this computed?',
  'dashboard.figure.weeks': '{value} wk',
  'dashboard.figure.points': '{value} pts',
  'dashboard.figure.noValue': 'Not enough data yet',
  'dashboard.figure.noPrevious': 'No earlier value to compare',
  'dashboard.figure.vsPrevious': 'vs {date}',
  'dashboard.figure.better': 'better',
  'dashboard.figure.worse': 'worse',
  'dashboard.figure.trend': '{figure}: the last 12 weeks',
  'dashboard.figure.noTrend': 'No trend yet',
  'dashboard.figure.backtest': 'from the backtest',
  'dashboard.note.mase': 'MASE {value}',
  'dashboard.note.overdueValue': '{value} still to come',
  'dashboard.note.lostUnits': '{value} units lost to stock-outs',
  'dashboard.note.openLines': '{value} open lines',
  'dashboard.note.judgedLines': '{value} lines due',
  'dashboard.note.stockUnits': '{value} units',
  'dashboard.definition.stockValue':
    'Units on hand × the catalogue unit cost, from each SKU-location’s newest stock snapshot. Past weeks roll that snapshot back: units sold since are added back, accepted receipts since taken off (rolled forward the same way when the snapshot is older). Stock corrections are not in that history.',
  'dashboard.definition.weeksOfCover':
    'Stock value at cost ÷ average weekly demand at cost over the last 4 weeks, where demand = units sold + units estimated lost to stock-outs.',
  'dashboard.definition.forecastAccuracy':
    '1 − WAPE (weighted absolute percentage error) of the newest forecast run that has weeks behind it, scored against what sold since; MASE beside it (below 1 beats the naive forecast). Until a run has weeks behind it, its holdout backtest. The trend scores, each week, the newest weekly forecast made before it.',
  'dashboard.definition.fillRate':
    'Units sold ÷ units demanded over the last 4 weeks. Demand lost to stock-outs is estimated: each day a SKU was out of stock counts as its average daily sales on the days it was in stock (last 15 weeks).',
  'dashboard.definition.supplierOtif':
    'Share of PO lines due in the last 4 weeks that arrived on time and in full, judged as the supplier scorecards judge them (due date, tolerance, accepted units); lines due and not delivered count as missed.',
  'dashboard.definition.openPoValue':
    'Units still to come on open PO lines (ordered − accepted so far) × the line’s unit cost (else the supplier terms’ cost). Drafts and cancelled lines are left out.',
  'dashboard.definition.overduePoLines':
    'Open PO lines whose due date (line promise, else PO promise, else order date + lead time) has passed, and the value still to come on them at cost.',
  'dashboard.target.replenishment': 'Replenishment',
  'dashboard.target.forecasts': 'forecast accuracy',
  'dashboard.target.suppliers': 'Suppliers',
  'dashboard.target.purchaseOrders': 'purchase orders',
} as const;

export const dashboardMessagesZhCN: Record<keyof typeof dashboardMessagesEn, string> = {
  'dashboard.asOf': '数据截至 {date}',
  'dashboard.asOfCounts': '数据截至 {date} · {skus} 个 SKU · {suppliers} 家供应商',
  'dashboard.figures.label': '关键指标',
  'dashboard.figures.empty': '还没有销量或库存数据：导入数据后，这里会显示关键指标及其趋势。',
  'dashboard.figures.failed': '无法计算关键指标',
  'dashboard.figure.stockValue': '库存金额（按成本）',
  'dashboard.figure.weeksOfCover': '可售周数',
  'dashboard.figure.forecastAccuracy': '预测准确率',
  'dashboard.figure.fillRate': '满足率',
  'dashboard.figure.supplierOtif': '供应商准时足量交付率（OTIF）',
  'dashboard.figure.openPoValue': '未到货采购金额',
  'dashboard.figure.overduePoLines': '逾期采购单行',
  'dashboard.figure.open': '打开{page}',
  'dashboard.figure.how': '这个指标怎么算？',
  'dashboard.figure.weeks': '{value} 周',
  'dashboard.figure.points': '{value} 个百分点',
  'dashboard.figure.noValue': '数据还不够',
  'dashboard.figure.noPrevious': '没有可比较的早期数值',
  'dashboard.figure.vsPrevious': '对比 {date}',
  'dashboard.figure.better': '变好',
  'dashboard.figure.worse': '变差',
  'dashboard.figure.trend': '{figure}：最近 12 周',
  'dashboard.figure.noTrend': '暂无趋势',
  'dashboard.figure.backtest': '来自回测',
  'dashboard.note.mase': 'MASE {value}',
  'dashboard.note.overdueValue': '待到货 {value}',
  'dashboard.note.lostUnits': '缺货损失 {value} 件',
  'dashboard.note.openLines': '{value} 个未结采购单行',
  'dashboard.note.judgedLines': '{value} 个到期采购单行',
  'dashboard.note.stockUnits': '{value} 件',
  'dashboard.definition.stockValue':
    '现有库存数量 × 商品目录中的单位成本，取每个 SKU-仓库最新的库存快照。过去各周由该快照倒推：加回此后卖出的数量，减去此后验收入库的数量（快照较早时按同样方法顺推）。盘点调整等不在这段历史中。',
  'dashboard.definition.weeksOfCover':
    '库存金额（按成本）÷ 最近 4 周平均每周需求金额（按成本），需求 = 实际销量 + 估算的缺货损失。',
  'dashboard.definition.forecastAccuracy':
    '1 − WAPE（加权绝对百分比误差），取最新一次已有实际销量可对比的预测，与其后的实际销量比较；旁边是 MASE（小于 1 表示优于朴素预测）。在还没有实际销量可对比之前，使用该预测的留出回测。趋势按周计算：每周使用在该周之前做出的最新周度预测。',
  'dashboard.definition.fillRate':
    '最近 4 周实际销量 ÷ 需求量。缺货损失为估算值：SKU 每缺货一天，计为它在最近 15 周有货日子里的平均日销量。',
  'dashboard.definition.supplierOtif':
    '最近 4 周到期的采购单行中，准时且足量到货的比例，判定方法与供应商评分卡相同（到期日、容差、验收数量）；到期未到货的计为未达成。',
  'dashboard.definition.openPoValue':
    '未结采购单行尚未到货的数量（订购量 − 已验收量）× 该行单位成本（没有则用供应商条款中的成本）。不含草稿和已取消的行。',
  'dashboard.definition.overduePoLines':
    '已过到期日（行承诺日期，否则采购单承诺日期，否则下单日 + 交期）仍未结的采购单行，以及它们尚未到货部分的成本金额。',
  'dashboard.target.replenishment': '补货计划',
  'dashboard.target.forecasts': '预测准确率',
  'dashboard.target.suppliers': '供应商',
  'dashboard.target.purchaseOrders': '采购单',
};
