/** Speed target: train on 10,000 synthetic weekly series (≤ 120 s), predict them all; score the next 13 weeks. */

import * as tf from '@tensorflow/tfjs';
import { cleanHistory, forecastSeries } from '../../src/core/forecast';
import { forecastWithGlobalModel, trainGlobalModel } from '../../src/core/forecast/global';
import { createInlineTaskContext } from '../../src/core/ground/task-context';
import { combine, Scoreboard, trainingOverrides, type PointAndQuantiles } from './scoring';
import { syntheticRetail } from './synthetic';

const COUNT = 10_000;
const H = 13;
const LEVELS = [0.1, 0.5, 0.9, 0.95, 0.99];

export async function runSynthetic(): Promise<void> {
  const data = syntheticRetail(COUNT, 104, H);
  const covariates = { price: data.price, promo: data.promo };
  const ctx = createInlineTaskContext();
  const cpu0 = process.cpuUsage();
  const trained = await trainGlobalModel(
    data.history,
    { seasonLength: 52, horizon: H, quantiles: LEVELS, frequency: 'week', lastBucket: data.lastBucket, covariates, ...trainingOverrides() },
    ctx,
  );
  const cpu = process.cpuUsage(cpu0);
  const m = trained.metrics;
  const t0 = performance.now();
  const global = await forecastWithGlobalModel(trained.artefact, data.history, { lastBucket: data.lastBucket, covariates });
  const predictSeconds = (performance.now() - t0) / 1000;

  console.log(`\n== global model: ${COUNT} synthetic weekly series × 104 weeks ==`);
  console.log('(smooth, seasonal, intermittent and new items; 40% with price and promotion covariates)');
  console.log(`training: ${m.seconds.toFixed(1)} s wall (target ≤ 120 s), ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU${m.stoppedByTime ? '; stopped by the time budget' : ''}`);
  console.log(`validation loss per epoch: ${m.validationLoss.map((v) => v.toFixed(4)).join(' ')}`);
  console.log(`windows: ${m.trainWindows} train, ${m.validationWindows} validation; epochs ${m.epochs} (best ${m.bestEpoch})`);
  console.log(`validation loss (pinball summed over ${LEVELS.length} levels, scaled): final ${(m.validationLoss.at(-1) ?? NaN).toFixed(4)}, best ${m.bestValidationLoss.toFixed(4)}`);
  console.log(`predict: ${predictSeconds.toFixed(2)} s for ${COUNT} series (one batched call, incl. model load)`);
  console.log(`artefact: ${(trained.artefact.weightData.byteLength / 1024).toFixed(0)} KiB of weights; tfjs tensors alive afterwards: ${tf.memory().numTensors}`);

  const t1 = performance.now();
  const engine = data.history.map((y) => forecastSeries(y, { seasonLength: 52, horizon: H, quantiles: LEVELS }));
  console.log(`statistical engine on the same series: ${((performance.now() - t1) / 1000).toFixed(1)} s (single thread)`);

  const board = new Scoreboard();
  const byKind = new Map<string, Scoreboard>();
  data.history.forEach((y, i) => {
    const train = cleanHistory(y);
    const test = data.future[i] as Float64Array;
    const g = global[i] as PointAndQuantiles;
    const e = engine[i] as PointAndQuantiles;
    const kind = data.kind[i] as string;
    if (!byKind.has(kind)) byKind.set(kind, new Scoreboard());
    for (const b of [board, byKind.get(kind) as Scoreboard]) {
      b.score('global model', g, train, test);
      b.score('statistical engine', e, train, test);
      b.score('combination (mean, averaged quantiles)', combine(g, e), train, test);
    }
  });
  console.log(`\naccuracy on the next ${H} weeks (scale: in-sample lag-1 naive; pinball in units; mean over series)`);
  board.print(['mase', 'rmsse', 'pb0.5', 'pb0.9', 'pb0.95']);
  for (const [kind, b] of byKind) {
    console.log(`-- ${kind}`);
    b.print(['mase', 'rmsse', 'pb0.5', 'pb0.9', 'pb0.95']);
  }
}
