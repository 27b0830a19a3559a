/**
 * bench:alerts --workspace: the `plan` command's alerts check on a real workspace. Builds and saves
 * a plan, then checks alerts inside the same shared-reads scope (as the command does), timing the
 * check alone in wall and CPU seconds with the process's peak RSS before and after it (the kernel's
 * maxRSS: if the check does not raise it, the plan build set the peak). Then repeated checks of the
 * unchanged plan, each in a scope of its own (what the refresh or `alerts --refresh` do): those
 * find their inputs unchanged and keep the stored alerts (reuse.ts), then one full check again.
 * First, before any plan is made, the check `forecast --workspace` ends with: a full check outside
 * a scope, on the newest run.
 */
import os from 'node:os';
import { openWorkspace } from '../../src/core/db/workspace';
import { refreshAlerts } from '../../src/core/monitoring/alerts';
import { buildPlan, latestRunId, savePlan, withSharedReads } from '../../src/core/planning';
import { fmt, median } from '../kit';
import { synthesiseForecast } from '../plan/synthetic-forecast';

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const peakMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
const rssMb = () => Math.round(process.memoryUsage().rss / 1024 / 1024);

function measured<T>(work: () => T): { value: T; ms: number; cpu: number } {
  const at = performance.now();
  const cpu = cpuMs();
  const value = work();
  return { value, ms: performance.now() - at, cpu: cpuMs() - cpu };
}

export function planThenAlerts(file: string, runs: number, asOf: string): void {
  const workspace = openWorkspace(file);
  const db = workspace.db;
  const skus = db.prepare('SELECT count(*) FROM products').pluck().get() as number;
  console.log(`Alerts benchmark (plan then alerts): ${file}, ${skus.toLocaleString('en')} SKUs`);
  if (latestRunId(db) === null) {
    const runId = synthesiseForecast(db, asOf, 26);
    console.log(`no forecast run: synthetic run ${runId} made`);
  }
  const steps = (s: Record<string, number> | undefined) => Object.entries(s ?? {}).filter(([, ms]) => ms >= 20).map(([k, ms]) => `${k} ${ms}`).join(', ');
  // The next check must detect, not keep what the last one stored: the refresh, the detector groups,
  // the positions and seasons (what a check after a forecast run on a workspace checked before keeps).
  const forgetLastCheck = () => db.prepare("DELETE FROM alert_cache WHERE name IN ('refreshInputs', 'positions', 'lastYearAhead') OR name LIKE 'detections:%'").run();
  forgetLastCheck();
  const peakBeforeRun = peakMb();
  const afterRun = measured(() => refreshAlerts(db));
  console.log(`alerts (run)    wall ${fmt(afterRun.ms)}, CPU ${fmt(afterRun.cpu)}; peak RSS ${peakBeforeRun} → ${peakMb()} MB; ${afterRun.value.detected.toLocaleString('en')} detected (the check after forecast --workspace)`);
  console.log(`  steps ms      ${steps(afterRun.value.stepsMs)}`);
  const first = withSharedReads(db, () => {
    const plan = measured(() => savePlan(db, buildPlan(db, {})));
    console.log(`plan            ${plan.value} built and saved: wall ${fmt(plan.ms)}, CPU ${fmt(plan.cpu)}; RSS ${rssMb()} MB, peak so far ${peakMb()} MB`);
    const peakBefore = peakMb();
    const alerts = measured(() => refreshAlerts(db));
    console.log(`alerts (plan)   wall ${fmt(alerts.ms)}, CPU ${fmt(alerts.cpu)}; peak RSS ${peakBefore} → ${peakMb()} MB; ${alerts.value.detected.toLocaleString('en')} detected`);
    console.log(`  steps ms      ${steps(alerts.value.stepsMs)}`);
    return { ms: plan.ms + alerts.ms, cpu: plan.cpu + alerts.cpu };
  });
  console.log(`plan + alerts   wall ${fmt(first.ms)}, CPU ${fmt(first.cpu)}`);
  const walls: number[] = [];
  const cpus: number[] = [];
  let last: ReturnType<typeof refreshAlerts> | null = null;
  for (let r = 0; r < runs; r++) {
    const run = measured(() => withSharedReads(db, () => refreshAlerts(db)));
    walls.push(run.ms);
    cpus.push(run.cpu);
    last = run.value;
  }
  if (last) {
    const kept = last.stepsMs.reused === 1 ? 'inputs unchanged: stored alerts kept' : 'checked in full';
    console.log(`alerts (again)  wall ${fmt(median(walls))} median of ${runs}, CPU ${fmt(median(cpus))}; peak RSS ${peakMb()} MB; ${last.updated.toLocaleString('en')} updated, ${last.inserted} new (${kept})`);
    console.log(`  steps ms      ${steps(last.stepsMs)}`);
  }
  forgetLastCheck();
  const full = measured(() => withSharedReads(db, () => refreshAlerts(db)));
  console.log(`alerts (full)   wall ${fmt(full.ms)}, CPU ${fmt(full.cpu)}; peak RSS ${peakMb()} MB; the unchanged plan checked in full`);
  console.log(`  steps ms      ${steps(full.value.stepsMs)}`);
  console.log(`load average    ${os.loadavg().map((x) => x.toFixed(1)).join(' ')} on ${os.cpus().length} cores`);
  workspace.close();
}
