import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { PurchaseReadsOnWorker } from '../../core/app/jobs/tasks/purchase-reads-on-worker';
import { withPurchaseReadsOffered } from '../../core/app/jobs/tasks/purchase-reads-beside';
import { createInlineTaskContext } from '../../core/ground/task-context';
import { refreshAlerts } from '../../core/monitoring/alerts/refresh';
import { buildPlan, latestRunId } from '../../core/planning/build-plan';
import { writePlanFile, type ExportFormat } from '../../core/planning/export/write-export';
import { loadPlan, savePlan } from '../../core/planning/plan-store';
import type { PlanOptions } from '../../core/planning/types';
import { progressPrinter } from '../progress';
import { wrapLine } from '../short-lines';
import { planReport, type PlanReportInput } from './plan-report';

export interface PlanWorkspaceOptions {
  output: string;
  format: ExportFormat;
  poDir: string | undefined;
  plan: Pick<PlanOptions, 'runId' | 'serviceLevel' | 'budget' | 'usePromisedLeadTimes'>;
}

/**
 * The `plan` command's work once its options are read and its purchase reads started (plan.ts):
 * forecast first if there is no run, plan, save, check alerts, write the file and the PO drafts.
 */
export async function planWorkspace(db: Database.Database, reads: PurchaseReadsOnWorker | null, options: PlanWorkspaceOptions): Promise<void> {
  const { output, format } = options;
  if (options.plan.runId === undefined && latestRunId(db) === null) {
    process.stderr.write('The workspace has no forecast run: running a weekly forecast first.\n');
    // Loaded only here: the forecasting engine's modules are most of what a plan would load otherwise.
    const { runWorkspaceForecast } = await import('../../core/forecasting/run-forecast');
    const progress = progressPrinter();
    runWorkspaceForecast(db, { frequency: 'week' }, createInlineTaskContext((step, current, total) => progress.update(step, current, total)));
    progress.done();
  }
  const started = performance.now();
  // The plan and the alerts check after it read positions and forecasts once (shared-reads.ts), and a
  // first plan's purchase reads are made on the other core while this one plans (purchase-reads-task.ts).
  const { plan, planId, stored } = withPurchaseReadsOffered(db, reads, () => {
    const { plan, planId } = buildAndSave(db, options.plan);
    // Alerts follow plans (and the forecast made for it): what a line answers points to it.
    refreshAlerts(db);
    return { plan, planId, stored: loadPlan(db, planId) };
  });
  const lines = await writePlanFile(stored, output, format);
  for (const line of planReport({ planId, plan, output, seconds: (performance.now() - started) / 1000, lines, drafts: stored.drafts })) console.log(line);
  if (options.poDir) {
    const dir = path.resolve(options.poDir);
    fs.mkdirSync(dir, { recursive: true });
    const { productNames } = await import('../../core/planning/export/draft-purchase-order');
    const { writePurchaseOrderFiles } = await import('../../core/planning/export/purchase-order-xlsx');
    const files = await writePurchaseOrderFiles(stored, dir, productNames(db, stored.lines.map((l) => l.productId)));
    for (const line of wrapLine(`Wrote ${files.length} purchase order drafts to ${dir}`)) console.log(line);
  }
}

/**
 * Builds and saves the plan, and keeps of it only what the report prints: its every SKU-location's
 * line (100,000 at 50,000 SKUs) is let go before the alerts check, whose memory peak and collections
 * it would otherwise add to; the saved lines are what the check and the file read (loadPlan).
 */
function buildAndSave(db: Database.Database, options: PlanWorkspaceOptions['plan']): { plan: PlanReportInput['plan']; planId: number } {
  const built = buildPlan(db, options);
  const planId = savePlan(db, built);
  return { plan: { planDate: built.planDate, runId: built.runId, summary: built.summary }, planId };
}
