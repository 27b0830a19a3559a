/**
 * Series through the forecasting pipeline as `forecast --input` runs them (its quantile levels, the
 * global model trained on the cut history with its plan trained whole), scored on their hold-out:
 * MASE (m = 1), scaled pinball at p10/p50/p90 and p10–p90 coverage over every point, beside the
 * engine alone and any fixed weight asked for.
 */

import { REQUIRED_QUANTILES } from '../../src/cli/forecast-csv/write-forecast-csv';
import { coverage, mase, quantileKey, scaledPinball } from '../../src/core/forecast';
import { forecastBucketedWithGlobal } from '../../src/core/forecasting/forecast-bucketed-global';
import { forecastBucketedSeries, type ForecastColumns } from '../../src/core/forecasting/forecast-bucketed';
import type { Frequency } from '../../src/core/forecasting/types';
import { WHOLE_PLAN_BUDGET } from './whole-plan';

const SCORED_LEVELS = [0.1, 0.5, 0.9];

export interface PipelineSet {
  train: readonly Float64Array[];
  test: readonly Float64Array[];
  frequency: Frequency;
  horizon: number;
  /** Day number of the last training bucket (the sets carry no dates: one fixed origin). */
  lastDay: number;
}

/** `engine` (global off), `learnt` (the defaults), or the global model at a fixed weight (1: alone, 0.5: the plain average). */
export type PipelineWay = 'engine' | 'learnt' | { label: string; fixedWeight: number };

export async function runPipelineWays(set: PipelineSet, ways: readonly PipelineWay[]): Promise<void> {
  console.log('way'.padEnd(12) + 'MASE(m=1)  pinball  p10–p90 cover  training s  seconds  CPU-s');
  const options = { frequency: set.frequency, horizon: set.horizon, levels: REQUIRED_QUANTILES };
  for (const way of ways) {
    const started = performance.now();
    const cpu = process.cpuUsage();
    let columns: ForecastColumns;
    let training = '—';
    if (way === 'engine') columns = await forecastBucketedSeries(set.train, options);
    else {
      const fixed = typeof way === 'object' ? { fixedWeight: way.fixedWeight } : {};
      const result = await forecastBucketedWithGlobal(set.train, { ...options, global: 'auto', lastDay: set.lastDay, ...WHOLE_PLAN_BUDGET, ...fixed });
      columns = result.columns;
      training = result.pipeline?.metrics?.seconds.toFixed(1) ?? `off: ${result.decision.reason}`;
    }
    const used = process.cpuUsage(cpu);
    const score = scoreColumns(set, columns);
    const label = typeof way === 'object' ? way.label : way;
    console.log(
      label.padEnd(12) + score.mase.toFixed(3).padStart(9) + score.pinball.toFixed(3).padStart(9) + `${(score.coverage * 100).toFixed(1)}%`.padStart(15) +
        training.padStart(12) + ((performance.now() - started) / 1000).toFixed(1).padStart(9) + ((used.user + used.system) / 1e6).toFixed(1).padStart(7),
    );
  }
}

/** Mean MASE and scaled pinball per series; coverage over every hold-out point. */
function scoreColumns(set: PipelineSet, columns: ForecastColumns): { mase: number; pinball: number; coverage: number } {
  let maseSum = 0;
  let pinballSum = 0;
  let inside = 0;
  let points = 0;
  set.test.forEach((test, i) => {
    const quantiles = columns.quantiles[i]!;
    const scored = SCORED_LEVELS.map((l) => quantiles[quantileKey(l)]!);
    maseSum += mase(test, columns.mean[i]!, set.train[i]!, 1);
    pinballSum += scaledPinball(test, scored, SCORED_LEVELS, set.train[i]!, 1);
    const observed = test.filter(Number.isFinite).length;
    inside += coverage(test, scored[0]!, scored[2]!) * observed;
    points += observed;
  });
  return { mase: maseSum / set.test.length, pinball: pinballSum / set.test.length, coverage: inside / Math.max(1, points) };
}
