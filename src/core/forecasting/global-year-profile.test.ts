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
    const series = [shop(92, 10, 2), shop(92, 5, 2)];
    const [big, small] = yearProfileForecasts(series, 'week', 13, 2);
    // Last year the peak tripled the level of the 8 weeks before; this year's level is 2 × size.
    expect(Array.from(big!.subarray(0, 7))).toEqual([60, 60, 60, 60, 60, 60, 20]);
    expect(small![0]).toBeCloseTo(30);
  });

  it("gives a series launched since last year's peak the shop's shape at its own level, without it moving the shape", () => {
    // Launched 30 and 8 weeks ago, selling 7 a week: neither has a year of its own.
    const launched = [shop(30, 7), shop(8, 7)];
    const [big, , young, newest] = yearProfileForecasts([shop(92, 10, 2), shop(92, 5, 2), ...launched], 'week', 13, 2);
    expect(Array.from(young!.subarray(0, 7))).toEqual([21, 21, 21, 21, 21, 21, 7]);
    expect(Array.from(newest!.subarray(0, 7))).toEqual([21, 21, 21, 21, 21, 21, 7]);
    expect(Array.from(big!.subarray(0, 7))).toEqual([60, 60, 60, 60, 60, 60, 20]);
    // Under its level window (8 weeks), its level is what it sold in the weeks it lived.
    expect(yearProfileForecasts([shop(92, 10), shop(92, 5), shop(7, 7)], 'week', 13, 2)[2]![0]).toBeCloseTo(21, 9);
    // Young series alone make no shape.
    expect(yearProfileForecasts([shop(92, 10), shop(30, 5), shop(30, 7)], 'week', 13, 2)).toEqual([null, null, null]);
  });

  it('reads the level of a series younger than its level window beside the shop over the weeks it lived', () => {
    // The shop sold double in its last two weeks; a SKU launched then sold 14 a week. Over the
    // whole window the shop's two series sold 150 a week on average, in those two weeks 30.
    const busy = (size: number) => Float64Array.from(shop(92, size), (v, t) => (t >= 90 ? 2 * v : v));
    const [, , launched] = yearProfileForecasts([busy(10), busy(5), Float64Array.of(14, 14)], 'week', 13, 2);
    const level = (28 / 60) * (150 / 8);
    expect(launched![0]).toBeCloseTo(3 * level, 9);
    expect(launched![12]).toBeCloseTo(level, 9);
    expect(yearProfileForecasts([busy(10), busy(5), new Float64Array(0)], 'week', 13, 2)[2]).toBeNull();
  });

  it("scales the shop's rise by what each series' own last year showed, where the shop's series differ", () => {
    // Half the shop tripled in last year's peak, half sold flat: the shop's shape doubles there.
    const peaked = Array.from({ length: 20 }, () => shop(92, 50));
    const flat = Array.from({ length: 20 }, () => new Float64Array(92).fill(50));
    const forecasts = yearProfileForecasts([...peaked, ...flat, shop(30, 50)], 'week', 13, 2);
    // Each follows its own last year (pulled a little toward the shop's by counting noise), not the shop's 100.
    expect(forecasts[0]![0]).toBeGreaterThan(140);
    expect(forecasts[0]![12]).toBeCloseTo(50, 0);
    expect(forecasts[20]![0]).toBeLessThan(55);
    // A series launched since has no last year of its own: the shop's shape.
    expect(forecasts[40]![0]).toBeCloseTo(100, 6);
  });

  it("counts half of a series' own growth over the year beside the shop's, within a factor of two", () => {
    // Two series doubled since last year, a third sold as much as then: the shop grew 40 / 25 = 1.6.
    const [big, , flat] = yearProfileForecasts([shop(92, 10, 2), shop(92, 5, 2), shop(92, 10)], 'week', 13, 2);
    // The level is the geometric mean of this year's and last year's grown at the shop's pace.
    expect(flat![0]).toBeCloseTo(3 * Math.sqrt(10 * 10 * 1.6), 9);
    expect(big![0]).toBeCloseTo(3 * Math.sqrt(20 * 10 * 1.6), 9);
    // A series that grew as the shop did keeps its own level (see the first case), and one that grew
    // 100-fold (a launch ramp) is damped by half at most.
    // Step 6 is a week after last year's peak: the shop's shape is 1 there.
    const [, , ramped] = yearProfileForecasts([shop(92, 1000, 2), shop(92, 500, 2), shop(92, 0.1, 1000)], 'week', 13, 2);
    expect(ramped![6]).toBeCloseTo(100 / 2, 9);
  });

  it('gives no profile with too few series a year back, for daily series under a year and eight weeks, or beyond a year ahead', () => {
    expect(yearProfileForecasts([shop(92, 10)], 'week', 13, 2)).toEqual([null]);
    expect(yearProfileForecasts([shop(400, 10), shop(400, 3)], 'day', 28, 2)).toEqual([null, null]);
    expect(profileHistory('day')).toBe(420);
    const [long] = yearProfileForecasts([shop(92, 10), shop(92, 4)], 'week', 60, 2);
    expect(Number.isNaN(long![52])).toBe(true);
  });

  it("forecasts a daily series by last year's same weekdays (a year of 364 days)", () => {
    // Sundays sell double; the shop doubled on the 28 days a year before the horizon.
    const day = (length: number, size: number) =>
      Float64Array.from({ length }, (_, t) => size * (t % 7 === 6 ? 2 : 1) * (t >= length - 364 && t < length - 336 ? 2 : 1));
    const [big] = yearProfileForecasts([day(500, 10), day(500, 5)], 'day', 28, 2);
    // Day 500 (t % 7 = 3) opens the horizon; the level of the last 56 days is 80 / 7 a day. Each day
    // is smoothed 1-2-1 with its weekday a week either side: inside last year's doubled weeks, steps 8 and 10.
    expect(big![8]).toBeCloseTo(10 * 2, 6);
    expect(big![10]).toBeCloseTo(20 * 2, 6);
    expect(big![0]).toBeCloseTo(10 * 1.75, 6);
  });
});
