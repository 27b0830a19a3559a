import type Database from 'better-sqlite3';
import { dataVersion } from '../../../db/data-versions';
import { measureTransit, planAlertLogistics, type AlertLogistics, type TransitMeasure } from '../../../logistics';
import type { Lane } from '../../../logistics/types';
import { cachedDetection } from '../cache';
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

/**
 * Lanes' transit measured from a year of receipts (a pass over every PO line: a second at 50,000
 * SKUs), kept in alert_cache while what it reads stands: the day, the purchases counter (orders,
 * lines, receipts — a received transfer moves it too), the transfer orders, the first warehouse and
 * the lanes as they are now.
 */
function keptTransit(db: Database.Database, lanes: readonly Lane[], asOf: string): TransitMeasure[] {
  const transfers = db.prepare('SELECT * FROM transfer_orders ORDER BY id').raw(true).all();
  const firstLocation = db.prepare('SELECT min(id) FROM locations').pluck().get();
  const fingerprint = JSON.stringify([asOf, dataVersion(db, 'purchases'), transfers, firstLocation, lanes]);
  return cachedDetection(db, 'laneTransit', fingerprint, () => measureTransit(db, lanes, asOf));
}
