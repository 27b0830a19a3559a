/**
 * What the pipeline does to combined forecasts after the combination, the same on the validation
 * windows and at the origin: closed weekdays forecast zero with their mass on the open days
 * (daily series, `closed-weekdays.ts`), then the learnt share of the shop's growth
 * (`shop-growth.ts`). Both are measured on the series as they stand at the origin in question.
 */

import { ClosedWeekdayPool, moveClosedDays } from './closed-weekdays';
import type { EngineView } from './global-pipeline-types';
import { applyGrowth, GrowthRatioPool } from './shop-growth';
import { shapeFactors, shapeFlatForecasts, WeekdayShapePool } from './weekday-shape';
import type { Frequency } from './types';

export interface OriginFacts {
  /** Day number of the origin (the series' last bucket). */
  lastDay: number;
  /** Closed weekdays (0 = Monday), daily series only. */
  closed: ReadonlySet<number>;
  /** The shop's growth ratio at the origin, or null when it cannot be measured. */
  ratio: number | null;
  /** The shop's weekday index (0 = Monday, mean 1) for flat daily forecasts (`weekday-shape.ts`); null for other frequencies or too few series. */
  weekdayIndex: Float64Array | null;
}

export function originFacts(series: readonly ArrayLike<number>[], frequency: Frequency, lastDay: number, minSeries: number): OriginFacts {
  const pool = new OriginFactsPool(frequency);
  for (const s of series) pool.add(s);
  return pool.facts(lastDay, minSeries);
}

/** `originFacts` pooled a series at a time (series as they stand at the origin), for runs that stream their series. */
export class OriginFactsPool {
  private readonly closed: ClosedWeekdayPool | null;
  private readonly weekdays: WeekdayShapePool | null;
  private readonly growth: GrowthRatioPool;

  constructor(frequency: Frequency) {
    this.closed = frequency === 'day' ? new ClosedWeekdayPool() : null;
    this.weekdays = frequency === 'day' ? new WeekdayShapePool() : null;
    this.growth = new GrowthRatioPool(frequency);
  }

  add(s: ArrayLike<number>): void {
    this.closed?.add(s);
    this.weekdays?.add(s);
    this.growth.add(s);
  }

  facts(lastDay: number, minSeries: number): OriginFacts {
    return {
      lastDay,
      closed: this.closed ? this.closed.closed(lastDay, minSeries) : new Set(),
      ratio: this.growth.ratio(minSeries),
      weekdayIndex: this.weekdays ? this.weekdays.index(lastDay, minSeries) : null,
    };
  }
}

/**
 * In place, on the engine's forecasts from this origin before they are combined: flat daily
 * forecasts take the shop's weekday shape at the learnt weight (none at 0 or without an index).
 */
export function shapeEngine(views: readonly EngineView[], facts: OriginFacts, weight: number, horizon: number): void {
  if (!(weight > 0) || !facts.weekdayIndex) return;
  shapeFlatForecasts(views, shapeFactors(facts.weekdayIndex, weight, facts.lastDay, horizon));
}

/** In place, on forecasts from this origin: the closed days, then `share` of the growth. */
export function adjustCombined(views: readonly EngineView[], facts: OriginFacts, frequency: Frequency, share: number): void {
  for (const view of views) {
    const quantiles = Object.values(view.quantiles);
    moveClosedDays(view.mean, quantiles, facts.closed, facts.lastDay);
    if (facts.ratio !== null) applyGrowth(view.mean, quantiles, facts.ratio, share, frequency);
  }
}
