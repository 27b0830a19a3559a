/**
 * Blends the global model into a prepared run: for smooth and erratic series, the mean and
 * each stored quantile become the average of the engine's and the global model's (quantile
 * averaging). Benchmarks: on M4 weekly the blend cut MASE from 2.24 to about 2.0; on the
 * intermittent carparts data the global model alone was worse, so intermittent, lumpy and new
 * series keep the engine's forecast.
 */

import { forecastWithGlobalModel } from '../forecast/global/predict';
import { isoFromDay } from '../ground/calendar';
import { globalModelSeries, type GlobalModelSeries } from './global-inputs';
import type { StoredGlobalModel } from './global-models';
import type { PreparedRun } from './run-forecast';
import { STORED_KEYS, type SeriesForecast } from './types';

const BLENDED_CLASSES = new Set(['smooth', 'erratic']);
export const GLOBAL_SUFFIX = ' + global model';

/** Returns how many series were blended. */
export async function blendGlobalModel(run: PreparedRun, model: StoredGlobalModel): Promise<number> {
  if (model.info.frequency !== run.frequency) return 0;
  const histories = new Map(run.history.series.map((s) => [`${s.productId}:${s.locationId}`, s]));
  const chosen: ({ forecast: SeriesForecast } & GlobalModelSeries)[] = [];
  for (const forecast of run.forecasts) {
    if (!BLENDED_CLASSES.has(forecast.demandClass)) continue;
    const history = histories.get(`${forecast.productId}:${forecast.locationId}`);
    if (history) chosen.push({ forecast, ...globalModelSeries(history) });
  }
  if (chosen.length === 0) return 0;
  const predictions = await forecastWithGlobalModel(
    model.artefact,
    chosen.map((c) => c.values),
    { lastBucket: isoFromDay(run.history.toDay), covariates: { promo: chosen.map((c) => c.promo) } },
  );
  // Beyond the model's own horizon the engine carries on alone.
  const steps = Math.min(run.horizon, model.info.horizon);
  chosen.forEach(({ forecast }, i) => {
    const global = predictions[i]!;
    for (let t = 0; t < steps; t++) {
      forecast.mean[t] = ((forecast.mean[t] as number) + (global.mean[t] as number)) / 2;
      for (const key of STORED_KEYS) {
        const theirs = global.quantiles[key];
        if (theirs) forecast.quantiles[key][t] = ((forecast.quantiles[key][t] as number) + (theirs[t] as number)) / 2;
      }
    }
    forecast.method += GLOBAL_SUFFIX;
  });
  return chosen.length;
}
