/**
 * Whether the `plan` command's purchase reads on a worker (purchase-reads-task.ts) would read
 * anything: the lead-time facts when the plan reads them, else the lanes' transit when the alerts
 * check after it would measure it. A repeat plan needs neither, and starting the worker (its
 * module graph and connection, a couple of CPU-seconds from sources at 50,000 SKUs) would only
 * take the other core from the plan. Modules are loaded one question at a time: a first plan
 * (facts to read) starts the worker before the plan's modules load, as before.
 */

import type Database from 'better-sqlite3';

export async function purchaseReadsWanted(db: Database.Database, runId: number | null, usePromised: boolean | undefined): Promise<boolean> {
  const { planReadsLeadTimeFacts } = await import('../../../planning/lead-times/lead-time-stats');
  if (planReadsLeadTimeFacts(db, usePromised)) return true;
  const { defaultPlanDateOf, latestRunId } = await import('../../../planning/build-plan');
  const { transitKept } = await import('../../../monitoring/alerts/detectors/logistics-plan');
  const planDate = defaultPlanDateOf(db, runId ?? latestRunId(db));
  return planDate !== null && !transitKept(db, planDate);
}
