import { describe, expect, it } from 'vitest';
import { dayFromIso } from '../ground/calendar';
import { weekdayOf } from './closed-weekdays';
import { isFlat, learnShapeWeight, shapeFactors, shapeFlatForecasts, SHAPE_WEEKS, WeekdayShapePool } from './weekday-shape';

const lastDay = dayFromIso('2017-05-21');
/** Units a day of the week sells relative to the others: weekends twice a weekday, Monday nothing. */
const LIFT = [0, 1, 1, 1, 1, 2, 2];

/** A series ending on `lastDay` that sells `level` × the weekday's lift every day. */
function weekly(days: number, level: number): Float64Array {
  return Float64Array.from({ length: days }, (_, t) => level * LIFT[weekdayOf(lastDay - (days - 1 - t))]!);
}

function poolOf(series: Float64Array[]): WeekdayShapePool {
  const pool = new WeekdayShapePool();
  for (const s of series) pool.add(s);
  return pool;
}

describe('weekday shape', () => {
  it('pools the weekday index from the last weeks of every series (mean 1)', () => {
    const index = poolOf(Array.from({ length: 30 }, (_, s) => weekly(SHAPE_WEEKS * 7, 1 + (s % 4))))!.index(lastDay, 30)!;
    expect([...index].map((x) => x.toFixed(3))).toEqual(LIFT.map((x) => ((7 * x) / 8).toFixed(3)));
  });

  it('has no index when too few series cover the weeks', () => {
    expect(poolOf(Array.from({ length: 30 }, () => weekly(SHAPE_WEEKS * 7 - 1, 1))).index(lastDay, 30)).toBeNull();
    expect(poolOf(Array.from({ length: 29 }, () => weekly(SHAPE_WEEKS * 7, 1))).index(lastDay, 30)).toBeNull();
  });

  it('keeps the horizon total and does nothing at weight 0', () => {
    const index = Float64Array.from(LIFT, (x) => (7 * x) / 8);
    const half = shapeFactors(index, 0.5, lastDay, 10);
    expect(half.reduce((a, b) => a + b, 0)).toBeCloseTo(10, 12);
    // 2017-05-22 is a Monday: half-way between the index (0) and flat (1), before keeping the total.
    expect(half[0]! / half[1]!).toBeCloseTo(0.5 / (1 + 0.5 * (7 / 8 - 1)), 12);
    expect([...shapeFactors(index, 0, lastDay, 10)]).toEqual(new Array(10).fill(1));
  });

  it('shapes flat forecasts (mean and quantiles) and leaves shaped ones alone', () => {
    const factors = shapeFactors(Float64Array.from(LIFT, (x) => (7 * x) / 8), 1, lastDay, 7);
    const flat = { mean: new Float64Array(7).fill(2), quantiles: { p90: new Float64Array(7).fill(4) }, demandClass: 'intermittent', method: 'SBA' };
    const own = { mean: Float64Array.from([1, 2, 3, 4, 5, 6, 7]), quantiles: { p90: new Float64Array(7).fill(9) }, demandClass: 'smooth', method: 'ETS' };
    expect(shapeFlatForecasts([flat, own], factors)).toBe(1);
    expect(flat.mean[0]).toBe(0);
    expect(flat.mean[5]).toBeCloseTo(3.5, 12);
    expect(flat.quantiles.p90[5]).toBeCloseTo(7, 12);
    expect([...own.mean]).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(isFlat(own.mean, 1)).toBe(false);
  });

  it('learns the full shape where sales follow it and none where they are flat', () => {
    const index = Float64Array.from(LIFT, (x) => (7 * x) / 8);
    const horizon = 28;
    const validation = (actual: Float64Array) => [{ actual, engine: new Float64Array(horizon).fill(8 / 7), scale: 1, weight: 1 }];
    const shaped = Float64Array.from({ length: horizon }, (_, t) => LIFT[weekdayOf(lastDay + t + 1)]!);
    expect(learnShapeWeight(validation(shaped), index, lastDay, horizon)).toBe(1);
    expect(learnShapeWeight(validation(new Float64Array(horizon).fill(8 / 7)), index, lastDay, horizon)).toBe(0);
  });
});
