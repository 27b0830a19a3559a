import { openForecastConnection } from '../../../forecasting/connection';
import { planAndSave, type PlanAndSaveResult } from '../../../planning/plan-and-save';
import type { TaskContext } from '../../../ground/task-context';
import { withPurchaseReadsBeside } from './purchase-reads-beside';

export interface PlanRunTaskInput {
  /** The workspace file (the app has it open; the worker opens its own connection). */
  path: string;
  runId?: number;
  serviceLevel?: number;
  budget?: number;
  /** The job worker's script: a first plan's purchase reads are then made on a worker beside it. */
  workerEntry?: string;
}

export type PlanRunTaskResult = PlanAndSaveResult;

/**
 * Builds a plan from the newest forecast run (or the one asked for) and stores it. Lines locked in
 * the newest draft plan keep their quantity, and the draft plans it replaces are archived. Progress steps: 'plan.lines' (SKU-locations planned),
 * 'plan.save'. Cancelling while lines are planned leaves the workspace untouched: the plan is
 * written in one transaction at the end.
 */
export function planRunTask(input: PlanRunTaskInput, ctx: TaskContext): PlanRunTaskResult {
  const { path, workerEntry, ...options } = input;
  const db = openForecastConnection(path);
  try {
    if (!workerEntry) return planAndSave(db, options, ctx);
    // No alerts check follows in this job (the app asks for one after it): no transit to measure.
    return withPurchaseReadsBeside(db, { workerEntry, file: path, runId: options.runId ?? null, transit: false }, () => planAndSave(db, options, ctx));
  } finally {
    db.close();
  }
}
