import { describe, expect, it } from 'vitest';
import { capOutliers, robustCap } from './outliers';
import { median } from './stats';

const noPromo = (n: number) => new Float64Array(n);

describe('capping outliers', () => {
  it('caps a one-off bulk order in steady demand', () => {
    const values = Float64Array.from([20, 22, 19, 21, 20, 23, 18, 20, 300, 21, 22, 19, 20, 21]);
    expect(capOutliers(values, noPromo(values.length), 'week')).toBe(1);
    // Capped to median + 5 robust spreads of the neighbours: far below 300, above anything normal.
    expect(values[8]).toBeLessThan(45);
    expect(values[8]).toBeGreaterThan(23);
    expect(values[0]).toBe(20);
  });

  it('keeps a genuine seasonal peak that sits among other high weeks', () => {
    const values = Float64Array.from([5, 6, 5, 4, 6, 5, 40, 55, 70, 80, 72, 60, 45, 6, 5, 4, 5, 6]);
    const before = [...values];
    expect(capOutliers(values, noPromo(values.length), 'week')).toBe(0);
    expect([...values]).toEqual(before);
  });

  it('judges promotion buckets only against other promotions', () => {
    const values = Float64Array.from([10, 11, 9, 10, 60, 10, 11, 9, 10, 58, 10, 9, 11, 62, 10, 61, 10]);
    const promo = Float64Array.from(values, (v) => (v > 50 ? 0.8 : 0));
    expect(capOutliers(values, promo, 'week')).toBe(0);
    // A regular week as big as a promotion is an outlier.
    const spike = Float64Array.from(values);
    spike[2] = 60;
    expect(capOutliers(spike, promo, 'week')).toBe(1);
  });

  it('caps a spike in intermittent demand against the usual non-zero sizes', () => {
    const values = Float64Array.from([0, 2, 0, 0, 1, 0, 3, 0, 0, 2, 0, 1, 0, 0, 2, 0, 40, 0, 1, 0, 0, 2]);
    expect(capOutliers(values, noPromo(values.length), 'week')).toBe(1);
    expect(values[16]).toBeCloseTo(robustCap([2, 1, 3, 2, 1, 2, 40, 1, 2]), 9);
  });

  it('leaves censored buckets and short histories alone', () => {
    const values = Float64Array.from([5, NaN, 5, 500]);
    expect(capOutliers(values, noPromo(4), 'week')).toBe(0);
    expect(Number.isNaN(values[1]!)).toBe(true);
    expect(median([3, 1, 2, 10])).toBe(2.5);
  });
});
