import fs from 'node:fs';
import path from 'node:path';
import { openWorkspace } from '../../core/db/workspace';
import { loadPlan, stillToOrder, writePlanFile, writePurchaseOrderFiles, productNames } from '../../core/planning';
import { integerOption, parseCommandArgs, requireOption } from '../args';
import { CliUsageError } from '../usage-error';
import { formatOf } from './plan';

/**
 * `export --workspace FILE --plan ID --format csv|xlsx|json --output FILE [--include-approved] [--po-dir DIR] [--locale en|zh-CN]`
 * Writes a saved plan (with the planner's edits) in the documented export format: the lines still
 * to order; --include-approved adds the approved ones with status and PO number; `--locale` is the
 * language of the `reason` column (English by default, as before).
 */
export async function exportPlanCommand(args: string[]): Promise<void> {
  const { values } = parseCommandArgs(args, {
    workspace: { type: 'string' },
    plan: { type: 'string' },
    format: { type: 'string' },
    output: { type: 'string' },
    'include-approved': { type: 'boolean' },
    'po-dir': { type: 'string' },
    locale: { type: 'string' },
  });
  const file = path.resolve(requireOption(values.workspace, 'workspace'));
  const planId = integerOption(requireOption(values.plan, 'plan'), 'plan', 1, Number.MAX_SAFE_INTEGER)!;
  const format = requireOption(values.format, 'format');
  if (!['csv', 'xlsx', 'json'].includes(format)) throw new CliUsageError(`--format must be csv, xlsx or json, not "${format}"`);
  const locale = values.locale ?? 'en';
  if (locale !== 'en' && locale !== 'zh-CN') throw new CliUsageError(`--locale must be en or zh-CN, not "${locale}"`);
  const output = path.resolve(requireOption(values.output, 'output'));
  if (formatOf(output) !== format) throw new CliUsageError(`--output must end in .${format} for --format ${format}`);

  const workspace = openWorkspace(file);
  try {
    const plan = loadPlan(workspace.db, planId);
    const includeApproved = values['include-approved'] === true;
    const lines = await writePlanFile(plan, output, formatOf(output), { includeApproved, locale });
    console.log(`Plan ${planId} (${plan.planDate}, ${plan.status}): ${lines.toLocaleString('en')} lines → ${output}`);
    const approved = plan.lines.filter((l) => l.status === 'approved' && l.quantity > 0).length;
    if (approved > 0) {
      console.log(
        includeApproved
          ? `${approved.toLocaleString('en')} of them approved: status approved with their PO numbers`
          : `${approved.toLocaleString('en')} approved lines left out (already purchase orders): --include-approved lists them with their PO numbers`,
      );
    }
    if (values['po-dir']) {
      const dir = path.resolve(values['po-dir']);
      fs.mkdirSync(dir, { recursive: true });
      // Workbooks of drafts: an approved supplier's order was placed already and is not written again as a draft.
      const files = await writePurchaseOrderFiles(stillToOrder(plan), dir, productNames(workspace.db, plan.lines.map((l) => l.productId)));
      console.log(`Wrote ${files.length} purchase order drafts to ${dir}`);
    }
  } finally {
    workspace.close();
  }
}
