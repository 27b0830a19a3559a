import type Database from 'better-sqlite3';
import { planAlertLogistics, type AlertLogistics } from '../../../logistics';
import { listPlans } from '../../../planning/plan-store';
import type { AlertInputs } from '../types';

/** One logistics plan per alert refresh, shared by the transfer and expedite detectors. */
const planned = new WeakMap<AlertInputs, AlertLogistics | null>();

/**
 * The newest plan's logistics (transfers, expedite candidates), or null when there is nothing to
 * plan it from (no plan, no lanes): those detectors then find nothing, as the page says why.
 */
export function logisticsFor(db: Database.Database, inputs: AlertInputs): AlertLogistics | null {
  if (planned.has(inputs)) return planned.get(inputs) ?? null;
  let result: AlertLogistics | null = null;
  const hasLanes = db.prepare('SELECT 1 FROM lanes WHERE active = 1 LIMIT 1').get() !== undefined;
  const plan = hasLanes ? listPlans(db)[0] : undefined;
  if (plan) result = planAlertLogistics(db, { planId: plan.id });
  planned.set(inputs, result);
  return result;
}
