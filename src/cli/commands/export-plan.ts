import fs from 'node:fs';
import path from 'node:path';
import { openWorkspace } from '../../core/db/workspace';
import { loadPlan, writePlanFile, writePurchaseOrderFiles, productNames } from '../../core/planning';
import { integerOption, parseCommandArgs, requireOption } from '../args';
import { CliUsageError } from '../usage-error';
import { formatOf } from './plan';

/**
 * `export --workspace FILE --plan ID --format csv|xlsx|json --output FILE [--po-dir DIR] [--locale en|zh-CN]`
 * Writes a saved plan (with the planner's edits and approvals) in the documented export format;
 * `--locale` is the language of the `reason` column (English by default, as before).
 */
export async function exportPlanCommand(args: string[]): Promise<void> {
  const { values } = parseCommandArgs(args, {
    workspace: { type: 'string' },
    plan: { type: 'string' },
    format: { type: 'string' },
    output: { type: 'string' },
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
    const lines = await writePlanFile(plan, output, formatOf(output), locale);
    console.log(`Plan ${planId} (${plan.planDate}, ${plan.status}): ${lines.toLocaleString('en')} lines → ${output}`);
    if (values['po-dir']) {
      const dir = path.resolve(values['po-dir']);
      fs.mkdirSync(dir, { recursive: true });
      const files = await writePurchaseOrderFiles(plan, dir, productNames(workspace.db, plan.lines.map((l) => l.productId)));
      console.log(`Wrote ${files.length} purchase order drafts to ${dir}`);
    }
  } finally {
    workspace.close();
  }
}
