/**
 * The one forecasting pipeline after the statistical engine, shared by `forecast --input`,
 * workspace runs and the refresh: the global model (trained here, or a stored one reused), the
 * learnt combination with the engine, and calibration after combining.
 *
 * Training: the global model learns from the history cut `horizon` buckets early (the validation
 * origin). Both the engine and the model forecast the held-out window from that origin; the
 * weights (per demand class × horizon band) and the interval factors are chosen there. The same
 * trained model then forecasts from the full history — no second training.
 */

import type { EventSpan } from '../forecast/events/event-span';
import { trainGlobalModel } from '../forecast/global/train';
import type { GlobalForecast, GlobalModelArtefact, TrainingMetrics } from '../forecast/global/types';
import { quantileKey } from '../forecast/quantiles';
import type { TaskContext } from '../ground/task-context';
import { fixedWeights, learnWeights, type ValidationSeries } from './combination-weights';
import { seededRandom } from '../ground/random';
import { calibrateAroundMean } from './combined-calibration';
import type { EngineView, LearntCombination, PipelineSeries } from './global-pipeline-types';
import { applyCombination, forecastGlobal, type GlobalRunInputs, type MethodNamer } from './global-combine';
import { bucketDayBefore, validationBias, validationScale } from './global-validation';
import { isoFromDay } from '../ground/calendar';
import { SEASON_LENGTH, type Frequency } from './types';

export type GlobalChoice = 'auto' | 'on' | 'off';
export type { EngineView, LearntCombination, PipelineSeries } from './global-pipeline-types';

export interface PipelineInputs {
  frequency: Frequency;
  horizon: number;
  /** Day number of the last bucket of every series (they all end at the origin). */
  lastDay: number;
  series: readonly PipelineSeries[];
  /** The engine's forecasts from the full history, index-aligned with `series`; combined in place. */
  engine: EngineView[];
  /** Quantile levels the forecasts carry (ascending). */
  levels: readonly number[];
  events?: readonly EventSpan[];
  /** How combined series are labelled (default the CSV's `global+ets`). */
  nameMethod?: MethodNamer;
}

export interface TrainOptions {
  /** Bounds training (seconds); the model's own default otherwise. */
  maxTrainSeconds?: number;
  /** The engine from the validation origin: forecasts of the cut series (`indices` into `series`) over `horizon` buckets. */
  engineFromOrigin: (cut: Float64Array[], indices: readonly number[]) => Promise<EngineView[]>;
  ctx: TaskContext;
  /** Benchmarks only: one weight of the global model for every class and band instead of learnt ones (1 = global alone, 0.5 = plain average). */
  fixedWeight?: number;
}

export interface PipelineResult {
  artefact: GlobalModelArtefact;
  metrics: TrainingMetrics | null;
  learnt: LearntCombination;
  /** Series whose forecast took a non-zero weight of the global model. */
  combined: number;
}

/**
 * History the engine gets for its validation-origin forecast: two years and a bit. The engine's cost
 * grows with the length, and a 5-year daily series forecast twice would double the command's time.
 */
const VALIDATION_ENGINE_HISTORY: Record<Frequency, number> = { day: 800, week: 156, month: 60 };

/**
 * Training windows for a time budget: about 1,500 a second on two busy cores, so a budget runs a
 * couple of epochs. The trainer checks the budget only between epochs, so more windows overrun it:
 * at 3,000 a second a 30 s budget trained 70 s, and the online-retail weekly combination got worse
 * (WRMSSE 1.35 against 1.09–1.17), though the store-item one once got better (0.68 against 0.78–0.85).
 */
function windowsForBudget(seconds: number): number {
  return Math.round(Math.min(120_000, Math.max(10_000, 1500 * seconds)));
}

export const PIPELINE_STEPS = { validate: 'forecast.global.validate', apply: 'forecast.global.apply' } as const;

/** Fewest validatable series for `auto` to train: below it the weights would rest on too little. */
export const MIN_GLOBAL_SERIES = 30;

