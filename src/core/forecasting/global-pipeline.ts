/**
 * The one forecasting pipeline after the statistical engine, shared by `forecast --input`,
 * workspace runs and the refresh: the global model (trained here, or a stored one reused), the
 * learnt combination with the engine, and calibration after combining.
 *
 * Training: the global model learns from the history cut `horizon` buckets early (the validation
 * origin). Both the engine and the model forecast the held-out window from that origin; the
 * weights (per demand class × horizon band) and the interval factors are chosen there. The same
 * trained model then forecasts from the full history. Weekly and monthly histories that reach a
 * year and the horizon before the same buckets a year before the horizon are also scored there (a
 * peak looks like the last one, not like the weeks just before it), by a second, smaller model
 * trained before them: where the learnt combination does not beat the engine there, the engine wins.
 */

import type { EventSpan } from '../forecast/events/event-span';
import { trainGlobalModel } from '../forecast/global/train';
import type { GlobalForecast, GlobalModelArtefact, TrainingMetrics } from '../forecast/global/types';
import { quantileKey } from '../forecast/quantiles';
import type { TaskContext } from '../ground/task-context';
import { fixedWeights, guardWithEngine, learnWeights, weightAt, type LearntWeights, type ValidationSeries } from './combination-weights';
import { yearProfileForecasts, type YearProfilePool } from './global-year-profile';
import { seededRandom } from '../ground/random';
import { calibrateAroundMean, SINGLE_WINDOW_MIN_FACTOR } from './combined-calibration';
import type { EngineView, LearntCombination, PipelineSeries } from './global-pipeline-types';
import { applyCombination, csvMethodName, forecastGlobal, type GlobalRunInputs, type MethodNamer } from './global-combine';
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

/**
 * Trains on the cut history, learns the combination on the held-out window — guarded, when the
 * history reaches far enough, on the same weeks a year earlier (see `seasonalWindow`) — then
 * combines the full-history forecasts.
 */
export async function trainAndCombine(inputs: PipelineInputs, options: TrainOptions): Promise<PipelineResult> {
  const { frequency, horizon, series } = inputs;
  const { ctx } = options;
  const need = validatableLength(frequency, horizon);
  const chosen = series.map((_, i) => i).filter((i) => series[i]!.values.length >= need);
  const seasonal = seasonalWindow(frequency, horizon, series);
  const budget = options.maxTrainSeconds;
  // The model trains on every validatable series; the weights are learnt on a sample of them.
  const { artefact, metrics } = await trainOnCut(inputs, chosen, horizon, budget, ctx);
  ctx.throwIfCancelled();
  ctx.progress(PIPELINE_STEPS.validate, 0, 1);
  // The pooled yearly profile from the same origin, over every series cut alike (the shop's total is all of them).
  const profileAtOrigin = yearProfileForecasts(series.map((s) => s.values.subarray(0, s.values.length - horizon)), frequency, horizon, MIN_GLOBAL_SERIES);
  const windows = [await scoreWindow(inputs, artefact, validationSample(chosen), horizon, options, profileAtOrigin)];
  if (seasonal) {
    // A second model that never saw the season-aligned window: trained on the history before it.
    const seasonalBudget = budget !== undefined ? budget * SEASONAL_BUDGET_SHARE : undefined;
    const before = await trainOnCut(inputs, seasonal.chosen, seasonal.back, seasonalBudget, ctx);
    ctx.throwIfCancelled();
    windows.push(await scoreWindow(inputs, before.artefact, validationSample(seasonal.chosen), seasonal.back, options, []));
  }
  ctx.throwIfCancelled();
  const learnt = learnFromValidation(windows, inputs.levels, horizon, options.fixedWeight, seasonal !== null);
  ctx.progress(PIPELINE_STEPS.validate, 1, 1);
  const combined = await combineWithModel(inputs, artefact, learnt, ctx);
  return { artefact, metrics, learnt, combined };
}

/**
 * Training seconds the season-aligned validation model gets beyond the budget, as a share of it.
 * Taking them from the forecasting model's budget instead made it worse: on M4 weekly the global
 * model alone went from 2.506 to 2.645 MASE.
 */
const SEASONAL_BUDGET_SHARE = 0.35;

/** Buckets in a year, for the frequencies whose season-aligned window is worth a second model (daily runs keep one window). */
const YEAR_BUCKETS: Partial<Record<Frequency, number>> = { week: 52, month: 12 };

