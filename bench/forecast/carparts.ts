/**
 * carparts (monthly, mostly intermittent): train 39 months, forecast the last 12 — the engine and
 * its references per series, then the same series through `forecast --input`'s pipeline.
 */

import { cleanHistory, croston, forecastSeries, sba, type MethodForecast } from '../../src/core/forecast';
import { dayFromIso } from '../../src/core/ground/calendar';
import { accumulator, avg, scoreDistribution, PINBALL_LEVELS } from './evaluate';
import { loadCarparts } from './data';
import { runPipelineWays } from './pipeline-ways';

const H = 12;

export async function runCarparts(dataDir: string): Promise<void> {
  const all = loadCarparts(dataDir);
  const acc = accumulator();
  const classes = new Map<string, number>();
  const methods = new Map<string, number>();
  let used = 0;
  let skipped = 0;
  const kept = { train: [] as Float64Array[], test: [] as Float64Array[] };
  const t0 = performance.now();
  for (const series of all.values()) {
    const train = series.subarray(0, series.length - H);
    const test = series.subarray(series.length - H);
    // Complete histories only (as in the literature); scale must be positive for RMSSE.
    const clean = cleanHistory(train);
    if (series.some((v) => Number.isNaN(v)) || clean.length !== train.length) { skipped++; continue; }
    let scale = 0;
    for (let t = 1; t < clean.length; t++) scale += Math.abs((clean[t] as number) - (clean[t - 1] as number));
    if (scale === 0) { skipped++; continue; }
    used++;
    kept.train.push(clean);
    kept.test.push(test);
    const counts = (f: MethodForecast): MethodForecast => ({ ...f, family: 'count' });
    scoreDistribution(acc, 'croston', counts(croston(clean, H, 0.1)), clean, test);
    scoreDistribution(acc, 'sba', counts(sba(clean, H, 0.1)), clean, test);
    scoreDistribution(acc, 'croston-normal', croston(clean, H, 0.1), clean, test);
    scoreDistribution(acc, 'sba-normal', sba(clean, H, 0.1), clean, test);
    const r = forecastSeries(clean, { seasonLength: 12, horizon: H });
    classes.set(r.class, (classes.get(r.class) ?? 0) + 1);
    const group = r.method.replace(/\(\d+\)/g, '(k)');
    methods.set(group, (methods.get(group) ?? 0) + 1);
    scoreDistribution(acc, 'engine', r.distribution, clean, test);
  }
  const secs = (performance.now() - t0) / 1000;
  console.log(`\n== carparts: ${used} complete series with non-constant history (${skipped} skipped), train 39, h=${H} (${secs.toFixed(1)} s) ==`);
  console.log(`pinball = mean over quantiles ${PINBALL_LEVELS.join(', ')}; SPL = pinball / in-sample naive MAE (M5-style)`);
  console.log('method'.padEnd(36) + 'RMSSE    MASE     pinball  SPL      cover(p90)');
  const row = (label: string, key: string): void =>
    console.log(label.padEnd(36) + ['rmsse', 'mase', 'pinball', 'spl', 'cov90'].map((m) => avg(acc, `${key}:${m}`).toFixed(4).padEnd(9)).join(''));
  row('Croston (α=0.1), NB quantiles', 'croston');
  row('SBA (α=0.1), NB quantiles', 'sba');
  row('Croston (α=0.1), normal quantiles', 'croston-normal');
  row('SBA (α=0.1), normal quantiles', 'sba-normal');
  row('ENGINE (forecastSeries)', 'engine');
  for (const ref of ['croston', 'sba']) {
    const g = (m: string): string => (100 * (1 - avg(acc, `engine:${m}`) / avg(acc, `${ref}:${m}`))).toFixed(1);
    console.log(`engine vs ${ref}: RMSSE ${g('rmsse')}% better, pinball ${g('pinball')}% better, SPL ${g('spl')}% better`);
  }
  console.log('classes:', [...classes].map(([k, v]) => `${k} ${v}`).join('; '));
  console.log('engine choices:', [...methods].sort((x, y) => y[1] - x[1]).map(([k, v]) => `${k} ${v}`).join('; '));
  console.log(`\n== carparts through the pipeline (forecast --input's defaults, the plan trained whole): the same ${used} series ==`);
  await runPipelineWays({ ...kept, frequency: 'month', horizon: H, lastDay: dayFromIso('2020-01-01') }, ['engine', 'learnt']);
}
