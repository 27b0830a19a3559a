import { describe, expect, it } from 'vitest';
import { calibrateAroundMean, scaleAroundMean } from './combined-calibration';

describe('calibration after combining', () => {
  it('scales the interval around the mean until p10–p90 covers 80% of the held-out actuals', () => {
    // Actuals spread ±1…±10 around a mean of 50; the interval ±2 covers only a fifth of them.
    const actual = Float64Array.from({ length: 100 }, (_, t) => 50 + ((t % 10) + 1) * (t % 2 === 0 ? 1 : -1));
    const flat = (v: number) => new Float64Array(100).fill(v);
    const result = calibrateAroundMean([{ demandClass: 'smooth', actual, mean: flat(50), p10: flat(48), p90: flat(52) }]);
    expect(result.coverageBefore.smooth).toBeCloseTo(0.2);
    expect(result.factors.smooth).toBe(4);
    expect(result.coverageAfter.smooth).toBeCloseTo(0.8);
  });

  it('keeps a class with few points as it is', () => {
    const one = Float64Array.of(10, 30);
    const result = calibrateAroundMean([{ demandClass: 'lumpy', actual: one, mean: Float64Array.of(20, 20), p10: Float64Array.of(19, 19), p90: Float64Array.of(21, 21) }]);
    expect(result.factors.lumpy).toBe(1);
  });

  it('scales quantiles around the mean, keeping them ordered and non-negative', () => {
    const mean = Float64Array.of(10);
    const quantiles = [Float64Array.of(4), Float64Array.of(9), Float64Array.of(16)];
    scaleAroundMean(mean, quantiles, 2);
    expect(quantiles.map((q) => q[0])).toEqual([0, 8, 22]);
  });
});
