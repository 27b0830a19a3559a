import path from 'node:path';
import { sourceWorkerEntry } from '../../core/app/jobs/runner';
import { purchaseReadsOnWorker, worthReadingBeside } from '../../core/app/jobs/tasks/purchase-reads-on-worker';
import { purchaseReadsWanted } from '../../core/app/jobs/tasks/purchase-reads-wanted';
import { openWorkspace } from '../../core/db/workspace';
import type { ExportFormat } from '../../core/planning';
import { integerOption, parseCommandArgs, requireOption } from '../args';
import { CliUsageError } from '../usage-error';

export { planReport, type PlanReportInput } from './plan-report';

/**
 * `plan --workspace FILE [--service 0.95] [--budget N] [--run ID] [--promised-lead-times] --output PLAN.csv|.xlsx|.json [--po-dir DIR]`
 * Builds a replenishment plan from the newest forecast run (forecasting weekly first when there is
 * none), saves it in the workspace and writes it in the export format; --po-dir also writes one
 * purchase order workbook per supplier and location. This module loads little: a first plan's
 * purchase reads start on a worker before the plan's modules load (plan-workspace.ts).
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
  // Started before the plan's modules load: the worker reads the purchase facts if the plan will
  // (a first plan, or one after an order or receipt import), and gives nothing otherwise.
  const usePromised = values['promised-lead-times'] ? true : undefined;
  // A small shop's plan reads them itself: the worker's start-up would cost more than it saves;
  // a repeat plan has nothing to read (facts and transit kept).
  const reads = worthReadingBeside(workspace.db) && (await purchaseReadsWanted(workspace.db, runId ?? null, usePromised))
    ? purchaseReadsOnWorker(sourceWorkerEntry, file, { runId: runId ?? null, whenPlanReads: usePromised ? { usePromised } : {} })
    : null;
  try {
    const { planWorkspace } = await import('./plan-workspace');
    await planWorkspace(workspace.db, reads, {
      output,
      format,
      poDir: values['po-dir'],
      plan: {
        ...(runId !== undefined ? { runId } : {}),
        ...(serviceLevel !== undefined ? { serviceLevel } : {}),
        ...(budget !== undefined ? { budget } : {}),
        ...(usePromised ? { usePromisedLeadTimes: true } : {}),
      },
    });
  } finally {
    reads?.close();
    workspace.close();
  }
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
