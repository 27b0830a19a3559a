import { describe, expect, it } from 'vitest';
import { countQuantiles, normalQuantile } from './distributions';
import { forecastQuantiles, normaliseLevels, quantileKey } from './quantiles';

describe('quantiles', () => {
  it('normal quantile known values', () => {
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 12);
    expect(normalQuantile(0.1)).toBeCloseTo(-1.2815515655446004, 12);
    expect(normalQuantile(1e-10)).toBeCloseTo(-6.361340902404056, 9);
  });

  it('Poisson(1) quantiles: cdf 0.368, 0.736, 0.920, 0.981', () => {
    const out = new Float64Array(4);
    countQuantiles(1, 1, [0.3, 0.5, 0.9, 0.95], out);
    expect(Array.from(out)).toEqual([0, 1, 2, 3]);
  });

  it('negative binomial: over-dispersion widens the upper quantiles', () => {
    const pois = new Float64Array(1);
    const nb = new Float64Array(1);
    countQuantiles(2, 2, [0.95], pois);
    countQuantiles(2, 10, [0.95], nb);
    expect(nb[0]!).toBeGreaterThan(pois[0]!);
  });

  it('keys and level validation', () => {
    expect(quantileKey(0.1)).toBe('p10');
    expect(quantileKey(0.975)).toBe('p97.5');
    expect(normaliseLevels([0.9, 0.1, 0.9])).toEqual([0.1, 0.9]);
    expect(() => normaliseLevels([1.2])).toThrow(RangeError);
  });

  it('intermittent count forecasts: quantiles monotone, integer and non-negative', () => {
    const dist = {
      mean: Float64Array.from([0.3, 0.3, 0.8, 2]),
      variance: Float64Array.from([1.5, 1.5, 3, 9]),
      cumVariance: new Float64Array(4),
      family: 'count' as const,
    };
    const levels = [0.1, 0.5, 0.9, 0.95, 0.99];
    const q = forecastQuantiles(dist, levels, true);
    for (let t = 0; t < 4; t++) {
      let prev = -1;
      for (const l of levels) {
        const v = q[quantileKey(l)]![t]!;
        expect(v).toBeGreaterThanOrEqual(0);
        expect(Number.isInteger(v)).toBe(true);
        expect(v).toBeGreaterThanOrEqual(prev);
        prev = v;
      }
    }
  });

  it('normal forecasts of non-negative demand are clamped at zero', () => {
    const dist = { mean: Float64Array.from([1]), variance: Float64Array.from([25]), cumVariance: Float64Array.from([25]), family: 'normal' as const };
    expect(forecastQuantiles(dist, [0.1], true)['p10']![0]).toBe(0);
    expect(forecastQuantiles(dist, [0.1], false)['p10']![0]!).toBeLessThan(0);
  });
});
