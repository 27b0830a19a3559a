import { describe, expect, it } from 'vitest';
import { cycleServiceAt, demandQuantile, expectedShortage, normalCdf } from './demand-distribution';

describe('demand distribution', () => {
  it('gives the normal quantile for smooth demand', () => {
    const d = { mean: 100, variance: 400, shape: 'normal' as const };
    expect(demandQuantile(d, 0.95)).toBeCloseTo(100 + 1.6449 * 20, 2);
    expect(cycleServiceAt(d, 132.9)).toBeCloseTo(0.95, 3);
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
  });

  it('gives integer count quantiles for intermittent demand that never go below zero', () => {
    const d = { mean: 0.8, variance: 2.5, shape: 'count' as const };
    const q95 = demandQuantile(d, 0.95);
    expect(Number.isInteger(q95)).toBe(true);
    expect(cycleServiceAt(d, q95)).toBeGreaterThanOrEqual(0.95);
    expect(cycleServiceAt(d, q95 - 1)).toBeLessThan(0.95);
    expect(demandQuantile(d, 0.2)).toBe(0);
    // The normal formula would give 0.8 + 1.645 × 1.58 = 3.4: too low for this skewed demand at 99%.
    expect(demandQuantile(d, 0.99)).toBeGreaterThan(0.8 + 2.326 * Math.sqrt(2.5));
  });

  it('computes expected shortage consistently for both shapes', () => {
    const n = { mean: 50, variance: 100, shape: 'normal' as const };
    expect(expectedShortage(n, 50)).toBeCloseTo(10 * 0.398942, 3);
    expect(expectedShortage(n, 0)).toBe(50);
    const c = { mean: 3, variance: 3, shape: 'count' as const };
    // Poisson(3): E[(D − 1)+] = 3 − P(D ≥ 1) = 3 − (1 − e^−3).
    expect(expectedShortage(c, 1)).toBeCloseTo(3 - (1 - Math.exp(-3)), 9);
    expect(expectedShortage(c, 100)).toBeCloseTo(0, 9);
    expect(expectedShortage({ mean: 0, variance: 0, shape: 'count' }, 5)).toBe(0);
  });
});
