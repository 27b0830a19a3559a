import { approvePlan, draftPurchaseOrder, editLineQuantity, purchaseOrderFileName, writeDraftPurchaseOrder, listSimulations, simulationView, loadPlan, writePlanFile, planLineDetail, planLineRow, planList, planningSettings, readBudget, saveBudget, saveSettingOverride, setLineLocked } from '../../planning';
import { abcXyzClasses } from '../../../shared/contract/schemas/planning';
import { AppError } from '../../ground/errors/app-error';
import { planLinePage } from '../../planning/plan-line-page';
import type { JobInput } from '../jobs/job-map';
import type { AppContext } from '../app-context';
import { exportedFile, exportFilePath } from '../exports-folder';
import { writes, type DomainHandlers } from './types';

export function planningHandlers(ctx: AppContext): DomainHandlers<'planning'> {
  const db = () => ctx.requireWorkspace().db;
  /** Runs a job on the workspace file; the cached reads are dropped once it has written. */
  const startJob = <K extends 'planRun' | 'simulation'>(kind: K, input: JobInput<K>) => ({ jobId: ctx.startWritingJob(kind, input).jobId });
  /** A line's plan must match: a stale page must not edit another plan's line. */
  const checkLine = (planId: number, lineId: number) => {
    const owner = db().prepare('SELECT plan_id FROM plan_lines WHERE id = ?').pluck().get(lineId) as number | undefined;
    if (owner !== planId) throw new AppError('not_found', `Plan ${planId} has no line ${lineId}`, { planId, lineId });
  };
  return {
    'planning:start': ({ runId, serviceLevel, budget }) => {
      const saved = budget === undefined ? readBudget(db()) : budget;
      return startJob('planRun', {
        path: ctx.requireWorkspace().path,
        workerEntry: ctx.workerEntry,
        ...(runId !== undefined ? { runId } : {}),
        ...(serviceLevel !== undefined ? { serviceLevel } : {}),
        ...(saved !== null ? { budget: saved } : {}),
      });
    },
    'planning:plans': () => planList(db()),
    'planning:linePage': ({ planId, draft, ...query }) =>
      // The counts need a pass over every line: remembered (the plan's, and per filter, search and draft card) until data changes.
      planLinePage(db(), planId, draft, query, (key, compute) => ctx.cachedRead(`planning:lineCounts:${planId}:${key}`, compute)),
    'planning:line': ({ planId, lineId }) => planLineDetail(db(), planId, lineId),
    // Every line of the plan is read (a second at 30,000 lines): in the read worker, beside the grid's first page.
    'planning:drafts': ({ planId }) => ctx.readWith('planDrafts', { planId }),
    'planning:editLine': writes(({ planId, lineId, quantity }) => {
      checkLine(planId, lineId);
      editLineQuantity(db(), lineId, quantity);
      // A line set to 0 no longer answers its alerts; a new quantity changes what they point to.
      ctx.alertsFollow.request();
      return planLineRow(db(), planId, lineId);
    }),
    'planning:lockLine': writes(({ planId, lineId, locked }) => {
      checkLine(planId, lineId);
      setLineLocked(db(), lineId, locked);
      return planLineRow(db(), planId, lineId);
    }),
    'planning:approveDraft': writes(({ planId, supplierId, locationId }) => {
      const result = approvePlan(db(), planId, { supplierId, ...(locationId !== undefined ? { locationId } : {}) });
      if (result.lines === 0) throw new AppError('invalid_input', 'This supplier has no draft lines left to approve in the plan', { planId, supplierId });
      // Approved lines are on order now: the alerts they answered point to the purchase order, or resolve.
      ctx.alertsFollow.request();
      return result;
    }),
    'planning:settings': () => planningSettings(db()),
    'planning:updateSettings': writes(({ overrides, budget }) => {
      const workspace = db();
      // One transaction: a bad override leaves every setting as it was.
      workspace.transaction(() => {
        for (const override of overrides ?? []) {
          if (override.scope === 'class' && !abcXyzClasses.includes(override.scopeKey as (typeof abcXyzClasses)[number])) {
            throw new AppError('invalid_input', `"${override.scopeKey}" is not an ABC×XYZ class (AX … CZ)`, { field: 'scopeKey' });
          }
          if (override.scope === 'default' && override.scopeKey !== '') throw new AppError('invalid_input', 'The default setting has no key', { field: 'scopeKey' });
          checkScopeKey(workspace, override.scope, override.scopeKey);
          saveSettingOverride(workspace, override);
        }
        if (budget !== undefined) saveBudget(workspace, budget);
      })();
      return planningSettings(workspace);
    }),
    'planning:simulate': (input) => startJob('simulation', { path: ctx.requireWorkspace().path, ...stripUndefined(input) }),
    'planning:simulations': () => listSimulations(db()).map(simulationView),
    'planning:export': async ({ planId, format, includeApproved, locale }) => {
      const plan = loadPlan(db(), planId);
      const file = exportFilePath(ctx, `supplydesk-plan-${planId}-${plan.planDate}${includeApproved ? '-with-approved' : ''}.${format}`);
      await writePlanFile(plan, file, format, { includeApproved: includeApproved === true, locale });
      return exportedFile(file);
    },
    'planning:purchaseOrder': async (ref) => {
      const order = draftPurchaseOrder(db(), ref);
      const file = exportFilePath(ctx, purchaseOrderFileName(order.draft).replace(/\.xlsx$/, `-plan${ref.planId}.xlsx`));
      await writeDraftPurchaseOrder(order, file);
      return exportedFile(file);
    },
  };
}

/** A category or SKU target must name one the catalogue has: a typo would silently apply to nothing. */
function checkScopeKey(db: ReturnType<AppContext['requireWorkspace']>['db'], scope: string, key: string): void {
  if (scope === 'category' && db.prepare('SELECT 1 FROM products WHERE category = ?').get(key) === undefined) {
    throw new AppError('invalid_input', `No product has the category "${key}"`, { field: 'scopeKey' });
  }
  if (scope === 'sku' && (!/^\d+$/.test(key) || db.prepare('SELECT 1 FROM products WHERE id = ?').get(Number(key)) === undefined)) {
    throw new AppError('invalid_input', `"${key}" is not a product of this workspace`, { field: 'scopeKey' });
  }
}

function stripUndefined<T extends object>(input: T): T {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as T;
}
