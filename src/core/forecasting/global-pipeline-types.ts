/** Types shared by the global pipeline's files (global-pipeline.ts, global-combine.ts, global-validation.ts). */

import type { LearntWeights } from './combination-weights';
import type { CombinedCalibration } from './combined-calibration';

/** A series as the global model reads it: filled values ending at the forecast origin, with promotion flags. */
export interface PipelineSeries {
  values: Float64Array;
  /** Promotion flags (0/1) per bucket from the series' first; may run on past its end into the horizon (planned). */
  promo?: Float64Array;
  /** Selling price per bucket, aligned like `promo`. */
  price?: Float64Array;
}

/** The engine's forecast of one series, combined in place. Quantiles keyed p10, p50, … */
export interface EngineView {
  mean: Float64Array;
  quantiles: Record<string, Float64Array>;
  demandClass: string;
  method: string;
}

/** What the pipeline learnt on the validation window; stored with a workspace's model so reuse needs no retraining. */
export interface LearntCombination {
  weights: LearntWeights;
  calibration: CombinedCalibration;
  bias: ClassBias[];
  /** Series the weights were learnt on (the window just before the origin). */
  validationSeries: number;
  /** Weight of the pooled yearly profile (global-year-profile.ts) against the engine, blended in before the global model; absent when no series had the history for it. */
  profileWeights?: LearntWeights;
  /** Share of the shop's measured growth carried into the horizon (shop-growth.ts), learnt on the validation windows; absent = none. */
  growthShare?: number;
  /** Weight of the shop's weekday shape on flat daily engine forecasts (weekday-shape.ts), learnt on the validation window; absent = none. */
  weekdayShape?: number;
  /** Series scored on the season-aligned window too (the same buckets a year before the horizon); absent when the history did not reach it. */
  seasonalSeries?: number;
}

export interface ClassBias {
  demandClass: string;
  series: number;
  /** (Σ forecast − Σ actual) / Σ actual on the validation window: engine alone, global alone, combined. */
  engine: number;
  global: number;
  combined: number;
}
