/**
 * The launch audience's expected buyers, offered to the cold start as a launch plan for new SKUs
 * the planner has not planned: their units over the first weeks scale the analogues as a plan
 * would. A plan the planner entered always wins.
 */

import type Database from 'better-sqlite3';
import { LAUNCH_SIGNAL_WEEKS, launchSignalUnits } from '../recommending/launch-signal';
import type { LaunchPlan } from './launch-plans';

export const LAUNCH_SIGNAL_AUTHOR = 'launch audience';

export function withLaunchSignals(db: Database.Database, plans: readonly LaunchPlan[]): LaunchPlan[] {
  const planned = new Set(plans.map((p) => p.productId));
  const signals = launchSignalUnits(db).filter((s) => !planned.has(s.productId) && s.expectedUnits > 0);
  return [
    ...plans,
    ...signals.map((s, i) => ({
      id: -(i + 1),
      productId: s.productId,
      locationId: null,
      startDate: null,
      weeks: LAUNCH_SIGNAL_WEEKS,
      unitsPerWeek: null,
      totalUnits: s.expectedUnits,
      notes: `${Math.round(s.expectedBuyers)} expected buyers from the launch audience`,
      createdAt: '',
      createdBy: LAUNCH_SIGNAL_AUTHOR,
    })),
  ];
}
