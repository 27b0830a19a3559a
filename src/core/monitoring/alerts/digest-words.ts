import { alertKindWords } from '../../../shared/contract/alert-kind-words';
import type { AlertFacts, AlertKind, AlertPriority, MoneyMethod } from '../../../shared/contract/schemas/monitoring';

export type DigestLocale = 'en' | 'zh-CN';

interface Words {
  title: string;
  asOf: string;
  counts: string;
  newSince: string;
  noNew: string;
  open: string;
  none: string;
  columns: { rank: string; priority: string; kind: string; subject: string; why: string; money: string; currency: string; basis: string; firstSeen: string; isNew: string };
  yes: string;
  priority: Record<AlertPriority, string>;
  /** The contract's one table of alert-kind names, shared with the app and its notifications. */
  kind: Readonly<Record<AlertKind, string>>;
  basis: Record<MoneyMethod, string>;
  /** The why, worded from the facts (same placeholders as the app's messages). */
  why: Record<AlertKind, string>;
}

const en: Words = {
  title: 'SupplyDesk daily alert digest',
  asOf: 'As of {today}',
  counts: 'Open alerts: {total} ({high} high, {medium} medium, {low} low), {money} at stake',
  newSince: 'New since yesterday: {count}',
  noNew: 'Nothing new since yesterday.',
  open: 'Open alerts by money at stake',
  none: 'No open alerts.',
  columns: { rank: '#', priority: 'Priority', kind: 'Alert', subject: 'SKU / PO / supplier', why: 'Why', money: 'Money at stake', currency: 'Currency', basis: 'How the money is computed', firstSeen: 'First seen', isNew: 'New' },
  yes: 'yes',
  priority: { high: 'High', medium: 'Medium', low: 'Low' },
  kind: alertKindWords.en,
  basis: {
    marginLost: 'margin lost on expected demand', marginAtRisk: 'margin at risk', excessValue: 'value of stock above the cover limit', excessCost: 'holding and clearance cost of the excess',
    stockValue: 'stock value at cost', overForecastCost: 'cost of over-forecast units', underForecastMargin: 'margin of under-forecast units', openPoValue: 'open PO value',
    transferSaving: 'margin saved less the transfer cost', expediteSaving: 'margin saved less the extra freight',
  },
  why: {
    staleStock: 'newest stock snapshot {newestDate}, {ageDays} days old (limit {thresholdDays})',
    staleSales: 'newest sales day {newestDate}, {ageDays} days old (limit {thresholdDays})',
    stalePurchaseOrders: 'newest PO or receipt {newestDate}, {ageDays} days old (limit {thresholdDays})',
    stockout: 'runs out {runOutDate}, earliest arrival {earliestArrival}: {lostUnits} units short',
    belowReorderPoint: 'position {position} below reorder point {reorderPoint}',
    poOverdue: '{lines} lines {daysLate} days late, {unitsLate} units to come',
    poConfirmedLate: '{lines} lines confirmed {daysLate} days after the promised {promisedDate}',
    excessStock: '{weeksOfCover} weeks of cover at the demand ahead (limit {thresholdWeeks}), {excessUnits} units above, {unsoldUnits} unsold in a year',
    deadStock: '{onHand} units on hand, last sale {lastSale}',
    forecastBias: 'bias {biasPct}% over {periods} periods (limit {thresholdPct}%)',
    supplierOtif: 'OTIF {otifBeforePct}% → {otifRecentPct}% ({deliveriesRecent} deliveries)',
    transferSaves: 'move {quantity} from {from} to {to}, arriving {arrivalDate}: saves {marginSaved} margin for {transferCost}',
    expeditePays: '{poNumber} lands {currentArrival}, after the stock-out on {stockoutDate}; by {mode} it lands {expeditedArrival}: {extraFreight} extra freight saves {marginSaved} margin',
  },
};

const zhCN: Words = {
  title: 'SupplyDesk 每日预警摘要',
  asOf: '截至 {today}',
  counts: '未处理预警：{total} 条（高 {high}、中 {medium}、低 {low}），涉及金额 {money}',
  newSince: '昨日以来新增：{count} 条',
  noNew: '昨日以来没有新增预警。',
  open: '未处理预警（按涉及金额排序）',
  none: '没有未处理的预警。',
  columns: { rank: '#', priority: '优先级', kind: '预警', subject: 'SKU / 采购单 / 供应商', why: '原因', money: '涉及金额', currency: '币种', basis: '金额算法', firstSeen: '首次出现', isNew: '新增' },
  yes: '是',
  priority: { high: '高', medium: '中', low: '低' },
  kind: alertKindWords['zh-CN'],
  basis: {
    marginLost: '预计需求损失的毛利', marginAtRisk: '有风险的毛利', excessValue: '超出可售周数上限的库存价值', excessCost: '积压库存的持有与清仓成本',
    stockValue: '库存成本价值', overForecastCost: '多预测数量的成本', underForecastMargin: '少预测数量的毛利', openPoValue: '未交货采购单金额',
    transferSaving: '避免的毛利损失减调拨费用', expediteSaving: '避免的毛利损失减加急运费',
  },
  why: {
    staleStock: '最新库存快照 {newestDate}，已 {ageDays} 天（上限 {thresholdDays} 天）',
    staleSales: '最新销量日期 {newestDate}，已 {ageDays} 天（上限 {thresholdDays} 天）',
    stalePurchaseOrders: '最新采购单或收货 {newestDate}，已 {ageDays} 天（上限 {thresholdDays} 天）',
    stockout: '{runOutDate} 缺货，最早到货 {earliestArrival}：缺 {lostUnits} 件',
    belowReorderPoint: '库存位置 {position} 低于再订货点 {reorderPoint}',
    poOverdue: '{lines} 行逾期 {daysLate} 天，待到货 {unitsLate} 件',
    poConfirmedLate: '{lines} 行确认交期比承诺的 {promisedDate} 晚 {daysLate} 天',
    excessStock: '按未来需求可售 {weeksOfCover} 周（上限 {thresholdWeeks} 周），多出 {excessUnits} 件，一年内卖不完 {unsoldUnits} 件',
    deadStock: '现有库存 {onHand} 件，最后销售 {lastSale}',
    forecastBias: '{periods} 期偏差 {biasPct}%（上限 {thresholdPct}%）',
    supplierOtif: 'OTIF {otifBeforePct}% → {otifRecentPct}%（{deliveriesRecent} 次到货）',
    transferSaves: '从 {from} 调 {quantity} 件到 {to}，{arrivalDate} 到货：调拨费用 {transferCost}，避免毛利损失 {marginSaved}',
    expeditePays: '{poNumber} 预计 {currentArrival} 到货，晚于 {stockoutDate} 的缺货；改为 {mode} 可于 {expeditedArrival} 到货：多付运费 {extraFreight}，避免毛利损失 {marginSaved}',
  },
};

export function digestWords(locale: DigestLocale): Words {
  return locale === 'zh-CN' ? zhCN : en;
}

export function fill(template: string, values: AlertFacts | Record<string, string | number>, locale: DigestLocale): string {
  const number = new Intl.NumberFormat(locale === 'zh-CN' ? 'zh-CN' : 'en-US', { maximumFractionDigits: 1 });
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = values[name];
    if (value === undefined) return match;
    if (value === null) return '—';
    return typeof value === 'number' ? number.format(value) : value;
  });
}
