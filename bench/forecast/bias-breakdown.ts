/**
 * Where a hold-out set's bias comes from: the `forecast --input` pipeline run in this process on
 * the series the CLI would build, with the engine alone, the global model alone and the combination
 * kept apart, then (Σ forecast − Σ actual) / Σ actual, weighted like WRMSSE, split by demand class,
 * horizon step, series age (buckets since the first sale) and weekday (daily sets), with the share of
 * actuals inside p10–p90 in each split (engine alone and combined: where the intervals miss 76–84%).
 * Run: npx tsx bench/forecast.bench.ts bias [--sets weekly,daily,peak,launches,fall,store]
 */

import { BAND_LABELS, type LearntWeights } from '../../src/core/forecasting/combination-weights';
import { sourceWorkerEntry } from '../../src/core/app/jobs/runner';
import { forecastChunksOnWorkers } from '../../src/core/app/jobs/tasks/forecast-chunk-task';
import { forecastBucketedSeries } from '../../src/core/forecasting/forecast-bucketed';
import { forecastBucketedWithGlobal } from '../../src/core/forecasting/forecast-bucketed-global';
import { forecastGlobal } from '../../src/core/forecasting/global-combine';
import { MIN_GLOBAL_SERIES } from '../../src/core/forecasting/global-pipeline';
import { shopGrowthRatio } from '../../src/core/forecasting/shop-growth';
import { defaultEventsForDays } from '../../src/core/forecasting/global-events';
import { m5Scale, scoreHoldout, type HoldoutForecast } from './holdout-score';
import { pickSets } from './retail-holdout';
import { fromFirstSale, type HoldoutSet } from './retail-sets';
import { WHOLE_PLAN_BUDGET } from './whole-plan';

const LEVELS = [0.1, 0.5, 0.9, 0.95];

interface Split {
  label: string;
  forecast: number[];
  actual: number[];
  engine: number[];
  global: number[];
  /** Points scored for coverage, and those inside p10–p90 (engine alone, combined). */
  points: number;
  engineInside: number;
  inside: number;
}

export async function runBiasBreakdown(dataDir: string, args: string[]): Promise<void> {
  for (const set of await pickSets(dataDir, args)) await breakdown(set);
}

