import type Database from 'better-sqlite3';
import { forecastSeries } from '../../forecast';
import { dayFromIso, isoFromDay } from '../../ground/calendar';
import { readStoredWeeklyForecast } from './stored-forecast';

export interface SkuForecast {
  productId: number;
  sku: string;
  name: string;
  /** The supplier is the SKU's main source or a backup (then the forecast is the SKU's whole demand). */
  role: 'primary' | 'backup';
  /** Forecast units per week, one per week start. */
  units: number[];
  method: string;
}

export interface WeeklyForecast {
  source: 'stored' | 'computed';
  /** The stored run used, when source is 'stored'. */
  runId: number | null;
  /** First day of each forecast week; weeks follow the as-of date. */
  weekStarts: string[];
  skus: SkuForecast[];
}

/** Weeks of history the computed forecast looks at (two seasons). */
const HISTORY_WEEKS = 104;

/**
 * The next `weeks` weeks of demand for every SKU the supplier has terms for: from the newest stored
 * weekly forecast run (overrides applied) when one covers them, else computed here with the
 * forecasting engine from weekly sales summed over locations (weeks end on the as-of date; a simple
 * forecast: stock-out weeks are not corrected as the stored runs do).
 */
export function supplierWeeklyForecast(db: Database.Database, supplierId: number, asOf: string, weeks: number): WeeklyForecast {
  const asOfDay = dayFromIso(asOf);
  const weekStarts = Array.from({ length: weeks }, (_, k) => isoFromDay(asOfDay + 1 + 7 * k));
  const skus = db
    .prepare(
      `SELECT p.id AS productId, p.sku, p.name, CASE t.is_primary WHEN 1 THEN 'primary' ELSE 'backup' END AS role
       FROM supplier_terms t JOIN products p ON p.id = t.product_id
       WHERE t.supplier_id = ? AND p.status <> 'discontinued' ORDER BY p.sku`,
    )
    .all(supplierId) as Omit<SkuForecast, 'units' | 'method'>[];
  const stored = readStoredWeeklyForecast(db, skus.map((s) => s.productId), weekStarts, asOf);
  if (stored) {
    const method = `forecast run ${stored.runId}`;
    const units = (id: number) => (stored.units.get(id) ?? weekStarts.map(() => 0)).map((u) => Math.round(u * 10) / 10);
    return { source: 'stored', runId: stored.runId, weekStarts, skus: skus.map((s) => ({ ...s, units: units(s.productId), method })) };
  }
  const history = weeklySales(db, skus.map((s) => s.productId), asOfDay);
  return {
    source: 'computed',
    runId: null,
    weekStarts,
    skus: skus.map((s) => {
      const series = history.get(s.productId);
      if (!series) return { ...s, units: weekStarts.map(() => 0), method: 'no sales history' };
      const result = forecastSeries(series, { seasonLength: 52, horizon: weeks });
      return { ...s, units: Array.from(result.mean, (v) => Math.round(v * 10) / 10), method: result.method };
    }),
  };
}

/** Units per week (oldest first), from each SKU's first week with a sale. */
function weeklySales(db: Database.Database, productIds: readonly number[], asOfDay: number): Map<number, Float64Array> {
  const asOf = isoFromDay(asOfDay);
  const rows = db
    .prepare(
      `SELECT product_id, CAST((unixepoch(@asOf) - unixepoch(date)) / 604800 AS INTEGER) AS back, SUM(units)
       FROM sales_daily
       WHERE product_id IN (SELECT value FROM json_each(@ids)) AND date <= @asOf AND date > @since
       GROUP BY product_id, back`,
    )
    .raw(true)
    .all({ asOf, since: isoFromDay(asOfDay - 7 * HISTORY_WEEKS), ids: JSON.stringify(productIds) }) as [number, number, number][];
  const oldest = new Map<number, number>();
  for (const [id, back] of rows) oldest.set(id, Math.max(oldest.get(id) ?? 0, back));
  const series = new Map<number, Float64Array>();
  for (const [id, back] of oldest) series.set(id, new Float64Array(back + 1));
  for (const [id, back, units] of rows) {
    const values = series.get(id)!;
    values[values.length - 1 - back] = units;
  }
  return series;
}
