/**
 * M4 weekly (359 series, h = 13) through the forecasting pipeline as `forecast --input` runs it:
 * engine alone, then the global model trained on the cut history with learnt weights, the global
 * model alone and the plain average. M4 series carry no dates: the origin is one fixed day, so
 * the calendar features see a constant position and no events are passed.
 */

import { forecastBucketedWithGlobal } from '../../src/core/forecasting/forecast-bucketed-global';
import { forecastBucketedSeries } from '../../src/core/forecasting/forecast-bucketed';
import { mase } from '../../src/core/forecast';
import { dayFromIso } from '../../src/core/ground/calendar';
import { loadM4Weekly } from './data';
import { WHOLE_PLAN_BUDGET } from './whole-plan';

const H = 13;
const LEVELS = [0.1, 0.5, 0.9, 0.95];

export async function runM4Pipeline(dataDir: string): Promise<void> {
  const d = loadM4Weekly(dataDir);
  const score = (means: readonly Float64Array[]) =>
    means.reduce((sum, mean, i) => sum + mase(d.test[i]!, mean, d.train[i]!, 1), 0) / means.length;
  const options = { frequency: 'week' as const, horizon: H, levels: LEVELS };
  console.log(`\n== M4 weekly through the pipeline: ${d.ids.length} series, h=${H}, the ${WHOLE_PLAN_BUDGET.planSeconds} s plan trained whole ==`);
  console.log('way'.padEnd(12) + 'MASE(m=1)  training s  seconds');
  let started = performance.now();
  const engine = await forecastBucketedSeries(d.train, options);
  console.log('engine'.padEnd(12) + score(engine.mean).toFixed(3).padStart(9) + '—'.padStart(12) + ((performance.now() - started) / 1000).toFixed(1).padStart(9));
  for (const [label, fixedWeight] of [['global', 1], ['average', 0.5], ['learnt', undefined]] as const) {
    started = performance.now();
    const result = await forecastBucketedWithGlobal(d.train, {
      ...options,
      global: 'on',
      lastDay: dayFromIso('2020-01-05'),
      ...WHOLE_PLAN_BUDGET,
      ...(fixedWeight !== undefined ? { fixedWeight } : {}),
    });
    const training = result.pipeline?.metrics?.seconds.toFixed(1) ?? '—';
    console.log(label.padEnd(12) + score(result.columns.mean).toFixed(3).padStart(9) + training.padStart(12) + ((performance.now() - started) / 1000).toFixed(1).padStart(9));
  }
}