/**
 * The validation window that looks like the horizon: the same buckets a year before it, when at
 * least MIN_GLOBAL_SERIES series have, before that window, a year of their own plus the horizon —
 * so the forecasters scored there see a last year as the real ones do. With less (91 weeks before
 * a 13-week horizon) the model trained before the window knows no season: on the store-item
 * weekly peak set it was 34% low there, the guard then kept the engine everywhere and WRMSSE went
 * from 0.817 to 1.855. `back` buckets are cut from the end of each series; the window is the
 * `horizon` buckets after the cut.
 */
export function seasonalWindow(frequency: Frequency, horizon: number, series: readonly PipelineSeries[]): { back: number; chosen: number[] } | null {
  const year = YEAR_BUCKETS[frequency];
  if (year === undefined || year < horizon) return null;
  const need = Math.max(validatableLength(frequency, horizon), year + horizon);
  const chosen = series.map((_, i) => i).filter((i) => series[i]!.values.length - year >= need);
  return chosen.length >= MIN_GLOBAL_SERIES ? { back: year, chosen } : null;
}

/** A model trained on the chosen series' history without its last `back` buckets (the covariates cut alike). */
async function trainOnCut(inputs: PipelineInputs, chosen: readonly number[], back: number, seconds: number | undefined, ctx: TaskContext) {
  const { frequency, horizon, lastDay, series, events } = inputs;
  const cutTo = (i: number) => series[i]!.values.length - back;
  return trainGlobalModel(
    chosen.map((i) => series[i]!.values.subarray(0, cutTo(i))),
    {
      frequency,
      seasonLength: SEASON_LENGTH[frequency],
      horizon,
      quantiles: [...inputs.levels],
      lastBucket: isoFromDay(bucketDayBefore(frequency, lastDay, back)),
      covariates: { promo: chosen.map((i) => series[i]!.promo?.subarray(0, cutTo(i))), price: chosen.map((i) => series[i]!.price?.subarray(0, cutTo(i))) },
      ...(events ? { events } : {}),
      ...(seconds !== undefined ? { maxTrainSeconds: seconds, maxWindows: windowsForBudget(seconds) } : {}),
    },
    ctx,
  );
}

/** What the engine and the model said from `back` buckets before the end, against what happened in the `horizon` buckets after. */
interface WindowEvidence {
  validation: ValidationSeries[];
  engine: EngineView[];
  global: GlobalForecast[];
  /** The pooled yearly profile's forecast per validation series, or null where it had no history. */
  profile: (Float64Array | null)[];
}

async function scoreWindow(
  inputs: PipelineInputs,
  artefact: GlobalModelArtefact,
  sample: readonly number[],
  back: number,
  options: TrainOptions,
  profile: readonly (Float64Array | null)[],
): Promise<WindowEvidence> {
  const { frequency, horizon, lastDay, series, events } = inputs;
  const cutTo = (i: number) => series[i]!.values.length - back;
  const cut = sample.map((i) => series[i]!.values.subarray(0, cutTo(i)));
  // Forecasting from the cut origin knows the window's own promotions and prices (planned then).
  const known = (i: number) => definedOnly({ promo: series[i]!.promo?.subarray(0, cutTo(i) + horizon), price: series[i]!.price?.subarray(0, cutTo(i) + horizon) });
  const cutInputs: GlobalRunInputs = { frequency, horizon, lastDay: bucketDayBefore(frequency, lastDay, back), events };
  const global = await forecastGlobal(artefact, sample.map((i, k) => ({ values: cut[k]!, ...known(i) })), cutInputs);
  const engine = await options.engineFromOrigin(
    cut.map((values) => values.subarray(Math.max(0, values.length - VALIDATION_ENGINE_HISTORY[frequency]))),
    sample,
  );
  options.ctx.throwIfCancelled();
  const validation = sample.map((i, k) => ({
    demandClass: engine[k]!.demandClass,
    actual: series[i]!.values.subarray(cutTo(i), cutTo(i) + horizon),
    engine: engine[k]!.mean,
    global: global[k]!.mean,
    scale: validationScale(cut[k]!),
    weight: recentSales(cut[k]!, horizon),
  }));
  return { validation, engine, global, profile: sample.map((i) => profile[i] ?? null) };
}

/**
 * A stored model and what was learnt with it: forecast and combine, nothing trained. A run that
 * streams its series combines a slice at a time and hands the pooled yearly profile in (`pool`,
 * summed over every series first); without it the profile pools `inputs.series`.
 */
