/**
 * Forecasting with a trained global model and combining it with the engine's forecasts by the
 * learnt weights, then widening or narrowing the combined intervals around their median by the class's factor.
 */

import type { EventSpan } from '../forecast/events/event-span';
import type { ForecastInputs } from '../forecast/global/predict';
import type { GlobalForecast, GlobalModelArtefact } from '../forecast/global/types';
import { quantileKey } from '../forecast/quantiles';
import { isoFromDay } from '../ground/calendar';
import { weightAt, type LearntWeights } from './combination-weights';
import { factorAt, scaleAroundMedian } from './combined-calibration';
import type { EngineView, LearntCombination, PipelineSeries } from './global-pipeline-types';
import type { Frequency } from './types';

export interface GlobalRunInputs {
  frequency: Frequency;
  horizon: number;
  /** Day number of the series' last bucket (the forecast origin). */
  lastDay: number;
  events?: readonly EventSpan[] | undefined;
}

/** One global forecast per series from its last bucket, over the model's own horizon. */
export async function forecastGlobal(artefact: GlobalModelArtefact, series: readonly PipelineSeries[], run: GlobalRunInputs): Promise<GlobalForecast[]> {
  // Loaded here, not with this module: a refresh's own thread combines and never predicts (its workers do).
  const { forecastWithGlobalModel } = await import('../forecast/global/predict');
  return forecastWithGlobalModel(
    artefact,
    series.map((s) => s.values),
    globalInputs(series, run),
  );
}

/** What the model is given beside the series' values (a kept worker's loaded model is given the same). */
export function globalInputs(series: readonly PipelineSeries[], run: GlobalRunInputs): ForecastInputs {
  // `events` is read by models trained with event flags; older models ignore it.
  const inputs: ForecastInputs & { events?: readonly EventSpan[] } = {
    lastBucket: isoFromDay(run.lastDay),
    covariates: { promo: series.map((s) => s.promo), price: series.map((s) => s.price) },
    ...(run.events ? { events: run.events } : {}),
  };
  return inputs;
}

/**
 * Combines in place: the pooled yearly profile into the engine by its weight, then mean and each
 * quantile become w·global + (1 − w)·engine with the weight of the series' class and horizon band
 * (the engine alone beyond the model's horizon), then the interval factor of the class and band.
 * Returns how many series took some of the global model.
 */
export function applyCombination(
  engine: EngineView[],
  global: readonly GlobalForecast[],
  learnt: LearntCombination,
  levels: readonly number[],
  nameMethod: MethodNamer = csvMethodName,
  profile: readonly (Float64Array | null)[] = [],
): number {
  const keys = levels.map(quantileKey);
  let combined = 0;
  engine.forEach((view, i) => {
    const yearly = profile[i];
    const profiled = yearly && learnt.profileWeights ? blendProfile(view, yearly, learnt.profileWeights, keys) : 0;
    // The profile shows through where it took weight and the global model left the engine some.
    const profileShown = profiled > 0 && stepsWithProfile(yearly!, learnt, view.demandClass, view.mean.length);
    const theirs = global[i];
    const steps = theirs ? Math.min(view.mean.length, theirs.mean.length) : 0;
    let used = 0;
    let whole = 0;
    for (let t = 0; t < steps; t++) {
      const w = weightAt(learnt.weights, view.demandClass, t);
      if (w === 0) continue;
      used++;
      if (w === 1) whole++;
      view.mean[t] = w * (theirs!.mean[t] as number) + (1 - w) * (view.mean[t] as number);
      for (const key of keys) {
        const q = view.quantiles[key];
        const g = theirs!.quantiles[key];
        if (q && g) q[t] = w * (g[t] as number) + (1 - w) * (q[t] as number);
      }
    }
    const factor = (t: number) => factorAt(learnt.calibration, view.demandClass, t);
    const rescaled = (learnt.calibration.factors[view.demandClass] ?? 1) !== 1 || learnt.calibration.bandFactors?.[view.demandClass] !== undefined;
    const median = view.quantiles[quantileKey(0.5)];
    if (theirs && median && (used > 0 || rescaled)) scaleAroundMedian(keys.map((k) => view.quantiles[k]!).filter(Boolean), median, factor);
    if (used > 0) combined++;
    if (used === 0 && !profileShown) return;
    view.method = nameMethod(view.method, whole === view.mean.length, { global: used > 0, profile: profileShown });
  });
  return combined;
}

/** Whether the profile is in the combined forecast at some step: it took weight there and the global model did not take it all. */
function stepsWithProfile(profile: Float64Array, learnt: LearntCombination, demandClass: string, steps: number): boolean {
  for (let t = 0; t < Math.min(steps, profile.length); t++) {
    if (!Number.isFinite(profile[t] as number) || weightAt(learnt.profileWeights!, demandClass, t) === 0) continue;
    if (weightAt(learnt.weights, demandClass, t) < 1) return true;
  }
  return false;
}

/**
 * The pooled yearly profile into the engine's forecast, in place, by its learnt weight w per class
 * and band: the mean becomes w·profile + (1 − w)·engine and each quantile moves with it in
 * proportion (shifted where the engine's mean is zero). Steps without a profile keep the engine.
 * Returns how many steps took some of the profile.
 */
export function blendProfile(view: EngineView, profile: Float64Array, weights: LearntWeights, keys: readonly string[]): number {
  let used = 0;
  const steps = Math.min(view.mean.length, profile.length);
  for (let t = 0; t < steps; t++) {
    const w = weightAt(weights, view.demandClass, t);
    const p = profile[t] as number;
    if (w === 0 || !Number.isFinite(p)) continue;
    used++;
    const e = view.mean[t] as number;
    const m = w * p + (1 - w) * e;
    for (const key of keys) {
      const q = view.quantiles[key];
      if (q) q[t] = e > 0 ? (q[t] as number) * (m / e) : (q[t] as number) + (m - e);
    }
    view.mean[t] = m;
  }
  return used;
}

/** What went into a combined forecast besides the engine: the global model, and last year's pooled shape (where the global model left it some weight). */
export interface MethodParts {
  global: boolean;
  profile: boolean;
}

/**
 * The method a combined forecast is labelled with, from the engine's label, whether the global
 * model took every step, and what else was used (absent: the global model, no profile — the
 * namers written before the profile read only the first two).
 */
export type MethodNamer = (engineMethod: string, globalOnly: boolean, parts?: MethodParts) => string;

/**
 * The CSV's names: `global` (weight 1 throughout), `global+ets`, `global+croston`, … with
 * `+profile` when last year's pooled shape is in too, and `profile+ets`, … when the global model
 * took no weight but the profile did.
 */
export const csvMethodName: MethodNamer = (engineMethod, globalOnly, parts = { global: true, profile: false }) => {
  if (globalOnly) return 'global';
  const family = methodFamily(engineMethod);
  if (!parts.global) return parts.profile ? `profile+${family}` : engineMethod;
  return parts.profile ? `global+${family}+profile` : `global+${family}`;
};

/** "ETS(A,N,N)" → "ets", "Croston (seasonally adjusted)" → "croston", "damped trend" → "damped". */
export function methodFamily(label: string): string {
  return (/^[A-Za-z]+/.exec(label)?.[0] ?? label).toLowerCase();
}
