/** Types shared by the workspace forecasting modules. */

import type { ForecastReason } from '../forecast/reason';
export type Frequency = 'day' | 'week' | 'month';

/** The engine's season length for each bucket size. */
export const SEASON_LENGTH: Record<Frequency, number> = { day: 7, week: 52, month: 12 };

/** 'each' = one series per SKU and location; 'total' = one per SKU, summed over locations. */
export type LocationMode = 'each' | 'total';

/** location_id used for series summed over every location (no real location has id 0). */
export const ALL_LOCATIONS = 0;

/** The quantile levels every run stores (the columns of forecast_values). */
export const STORED_LEVELS = [0.1, 0.5, 0.9, 0.95, 0.99] as const;
export const STORED_KEYS = ['p10', 'p50', 'p90', 'p95', 'p99'] as const;
export type StoredKey = (typeof STORED_KEYS)[number];

export interface RunOptions {
  frequency: Frequency;
  /** Buckets ahead; default 26 weeks expressed in the frequency. */
  horizon?: number;
  locations?: LocationMode;
  /** Last day of history (YYYY-MM-DD); default the last day with sales. Earlier = forecast "as of" then. */
  asOf?: string;
  notes?: string;
}

/** A SKU-location key; location 0 = all locations. */
export interface SeriesKey {
  productId: number;
  locationId: number;
}

export interface BacktestMetrics {
  mase: number;
  rmsse: number;
  wape: number;
  bias: number;
  /** Pinball loss averaged over the stored levels, scaled like MASE. */
  pinball: number;
  /** Share of actuals inside p10–p90. */
  coverage: number;
}

export type DistributionFamily = 'normal' | 'count';

/** One analogue a cold-start forecast borrowed from (shown to the planner). */
export interface AnalogueUsed {
  productId: number;
  sku: string;
  locationId: number;
  score: number;
  /** Why it matched, e.g. ["category", "brand", "price −12%", "2 shared attributes"]. */
  reasons: string[];
  /** Launched inside the history in the same season: its launch curve was used by age. */
  launchAligned: boolean;
  /** The factor its curve was scaled by. */
  scale: number;
}

export interface SeriesBacktest {
  metrics: BacktestMetrics;
  snaive: BacktestMetrics;
  /** Finite actuals scored, and their absolute sum (weights for pooled WAPE, bias, coverage). */
  points: number;
  actualSum: number;
  /** Holdout actuals (NaN = censored) and the central interval, for calibration. */
  actual: Float64Array;
  p10: Float64Array;
  p50: Float64Array;
  p90: Float64Array;
}

/** Everything a run stores about one series. */
export interface SeriesForecast {
  productId: number;
  locationId: number;
  method: string;
  demandClass: string;
  reason: ForecastReason;
  family: DistributionFamily;
  historyBuckets: number;
  mean: Float64Array;
  variance: Float64Array;
  cumVariance: Float64Array;
  quantiles: Record<StoredKey, Float64Array>;
  /** Seasonal naive forecast and its one-step variance, kept to judge the run against actuals later. */
  snaive: Float64Array;
  snaiveVariance: number;
  /** In-sample lag-m naive MAE and MSE of the history (the MASE / RMSSE scales). */
  scaleMae: number;
  scaleMse: number;
  backtest: SeriesBacktest | null;
  calibrationFactor: number;
  analogues: AnalogueUsed[] | null;
  censoredBuckets: number;
  cappedBuckets: number;
  promoShare: number;
  /** Made with the method an earlier run chose (a refresh's refit, EngineSeries.refit), not the full engine. */
  refitted?: true;
}
