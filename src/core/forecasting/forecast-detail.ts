import type Database from 'better-sqlite3';
import type { ForecastDetail } from '../../shared/contract/schemas/forecast';
import { AppError } from '../ground/errors/app-error';
import { parseStoredReason } from '../forecast/reason';
import { dayFromIso, isoFromDay } from '../ground/calendar';
import { bucketGrid } from './bucket-grid';
import { effectiveForecast } from './effective-forecast';
import { forecastGrid } from './forecast-grid';
import { listOverrides } from './overrides';
import { listCampaigns } from '../recommending/campaigns';
import { launchSignal } from '../recommending/launch-signal';
import { getRun } from './runs';
import type { AnalogueUsed } from './types';

/** One series of a run for its chart: bucketed history (stock-outs, promotions), forecast band, overrides. */
export function forecastDetail(db: Database.Database, runId: number, productId: number, locationId: number): ForecastDetail {
  const run = getRun(db, runId);
  const [row] = forecastGrid(db, runId, { productId, locationId });
  if (!row) throw new AppError('not_found', `Run ${runId} has no forecast for product ${productId} at location ${locationId}`);

  const forecast = effectiveForecast(db, runId, { productIds: [productId], locationId }).map((r) => ({
    date: r.bucketDate,
    mean: r.mean,
    p10: r.p10,
    p50: r.p50,
    p90: r.p90,
    p95: r.p95,
    p99: r.p99,
    originalMean: r.original.mean,
    overridden: r.overrideIds.length > 0,
    campaignUnits: r.campaignMean,
  }));
  const overrides = listOverrides(db, { productIds: [productId] })
    .filter((o) => o.active && (o.locationId === null || locationId === 0 || o.locationId === locationId))
    .map(({ removedAt: _removedAt, removedBy: _removedBy, ...o }) => o);
  const stored = db
    .prepare('SELECT analogues, explanation FROM forecast_series WHERE run_id = ? AND product_id = ? AND location_id = ?')
    .get(runId, productId, locationId) as { analogues: string | null; explanation: string };
  const analogueJson = stored.analogues;
  const analogues = ((analogueJson ? JSON.parse(analogueJson) : []) as AnalogueUsed[]).map((a) => ({
    sku: a.sku,
    reasons: a.reasons,
    scale: a.scale,
  }));
  return {
    row,
    history: bucketedHistory(db, run, productId, locationId),
    forecast,
    overrides,
    analogues,
    reason: parseStoredReason(stored.explanation),
    campaigns: listCampaigns(db, [productId])
      .filter((c) => c.locationId === null || locationId === 0 || c.locationId === locationId)
      .map((c) => ({ id: c.id, name: c.name, startDate: c.startDate, windowDays: c.windowDays, expectedUnits: c.expectedUnits, expectedBuyers: c.expectedBuyers })),
    launchSignal: launchSignal(db, productId),
  };
}

function bucketedHistory(
  db: Database.Database,
  run: { frequency: 'day' | 'week' | 'month'; historyFrom: string; historyTo: string },
  productId: number,
  locationId: number,
) {
  // The run's own bucket geometry, so history bars line up with the forecast buckets.
  const grid = bucketGrid(run.frequency, dayFromIso(run.historyTo));
  const buckets = grid.back(dayFromIso(run.historyFrom)) + 1;
  const units = new Float64Array(buckets);
  const stockoutDays = new Float64Array(buckets);
  const promo = new Uint8Array(buckets);
  const rows = db
    .prepare(
      `SELECT date, units, stockout, promo FROM sales_daily
        WHERE product_id = ? AND (? = 0 OR location_id = ?) AND date BETWEEN ? AND ?`,
    )
    .raw()
    .all(productId, locationId, locationId, run.historyFrom, run.historyTo) as [string, number, number, number][];
  for (const [date, sold, stockout, onPromo] of rows) {
    const index = buckets - 1 - grid.back(dayFromIso(date));
    units[index]! += sold;
    stockoutDays[index]! += stockout;
    if (onPromo) promo[index] = 1;
  }
  const locations =
    locationId === 0 ? (db.prepare('SELECT count(*) FROM locations').pluck().get() as number) || 1 : 1;
  return Array.from({ length: buckets }, (_, i) => {
    const back = buckets - 1 - i;
    const days = grid.endDay(back) - grid.startDay(back) + 1;
    return {
      date: isoFromDay(grid.endDay(back)),
      units: units[i]!,
      stockoutShare: Math.min(1, stockoutDays[i]! / (days * locations)),
      promo: promo[i] === 1,
    };
  });
}
