import type Database from 'better-sqlite3';
import { openForecastConnection } from '../../forecasting/connection';
import { buildPlan, latestDraftPlanId, replaceDraftPlans, savePlan } from '../../planning';
import type { PlanSummary } from '../../planning/types';
import type { TaskContext } from '../protocol';

export interface PlanRunTaskInput {
  /** The workspace file (the app has it open; the worker opens its own connection). */
  path: string;
  runId?: number;
  serviceLevel?: number;
  budget?: number;
}

export interface PlanRunTaskResult {
  planId: number;
  summary: PlanSummary;
}

/**
 * Builds a plan from the newest forecast run (or the one asked for) and stores it. Lines locked in
 * the newest draft plan keep their quantity, and the draft plans it replaces are archived. Progress steps: 'plan.lines' (SKU-locations planned),
 * 'plan.save'. Cancelling while lines are planned leaves the workspace untouched: the plan is
 * written in one transaction at the end.
 */
export function planRunTask(input: PlanRunTaskInput, ctx: TaskContext): PlanRunTaskResult {
  const { path, ...options } = input;
  const db = openForecastConnection(path);
  try {
    return planAndSave(db, options, ctx);
  } finally {
    db.close();
  }
}

/** The job's work on an open connection (also the plan step of a refresh). */
export function planAndSave(db: Database.Database, options: Omit<PlanRunTaskInput, 'path'>, ctx: TaskContext): PlanRunTaskResult {
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
