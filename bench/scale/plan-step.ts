/**
 * A child of bench:scale: what `plan --workspace` does (build, save, the alerts check, reading the
 * stored plan back and writing the CSV), each step timed, on one connection with the plan's shared
 * reads. Prints one JSON line `{"steps": {name: s}, "total": s}`; build.* are buildPlan's steps,
 * alerts.* the alerts check's (alerts.transferSaves includes planning the logistics it reads).
 *
 *   node --import tsx bench/scale/plan-step.ts FILE OUTPUT.csv
 */
import { openWorkspace } from '../../src/core/db/workspace';
import { refreshAlerts } from '../../src/core/monitoring/alerts';
import { buildPlan, loadPlan, savePlan, withSharedReads, writePlanFile } from '../../src/core/planning';

const [file, output] = process.argv.slice(2);
if (!file || !output) throw new Error('usage: plan-step.ts FILE OUTPUT.csv');
const workspace = openWorkspace(file);
const db = workspace.db;
const steps: Record<string, number> = {};
const timed = <T>(name: string, work: () => T): T => {
  const at = performance.now();
  const value = work();
  steps[name] = (performance.now() - at) / 1000;
  return value;
};
const started = performance.now();
const stored = withSharedReads(db, () => {
  const buildMs: Record<string, number> = {};
  const plan = timed('build', () => buildPlan(db, {}, undefined, buildMs));
  for (const [name, ms] of Object.entries(buildMs)) steps[`build.${name}`] = ms / 1000;
  const planId = timed('save', () => savePlan(db, plan));
  const alerts = timed('alerts', () => refreshAlerts(db));
  for (const [name, ms] of Object.entries(alerts.stepsMs ?? {})) if (ms >= 50) steps[`alerts.${name}`] = ms / 1000;
  return timed('readBack', () => loadPlan(db, planId));
});
const at = performance.now();
await writePlanFile(stored, output, 'csv');
steps.write = (performance.now() - at) / 1000;
workspace.close();
console.log(JSON.stringify({ steps, total: (performance.now() - started) / 1000 }));
