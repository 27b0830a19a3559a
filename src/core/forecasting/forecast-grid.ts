import type Database from 'better-sqlite3';
import type { ForecastGridRow } from '../../shared/contract/schemas/forecast';
import { adjustedProductIds } from './campaign-effect';
import { effectiveForecast, type EffectiveRow } from './effective-forecast';
import { YEAR_BUCKETS } from './pooled-season';
import type { Frequency } from './types';

/** Buckets shown as "next periods" in the grid. */
export const NEXT_BUCKETS = 4;

interface SeriesJoin {
  productId: number;
  locationId: number;
  sku: string;
  name: string;
  brand: string | null;
  category: string | null;
  supplier: string | null;
  location: string;
  demandClass: string;
  method: string;
  coldStart: number;
  historyBuckets: number;
  mase: number | null;
  snaiveMase: number | null;
  wape: number | null;
  bias: number | null;
  coverage: number | null;
  totalUnits: number;
  price: number | null;
}

/**
 * Every series of a run as the Forecasts grid shows it. Totals come from SQL; only SKUs
 * with active overrides go through the override logic, so 20,000 series stay fast.
 */
export function forecastGrid(
  db: Database.Database,
  runId: number,
  only?: { productId: number; locationId: number },
): ForecastGridRow[] {
  const filter = only ? 'AND s.product_id = :productId AND s.location_id = :locationId' : '';
  const series = db
    .prepare(
      `SELECT s.product_id AS productId, s.location_id AS locationId, p.sku, p.name, p.brand, p.category,
              (SELECT sup.name FROM supplier_terms t JOIN suppliers sup ON sup.id = t.supplier_id
                WHERE t.product_id = p.id ORDER BY t.is_primary DESC, t.id LIMIT 1) AS supplier,
              coalesce(l.code, 'ALL') AS location, s.demand_class AS demandClass, s.method,
              s.analogues IS NOT NULL AS coldStart, s.history_buckets AS historyBuckets, s.mase, s.snaive_mase AS snaiveMase, s.wape, s.bias,
              s.coverage, s.total_mean AS totalUnits, p.price
         FROM forecast_series s
         JOIN products p ON p.id = s.product_id
         LEFT JOIN locations l ON l.id = s.location_id
        WHERE s.run_id = :runId ${filter}
        ORDER BY p.sku, location`,
    )
    .all({ runId, ...only }) as SeriesJoin[];
  const frequency = db.prepare('SELECT frequency FROM forecast_runs WHERE id = ?').pluck().get(runId) as Frequency | undefined;
  const year = YEAR_BUCKETS[frequency ?? 'week'];
  const next = nextMeans(db, runId, only);
  const overridden = overriddenSeries(db, runId, (id) => only === undefined || id === only.productId);
  return series.map((s) => {
    const key = `${s.productId}:${s.locationId}`;
    const effective = overridden.get(key);
    const totalUnits = effective ? effective.reduce((sum, row) => sum + row.mean, 0) : s.totalUnits;
    return {
      ...s,
      coldStart: s.coldStart === 1,
      shortHistory: s.historyBuckets < year,
      totalUnits,
      moneyAtStake: totalUnits * (s.price ?? 0),
      next: effective ? effective.slice(0, NEXT_BUCKETS).map((row) => row.mean) : (next.get(key) ?? []),
      overridden: effective?.some((row) => row.overrideIds.length > 0) ?? false,
    };
  });
}

/** The first buckets of a run (the grid's "next" columns). */
export function nextDates(db: Database.Database, runId: number): string[] {
  return db
    .prepare(
      `SELECT bucket_date FROM forecast_values
        WHERE run_id = ? AND (product_id, location_id) = (SELECT product_id, location_id FROM forecast_series WHERE run_id = ? LIMIT 1)
        ORDER BY bucket_date LIMIT ?`,
    )
    .pluck()
    .all(runId, runId, NEXT_BUCKETS) as string[];
}

function nextMeans(
  db: Database.Database,
  runId: number,
  only?: { productId: number; locationId: number },
): Map<string, number[]> {
  const dates = nextDates(db, runId);
  const next = new Map<string, number[]>();
  if (dates.length === 0) return next;
  const filter = only ? 'AND product_id = :productId AND location_id = :locationId' : '';
  const rows = db
    .prepare(
      `SELECT product_id, location_id, mean FROM forecast_values
        WHERE run_id = :runId AND bucket_date <= :last ${filter} ORDER BY product_id, location_id, bucket_date`,
    )
    .raw()
    .all({ runId, last: dates[dates.length - 1], ...only }) as [number, number, number][];
  for (const [productId, locationId, mean] of rows) {
    const key = `${productId}:${locationId}`;
    const list = next.get(key);
    if (list) list.push(mean);
    else next.set(key, [mean]);
  }
  return next;
}

/** The effective forecast (overrides applied) of the series of SKUs with active overrides, by `productId:locationId`. */
export function overriddenSeries(db: Database.Database, runId: number, keep: (productId: number) => boolean): Map<string, EffectiveRow[]> {
  const productIds = adjustedProductIds(db).filter(keep);
  const bySeries = new Map<string, EffectiveRow[]>();
  if (productIds.length === 0) return bySeries;
  for (const row of effectiveForecast(db, runId, { productIds })) {
    const key = `${row.productId}:${row.locationId}`;
    const list = bySeries.get(key);
    if (list) list.push(row);
    else bySeries.set(key, [row]);
  }
  return bySeries;
}