async function breakdown(set: HoldoutSet): Promise<void> {
  // The CLI's series: each SKU from its first sale.
  const series = set.train.map(fromFirstSale);
  const common = { frequency: set.frequency, horizon: set.horizon, levels: LEVELS, runChunk: forecastChunksOnWorkers(sourceWorkerEntry) };
  const engineOnly = await forecastBucketedSeries(series, common);
  const firstDay = set.lastDay - (Math.max(...series.map((s) => s.length)) - 1) * set.step;
  const events = defaultEventsForDays(firstDay, set.lastDay);
  const { columns, pipeline } = await forecastBucketedWithGlobal(series, { ...common, global: 'auto', ...WHOLE_PLAN_BUDGET, lastDay: set.lastDay, events });
  const global = pipeline ? await forecastGlobal(pipeline.artefact, series.map((values) => ({ values })), { frequency: set.frequency, horizon: set.horizon, lastDay: set.lastDay, events }) : null;
  const asForecast = (mean: Float64Array[], quantiles?: Record<string, Float64Array>[]): HoldoutForecast[] =>
    mean.map((m, i) => ({ mean: m, ...(quantiles ? { p10: quantiles[i]!.p10!, p50: quantiles[i]!.p50!, p90: quantiles[i]!.p90! } : {}) }));
  const pct = (x: number) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)}%`;
  console.log(`\n${set.name}`);
  for (const [label, f] of [
    ['engine', asForecast(engineOnly.mean, engineOnly.quantiles)],
    ['global', global ? asForecast(global.map((g) => g.mean)) : null],
    ['combined', asForecast(columns.mean, columns.quantiles)],
  ] as const) {
    if (!f) continue;
    const s = scoreHoldout(set, f);
    console.log(`  ${label}: WRMSSE ${s.wrmsse.toFixed(3)}, bias ${pct(s.bias)}, pinball ${s.pinball.toFixed(3)}, coverage ${pct(s.coverage)}`);
  }
  if (pipeline) console.log(`  share of shop growth learnt: ${pipeline.learnt.growthShare ?? 0}; ratio at the origin ${shopGrowthRatio(series, set.frequency, MIN_GLOBAL_SERIES)?.toFixed(3) ?? '—'}`);
  if (pipeline) {
    const bands = (w: LearntWeights | undefined) => (w ? Object.entries(w.classes).map(([cls, c]) => `${cls} ${c.bands.join('/')}`).join(', ') : 'none');
    console.log(`  weights by band (${BAND_LABELS.join(', ')}): global model ${bands(pipeline.learnt.weights)}; yearly profile ${bands(pipeline.learnt.profileWeights)}`);
  }
  if (pipeline) for (const b of pipeline.learnt.bias) console.log(`  validation ${b.demandClass} (${b.series}): engine ${pct(b.engine)} global ${pct(b.global)} combined ${pct(b.combined)}`);

  const splits = new Map<string, Split>();
  const add = (label: string, s: number, t: number) => {
    let split = splits.get(label);
    if (!split) splits.set(label, (split = { label, forecast: [0], actual: [0], engine: [0], global: [0], points: 0, engineInside: 0, inside: 0 }));
    const w = set.weight[s]!;
    const a = set.actual[s]![t]!;
    // As the hold-out score counts coverage: series with a scale only (`scored`).
    if (scored[s]) {
      split.points++;
      if (a >= engineOnly.quantiles[s]!.p10![t]! && a <= engineOnly.quantiles[s]!.p90![t]!) split.engineInside++;
      if (a >= columns.quantiles[s]!.p10![t]! && a <= columns.quantiles[s]!.p90![t]!) split.inside++;
    }
    split.forecast[0]! += w * columns.mean[s]![t]!;
    split.actual[0]! += w * set.actual[s]![t]!;
    split.engine[0]! += w * engineOnly.mean[s]![t]!;
    split.global[0]! += w * (global ? global[s]!.mean[t]! : NaN);
  };
  const scored = set.train.map((train) => m5Scale(train) > 0);
  set.skus.forEach((_, s) => {
    const ageBand = AGE_BANDS[ageBandOf((series[s]!.length * set.step) / 7)]!;
    for (let t = 0; t < set.horizon; t++) {
      add(`class ${engineOnly.demandClass[s]}`, s, t);
      add(`step ${String(t + 1).padStart(2)}`, s, t);
      add(ageBand, s, t);
      if (set.step === 1) add(`weekday ${['Thu', 'Fri', 'Sat', 'Sun', 'Mon', 'Tue', 'Wed'][(((set.lastDay + t + 1) % 7) + 7) % 7]}`, s, t);
    }
  });
  console.log('  split | actual share | bias engine | global | combined | p10–p90 coverage engine | combined | points');
  const total = [...splits.values()].filter((x) => x.label.startsWith('step')).reduce((a, x) => a + x.actual[0]!, 0);
  for (const x of [...splits.values()].sort((a, b) => (a.label < b.label ? -1 : 1))) {
    const a = x.actual[0]!;
    const r = (f: number) => (a > 0 ? pct((f - a) / a) : '—');
    const covered = (inside: number) => (x.points > 0 ? `${((inside / x.points) * 100).toFixed(1)}%` : '—');
    console.log(`  ${x.label} | ${((a / total) * 100).toFixed(1)}% | ${r(x.engine[0]!)} | ${r(x.global[0]!)} | ${r(x.forecast[0]!)} | ${covered(x.engineInside)} | ${covered(x.inside)} | ${x.points}`);
  }
  printPaceByAge(set, series);
}

/** Age bands in weeks since the first sale (the engine's `new` class is under 8 buckets). */
const AGE_BANDS = ['age < 8 weeks', 'age 8–25 weeks', 'age 26–51 weeks', 'age ≥ 52 weeks'] as const;
const ageBandOf = (weeks: number): number => (weeks < 8 ? 0 : weeks < 26 ? 1 : weeks < 52 ? 2 : 3);
/** Buckets of the recent pace a horizon's sales are compared with. */
const PACE_BUCKETS = 4;

/**
 * Whether a correction by age learnt where the combination is learnt would hold at the horizon:
 * per age band (at each origin), the horizon's sales over the last PACE_BUCKETS buckets' pace
 * (sales-weighted, all series), from the validation origin (a horizon before the end of training,
 * the window the weights are learnt on) and from the hold-out origin.
 */
function printPaceByAge(set: HoldoutSet, series: readonly Float64Array[]): void {
  const pace = (back: number) => {
    const next = AGE_BANDS.map(() => 0);
    const level = AGE_BANDS.map(() => 0);
    series.forEach((values, s) => {
      const end = values.length - back;
      if (end < PACE_BUCKETS) return;
      const after = back > 0 ? values.subarray(end, end + set.horizon) : set.actual[s]!;
      const band = ageBandOf((end * set.step) / 7);
      for (let t = end - PACE_BUCKETS; t < end; t++) level[band]! += (values[t]! * set.horizon) / PACE_BUCKETS;
      for (const v of after) next[band]! += v;
    });
    return AGE_BANDS.map((_, b) => (level[b]! > 0 ? (next[b]! / level[b]!).toFixed(2) : '—'));
  };
  const [validation, holdout] = [pace(set.horizon), pace(0)];
  console.log(`  horizon sales / last ${PACE_BUCKETS} buckets' pace, by age | from the validation origin | from the hold-out origin`);
  AGE_BANDS.forEach((label, b) => console.log(`  ${label} | ${validation[b]} | ${holdout[b]}`));
}
