/**
 * Training at scale: trains the global model of an existing workspace from streamed passes, as a
 * run that must train does (streamed-training.ts), and prints each step's wall and CPU seconds,
 * the series, windows, epochs and members planned and trained, whether the safety stop fired, a
 * hash of the weights (the same data gives the same hash at any load unless the stop fired) and
 * the process's peak memory. The model is stored in the workspace: give it a copy.
 *
 *   npx tsx bench/training.bench.ts --workspace FILE [--frequency week] [--horizon 26] [--budget SECONDS]
 *
 * --budget moves only the safety stop (default: the run's budget for its size); what is trained
 * is sized by that default either way. CPU seconds add up every thread (the engine's validation
 * pass runs on two workers); on a busy machine they are the comparable figure, wall seconds are not.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { openWorkspace } from '../src/core/db/workspace';
import { sourceWorkerEntry } from '../src/core/app/jobs/runner';
import { forecastChunksOnWorkers } from '../src/core/app/jobs/tasks/forecast-chunk-task';
import { listGlobalModels } from '../src/core/forecasting/global-models';
import { trainFromStream } from '../src/core/forecasting/streamed-training';
import type { Frequency } from '../src/core/forecasting/types';
import { createInlineTaskContext } from '../src/core/ground/task-context';
import { option } from './kit';

const file = option('workspace', '');
if (!file) {
  console.error('usage: npx tsx bench/training.bench.ts --workspace FILE [--frequency week] [--horizon 26] [--budget SECONDS]');
  process.exit(2);
}
const frequency = option('frequency', 'week') as Frequency;
const horizon = Number(option('horizon', '26'));
const budget = option('budget', '');

const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const steps: { step: string; wall: number; cpu: number }[] = [];
let current: { step: string; wall: number; cpu: number } | null = null;
const mark = (step: string) => {
  const now = { step, wall: performance.now(), cpu: cpuNow() };
  if (current) steps.push({ step: current.step, wall: (now.wall - current.wall) / 1000, cpu: now.cpu - current.cpu });
  current = now;
};
// The training's steps: the first pass, the second (windows), the epochs, the validation. The
// trainer reports its windows done (1 of 1) as it starts, before the first epoch ends.
const phase = (step: string, total: number) =>
  step.startsWith('global.epoch') || (step === 'global.windows' && total === 1)
    ? 'train'
    : step.startsWith('forecast.global.validate')
      ? 'validate'
      : step === 'global.windows'
        ? 'windows'
        : step === 'forecast.history'
          ? 'first pass'
          : step;

const workspace = openWorkspace(path.resolve(file));
try {
  console.log(`Training benchmark on ${file}: ${frequency}, horizon ${horizon}${budget ? `, budget ${budget} s` : ''}`);
  const started = { wall: performance.now(), cpu: cpuNow() };
  let last = '';
  const ctx = createInlineTaskContext((step, _current, stepTotal) => {
    const p = phase(step, stepTotal);
    // The validation's engine pass reports as series: it belongs to the validation.
    if (p === last || (last === 'validate' && p === 'forecast.series')) return;
    last = p;
    mark(p);
  });
  const spread = { runChunk: forecastChunksOnWorkers(sourceWorkerEntry) };
  const trained = await trainFromStream(
    workspace.db,
    { frequency, horizon },
    { global: 'on', force: true, spread, ...(budget ? { maxTrainSeconds: Number(budget) } : {}) },
    ctx,
  );
  mark('end');
  const total = { wall: (performance.now() - started.wall) / 1000, cpu: cpuNow() - started.cpu };
  if (!trained) throw new Error('nothing was trained: too little history');
  const info = listGlobalModels(workspace.db).find((m) => m.id === trained.id)!;
  const row = workspace.db
    .prepare("SELECT json_extract(meta, '$.artefact.trainedWindows') AS windows, weight_data AS weights FROM model_artifacts WHERE id = ?")
    .get(trained.id) as { windows: number; weights: Buffer };
  const { windows } = row;
  for (const s of steps) console.log(`  ${s.step.padEnd(12)} ${s.wall.toFixed(1).padStart(7)} s wall ${s.cpu.toFixed(1).padStart(7)} s cpu`);
  console.log(`  ${'total'.padEnd(12)} ${total.wall.toFixed(1).padStart(7)} s wall ${total.cpu.toFixed(1).padStart(7)} s cpu`);
  console.log(`  trained on ${info.trainedSeries.toLocaleString('en')} of ${(info.runSeries ?? 0).toLocaleString('en')} series, ${windows.toLocaleString('en')} windows, ${info.epochs} epoch(s), trainer ${info.seconds} s`);
  if (info.planned) {
    const { planned } = info;
    console.log(`  planned ${planned.windows.toLocaleString('en')} windows × ${planned.epochs} epoch(s) × ${planned.members} member(s), ${planned.seconds.toFixed(1)} CPU s at the calibrated cost`);
  }
  console.log(`  ${trained.reason}`);
  console.log(`  weights sha256 ${createHash('sha256').update(row.weights).digest('hex').slice(0, 16)}`);
  console.log(`  peak memory ${(process.resourceUsage().maxRSS / 1024 / 1024).toFixed(2)} GB`);
} finally {
  workspace.close();
}