export async function combineWithModel(
  inputs: PipelineInputs,
  artefact: GlobalModelArtefact,
  learnt: LearntCombination,
  ctx: TaskContext,
  pool?: YearProfilePool,
  /** The model's forecasts of `inputs.series` when already made (a streamed run predicts on its workers). */
  predicted?: readonly GlobalForecast[],
): Promise<number> {
  ctx.progress(PIPELINE_STEPS.apply, 0, 1);
  const { frequency, horizon, lastDay, events } = inputs;
  const global = predicted ?? (await forecastGlobal(artefact, inputs.series, { frequency, horizon, lastDay, events }));
  ctx.throwIfCancelled();
  const values = inputs.series.map((s) => s.values);
  const profile = !learnt.profileWeights ? [] : pool ? values.map((v) => pool.forecast(v)) : yearProfileForecasts(values, frequency, horizon, MIN_GLOBAL_SERIES);
  const combined = applyCombination(inputs.engine, global, learnt, inputs.levels, inputs.nameMethod, profile);
  ctx.progress(PIPELINE_STEPS.apply, 1, 1);
  return combined;
}

/**
 * Weights from the window before the origin; with a season-aligned window (the last one), its
 * guard keeps the engine where the combination does not beat it there. Then every window's
 * validation forecasts are combined as the real ones will be, to calibrate their intervals and
 * measure bias.
 */
function learnFromValidation(
  windows: readonly WindowEvidence[],
  levels: readonly number[],
  horizon: number,
  fixedWeight: number | undefined,
  seasonal: boolean,
): LearntCombination {
  const validation = windows.flatMap((w) => w.validation);
  const global = windows.flatMap((w) => w.global);
  const profile = windows.flatMap((w) => w.profile);
  const profileWeights = fixedWeight === undefined ? learnProfileWeights(validation, profile) : undefined;
  // The global model's weight is learnt against the engine with the profile blended in, as it will be combined.
  const based = profileWeights ? validation.map((v, k) => withProfile(v, profile[k] ?? null, profileWeights)) : validation;
  // Weights come from the window before the origin; the season-aligned window only guards them. Learning
  // on both raised the global model's weight on M4 weekly (0.3 → 0.5) and MASE (2.082 → 2.139).
  const recent = based.slice(0, windows[0]!.validation.length);
  let weights = fixedWeight === undefined ? learnWeights(recent) : fixedWeights(validation, fixedWeight);
  if (fixedWeight === undefined && seasonal) weights = guardWithEngine(weights, based.slice(recent.length));
  const views: EngineView[] = windows.flatMap((w) =>
    w.engine.map((e) => ({
      mean: Float64Array.from(e.mean.subarray(0, horizon)),
      quantiles: Object.fromEntries(Object.entries(e.quantiles).map(([k, q]) => [k, Float64Array.from(q.subarray(0, horizon))])),
      demandClass: e.demandClass,
      method: e.method,
    })),
  );
  const identity: LearntCombination = {
    weights,
    calibration: { factors: {}, coverageBefore: {}, coverageAfter: {} },
    bias: [],
    validationSeries: 0,
    ...(profileWeights ? { profileWeights } : {}),
  };
  applyCombination(views, global, identity, levels, csvMethodName, profile);
  const [low, high] = [quantileKey(0.1), quantileKey(0.9)];
  const calibration = calibrateAroundMean(
    views.map((v, k) => ({ demandClass: v.demandClass, actual: validation[k]!.actual, mean: v.mean, p10: v.quantiles[low]!, p90: v.quantiles[high]! })),
    seasonal ? {} : { minFactor: SINGLE_WINDOW_MIN_FACTOR },
  );
  const bias = validationBias(validation, views);
  return {
    weights,
    calibration,
    bias,
    validationSeries: windows[0]!.validation.length,
    ...(profileWeights ? { profileWeights } : {}),
    ...(seasonal ? { seasonalSeries: windows[windows.length - 1]!.validation.length } : {}),
  };
}

/** The profile's weight against the engine, learnt where it had a forecast (undefined when too few series had one). */
function learnProfileWeights(validation: readonly ValidationSeries[], profile: readonly (Float64Array | null)[]): LearntWeights | undefined {
  const scored = validation.flatMap((v, k) => (profile[k] ? [{ ...v, global: profile[k]! }] : []));
  return scored.length >= MIN_GLOBAL_SERIES ? learnWeights(scored) : undefined;
}

/** A validation series whose engine forecast has the profile blended in by its weight. */
function withProfile(v: ValidationSeries, profile: Float64Array | null, weights: LearntWeights): ValidationSeries {
  if (!profile) return v;
  const engine = Float64Array.from(v.engine, (e, t) => {
    const w = weightAt(weights, v.demandClass, t);
    const p = profile[t] as number;
    return w === 0 || !Number.isFinite(p) ? e : w * p + (1 - w) * e;
  });
  return { ...v, engine };
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
