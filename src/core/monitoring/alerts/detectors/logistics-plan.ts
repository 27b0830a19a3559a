import type Database from 'better-sqlite3';
import { dataVersion } from '../../../db/data-versions';
import { measureTransit, type TransitMeasure } from '../../../logistics/measured-transit';
import { planAlertLogistics, type AlertLogistics } from '../../../logistics/plan-logistics';
import type { Lane } from '../../../logistics/types';
import { takeOffered } from '../../../planning/shared-reads';
import { listLanes } from '../../../logistics/lanes';
import { cacheFingerprint, cachedDetection, readCache } from '../cache';
import { newestActivePlanId } from '../newest-plan';
import type { AlertInputs } from '../types';

/** One logistics plan per alert refresh, shared by the transfer and expedite detectors. */
const planned = new WeakMap<AlertInputs, AlertLogistics | null>();

/**
 * The logistics of the newest plan that is not archived (transfers, expedite candidates), or null when there is nothing to
 * plan it from (no plan, no lanes): those detectors then find nothing, as the page says why.
 */
export function logisticsFor(db: Database.Database, inputs: AlertInputs): AlertLogistics | null {
  if (planned.has(inputs)) return planned.get(inputs) ?? null;
  let result: AlertLogistics | null = null;
  const hasLanes = db.prepare('SELECT 1 FROM lanes WHERE active = 1 LIMIT 1').get() !== undefined;
  // The plan the rest of the check reads (an archived plan, even the newest, answers nothing).
  const planId = hasLanes ? newestActivePlanId(db) : null;
  if (planId !== null) result = planAlertLogistics(db, { planId, measureTransit: keptTransit });
  planned.set(inputs, result);
  return result;
}

/** The key under which a plan's scope may be offered the lanes' transit measured beside it (offerRead). */
export const LANE_TRANSIT_READ = 'laneTransit';

/** Transit measures with the fingerprint of what they were measured from (keptTransit's). */
export interface OfferedTransit {
  fingerprint: string;
  measures: TransitMeasure[];
}

/**
 * Lanes' transit measured from a year of receipts (a pass over every PO line: a second at 50,000
 * SKUs), kept in alert_cache while what it reads stands: the day, the purchases counter (orders,
 * lines, receipts — a received transfer moves it too), the transfer orders, the first warehouse and
 * the lanes as they are now. Not kept yet, a measure offered to the plan's scope for the same
 * inputs (a worker's, measureTransitAhead) is taken instead of measuring here.
 */
function keptTransit(db: Database.Database, lanes: readonly Lane[], asOf: string): TransitMeasure[] {
  const fingerprint = transitFingerprint(db, lanes, asOf);
  return cachedDetection(db, TRANSIT_CACHE, fingerprint, () => {
    const offered = takeOffered<OfferedTransit>(db, LANE_TRANSIT_READ);
    return offered?.fingerprint === fingerprint ? offered.measures : measureTransit(db, lanes, asOf);
  });
}

/**
 * What keptTransit will measure for a plan dated `asOf`, measured ahead (on a worker beside the
 * plan); null when there is nothing to measure (no active lanes) or it is kept already.
 */
export function measureTransitAhead(db: Database.Database, asOf: string): OfferedTransit | null {
  const toMeasure = transitToMeasure(db, asOf);
  return toMeasure && { fingerprint: toMeasure.fingerprint, measures: measureTransit(db, toMeasure.lanes, asOf) };
}

/** Whether a check after a plan dated `asOf` has nothing to measure: no active lanes, or their transit kept for what it reads. */
export function transitKept(db: Database.Database, asOf: string): boolean {
  return transitToMeasure(db, asOf) === null;
}

/** The active lanes and the fingerprint keptTransit will measure them under, or null when there are none or their measure is kept. */
function transitToMeasure(db: Database.Database, asOf: string): { lanes: Lane[]; fingerprint: string } | null {
  const lanes = listLanes(db, { activeOnly: true });
  if (lanes.length === 0) return null;
  const fingerprint = transitFingerprint(db, lanes, asOf);
  return readCache(db, TRANSIT_CACHE, cacheFingerprint(fingerprint)) === undefined ? { lanes, fingerprint } : null;
}

const TRANSIT_CACHE = 'laneTransit';

function transitFingerprint(db: Database.Database, lanes: readonly Lane[], asOf: string): string {
  const transfers = db.prepare('SELECT * FROM transfer_orders ORDER BY id').raw(true).all();
  const firstLocation = db.prepare('SELECT min(id) FROM locations').pluck().get();
  return JSON.stringify([asOf, dataVersion(db, 'purchases'), transfers, firstLocation, lanes]);
}
