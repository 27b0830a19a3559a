/** Shared result types of the forecasting engine. */

import type { ForecastReason } from './reason';

/**
 * Shape used to turn a mean and variance into quantiles: 'normal' for continuous demand,
 * 'count' for integer demand (negative binomial by moment matching, Poisson when not
 * over-dispersed). Quantiles of non-negative series are never below zero.
 */
export type DistributionFamily = 'normal' | 'count';

/** What every method returns for steps 1..h after the end of the history. */
export interface MethodForecast {
  mean: Float64Array;
  /** Forecast-error variance per step. */
  variance: Float64Array;
  /** cumVariance[L−1] = variance of the summed errors over steps 1..L (lead-time demand). */
  cumVariance: Float64Array;
  family: DistributionFamily;
}

/** Syntetos–Boylan demand classes, plus the cases that need no classification. */
export type DemandClass = 'smooth' | 'erratic' | 'intermittent' | 'lumpy' | 'new' | 'zero';

export interface ForecastOptions {
  /** Season length: 7 daily, 52 weekly, 12 monthly, 1 none. */
  seasonLength: number;
  horizon: number;
  /** Quantile levels in (0, 1); default [0.1, 0.5, 0.9, 0.95, 0.99]. */
  quantiles?: number[];
  /** Rolling-origin backtest origins used to choose the method (default 2; 0 = no backtest). */
  backtestOrigins?: number;
  /** Buckets in a year (52 weekly, 12 monthly, 364 daily): a shorter history gets wider intervals (short-history.ts). */
  yearLength?: number;
  /**
   * Seasonal indices for the history's buckets and the horizon's (length n + h), pooled from
   * siblings with a year of history, for a series whose own history is too short to show its season.
   */
  seasonalIndex?: ArrayLike<number>;
}

export interface ForecastResult {
  mean: Float64Array;
  /** Keyed by quantileKey(level), e.g. "p10", "p50", "p97.5". */
  quantiles: Record<string, Float64Array>;
  method: string;
  /** Why this method, as data; `explanation` is the same in English. */
  reason: ForecastReason;
  explanation: string;
  class: DemandClass;
  /** The predictive distribution behind the quantiles (for lead-time sums). */
  distribution: MethodForecast;
  /** Less than a year of history: the intervals were widened for it. */
  shortHistory: boolean;
  /** The season came from `seasonalIndex` (siblings), not the series itself. */
  pooledSeason: boolean;
}
