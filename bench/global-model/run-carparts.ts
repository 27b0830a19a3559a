/** carparts (monthly, intermittent): last 12 months held out; RMSSE and pinball at 0.5/0.9/0.95. */

import { cleanHistory, forecastSeries } from '../../src/core/forecast';
import { forecastWithGlobalModel, trainGlobalModel } from '../../src/core/forecast/global';
import { createInlineTaskContext } from '../../src/core/ground/task-context';
import { loadCarparts } from '../forecast/data';
import { combine, Scoreboard, trainingOverrides, type PointAndQuantiles } from './scoring';

const H = 12;
const LEVELS = [0.1, 0.5, 0.9, 0.95, 0.99];
/** The data runs 1998-01 … 2002-03; training ends 12 months earlier. */
const LAST_TRAIN_MONTH = '2001-03-01';

export async function runCarparts(dataDir: string): Promise<void> {
  const all = [...loadCarparts(dataDir).values()];
  const train = all.map((y) => y.subarray(0, y.length - H));
  const options = { seasonLength: 12, horizon: H, quantiles: LEVELS, frequency: 'month' as const, lastBucket: LAST_TRAIN_MONTH };
  // Train on every series' history (never its test months); score the same subset as bench:forecast.
  const trained = await trainGlobalModel(train, { ...options, ...trainingOverrides() }, createInlineTaskContext());
  const global = await forecastWithGlobalModel(trained.artefact, train, { lastBucket: LAST_TRAIN_MONTH });
  const board = new Scoreboard();
  let used = 0;
  all.forEach((series, i) => {
    const history = train[i] as Float64Array;
    const clean = cleanHistory(history);
    if (series.some((v) => Number.isNaN(v)) || clean.length !== history.length) return;
    let scale = 0;
    for (let t = 1; t < clean.length; t++) scale += Math.abs((clean[t] as number) - (clean[t - 1] as number));
    if (scale === 0) return;
    used++;
    const test = series.subarray(series.length - H);
    const g = global[i] as PointAndQuantiles;
    const e: PointAndQuantiles = forecastSeries(clean, { seasonLength: 12, horizon: H, quantiles: LEVELS });
    board.score('global model', g, clean, test);
    board.score('statistical engine', e, clean, test);
    board.score('combination (mean, averaged quantiles)', combine(g, e), clean, test);
  });
  const m = trained.metrics;
  console.log(`\n== carparts: ${used} complete series with non-constant history, h=${H} ==`);
  console.log(`global model: trained in ${m.seconds.toFixed(1)} s on ${m.trainWindows} windows of ${all.length} series, ${m.epochs} epochs`);
  console.log(`validation loss per epoch: ${m.validationLoss.map((v) => v.toFixed(4)).join(' ')} (best epoch ${m.bestEpoch})`);
  board.print(['rmsse', 'pinball', 'pb0.5', 'pb0.9', 'pb0.95']);
}
