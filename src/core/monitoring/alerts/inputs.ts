import type Database from 'better-sqlite3';
import type { AlertSettings } from '../../../shared/contract/schemas/monitoring';
import { latestRunId } from '../../planning/build-plan';
import { emptyPosition, loadPositions } from '../../planning/inventory-position';
import { seriesKey } from '../../planning/load-forecasts';
import { dayFromIso } from '../../ground/calendar';
import { readLocations, readProducts, readSuppliers, readSupplyTerms, workspaceCurrency } from './catalog';
import { dailyDemandAhead, loadDemand } from './demand';
import { readLastYearAhead } from './season-ahead';
import { keptPositions } from './kept-positions';
import { keptLastYearAhead } from './kept-season-ahead';
import { newestActivePlanId } from './newest-plan';
import { partsFingerprint, type RefreshInputs } from './refresh-inputs';
import type { AlertInputs, SeriesFacts } from './types';

/** Lead time assumed for a SKU with no terms and a supplier with no default. */
export const FALLBACK_LEAD_TIME_DAYS = 14;

interface PlanFigures {
  reorderPoint: number;
  leadTimeDays: number | null;
  supplierId: number | null;
}

/** Reorder points and measured lead times of the newest plan that is not archived, per SKU-location. */
function newestPlanFigures(db: Database.Database): Map<string, PlanFigures> {
  const planId = newestActivePlanId(db);
  const out = new Map<string, PlanFigures>();
  if (planId === null) return out;
  const rows = db
    .prepare(
      `SELECT product_id, location_id, supplier_id, json_extract(explanation, '$.reorderPoint'), json_extract(explanation, '$.leadTime.meanDays')
       FROM plan_lines WHERE plan_id = ?`,
    )
    .raw(true)
    .all(planId) as [number, number, number | null, number | null, number | null][];
  for (const [productId, locationId, supplierId, reorderPoint, leadTimeDays] of rows) {
    if (reorderPoint === null) continue;
    out.set(seriesKey(productId, locationId), { reorderPoint, leadTimeDays, supplierId });
  }
  return out;
}

/**
 * Reads everything the detectors share, once: positions on `today` (planning's inventory position),
 * demand from the newest forecast run, reorder points from the newest plan (else lead-time demand).
 * `seasonAhead: false` leaves out last year's season, which only excess and dead stock read (when
 * they keep what they detected, kept-detections.ts); with `kept` (the check's inputs) positions are
 * kept between checks while what they are read from stands (kept-positions.ts), and so is each
 * series' season ahead (kept-season-ahead.ts).
 */
export function loadAlertInputs(db: Database.Database, today: string, settings: AlertSettings, options: { seasonAhead?: boolean; kept?: RefreshInputs } = {}): AlertInputs {
  const todayDay = dayFromIso(today);
  const products = readProducts(db);
  const locations = readLocations(db);
  const terms = readSupplyTerms(db);
  const runId = latestRunId(db);
  const demand = loadDemand(db, today, runId);
  const positions = options.kept ? keptPositions(db, today, demand.summedOverLocations, options.kept) : loadPositions(db, today, demand.summedOverLocations);
  const plan = newestPlanFigures(db);
  const keys = new Set([...demand.series.keys(), ...positions.keys()]);
  const series: SeriesFacts[] = [];
  for (const key of keys) {
    const [productId, locationId] = key.split(':').map(Number) as [number, number];
    if (!products.has(productId)) continue;
    const d = demand.series.get(key);
    const planned = plan.get(key);
    const supply = terms.get(productId);
    const leadTimeDays = Math.max(0, Math.round(planned?.leadTimeDays ?? supply?.leadTimeDays ?? FALLBACK_LEAD_TIME_DAYS));
    const mean = d?.mean ?? new Float64Array(0);
    const bucketDates = d?.bucketDates ?? [];
    const bucketDays = d?.bucketDays ?? 7;
    const dailyDemand = dailyDemandAhead({ mean, bucketDates, bucketDays }, todayDay);
    series.push({
      productId,
      locationId,
      location: locationId === 0 ? 'ALL' : (locations.get(locationId) ?? String(locationId)),
      position: positions.get(key) ?? emptyPosition(),
      mean,
      bucketDates,
      bucketDays,
      demandSource: d?.source ?? 'recentSales',
      dailyDemand,
      leadTimeDays,
      supplierId: planned?.supplierId ?? supply?.supplierId ?? null,
      reorderPoint: planned ? planned.reorderPoint : dailyDemand * leadTimeDays,
      reorderPointSource: planned ? 'plan' : 'leadTimeDemand',
    });
  }
  // The season ahead matters to excess and dead stock only: read it for stock that could be either —
  // on hand above a quarter of the cover limit at today's rate (a season would have to cut demand
  // fourfold to make less stock excess). Each is one index range, so a large workspace stays quick.
  const candidates = options.seasonAhead === false ? [] : series.filter((s) => s.position.onHand > 0 && s.position.onHand > (s.dailyDemand * 7 * settings.excessWeeks) / 4);
  const lastYear = options.kept
    ? keptLastYearAhead(db, todayDay, candidates, JSON.stringify([partsFingerprint(options.kept.parts, ['basis', 'activity']), todayDay]))
    : readLastYearAhead(db, todayDay, candidates);
  for (const s of candidates) {
    const ahead = lastYear.get(seriesKey(s.productId, s.locationId));
    if (ahead) s.lastYearAhead = ahead;
  }
  return { today, todayDay, currency: workspaceCurrency(db), settings, products, suppliers: readSuppliers(db), locations, series, runId };
}
