import type Database from 'better-sqlite3';
import { isoFromDay } from '../ground/calendar';
import { groupMetrics } from './group-metrics';
import { loadLineFacts, type LineFacts } from './line-facts';
import { MetricAccumulator, type SupplierMetrics } from './metric-accumulator';
import { periodLabel, resolvePeriod, SHORT_WINDOW_DAYS, windowEnding, type Period, type PeriodOptions } from './period';
import { categoryPrior, evidenceOf, pooledEvidence, scoreSupplier, type ScoreComponentKey, type SupplierScore } from './score';
import { resolveSettings, type ScorecardSettings } from './settings';
import { listSuppliers, type SupplierInfo } from './supplier-directory';

export interface ScorecardOptions extends PeriodOptions {
  /** Overrides of the saved settings for this computation only (e.g. --tolerance-days). */
  settings?: Partial<ScorecardSettings>;
  supplierIds?: readonly number[];
}

export type TrendDirection = 'up' | 'down' | 'flat';

/**
 * Score over the last 90 days against the 90 before, both judged with what is known at the as-of
 * date; a move of less than TREND_FLAT_POINTS either way is flat.
 */
export interface ScoreTrend {
  current: number | null;
  previous: number | null;
  delta: number | null;
  direction: TrendDirection | null;
}
export const TREND_FLAT_POINTS = 2;

export interface SupplierScorecard extends SupplierInfo {
  metrics: SupplierMetrics;
  score: SupplierScore;
  trend: ScoreTrend;
}

export interface ScorecardReport {
  asOf: string;
  from: string;
  to: string;
  settings: ScorecardSettings;
  /** PO lines read (due in the period or the trend windows), for "n lines in t ms". */
  linesRead: number;
  /** Best first; suppliers without a score last. */
  suppliers: SupplierScorecard[];
}

type Priors = Record<ScoreComponentKey, number | null>;

/** Scorecards of every supplier (or those asked for) over the period, with their trend. */
export function supplierScorecards(db: Database.Database, options: ScorecardOptions = {}): ScorecardReport {
  const settings = resolveSettings(db, options.settings);
  const period = resolvePeriod(db, options);
  // Priors need every supplier in a category, so all lines are read even for a few suppliers.
  const facts = loadLineFacts(db, { asOf: isoFromDay(period.asOfDay), ...scorecardDays(period) });
  return scorecardsFromFacts(db, facts, period, settings, options.supplierIds);
}

export function scorecardsFromFacts(
  db: Database.Database,
  facts: LineFacts,
  period: Period,
  settings: ScorecardSettings,
  supplierIds?: readonly number[],
): ScorecardReport {
  const everyone = listSuppliers(db);
  const current = scoreWindow(everyone, facts, period, settings);
  const recent = scoreWindow(everyone, facts, windowEnding(period.asOfDay, SHORT_WINDOW_DAYS), settings);
  const before = scoreWindow(everyone, facts, windowEnding(period.asOfDay, SHORT_WINDOW_DAYS, SHORT_WINDOW_DAYS), settings);
  const wanted = supplierIds ? new Set(supplierIds) : null;
  const suppliers = everyone
    .filter((s) => !wanted || wanted.has(s.id))
    .map((s): SupplierScorecard => {
      const { metrics, score } = current.get(s.id)!;
      return { ...s, metrics, score, trend: trendOf(recent.get(s.id)!.score.score, before.get(s.id)!.score.score) };
    })
    .sort(byScore);
  return { ...periodLabel(period), settings, linesRead: facts.length, suppliers };
}

/** The due days a scorecard reads: its period and the two trend windows. */
export function scorecardDays(period: Period): { fromDay: number; toDay: number } {
  return {
    fromDay: Math.min(period.fromDay, period.asOfDay - 2 * SHORT_WINDOW_DAYS + 1),
    toDay: Math.max(period.toDay, period.asOfDay),
  };
}

/** Metrics and shrunk scores of every supplier for one window. */
export function scoreWindow(
  suppliers: readonly SupplierInfo[],
  facts: LineFacts,
  window: Period,
  settings: ScorecardSettings,
): Map<number, { metrics: SupplierMetrics; score: SupplierScore }> {
  const bySupplier = groupMetrics(facts, window, settings.toleranceDays, (i) => facts.supplierId[i]);
  const empty = new MetricAccumulator().result();
  const metricsOf = (id: number) => bySupplier.get(id) ?? empty;
  const priors = categoryPriors(suppliers, metricsOf, settings.priorStrength);
  const out = new Map<number, { metrics: SupplierMetrics; score: SupplierScore }>();
  for (const s of suppliers) {
    const metrics = metricsOf(s.id);
    out.set(s.id, { metrics, score: scoreSupplier(evidenceOf(metrics), priors.get(s.category)!, settings) });
  }
  return out;
}

function categoryPriors(
  suppliers: readonly SupplierInfo[],
  metricsOf: (id: number) => SupplierMetrics,
  strength: number,
): Map<string | null, Priors> {
  const overall = pooledEvidence(suppliers.map((s) => metricsOf(s.id)));
  const members = new Map<string | null, SupplierMetrics[]>();
  for (const s of suppliers) {
    const list = members.get(s.category) ?? [];
    list.push(metricsOf(s.id));
    members.set(s.category, list);
  }
  const priors = new Map<string | null, Priors>();
  for (const [category, group] of members) priors.set(category, categoryPrior(pooledEvidence(group), overall, strength));
  return priors;
}

function trendOf(current: number | null, previous: number | null): ScoreTrend {
  if (current === null || previous === null) return { current, previous, delta: null, direction: null };
  const delta = Math.round((current - previous) * 10) / 10;
  const direction: TrendDirection = delta >= TREND_FLAT_POINTS ? 'up' : delta <= -TREND_FLAT_POINTS ? 'down' : 'flat';
  return { current, previous, delta, direction };
}

function byScore(a: SupplierScorecard, b: SupplierScorecard): number {
  const sa = a.score.score ?? -1;
  const sb = b.score.score ?? -1;
  return sb - sa || a.name.localeCompare(b.name);
}
