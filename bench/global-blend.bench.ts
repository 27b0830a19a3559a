/**
 * Does blending the global model into a workspace run help? Builds a demo, trains the global
 * model on the history up to a cut-off, forecasts from the cut-off with and without the blend,
 * and scores both runs against the sales that followed (the same report as the Accuracy view).
 *
 *   npm run bench:global-blend -- [--skus N] [--seed N] [--cutoff YYYY-MM-DD] [--horizon H]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createWorkspace, finishBulkWrite } from '../src/core/db/workspace';
import { generateDemo } from '../src/core/demo/generate-demo';
import { actualsAccuracy } from '../src/core/forecasting/actuals-accuracy';
import { blendGlobalModel } from '../src/core/forecasting/global-blend';
import { latestGlobalModel } from '../src/core/forecasting/global-models';
import { trainWorkspaceGlobalModel } from '../src/core/forecasting/global-training';
import { prepareRun, storeRun } from '../src/core/forecasting/run-forecast';
import { createInlineTaskContext } from '../src/core/ground/task-context';
import { option } from './kit';

const skus = Number(option('skus', '3000'));
const seed = Number(option('seed', '42'));
const cutoff = option('cutoff', '2026-03-31');
const horizon = Number(option('horizon', '13'));

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'supplydesk-blend-'));
const workspace = createWorkspace(path.join(dir, 'demo.supplydesk'), { name: 'Blend bench', kind: 'demo', bulk: true });
generateDemo(workspace.db, { skus, seed, asOf: '2026-06-30' }, createInlineTaskContext());
finishBulkWrite(workspace);
const { db } = workspace;
const ctx = createInlineTaskContext();

let started = performance.now();
const model = await trainWorkspaceGlobalModel(db, 'week', ctx, cutoff);
console.log(`Global model blend, demo of ${skus.toLocaleString('en')} SKUs, history to ${cutoff}, ${horizon} weeks scored against later sales`);
console.log(`  training         ${((performance.now() - started) / 1000).toFixed(1)} s, ${model.trainedSeries.toLocaleString('en')} series, ${model.epochs} epochs`);

const engineRun = storeRun(db, prepareRun(db, { frequency: 'week', horizon, asOf: cutoff }, ctx), ctx);
started = performance.now();
const prepared = prepareRun(db, { frequency: 'week', horizon, asOf: cutoff }, ctx);
const stored = latestGlobalModel(db, 'week');
if (!stored) throw new Error('the trained model was not stored');
const blended = await blendGlobalModel(db, prepared, stored, ctx);
const blendRun = storeRun(db, prepared, ctx);
console.log(`  blend            ${blended.toLocaleString('en')} smooth and erratic series (run with blend ${((performance.now() - started) / 1000).toFixed(1)} s)`);

const engine = actualsAccuracy(db, engineRun.runId, 'class');
const blend = actualsAccuracy(db, blendRun.runId, 'class');
const fixed = (value: number | null) => (value === null ? '   —  ' : value.toFixed(3).padStart(6));
console.log(`  scored           ${engine.buckets} weeks, ${engine.from} – ${engine.to}`);
console.log('  class          series   MASE engine  blend   WAPE engine  blend   pinball engine  blend   coverage engine  blend');
for (const row of engine.rows) {
  const other = blend.rows.find((candidate) => candidate.key === row.key);
  if (!other) continue;
  console.log(
    `  ${row.key.padEnd(14)} ${String(row.series).padStart(6)}   ${fixed(row.model.mase)} ${fixed(other.model.mase)}   ${fixed(row.model.wape)} ${fixed(other.model.wape)}   ${fixed(row.model.pinball)} ${fixed(other.model.pinball)}   ${fixed(row.model.coverage)} ${fixed(other.model.coverage)}`,
  );
}
workspace.close();
fs.rmSync(dir, { recursive: true, force: true });
