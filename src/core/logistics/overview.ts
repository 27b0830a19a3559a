/**
 * The Logistics page's view of the newest plan: its transfers, shipments, containers and notes, or —
 * when an input is missing — which ones (a second warehouse, lanes, a plan), so the page says what to
 * import or run instead of showing an empty, reassuring screen.
 */

import type Database from 'better-sqlite3';
import type { LogisticsMissing, LogisticsOverview } from '../../shared/contract/schemas/logistics';
import { newestActivePlan } from '../planning/plan-store';
import { laneCount } from './lanes';
import { planLogistics } from './plan-logistics';

/** Every transfer draft and shipment of the plan: what the page's first view and its pages are cut from. */
export type LogisticsPlanView = Omit<LogisticsOverview, 'transferCount' | 'shipmentCount'>;

export function logisticsOverview(db: Database.Database): LogisticsPlanView {
  const warehouses = db.prepare("SELECT count(*) FROM locations WHERE kind = 'warehouse'").pluck().get() as number;
  const lanes = laneCount(db);
  const plan = newestActivePlan(db);
  const missing: LogisticsMissing[] = [];
  if (warehouses < 2) missing.push('warehouses');
  if (lanes === 0) missing.push('lanes');
  if (!plan) missing.push('plan');
  const empty: LogisticsPlanView = {
    missing, warehouses, lanes, planId: plan?.id ?? null, planDate: plan?.planDate ?? null, currency: 'CNY',
    transfers: [], shipments: [], containers: [], consolidation: [], notes: [], summary: null,
  };
  // One warehouse still ships purchases: only lanes and a plan are needed for the rest of the page.
  if (lanes === 0 || !plan) return empty;
  const result = planLogistics(db, { planId: plan.id });
  return {
    ...empty,
    currency: result.currency,
    transfers: result.transfers,
    shipments: result.shipments,
    containers: result.containers,
    consolidation: result.consolidation,
    notes: result.notes,
    summary: result.summary,
  };
}
