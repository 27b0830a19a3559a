import { describe, expect, it } from 'vitest';
import { createRng } from '../ground/random';
import { capOutliers, PROMO_BUCKET_SHARE, robustCap } from './outliers';
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

/** capOutliers as it was written before its typed-array medians: every cap from robustCap on plain arrays. */
function capOutliersReference(values: Float64Array, promoShare: Float64Array): number {
  const regular: number[] = [];
  const promo: number[] = [];
  values.forEach((v, i) => {
    if (v > 0) ((promoShare[i] as number) >= PROMO_BUCKET_SHARE ? promo : regular).push(v);
  });
  const regularCap = regular.length >= 8 ? robustCap(regular) : Infinity;
  const promoCap = promo.length >= 4 ? robustCap(promo) : Infinity;
  const half = 4;
  let capped = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    const globalCap = (promoShare[i] as number) >= PROMO_BUCKET_SHARE ? promoCap : regularCap;
    if (!(v > globalCap)) continue;
    const window: number[] = [];
    const from = Math.max(0, Math.min(i - half, values.length - 1 - 2 * half));
    for (let j = from; j <= Math.min(values.length - 1, from + 2 * half); j++) if (j !== i && Number.isFinite(values[j]!)) window.push(values[j]!);
    const cap = Math.max(globalCap, window.length >= half ? robustCap(window) : Infinity);
    if (v > cap) {
      values[i] = cap;
      capped++;
    }
  }
  return capped;
}

describe('capping with typed-array medians', () => {
  it('caps exactly as robustCap on plain arrays does, series after series of every length', () => {
    const rng = createRng(5);
    let cappedAny = 0;
    for (let s = 0; s < 1000; s++) {
      const n = rng.int(1, 160);
      const values = new Float64Array(n);
      const promo = new Float64Array(n);
      const level = rng.range(0.2, 50);
      for (let i = 0; i < n; i++) {
        const roll = rng.next();
        values[i] = roll < 0.05 ? NaN : roll < 0.3 ? 0 : roll < 0.35 ? level * rng.range(5, 40) : rng.chance(0.5) ? Math.round(level * rng.range(0, 2)) : level * rng.range(0, 2);
        promo[i] = rng.chance(0.15) ? rng.range(0.5, 1) : rng.range(0, 0.5);
      }
      const expected = Float64Array.from(values);
      const expectedCapped = capOutliersReference(expected, promo);
      expect(capOutliers(values, promo, 'week')).toBe(expectedCapped);
      for (let i = 0; i < n; i++) if (!Object.is(values[i], expected[i])) expect([s, i, values[i]]).toEqual([s, i, expected[i]]);
      cappedAny += expectedCapped;
    }
    expect(cappedAny).toBeGreaterThan(30);
  });
});
