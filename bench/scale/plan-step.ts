/**
 * A child of bench:scale: what `plan --workspace` does (build, save, the alerts check, reading the
 * stored plan back and writing the CSV), each step timed, on one connection with the plan's shared
 * reads. Prints one JSON line `{"steps": {name: s}, "cpu": {name: s}, "total": s, "cpuTotal": s,
 * "peakRssMb": n}`: wall and CPU seconds per step (CPU tells a slow step from a busy machine);
 * build.* are buildPlan's steps, alerts.* the alerts check's (alerts.transferSaves includes planning
 * the logistics it reads). CPU counts every thread: a first plan's purchase reads, made on a worker
 * beside the plan as the command does, count in whichever steps they overlap. `--plan-only` stops
 * after saving the plan (for iterating on the plan).
 * Lead times: kept statistics are reused unless `--date-moved` (forget them, as a plan date moved by
 * a sales import does: measured from the kept purchase facts) or `--purchases-changed` (forget the
 * facts too, as an import of orders or receipts does: read from the purchases). Both write to FILE.
 *
 *   node --import tsx bench/scale/plan-step.ts FILE OUTPUT.csv [--plan-only] [--date-moved | --purchases-changed]
 */
import { openWorkspace } from '../../src/core/db/workspace';
import { refreshAlerts } from '../../src/core/monitoring/alerts';
import { sourceWorkerEntry } from '../../src/core/app/jobs/runner';
import { withPurchaseReadsBeside } from '../../src/core/app/jobs/tasks/purchase-reads-beside';
import { buildPlan, loadPlan, savePlan, writePlanFile } from '../../src/core/planning';
import { flag } from '../kit';

const [file, output] = process.argv.slice(2);
if (!file || !output) throw new Error('usage: plan-step.ts FILE OUTPUT.csv [--plan-only]');
const planOnly = flag('plan-only');
const purchasesChanged = flag('purchases-changed');
const dateMoved = purchasesChanged || flag('date-moved');
const cpuSeconds = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1e6;
};
const startedCpu = cpuSeconds();
const started = performance.now();
const workspace = openWorkspace(file);
const db = workspace.db;
if (dateMoved) db.exec('DELETE FROM lead_time_stats_inputs');
if (purchasesChanged) db.exec('DELETE FROM lead_time_facts');
const steps: Record<string, number> = { open: (performance.now() - started) / 1000 };
const cpu: Record<string, number> = { open: cpuSeconds() - startedCpu };
const timed = <T>(name: string, work: () => T): T => {
  const at = performance.now();
  const cpuAt = cpuSeconds();
  const value = work();
  steps[name] = (performance.now() - at) / 1000;
  cpu[name] = cpuSeconds() - cpuAt;
  return value;
};
// As the command does: a first plan's purchase reads made on a worker beside the plan.
const stored = withPurchaseReadsBeside(db, { workerEntry: sourceWorkerEntry, file }, () => {
  const buildMs: Record<string, number> = {};
  const buildCpuMs: Record<string, number> = {};
  // As the command does: the built plan (every SKU-location's line) is let go once saved.
  const buildAndSave = () => {
    const plan = timed('build', () => buildPlan(db, {}, undefined, buildMs, buildCpuMs));
    return timed('save', () => savePlan(db, plan));
  };
  const planId = buildAndSave();
  for (const [name, ms] of Object.entries(buildMs)) steps[`build.${name}`] = ms / 1000;
  for (const [name, ms] of Object.entries(buildCpuMs)) cpu[`build.${name}`] = ms / 1000;
  if (planOnly) return null;
  const alerts = timed('alerts', () => refreshAlerts(db));
  for (const [name, ms] of Object.entries(alerts.stepsMs ?? {})) if (ms >= 50) steps[`alerts.${name}`] = ms / 1000;
  return timed('readBack', () => loadPlan(db, planId));
});
if (stored) {
  const at = performance.now();
  const cpuAt = cpuSeconds();
  await writePlanFile(stored, output, 'csv');
  steps.write = (performance.now() - at) / 1000;
  cpu.write = cpuSeconds() - cpuAt;
}
workspace.close();
const round = (r: Record<string, number>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Math.round(v * 1000) / 1000]));
console.log(
  JSON.stringify({
    steps: round(steps),
    cpu: round(cpu),
    total: (performance.now() - started) / 1000,
    cpuTotal: cpuSeconds() - startedCpu,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  }),
);
