/**
 * Replenishment plan benchmark: a demo business with about 10,000 SKU-locations and a weekly
 * forecast for each, then the time to build a plan (positions, lead times, safety stock, rounding,
 * container limits, reasons, PO drafts), with and without a budget, and a year of daily policy simulation. Targets: a
 * plan for 10,000 SKU-locations in ≤ 2 s once forecasts exist (median of the runs); a year's
 * simulation of 10,000 in ≤ 30 s; the 95% cycle-service calibration is printed. The forecast is synthesised from each series' recent sales
 * (fast) unless --real-forecast runs the forecasting engine (minutes).
 *
 *   npx tsx bench/plan.bench.ts [--skus N] [--runs N] [--real-forecast] [--keep]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openWorkspace, type Db } from '../src/core/db/workspace';
import { runWorkspaceForecast } from '../src/core/forecasting';
import { createInlineTaskContext } from '../src/core/ground/task-context';
import { buildPlan, DEFAULT_MIN_MAX, loadSimulationInput, minMaxAtInventory, simulatePolicy } from '../src/core/planning';
import { buildDemoWorkspace, fmt, median, option, time } from './kit';
import { synthesiseForecast } from './plan/synthetic-forecast';

const TARGET_MS = 2000;
const AS_OF = '2026-06-30';


const skus = Number(option('skus', '5000'));
const runs = Number(option('runs', '5'));
const realForecast = process.argv.includes('--real-forecast');
const keep = process.argv.includes('--keep');


const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'supplydesk-plan-bench-'));
const file = path.join(dir, 'plan.supplydesk');
const built = buildDemoWorkspace(file, { name: 'Plan bench', skus, seed: 11, asOf: AS_OF });
console.log(`Plan benchmark: demo with ${skus.toLocaleString('en')} SKUs, as of ${AS_OF} (generated in ${fmt(built.ms)})`);

const workspace = openWorkspace(file);
const db: Db = workspace.db;
const forecast = time(() =>
  realForecast ? runWorkspaceForecast(db, { frequency: 'week', horizon: 26 }, createInlineTaskContext()).runId : synthesiseForecast(db, AS_OF, 26),
);
const series = db.prepare('SELECT count(*) FROM forecast_series WHERE run_id = ?').pluck().get(forecast.value) as number;
console.log(`${realForecast ? 'forecast' : 'synthetic forecast'}: ${series.toLocaleString('en')} SKU-locations × 26 weeks in ${fmt(forecast.ms)}`);

buildPlan(db, {}); // warm-up: page cache and JIT
const plain: number[] = [];
const budgeted: number[] = [];
let summary = buildPlan(db, {}).summary;
for (let r = 0; r < runs; r++) {
  const run = time(() => buildPlan(db, {}));
  plain.push(run.ms);
  summary = run.value.summary;
  budgeted.push(time(() => buildPlan(db, { budget: summary.value / 2 })).ms);
}
console.log(`lines to order  ${summary.linesToOrder.toLocaleString('en')} of ${summary.skuLocations.toLocaleString('en')}, value ${Math.round(summary.value).toLocaleString('en')}`);
console.log(`plan            ${fmt(median(plain))} median of ${runs} (min ${fmt(Math.min(...plain))})`);
console.log(`plan + budget   ${fmt(median(budgeted))} median of ${runs}`);
const last = buildPlan(db, {});
const boxed = last.drafts.filter((d) => d.container !== null);
console.log(
  `containers      ${boxed.length} of ${last.drafts.length} drafts ship in containers (${boxed.filter((d) => d.container!.status === 'no_data').length} without volume data), ` +
    `${last.lines.filter((l) => l.containerCut).length} lines cut to a container limit`,
);
const scaled = (median(plain) * 10_000) / Math.max(1, summary.skuLocations);
console.log(`target          ≤ ${fmt(TARGET_MS)} for 10,000 SKU-locations: ${fmt(scaled)} scaled → ${scaled <= TARGET_MS ? 'met' : 'NOT met'}`);

// Simulation: a year of daily replay, both policies, no peeking (rolling weekly decisions).
const SIM_TARGET_MS = 30_000;
const sim = time(() => {
  const input = loadSimulationInput(db, '2025-07-01', '2026-06-30');
  const supplydesk = simulatePolicy(input, { kind: 'supplydesk', serviceLevel: 0.95, reviewDays: 7 });
  const current = simulatePolicy(input, DEFAULT_MIN_MAX);
  return { input, supplydesk, current };
});
const { input, supplydesk, current } = sim.value;
const simScaled = (sim.ms * 10_000) / Math.max(1, input.length);
console.log(`simulate        ${input.length.toLocaleString('en')} SKU-locations × 365 days, 2 policies: ${fmt(sim.ms)} (${fmt(simScaled)} scaled to 10,000; target ≤ ${fmt(SIM_TARGET_MS)} → ${simScaled <= SIM_TARGET_MS ? 'met' : 'NOT met'})`);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
console.log(`  95% target    cycle service ${pct(supplydesk.cycle_service_level)} (target band 93–97%), fill ${pct(supplydesk.fill_rate)}`);
const matched = minMaxAtInventory(input, supplydesk.avg_inventory_value);
console.log(`  min/max       default: fill ${pct(current.fill_rate)}; at equal inventory: fill ${pct(matched.result.fill_rate)} vs SupplyDesk ${pct(supplydesk.fill_rate)}`);

workspace.close();
if (keep) console.log(`workspace kept at ${file}`);
else fs.rmSync(dir, { recursive: true, force: true });
