/** Types shared by the global (cross-series) TensorFlow.js forecasting model. */

import type { TaskContext } from '../../ground/task-context';
import type { EventSpan } from '../events/event-span';

/** Bucket size of the series: decides the calendar features and the default input length. */
export type Frequency = 'day' | 'week' | 'month' | 'other';

/**
 * Per-bucket covariates, index-aligned with the series (index 0 = first bucket of the series).
 * For forecasting they must extend `horizon` buckets past the end of the series (planned prices
 * and promotions); missing entries or NaN mean "unknown": price ratio 1, no promotion.
 */
export interface Covariates {
  /** Selling price per bucket (any currency: only ratios within a window are used). */
  price?: ReadonlyArray<ArrayLike<number> | undefined>;
  /** Promotion flag per bucket (non-zero = promoted). */
  promo?: ReadonlyArray<ArrayLike<number> | undefined>;
}

export interface GlobalModelOptions {
  /** 7 daily, 52 weekly, 12 monthly, 1 none. */
  seasonLength: number;
  horizon: number;
  /** Quantile levels in (0, 1); default [0.1, 0.5, 0.9, 0.95, 0.99]. */
  quantiles?: number[];
  frequency: Frequency;
  /**
   * ISO date (yyyy-mm-dd) of the last bucket of every series, or one per series. Without it the
   * calendar position is unknown and no calendar features are used.
   */
  lastBucket?: string | readonly string[];
  covariates?: Covariates;
  /**
   * Retail events (Spring Festival, 618, Double 11, the workspace's own): the model sees, for
   * every bucket of the input window and of the horizon, which events it overlaps.
   */
  events?: readonly EventSpan[];
}

/** Knobs for training; the defaults are tuned for 10,000 weekly series in under two minutes. */
export interface TrainingOptions extends GlobalModelOptions {
  /** Buckets of history the model sees (default: 52 weekly, 24 monthly, 56 daily). */
  inputLength?: number;
  /** Upper bound on training windows over all series (default 60,000, fewer for wide rows: see defaultMaxWindows). */
  maxWindows?: number;
  /** Upper bound on windows taken from one series (default 400). */
  maxWindowsPerSeries?: number;
  /** Share of series whose latest window is held out for early stopping (default 0.1, at least 500 or half the series). */
  validationShare?: number;
  /** Widths of the hidden ReLU layers (default [128, 128]). */
  hiddenUnits?: number[];
  /** Windows per Adam step (default 256). */
  batchSize?: number;
  /** Adam's starting rate (default 0.001), halved on every epoch without progress. */
  learningRate?: number;
  /** Most epochs a member may be planned (default 40); the plan and early stopping usually end it first. */
  maxEpochs?: number;
  /** Consecutive epochs without a better validation loss before stopping (default 3). */
  patience?: number;
  /**
   * Safety stop (wall seconds, default 100): training ends at the first batch after it and says so
   * (stoppedByTime). What is trained does not depend on it: see plannedSeconds.
   */
  maxTrainSeconds?: number;
  /**
   * CPU seconds of training the plan fills at the calibrated cost per window (work-plan.ts): it
   * fixes the windows, epochs and members, so the same data gives the same model whatever the
   * machine's load (default half of maxTrainSeconds).
   */
  plannedSeconds?: number;
  /**
   * Most networks trained from different seeds whose quantiles are averaged (default 3); the plan
   * trains more than one only when each gets enough epochs (work-plan.ts).
   */
  ensembleSize?: number;
  /** Seeds window sampling, shuffling and weight initialisation (default fixed). */
  seed?: number;
}

/** What the calling job hands in: progress per epoch and cancellation between batches. */
export type TrainingContext = Pick<TaskContext, 'progress' | 'throwIfCancelled'>;

/** Which inputs the network was trained with; prediction must build exactly the same rows. */
export interface FeatureLayout {
  inputLength: number;
  horizon: number;
  /** Calendar features per target bucket (0 when no dates were given). */
  calendarPerStep: number;
  frequency: Frequency;
  promo: boolean;
  price: boolean;
  /**
   * Event keys with one share per bucket of the input window and horizon, in this order (v2;
   * absent in v1 models = none). Keys unknown to the model are ignored at prediction.
   */
  eventKeys?: string[];
  /** Weekly blocks of last year's days around the horizon (daily models, v2; absent = none). */
  yearBlocks?: number;
  /** Total row width. */
  width: number;
}

export interface GlobalModelMeta {
  format: 'supplydesk-global-mlp';
  /** 1: one network, no event or last-year features; 2: adds them and ensemble members. */
  version: 1 | 2;
  seasonLength: number;
  quantiles: number[];
  layout: FeatureLayout;
  /** Index of the quantile level the others are built from (the one nearest 0.5). */
  anchor: number;
  trainedSeries: number;
  trainedWindows: number;
  /** Ensemble members stored back to back in weightData (same topology, different seeds). */
  members?: number;
}

/**
 * A trained model as the workspace stores it (one BLOB row): topology and weight specs are JSON,
 * the weights are raw little-endian float32 bytes.
 */
export interface GlobalModelArtefact {
  topology: object;
  weightSpecs: WeightSpec[];
  weightData: Uint8Array;
  meta: GlobalModelMeta;
}

export interface WeightSpec {
  name: string;
  shape: number[];
  dtype: 'float32' | 'int32' | 'bool' | 'string' | 'complex64';
}

export interface TrainingMetrics {
  seconds: number;
  epochs: number;
  bestEpoch: number;
  trainWindows: number;
  validationWindows: number;
  /** Mean pinball loss summed over quantiles (scaled units), per epoch; bestValidationLoss is the ensemble's. */
  trainLoss: number[];
  validationLoss: number[];
  bestValidationLoss: number;
  /** True when the safety stop (maxTrainSeconds), not early stopping or the plan, ended training (of any member). */
  stoppedByTime: boolean;
  /** The windows, epochs and members planned (absent on metrics of models trained before plans). */
  planned?: { windows: number; epochs: number; members: number; seconds: number };
  /** Ensemble members trained (trainLoss/validationLoss run member after member). */
  members?: number;
}

export interface GlobalForecast {
  mean: Float64Array;
  /** Keyed by quantileKey(level), e.g. "p10", "p50". */
  quantiles: Record<string, Float64Array>;
}
