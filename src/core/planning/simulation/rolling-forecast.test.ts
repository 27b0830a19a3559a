import { describe, expect, it } from 'vitest';
import { horizonError, rollingForecast } from './rolling-forecast';

const days = (n: number, f: (d: number) => number) => Float64Array.from({ length: n }, (_, d) => f(d));

describe('rollingForecast', () => {
  it('counts from the first sale: a product launched in the window is not taken for a slow mover', () => {
    // 20 weeks of nothing, then 2 a day.
    const launched = days(300, (d) => (d >= 140 ? 2 : 0));
    const f = rollingForecast(launched, 196); // 8 weeks after launch
    expect(f.weeklyMean).toBe(14);
    expect(f.intermittent).toBe(false);
    // Its first week is already a forecast, from the days it has.
    expect(rollingForecast(launched, 143).weeklyMean).toBeCloseTo(14, 9);
    expect(rollingForecast(launched, 140)).toEqual({ weeklyMean: 0, weeklyVariance: 0, intermittent: true });
  });
});

describe('horizonError', () => {
  it('uses only horizons that ended before the day', () => {
    const demand = days(400, (d) => (d % 11 === 0 ? 5 : 1));
    const changed = demand.map((x, d) => (d >= 300 ? x * 7 + 3 : x));
    expect(horizonError(changed, 300, 40)).toEqual(horizonError(demand, 300, 40));
    expect(horizonError(demand, 60, 40)).toBeNull(); // not enough history for four origins
  });

  it('sees what independent weeks miss: runs of weeks above the level', () => {
    // Eight weeks at 1 a day, eight at 3: weekly totals vary little within a block, a lot across.
    const seasonal = days(500, (d) => (Math.floor(d / 56) % 2 === 0 ? 1 : 3));
    const day = 400;
    const horizon = 49;
    const weekly = rollingForecast(seasonal, day);
    const past = horizonError(seasonal, day, horizon)!;
    expect(past.meanSquare).toBeGreaterThan((weekly.weeklyVariance * horizon) / 7);
    // A steady item has no horizon error at all.
    expect(horizonError(days(500, () => 2), day, horizon)).toEqual({ bias: 0, meanSquare: 0 });
  });
});
