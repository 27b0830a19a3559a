import type Database from 'better-sqlite3';
import type { TaskContext } from '../ground/task-context';
import { buildPlan } from './build-plan';
import { latestDraftPlanId, replaceDraftPlans } from './carry-locked';
import { savePlan } from './plan-store';
import type { PlanOptions, PlanSummary } from './types';

export interface PlanAndSaveResult {
  planId: number;
  summary: PlanSummary;
}

/** Builds a plan on an open connection and stores it (the plan job's work, and the plan step of a refresh). */
export function planAndSave(db: Database.Database, options: Omit<PlanOptions, 'keepLockedFrom'>, ctx: TaskContext): PlanAndSaveResult {
  const previous = latestDraftPlanId(db);
  const plan = buildPlan(db, { ...options, ...(previous !== null ? { keepLockedFrom: previous } : {}) }, ctx);
  ctx.throwIfCancelled();
  ctx.progress('plan.save', 0, 1);
  // The new plan and the archiving of the drafts it replaces are one write.
  const planId = db.transaction(() => {
    const id = savePlan(db, plan);
    replaceDraftPlans(db, id);
    return id;
  })();
  ctx.progress('plan.save', 1, 1);
  return { planId, summary: plan.summary };
}
