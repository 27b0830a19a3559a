import { describe, expect, it } from 'vitest';
import { profileHistory, yearProfileForecasts } from './global-year-profile';

/** Weekly series of `length` ending on the same week: a flat year with a peak in weeks 40–45 of each year, times `size`. */
function shop(length: number, size: number, growth = 1): Float64Array {
  return Float64Array.from({ length }, (_, t) => {
    const week = t % 52;
    const year = t >= 52 ? growth : 1;
    return size * year * (week >= 40 && week < 46 ? 3 : 1);
  });
}

describe('the pooled yearly profile', () => {
  it("forecasts last year's peak at each series' own level", () => {
    // 92 weeks: the origin's next week is week 40 of the second year, the peak's first week.
    const series = [shop(92, 10, 2), shop(92, 5, 2), shop(30, 7)];
    const [big, small, young] = yearProfileForecasts(series, 'week', 13, 2);
    // Last year the peak tripled the level of the 8 weeks before; this year's level is 2 × size.
    expect(Array.from(big!.subarray(0, 7))).toEqual([60, 60, 60, 60, 60, 60, 20]);
    expect(small![0]).toBeCloseTo(30);
    expect(young).toBeNull();
  });

  it('gives no profile with too few series a year back, for daily series, or beyond a year ahead', () => {
    expect(yearProfileForecasts([shop(92, 10)], 'week', 13, 2)).toEqual([null]);
    expect(yearProfileForecasts([shop(400, 10), shop(400, 3)], 'day', 28, 2)).toEqual([null, null]);
    expect(profileHistory('day')).toBeNull();
    const [long] = yearProfileForecasts([shop(92, 10), shop(92, 4)], 'week', 60, 2);
    expect(Number.isNaN(long![52])).toBe(true);
  });
});
