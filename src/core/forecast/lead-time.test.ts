import { describe, expect, it } from 'vitest';
import { leadTimeDemand, leadTimeDistribution } from './lead-time';
import type { MethodForecast } from './types';

describe('lead-time demand', () => {
  const dist: MethodForecast = {
    mean: Float64Array.from([2, 3, 4, 5]),
    variance: Float64Array.from([1, 2, 3, 4]),
    cumVariance: Float64Array.from([1, 4, 9, 16]),
    family: 'normal',
  };

  it('mean is the sum of the step means, variance the cumulative variance', () => {
    const d = leadTimeDistribution(dist, 3, [0.5, 0.95]);
    expect(d.mean).toBe(9);
    expect(d.variance).toBe(9);
    expect(d.quantiles['p50']).toBeCloseTo(9, 12);
    expect(d.quantiles['p95']).toBeCloseTo(9 + 3 * 1.6448536269514722, 9);
  });

  it('lead times beyond the horizon extend the last step', () => {
    const d = leadTimeDistribution(dist, 6);
    expect(d.mean).toBe(2 + 3 + 4 + 5 + 5 + 5);
    expect(d.variance).toBeGreaterThan(16);
  });

  it('from a series: mean equals the sum of the forecast means; quantiles monotone and ≥ 0', () => {
    const y = Array.from({ length: 40 }, (_, t) => (t % 3 === 0 ? 4 : 0));
    const d = leadTimeDemand(y, 5, { seasonLength: 1, quantiles: [0.1, 0.5, 0.9, 0.99] });
    expect(d.mean).toBeGreaterThan(0);
    const qs = [d.quantiles['p10']!, d.quantiles['p50']!, d.quantiles['p90']!, d.quantiles['p99']!];
    for (let i = 0; i < qs.length; i++) {
      expect(qs[i]!).toBeGreaterThanOrEqual(0);
      if (i > 0) expect(qs[i]!).toBeGreaterThanOrEqual(qs[i - 1]!);
    }
  });
});
