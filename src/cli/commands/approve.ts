import path from 'node:path';
import { openWorkspace } from '../../core/db/workspace';
import { AppError } from '../../core/ground/errors/app-error';
import { refreshAlerts } from '../../core/monitoring/alerts';
import { approvePlan } from '../../core/planning';
import { integerOption, parseCommandArgs, requireOption } from '../args';
import { counted, listLine } from '../short-lines';

/** `approve`: a saved plan's draft lines become open purchase orders, in one transaction, as the Plan page's Approve does. */
export function approveCommand(args: string[]): number {
  const { values } = parseCommandArgs(args, {
    workspace: { type: 'string' },
    plan: { type: 'string' },
    supplier: { type: 'string' },
    location: { type: 'string' },
    json: { type: 'boolean' },
  });
  const file = path.resolve(requireOption(values.workspace, 'workspace'));
  const planOption = integerOption(values.plan, 'plan', 1, Number.MAX_SAFE_INTEGER);
  const supplierId = integerOption(values.supplier, 'supplier', 1, Number.MAX_SAFE_INTEGER);
  const locationId = integerOption(values.location, 'location', 0, Number.MAX_SAFE_INTEGER);
  const workspace = openWorkspace(file);
  try {
    // One transaction: "the newest draft plan" is the one approved, even if a refresh replaces plans meanwhile.
    const { planId, result } = workspace.db.transaction(() => {
      const planId =
        planOption ?? (workspace.db.prepare("SELECT id FROM plans WHERE status = 'draft' ORDER BY id DESC LIMIT 1").pluck().get() as number | undefined);
      if (planId === undefined) throw new AppError('not_found', 'The workspace has no draft plan to approve: make one first (plan --workspace FILE)', { path: file });
      const result = approvePlan(workspace.db, planId, {
        ...(supplierId !== undefined ? { supplierId } : {}),
        ...(locationId !== undefined ? { locationId } : {}),
        actor: 'cli',
      });
      return { planId, result };
    })();
    // Alerts follow approvals: what the approved lines answer points to their purchase orders now.
    if (result.lines > 0) refreshAlerts(workspace.db);
    if (values.json) console.log(JSON.stringify({ planId, ...result }));
    else if (result.lines === 0) console.log(`Plan ${planId} has no draft lines to approve${supplierId !== undefined ? ' for this supplier' : ''}`);
    else {
      console.log(`Approved ${result.lines.toLocaleString('en')} lines of plan ${planId}`);
      console.log(listLine(`  into ${counted(result.purchaseOrders.length, 'purchase order')}: `, result.purchaseOrders.map((po) => po.poNumber)));
    }
    return 0;
  } finally {
    workspace.close();
  }
}
