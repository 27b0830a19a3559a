/**
 * The shop's weekday shape for daily forecasts that have none. Slow movers (a unit or two a day,
 * the bulk of item × store series) fail the engine's own weekly seasonality test and get a flat
 * Croston/SBA/TSB/SES rate, spread evenly over the week, while the shop as a whole sells more at
 * the weekend. Pooled over every series, the last SHAPE_WEEKS weeks give each weekday's index
 * (mean 1); a flat forecast is multiplied by it, to a weight learnt on the validation window (a
 * wholesale shop's weekdays move from week to week and may not follow it).
 */

import { weekdayOf } from './closed-weekdays';
import type { EngineView } from './global-pipeline-types';

/** Weeks pooled: half a year, so one week's big orders do not set the shape. */
export const SHAPE_WEEKS = 26;
/** Weights of the shape tried on the validation window. */
export const SHAPE_WEIGHTS = [0, 0.25, 0.5, 0.75, 1] as const;
/** A forecast whose steps differ by less than this share of its largest is flat. */
const FLAT_TOLERANCE = 1e-9;

/** Every series' sales on each of the last SHAPE_WEEKS weeks' days, pooled a series at a time. */
export class WeekdayShapePool {
  private readonly totals = new Float64Array(SHAPE_WEEKS * 7);
  private covering = 0;

  /** A daily series ending on the pool's last day; shorter ones add what they have. */
  add(s: ArrayLike<number>): void {
    const days = Math.min(this.totals.length, s.length);
    if (days === this.totals.length) this.covering++;
    for (let j = 0; j < days; j++) {
      const v = s[s.length - 1 - j] as number;
      if (Number.isFinite(v) && v > 0) this.totals[j]! += v;
    }
  }

  /** Index per weekday (0 = Monday, mean 1) of series ending on `lastDay`; null with fewer than `minSeries` covering the weeks, or no sales. */
  index(lastDay: number, minSeries: number): Float64Array | null {
    if (this.covering < minSeries) return null;
    const byWeekday = new Float64Array(7);
    this.totals.forEach((v, j) => (byWeekday[weekdayOf(lastDay - j)]! += v));
    const total = byWeekday.reduce((a, b) => a + b, 0);
    return total > 0 ? byWeekday.map((v) => (7 * v) / total) : null;
  }
}

/** Whether a forecast is the same on every one of its first `steps` steps (nothing to say about weekdays). */
export function isFlat(mean: ArrayLike<number>, steps = mean.length): boolean {
  let low = Infinity;
  let high = -Infinity;
  for (let t = 0; t < Math.min(steps, mean.length); t++) {
    low = Math.min(low, mean[t] as number);
    high = Math.max(high, mean[t] as number);
  }
  return Math.min(steps, mean.length) > 1 && Number.isFinite(high) && high - low <= FLAT_TOLERANCE * Math.abs(high);
}

/**
 * Per step of a horizon after `lastDay`, the factor a flat forecast is multiplied by: the index
 * blended `weight` toward 1, scaled so the horizon's total is kept.
 */
export function shapeFactors(index: Float64Array, weight: number, lastDay: number, horizon: number): Float64Array {
  const raw = Float64Array.from({ length: horizon }, (_, t) => 1 + weight * ((index[weekdayOf(lastDay + t + 1)] as number) - 1));
  const mean = raw.reduce((a, b) => a + b, 0) / horizon;
  return mean > 0 ? raw.map((f) => f / mean) : raw.fill(1);
}

/** In place: every flat forecast (mean and quantiles) multiplied by the factors. Returns how many were shaped. */
export function shapeFlatForecasts(views: readonly EngineView[], factors: Float64Array): number {
  let shaped = 0;
  for (const view of views) {
    if (!isFlat(view.mean)) continue;
    shaped++;
    const quantiles = Object.values(view.quantiles);
    for (let t = 0; t < view.mean.length; t++) {
      const f = factors[t] ?? 1;
      view.mean[t] = (view.mean[t] as number) * f;
      for (const q of quantiles) if (t < q.length) q[t] = (q[t] as number) * f;
    }
  }
  return shaped;
}

/** A validation series as the shape's weight is learnt on it (combination-weights' ValidationSeries). */
interface ScoredSeries {
  actual: ArrayLike<number>;
  engine: ArrayLike<number>;
  scale: number;
  weight: number;
}

/**
 * The weight of SHAPE_WEIGHTS whose shaped flat forecasts have the least sales-weighted scaled
 * squared error on the validation window (M5's error, as the combination's weights); the smaller
 * weight on a tie, 0 when no flat series can be scored.
 */
export function learnShapeWeight(validation: readonly ScoredSeries[], index: Float64Array, lastDay: number, horizon: number): number {
  const factors = SHAPE_WEIGHTS.map((w) => shapeFactors(index, w, lastDay, horizon));
  const cost = SHAPE_WEIGHTS.map(() => 0);
  for (const s of validation) {
    if (!(s.scale > 0) || !(s.weight > 0) || !isFlat(s.engine, horizon)) continue;
    factors.forEach((f, k) => {
      let sum = 0;
      for (let t = 0; t < horizon; t++) sum += ((s.actual[t] as number) - (s.engine[t] as number) * f[t]!) ** 2;
      cost[k]! += (s.weight * sum) / horizon / s.scale;
    });
  }
  let best = 0;
  cost.forEach((c, k) => {
    if (c < cost[best]!) best = k;
  });
  return SHAPE_WEIGHTS[best]!;
}