/**
 * Buckets a series needs to be validated: the held-out horizon plus, before the validation origin,
 * the horizon again and a quarter season (at least 8 buckets) for the model to read — a year of
 * weekly sales (40 weeks before a 13-week horizon) is enough, as measured on the online-retail hold-out.
 */
export function validatableLength(frequency: Frequency, horizon: number): number {
  return 2 * horizon + Math.max(8, Math.ceil(SEASON_LENGTH[frequency] / 4));
}

export interface GlobalDecision {
  train: boolean;
  reason: string;
  validatable: number;
}

/** Whether to train: `on` whenever anything can be validated, `auto` only with enough series and history. */
export function decideGlobal(choice: GlobalChoice, frequency: Frequency, horizon: number, series: readonly PipelineSeries[]): GlobalDecision {
  const need = validatableLength(frequency, horizon);
  const validatable = series.filter((s) => s.values.length >= need).length;
  const enough = `${validatable} series with ≥ ${need} ${frequency}s of history`;
  if (choice === 'off') return { train: false, reason: 'off (--global off)', validatable };
  if (validatable === 0) return { train: false, reason: `off: no series has the ${need} ${frequency}s of history needed to validate it`, validatable };
  if (choice === 'on') return { train: true, reason: `on (--global on): ${enough}`, validatable };
  if (validatable < MIN_GLOBAL_SERIES) {
    return { train: false, reason: `off (auto): only ${enough}, ${MIN_GLOBAL_SERIES} needed to validate it`, validatable };
  }
  return { train: true, reason: `on (auto): ${enough}`, validatable };
}

/** Trains on the cut history, learns the combination on the held-out window, then combines the full-history forecasts. */
export async function trainAndCombine(inputs: PipelineInputs, options: TrainOptions): Promise<PipelineResult> {
  const { frequency, horizon, lastDay, series, levels, events } = inputs;
  const { ctx } = options;
  const need = validatableLength(frequency, horizon);
  const chosen = series.map((_, i) => i).filter((i) => series[i]!.values.length >= need);
  const cutOf = (i: number) => series[i]!.values.subarray(0, series[i]!.values.length - horizon);
  // Training sees the cut history's covariates; forecasting from the cut origin also the held-out window's (known then).
  const promoOf = (i: number) => series[i]!.promo?.subarray(0, series[i]!.values.length - horizon);
  const priceOf = (i: number) => series[i]!.price?.subarray(0, series[i]!.values.length - horizon);
  const knownAt = (i: number) => ({ promo: series[i]!.promo?.subarray(0, series[i]!.values.length), price: series[i]!.price?.subarray(0, series[i]!.values.length) });
  // The model trains on every validatable series; the weights are learnt on a sample of them.
  const cut = chosen.map(cutOf);
  const cutPromo = chosen.map(promoOf);
  const sample = validationSample(chosen);
  const cutInputs: GlobalRunInputs = { frequency, horizon, lastDay: bucketDayBefore(frequency, lastDay, horizon), events };

  const { artefact, metrics } = await trainGlobalModel(
    cut,
    {
      frequency,
      seasonLength: SEASON_LENGTH[frequency],
      horizon,
      quantiles: [...levels],
      lastBucket: isoFromDay(cutInputs.lastDay),
      covariates: { promo: cutPromo, price: chosen.map(priceOf) },
      ...(events ? { events } : {}),
      ...(options.maxTrainSeconds !== undefined ? { maxTrainSeconds: options.maxTrainSeconds, maxWindows: windowsForBudget(options.maxTrainSeconds) } : {}),
    },
    ctx,
  );
  ctx.throwIfCancelled();
  ctx.progress(PIPELINE_STEPS.validate, 0, 1);
  const sampleCut = sample.map(cutOf);
  const globalAtOrigin = await forecastGlobal(artefact, sample.map((i, k) => ({ values: sampleCut[k]!, ...definedOnly(knownAt(i)) })), cutInputs);
  const engineAtOrigin = await options.engineFromOrigin(
    sampleCut.map((values) => values.subarray(Math.max(0, values.length - VALIDATION_ENGINE_HISTORY[frequency]))),
    sample,
  );
  ctx.throwIfCancelled();
  const validation: ValidationSeries[] = sample.map((i, k) => {
    const values = series[i]!.values;
    return {
      demandClass: engineAtOrigin[k]!.demandClass,
      actual: values.subarray(values.length - horizon),
      engine: engineAtOrigin[k]!.mean,
      global: globalAtOrigin[k]!.mean,
      scale: validationScale(sampleCut[k]!),
      weight: recentSales(sampleCut[k]!, horizon),
    };
  });
  const learnt = learnFromValidation(validation, engineAtOrigin, globalAtOrigin, levels, horizon, options.fixedWeight);
  ctx.progress(PIPELINE_STEPS.validate, 1, 1);
  const combined = await combineWithModel(inputs, artefact, learnt, ctx);
  return { artefact, metrics, learnt, combined };
}

