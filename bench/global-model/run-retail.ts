/**
 * The global model alone on the real retail hold-outs (online retail weekly up to the peak and
 * daily, store-item daily): trained on each set's history with and without the default retail
 * events, scored by WRMSSE, bias, pinball and p10–p90 coverage (M5's way, see holdout-score).
 * GLOBAL_RETAIL_SECONDS sets the training budget per model (default 40 s, what the pipeline gives).
 */

import { defaultRetailEvents } from '../../src/core/forecast/events/retail-events';
import { forecastWithGlobalModel, trainGlobalModel } from '../../src/core/forecast/global';
import type { GlobalForecast, TrainingOptions } from '../../src/core/forecast/global';
import { isoFromDay } from '../../src/core/ground/calendar';
import { createInlineTaskContext } from '../../src/core/ground/task-context';
import { scoreHoldout, type HoldoutForecast } from '../forecast/holdout-score';
import { onlineRetailDaily, onlineRetailWeekly, storeItemDaily, type HoldoutSet } from '../forecast/retail-sets';
import { trainingOverrides } from './scoring';

const LEVELS = [0.1, 0.5, 0.9, 0.95, 0.99];
const SETS = ['weekly', 'daily', 'store'] as const;

async function loadSet(which: (typeof SETS)[number], dataDir: string): Promise<HoldoutSet> {
  if (which === 'weekly') return onlineRetailWeekly(dataDir);
  if (which === 'daily') return onlineRetailDaily(dataDir);
  return storeItemDaily(dataDir);
}

function asHoldout(f: GlobalForecast): HoldoutForecast {
  return { mean: f.mean, p10: f.quantiles.p10, p50: f.quantiles.p50, p90: f.quantiles.p90 };
}

/** `only`: weekly, daily or store (default all three, or "all"); `variant`: events, plain (default both). */
export async function runRetail(dataDir: string, onlySet?: string, variant?: string): Promise<void> {
  const seconds = Number(process.env.GLOBAL_RETAIL_SECONDS ?? 40);
  const only = onlySet === '' || onlySet === 'all' ? undefined : onlySet;
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
  console.log(`\n== global model alone on real retail hold-outs (budget ${seconds} s per model) ==`);
  console.log('set | events | series | WRMSSE | bias | pinball | p10–p90 coverage | train s (wall) | train s (CPU) | epochs | members');
  for (const which of SETS) {
    if (only !== undefined && only !== which) continue;
    const set = await loadSet(which, dataDir);
    const lastBucket = isoFromDay(set.lastDay);
    const firstYear = Number(isoFromDay(set.lastDay - set.step * Math.max(...set.train.map((y) => y.length))).slice(0, 4));
    const lastYear = Number(isoFromDay(set.lastDay + set.step * set.horizon).slice(0, 4));
    for (const withEvents of [false, true]) {
      if (variant === 'events' && !withEvents) continue;
      if (variant === 'plain' && withEvents) continue;
      const events = withEvents ? defaultRetailEvents(firstYear, lastYear) : undefined;
      const options: TrainingOptions = {
        seasonLength: set.frequency === 'week' ? 52 : 7,
        horizon: set.horizon,
        frequency: set.frequency,
        quantiles: LEVELS,
        lastBucket,
        events,
        maxTrainSeconds: seconds,
        ...trainingOverrides(),
      };
      const cpu0 = process.cpuUsage();
      const trained = await trainGlobalModel(set.train, options, createInlineTaskContext());
      const cpu = process.cpuUsage(cpu0);
      const forecasts = await forecastWithGlobalModel(trained.artefact, set.train, { lastBucket, events });
      const score = scoreHoldout(set, forecasts.map(asHoldout));
      const m = trained.metrics;
      console.log(
        `${set.name} | ${withEvents ? 'yes' : 'no'} | ${score.scored} | ${score.wrmsse.toFixed(3)} | ${pct(score.bias)} | ${score.pinball.toFixed(3)} | ${pct(score.coverage)} | ${m.seconds.toFixed(1)} | ${((cpu.user + cpu.system) / 1e6).toFixed(1)} | ${m.epochs} | ${trained.artefact.meta.members ?? 1}`,
      );
    }
  }
}
