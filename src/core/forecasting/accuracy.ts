/**
 * The accuracy report: MASE, RMSSE, WAPE, bias, pinball loss and p10–p90 coverage per SKU,
 * category, brand, method or demand class, each beside the seasonal naive figure on the same
 * points. Scaled figures (MASE, RMSSE, pinball) average over series; WAPE and bias pool the
 * errors (weighted by actual volume) and coverage pools the points, so a group's figure is the
 * one its summed data would give.
 */

import type Database from 'better-sqlite3';
import type { SeriesRow } from './runs';
import type { BacktestMetrics } from './types';

export type AccuracyGroup = 'sku' | 'category' | 'brand' | 'method' | 'class' | 'location' | 'all';

export type AccuracyFigures = { [K in keyof BacktestMetrics]: number | null };

/** What names a stored series in a report: its SKU, groups, location, method and class. */
export type SeriesIdentity = Pick<SeriesRow, 'productId' | 'sku' | 'category' | 'brand' | 'locationId' | 'method' | 'demandClass'>;

export function seriesIdentity(s: SeriesRow): SeriesIdentity {
  return { productId: s.productId, sku: s.sku, category: s.category, brand: s.brand, locationId: s.locationId, method: s.method, demandClass: s.demandClass };
}

/** One series' figures: the unit both reports aggregate. */
export interface SeriesAccuracy extends SeriesIdentity {
  points: number;
  /** Σ|actual| over the scored points. */
  actualSum: number;
  model: AccuracyFigures;
  snaive: AccuracyFigures;
}

export interface AccuracyRow {
  group: AccuracyGroup;
  key: string;
  series: number;
  points: number;
  model: AccuracyFigures;
  snaive: AccuracyFigures;
  /** Model MASE ÷ seasonal naive MASE: below 1 beats the benchmark. */
  relativeMase: number | null;
}

/** From the holdout backtests stored with the run. */
export function backtestAccuracy(db: Database.Database, runId: number, groupBy: AccuracyGroup = 'all'): AccuracyRow[] {
  return aggregateAccuracy(backtestRecords(db, runId), groupBy);
}

/**
 * Every backtested series of a run, ungrouped: read once, grouped as often as asked. Only the
 * columns a report uses, in runSeries' order: a series' explanation and analogues (JSON) are most
 * of the cost of reading a whole series, and 100,000 of them took seconds.
 */
export function backtestRecords(db: Database.Database, runId: number): SeriesAccuracy[] {
  const rows = db
    .prepare(
      `SELECT s.product_id, p.sku, p.category, p.brand, s.location_id, s.method, s.demand_class, s.bt_points, s.bt_actual,
              s.mase, s.rmsse, s.wape, s.bias, s.pinball, s.coverage,
              s.snaive_mase, s.snaive_rmsse, s.snaive_wape, s.snaive_bias, s.snaive_pinball, s.snaive_coverage
         FROM forecast_series s JOIN products p ON p.id = s.product_id
        WHERE s.run_id = ? AND s.bt_points > 0
        ORDER BY s.product_id, s.location_id`,
    )
    .raw(true)
    .all(runId) as BacktestRow[];
  return rows.map(([productId, sku, category, brand, locationId, method, demandClass, points, actualSum, ...figures]) => ({
    productId, sku, category, brand, locationId, method, demandClass, points, actualSum,
    model: { mase: figures[0], rmsse: figures[1], wape: figures[2], bias: figures[3], pinball: figures[4], coverage: figures[5] },
    snaive: { mase: figures[6], rmsse: figures[7], wape: figures[8], bias: figures[9], pinball: figures[10], coverage: figures[11] },
  }));
}

type Figure = number | null;
/** One series as backtestRecords reads it: identity, points, Σ|actual|, then the model's six figures and the seasonal naive's. */
type BacktestRow = [number, string, string | null, string | null, number, string, string, number, number, Figure, Figure, Figure, Figure, Figure, Figure, Figure, Figure, Figure, Figure, Figure, Figure];

/** "combination of SBA, TSB, ADIDA(3)" and "…ADIDA(5)" are one method for the report. */
export function methodFamily(label: string): string {
  return label.replace(/\(\d+\)/g, '').trim();
}

export function aggregateAccuracy(records: readonly SeriesAccuracy[], groupBy: AccuracyGroup): AccuracyRow[] {
  const groups = new Map<string, SeriesAccuracy[]>();
  for (const r of records) {
    const key = groupKey(r, groupBy);
    const list = groups.get(key);
    if (list) list.push(r);
    else groups.set(key, [r]);
  }
  return [...groups]
    .map(([key, list]) => {
      const model = pool(list, (r) => r.model);
      const snaive = pool(list, (r) => r.snaive);
      const relativeMase = model.mase !== null && snaive.mase !== null && snaive.mase > 0 ? model.mase / snaive.mase : null;
      return { group: groupBy, key, series: list.length, points: list.reduce((s, r) => s + r.points, 0), model, snaive, relativeMase };
    })
    .sort((a, b) => a.key.localeCompare(b.key));
}

function groupKey(r: SeriesAccuracy, groupBy: AccuracyGroup): string {
  switch (groupBy) {
    case 'sku':
      return r.sku;
    case 'category':
      return r.category ?? '(none)';
    case 'brand':
      return r.brand ?? '(none)';
    case 'method':
      return methodFamily(r.method);
    case 'class':
      return r.demandClass;
    case 'location':
      return String(r.locationId);
    default:
      return 'all';
  }
}

function pool(list: readonly SeriesAccuracy[], pick: (r: SeriesAccuracy) => AccuracyFigures): AccuracyFigures {
  return {
    mase: average(list.map((r) => pick(r).mase)),
    rmsse: average(list.map((r) => pick(r).rmsse)),
    pinball: average(list.map((r) => pick(r).pinball)),
    wape: weighted(list, (r) => pick(r).wape, (r) => r.actualSum),
    bias: weighted(list, (r) => pick(r).bias, (r) => r.actualSum),
    coverage: weighted(list, (r) => pick(r).coverage, (r) => r.points),
  };
}

function average(values: (number | null)[]): number | null {
  let sum = 0;
  let n = 0;
  for (const v of values) {
    if (v === null || !Number.isFinite(v)) continue;
    sum += v;
    n++;
  }
  return n ? sum / n : null;
}

function weighted(list: readonly SeriesAccuracy[], value: (r: SeriesAccuracy) => number | null, weight: (r: SeriesAccuracy) => number): number | null {
  let sum = 0;
  let total = 0;
  for (const r of list) {
    const v = value(r);
    const w = weight(r);
    if (v === null || !Number.isFinite(v) || !(w > 0)) continue;
    sum += v * w;
    total += w;
  }
  return total > 0 ? sum / total : null;
}
