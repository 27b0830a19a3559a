import type Database from 'better-sqlite3';
import { AppError } from '../ground/errors/app-error';
import { isoFromDay } from '../ground/calendar';
import { groupMetrics } from './group-metrics';
import { loadLineFacts, type LineFacts } from './line-facts';
import { MetricAccumulator, type SupplierMetrics } from './metric-accumulator';
import { DEFAULT_PERIOD_DAYS, periodLabel, resolvePeriod, SHORT_WINDOW_DAYS, windowEnding, type Period } from './period';
import { scorecardDays, scorecardsFromFacts, type ScorecardOptions, type SupplierScorecard } from './scorecards';
import { resolveSettings, type ScorecardSettings } from './settings';

export interface MonthMetrics {
  /** YYYY-MM of the due date. */
  month: string;
  metrics: SupplierMetrics;
}

export interface SkuMetrics {
  productId: number;
  sku: string;
  name: string;
  metrics: SupplierMetrics;
}

/** Everything the supplier page shows for one supplier. */
export interface SupplierDetail {
  asOf: string;
  from: string;
  to: string;
  settings: ScorecardSettings;
  scorecard: SupplierScorecard;
  /** Every calendar month of the period, oldest first (months without due lines have zero counts). */
  monthly: MonthMetrics[];
  /** The 90 and 365 days up to the as-of date, whatever the period. */
  rolling: { days90: SupplierMetrics; days365: SupplierMetrics };
  /** Per SKU over the period, biggest spend first. */
  skus: SkuMetrics[];
}

export function supplierDetail(db: Database.Database, supplierId: number, options: ScorecardOptions = {}): SupplierDetail {
  const settings = resolveSettings(db, options.settings);
  const period = resolvePeriod(db, options);
  const trend = scorecardDays(period);
  const facts = loadLineFacts(db, {
    asOf: isoFromDay(period.asOfDay),
    fromDay: Math.min(trend.fromDay, period.asOfDay - DEFAULT_PERIOD_DAYS + 1),
    toDay: trend.toDay,
  });
  return supplierDetailFromFacts(db, facts, period, settings, supplierId);
}

/**
 * The same from facts already loaded (the read worker's snapshot of every line); the facts must
 * cover the period, the trend windows and the last 365 days.
 */
export function supplierDetailFromFacts(
  db: Database.Database,
  facts: LineFacts,
  period: Period,
  settings: ScorecardSettings,
  supplierId: number,
): SupplierDetail {
  const scorecard = scorecardsFromFacts(db, facts, period, settings, [supplierId]).suppliers[0];
  if (!scorecard) throw new AppError('not_found', `There is no supplier with id ${supplierId}`, { supplierId });

  const tolerance = settings.toleranceDays;
  const ours = (i: number) => facts.supplierId[i] === supplierId;
  const byMonth = groupMetrics(facts, period, tolerance, (i) => (ours(i) ? isoFromDay(facts.dueDay[i] as number).slice(0, 7) : undefined));
  const rolling = (days: number) =>
    groupMetrics(facts, windowEnding(period.asOfDay, days), tolerance, (i) => (ours(i) ? 0 : undefined)).get(0) ?? emptyMetrics();
  const bySku = groupMetrics(facts, period, tolerance, (i) => (ours(i) ? (facts.productId[i] as number) : undefined));

  return {
    ...periodLabel(period),
    settings,
    scorecard,
    monthly: monthsBetween(period.fromDay, period.toDay).map((month) => ({ month, metrics: byMonth.get(month) ?? emptyMetrics() })),
    rolling: { days90: rolling(SHORT_WINDOW_DAYS), days365: rolling(DEFAULT_PERIOD_DAYS) },
    skus: namedSkus(db, bySku),
  };
}

function namedSkus(db: Database.Database, bySku: Map<number, SupplierMetrics>): SkuMetrics[] {
  const names = db
    .prepare('SELECT id, sku, name FROM products WHERE id IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify([...bySku.keys()])) as { id: number; sku: string; name: string }[];
  return names
    .map((p) => ({ productId: p.id, sku: p.sku, name: p.name, metrics: bySku.get(p.id)! }))
    .sort((a, b) => b.metrics.spend - a.metrics.spend || a.sku.localeCompare(b.sku));
}

function monthsBetween(fromDay: number, toDay: number): string[] {
  const months: string[] = [];
  let [year, month] = isoFromDay(fromDay).split('-').map(Number) as [number, number];
  const last = isoFromDay(toDay).slice(0, 7);
  for (;;) {
    const label = `${year}-${String(month).padStart(2, '0')}`;
    months.push(label);
    if (label >= last) return months;
    if (++month > 12) [year, month] = [year + 1, 1];
  }
}

function emptyMetrics(): SupplierMetrics {
  return new MetricAccumulator().result();
}
