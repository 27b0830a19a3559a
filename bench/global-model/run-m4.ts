/** M4 weekly (359 series, h = 13): MASE with the M4 lag-1 scale, global vs engine vs combination. */

import { forecastSeries } from '../../src/core/forecast';
import { forecastWithGlobalModel, trainGlobalModel } from '../../src/core/forecast/global';
import { createInlineTaskContext } from '../../src/core/ground/task-context';
import { loadM4Weekly } from '../forecast/data';
import { combine, medianAsPoint, Scoreboard, trainingOverrides, type PointAndQuantiles } from './scoring';

const H = 13;
const LEVELS = [0.1, 0.5, 0.9, 0.95, 0.99];

export async function runM4(dataDir: string): Promise<void> {
  const d = loadM4Weekly(dataDir);
  // M4 gives no dates here: the model trains without calendar features.
  const options = { seasonLength: 52, horizon: H, quantiles: LEVELS, frequency: 'week' as const, ...trainingOverrides() };
  const trained = await trainGlobalModel(d.train, options, createInlineTaskContext());
  const global = await forecastWithGlobalModel(trained.artefact, d.train);
  const board = new Scoreboard();
  d.train.forEach((y, i) => {
    const test = d.test[i] as Float64Array;
    const g = global[i] as PointAndQuantiles;
    const e: PointAndQuantiles = forecastSeries(y, { seasonLength: 52, horizon: H, quantiles: LEVELS });
    board.score('global model (mean head)', g, y, test);
    board.score('global model (p50)', medianAsPoint(g), y, test);
    board.score('statistical engine', e, y, test);
    board.score('combination (mean of points)', combine(g, e), y, test);
    board.score('combination (global p50 + engine)', combine(medianAsPoint(g), e), y, test);
  });
  const m = trained.metrics;
  console.log(`\n== M4 weekly: ${d.ids.length} series, h=${H} ==`);
  console.log(`global model: trained in ${m.seconds.toFixed(1)} s on ${m.trainWindows} windows, ${m.epochs} epochs`);
  console.log('MASE with the M4 weekly scale (m = 1). Published: Naive2 2.777, SES 2.685, Theta 2.637, Comb 2.432, ES-RNN 2.356');
  console.log(`validation loss per epoch: ${m.validationLoss.map((v) => v.toFixed(4)).join(' ')} (best epoch ${m.bestEpoch})`);
  board.print(['mase', 'pb0.5', 'pb0.9', 'pb0.95']);
}
