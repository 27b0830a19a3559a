import { describe, expect, it } from 'vitest';
import { calibrateAroundMean, factorAt, MIN_FACTOR, scaleAroundMean, SINGLE_WINDOW_MIN_FACTOR } from './combined-calibration';

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

  /** `count` series over 13 steps, the actual ±4 (now and then ±2) from a mean of 50; the interval ±2 at step 1, growing by 1 a step. */
  const fanning = (count: number) =>
    Array.from({ length: count }, (_, s) => ({
      demandClass: 'smooth',
      actual: Float64Array.from({ length: 13 }, (_, t) => 50 + (s % 2 === 0 ? 4 : -4) * ((s + t) % 5 === 0 ? 0.5 : 1)),
      mean: new Float64Array(13).fill(50),
      p10: Float64Array.from({ length: 13 }, (_, t) => 48 - t),
      p90: Float64Array.from({ length: 13 }, (_, t) => 52 + t),
    }));

  it('a flat error inside intervals that fan out: each horizon band gets its own factor, widening steps 1–4 and narrowing 5–13', () => {
    const result = calibrateAroundMean(fanning(20));
    // 13 steps reach two bands (1–4, 5–13).
    expect(result.bandFactors!.smooth).toHaveLength(2);
    const early = factorAt(result, 'smooth', 0);
    const late = factorAt(result, 'smooth', 12);
    expect(early).toBeGreaterThan(1);
    expect(late).toBeLessThan(early / 2);
    expect(factorAt(result, 'smooth', 3)).toBe(early);
    expect(factorAt(result, 'smooth', 4)).toBe(late);
    expect(result.coverageAfter.smooth).toBeGreaterThanOrEqual(0.8);
    // A band without points (14+) takes the class's factor; an unseen class keeps its intervals.
    expect(factorAt(result, 'smooth', 20)).toBe(result.factors.smooth);
    expect(factorAt(result, 'lumpy', 0)).toBe(1);
  });

  it('narrows no further than the floor it is given: 0.3 by default, higher when only the window before the origin stood for the horizon', () => {
    // Actuals within a tenth of the interval: the evidence asks for a factor near 0.1.
    const actual = Float64Array.from({ length: 100 }, (_, t) => 50 + (t % 2 === 0 ? 0.1 : -0.1));
    const flat = (v: number) => new Float64Array(100).fill(v);
    const points = [{ demandClass: 'smooth', actual, mean: flat(50), p10: flat(48), p90: flat(52) }];
    expect(calibrateAroundMean(points).factors.smooth).toBe(MIN_FACTOR);
    expect(factorAt(calibrateAroundMean(points, { minFactor: SINGLE_WINDOW_MIN_FACTOR }), 'smooth', 0)).toBe(SINGLE_WINDOW_MIN_FACTOR);
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
