import fs from 'node:fs';
import path from 'node:path';
import { sourceWorkerEntry } from '../../core/app/jobs/runner';
import { withPurchaseReadsBeside } from '../../core/app/jobs/tasks/purchase-reads-task';
import { openWorkspace } from '../../core/db/workspace';
import { runWorkspaceForecast } from '../../core/forecasting';
import { createInlineTaskContext } from '../../core/ground/task-context';
import { refreshAlerts } from '../../core/monitoring/alerts';
import { buildPlan, latestRunId, loadPlan, savePlan, writePlanFile, writePurchaseOrderFiles, productNames, type ExportFormat, type Plan, type SupplierDraft } from '../../core/planning';
import { integerOption, parseCommandArgs, requireOption } from '../args';
import { progressPrinter } from '../progress';
import { missingInputsText } from './missing-inputs-text';
import { counted, listLine, wrapLine } from '../short-lines';
import { CliUsageError } from '../usage-error';

/**
 * `plan --workspace FILE [--service 0.95] [--budget N] [--run ID] [--promised-lead-times] --output PLAN.csv|.xlsx|.json [--po-dir DIR]`
 * Builds a replenishment plan from the newest forecast run (forecasting weekly first when there is
 * none), saves it in the workspace and writes it in the export format; --po-dir also writes one
 * purchase order workbook per supplier and location.
 */
export async function planCommand(args: string[]): Promise<void> {
  const { values } = parseCommandArgs(args, {
    workspace: { type: 'string' },
    service: { type: 'string' },
    budget: { type: 'string' },
    run: { type: 'string' },
    'promised-lead-times': { type: 'boolean' },
    output: { type: 'string' },
    'po-dir': { type: 'string' },
  });
  const file = path.resolve(requireOption(values.workspace, 'workspace'));
  const output = path.resolve(requireOption(values.output, 'output'));
  const format = formatOf(output);
  const serviceLevel = fractionOption(values.service, 'service');
  const budget = values.budget === undefined ? undefined : Number(values.budget);
  if (budget !== undefined && !(Number.isFinite(budget) && budget >= 0)) throw new CliUsageError(`--budget must be an amount of 0 or more, not "${values.budget}"`);
  const runId = integerOption(values.run, 'run', 1, Number.MAX_SAFE_INTEGER);

  const workspace = openWorkspace(file);
  try {
    if (runId === undefined && latestRunId(workspace.db) === null) {
      process.stderr.write('The workspace has no forecast run: running a weekly forecast first.\n');
      const progress = progressPrinter();
      runWorkspaceForecast(workspace.db, { frequency: 'week' }, createInlineTaskContext((step, current, total) => progress.update(step, current, total)));
      progress.done();
    }
    const started = performance.now();
    // The plan and the alerts check after it read positions and forecasts once (shared-reads.ts), and a
    // first plan's purchase reads are made on the other core while this one plans (purchase-reads-task.ts).
    const beside = { workerEntry: sourceWorkerEntry, file, runId: runId ?? null, ...(values['promised-lead-times'] ? { usePromisedLeadTimes: true } : {}) };
    const planned = withPurchaseReadsBeside(workspace.db, beside, () => {
      const plan = buildPlan(workspace.db, {
        ...(runId !== undefined ? { runId } : {}),
        ...(serviceLevel !== undefined ? { serviceLevel } : {}),
        ...(budget !== undefined ? { budget } : {}),
        ...(values['promised-lead-times'] ? { usePromisedLeadTimes: true } : {}),
      });
      const planId = savePlan(workspace.db, plan);
      // Alerts follow plans (and the forecast made for it): what a line answers points to it.
      refreshAlerts(workspace.db);
      return { plan, planId, stored: loadPlan(workspace.db, planId) };
    });
    const { plan, planId, stored } = planned;
    const lines = await writePlanFile(stored, output, format);
    for (const line of planReport({ planId, plan, output, seconds: (performance.now() - started) / 1000, lines, drafts: stored.drafts })) console.log(line);
    if (values['po-dir']) {
      const dir = path.resolve(values['po-dir']);
      fs.mkdirSync(dir, { recursive: true });
      const files = await writePurchaseOrderFiles(stored, dir, productNames(workspace.db, stored.lines.map((l) => l.productId)));
      for (const line of wrapLine(`Wrote ${files.length} purchase order drafts to ${dir}`)) console.log(line);
    }
  } finally {
    workspace.close();
  }
}

export interface PlanReportInput {
  planId: number;
  plan: Pick<Plan, 'planDate' | 'runId' | 'summary'>;
  output: string;
  seconds: number;
  /** Lines written to the output file. */
  lines: number;
  drafts: readonly Pick<SupplierDraft, 'supplier' | 'location' | 'minOrderValueMet'>[];
}

/** What `plan` prints: short lines whatever the number of SKUs and suppliers (lists are summarised). */
export function planReport({ planId, plan, output, seconds, lines, drafts }: PlanReportInput): string[] {
  const s = plan.summary;
  const n = (x: number) => x.toLocaleString('en', { maximumFractionDigits: 2 });
  const out = [
    `Plan ${planId} (${plan.planDate}, forecast run ${plan.runId}): ${n(s.skuLocations)} SKU-locations, ${n(lines)} lines to order`,
    `  ${n(s.units)} units, value ${n(s.value)}, in ${seconds.toFixed(2)} s`,
    ...wrapLine(`Written to ${output}`),
  ];
  if (s.budget !== null) out.push(`Budget ${n(s.budget)}: ${s.cutLines} lines cut or delayed, ${n(s.cutValue)} not spent`);
  const missing = missingInputsText(s);
  for (const line of missing) out.push(...wrapLine(`Missing input: ${line}`));
  if (missing.length > 0 && s.linesToOrder === 0) out.push(...wrapLine('Nothing can be ordered until these inputs are imported: this plan does not mean the stock is enough.'));
  const unmet = drafts.filter((d) => d.minOrderValueMet === false);
  if (unmet.length > 0) {
    const suppliers = [...new Set(unmet.map((d) => d.supplier))];
    out.push(listLine(`Minimum order value not met (${counted(unmet.length, 'draft')}), ${counted(suppliers.length, 'supplier')}: `, suppliers));
  }
  return out;
}

export function formatOf(output: string): ExportFormat {
  const match = /\.(csv|xlsx|json)$/i.exec(output);
  if (!match) throw new CliUsageError('--output must end in .csv, .xlsx or .json');
  return match[1]!.toLowerCase() as ExportFormat;
}

export function fractionOption(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!(n > 0 && n < 1)) throw new CliUsageError(`--${name} must be a fraction between 0 and 1 such as 0.95, not "${value}"`);
  return n;
}