/** A stored model and what was learnt with it: forecast and combine, nothing trained. */
export async function combineWithModel(inputs: PipelineInputs, artefact: GlobalModelArtefact, learnt: LearntCombination, ctx: TaskContext): Promise<number> {
  ctx.progress(PIPELINE_STEPS.apply, 0, 1);
  const { frequency, horizon, lastDay, events } = inputs;
  const global = await forecastGlobal(artefact, inputs.series, { frequency, horizon, lastDay, events });
  ctx.throwIfCancelled();
  const combined = applyCombination(inputs.engine, global, learnt, inputs.levels, inputs.nameMethod);
  ctx.progress(PIPELINE_STEPS.apply, 1, 1);
  return combined;
}

function learnFromValidation(
  validation: ValidationSeries[],
  engine: readonly EngineView[],
  global: readonly GlobalForecast[],
  levels: readonly number[],
  horizon: number,
  fixedWeight: number | undefined,
): LearntCombination {
  const weights = fixedWeight === undefined ? learnWeights(validation) : fixedWeights(validation, fixedWeight);
  // Combine the validation forecasts as the real ones will be, then measure their intervals and bias.
  const views: EngineView[] = engine.map((e) => ({
    mean: Float64Array.from(e.mean.subarray(0, horizon)),
    quantiles: Object.fromEntries(Object.entries(e.quantiles).map(([k, q]) => [k, Float64Array.from(q.subarray(0, horizon))])),
    demandClass: e.demandClass,
    method: e.method,
  }));
  const identity: LearntCombination = { weights, calibration: { factors: {}, coverageBefore: {}, coverageAfter: {} }, bias: [], validationSeries: 0 };
  applyCombination(views, global, identity, levels);
  const [low, high] = [quantileKey(0.1), quantileKey(0.9)];
  const calibration = calibrateAroundMean(
    views.map((v, k) => ({ demandClass: v.demandClass, actual: validation[k]!.actual, mean: v.mean, p10: v.quantiles[low]!, p90: v.quantiles[high]! })),
  );
  const bias = validationBias(validation, views);
  return { weights, calibration, bias, validationSeries: validation.length };
}

/** At most this many series validate (a seeded sample beyond it): ample for the class × band cells, and the engine's second pass stays short. */
const MAX_VALIDATION_SERIES = 1200;

function validationSample(chosen: readonly number[]): number[] {
  if (chosen.length <= MAX_VALIDATION_SERIES) return [...chosen];
  const random = seededRandom(VALIDATION_SEED);
  const order = [...chosen];
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order.slice(0, MAX_VALIDATION_SERIES).sort((a, b) => a - b);
}
const VALIDATION_SEED = 15;

/** Units sold in the last `horizon` buckets before the origin: the series' weight, as M5 weighs by recent sales. */
function recentSales(values: Float64Array, horizon: number): number {
  let sum = 0;
  for (let t = Math.max(0, values.length - horizon); t < values.length; t++) sum += Math.max(0, values[t] as number);
  return sum;
}


function definedOnly(c: { promo?: Float64Array; price?: Float64Array }): { promo?: Float64Array; price?: Float64Array } {
  return { ...(c.promo ? { promo: c.promo } : {}), ...(c.price ? { price: c.price } : {}) };
}
