import { describe, expect, it } from 'vitest';
import { calibrateAroundMedian, factorAt, MIN_FACTOR, scaleAroundMedian, SINGLE_WINDOW_MIN_FACTOR } from './combined-calibration';

const flat = (v: number, length = 100) => new Float64Array(length).fill(v);

/** One step-1 validation point per actual, against the same p10 / p50 / p90. */
const firstSteps = (demandClass: string, actuals: readonly number[], p10: number, p50: number, p90: number) =>
  actuals.map((a) => ({ demandClass, actual: Float64Array.of(a), p10: Float64Array.of(p10), p50: Float64Array.of(p50), p90: Float64Array.of(p90) }));

describe('calibration after combining', () => {
  it('scales the interval around the median until p10–p90 covers 80% of the held-out actuals', () => {
    // Actuals spread ±1…±10 around a median of 50; the interval ±2 covers only a fifth of them.
    const actuals = Array.from({ length: 100 }, (_, t) => 50 + ((t % 10) + 1) * (t % 2 === 0 ? 1 : -1));
    const result = calibrateAroundMedian(firstSteps('smooth', actuals, 48, 50, 52));
    expect(result.coverageBefore.smooth).toBeCloseTo(0.2);
    expect(result.factors.smooth).toBe(4);
    expect(result.coverageAfter.smooth).toBeCloseTo(0.8);
  });

  it('zero sales inside a p10 of zero need no more than the interval as it is', () => {
    // Median 2, p10 0, p90 3: three in ten weeks sell nothing, the rest 2…8 (up to 6 above the median).
    const actuals = Array.from({ length: 100 }, (_, t) => (t % 10 < 3 ? 0 : 2 + (t % 10) - 3));
    const result = calibrateAroundMedian(firstSteps('lumpy', actuals, 0, 2, 3));
    // 80% covered once p90 reaches 4 above the median; the zeros stay inside.
    expect(factorAt(result, 'lumpy', 0)).toBe(4);
    expect(result.coverageAfter.lumpy).toBeCloseTo(0.8);
  });

  /** `count` series over 13 steps, the actual ±4 (now and then ±2) from a median of 50; the interval ±2 at step 1, growing by 1 a step. */
  const fanning = (count: number) =>
    Array.from({ length: count }, (_, s) => ({
      demandClass: 'smooth',
      actual: Float64Array.from({ length: 13 }, (_, t) => 50 + (s % 2 === 0 ? 4 : -4) * ((s + t) % 5 === 0 ? 0.5 : 1)),
      p10: Float64Array.from({ length: 13 }, (_, t) => 48 - t),
      p50: new Float64Array(13).fill(50),
      p90: Float64Array.from({ length: 13 }, (_, t) => 52 + t),
    }));

  it('a flat error inside intervals that fan out: each horizon band gets its own factor, widening steps 1–4 and narrowing 5–13', () => {
    const result = calibrateAroundMedian(fanning(20));
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
    const points = [{ demandClass: 'smooth', actual, p10: flat(48), p50: flat(50), p90: flat(52) }];
    expect(calibrateAroundMedian(points).factors.smooth).toBe(MIN_FACTOR);
    expect(factorAt(calibrateAroundMedian(points, { minFactor: SINGLE_WINDOW_MIN_FACTOR }), 'smooth', 0)).toBe(SINGLE_WINDOW_MIN_FACTOR);
  });

  it('keeps a class with few points as it is', () => {
    const result = calibrateAroundMedian(firstSteps('lumpy', [10, 30], 19, 20, 21));
    expect(result.factors.lumpy).toBe(1);
  });
});

describe('scaling around the median', () => {
  it('scales each quantile away from the median, keeps the median, floors at zero', () => {
    const quantiles = [Float64Array.of(4), Float64Array.of(9), Float64Array.of(16)];
    scaleAroundMedian(quantiles, quantiles[1]!, () => 2);
    expect(quantiles.map((q) => q[0])).toEqual([0, 9, 23]);
  });

  it('a factor above 1 never narrows a side, even where p90 sits below the mean of a skewed series', () => {
    // Mostly zero with rare large sales: mean 3, median 0, p90 1 — around the mean a factor of 2 put p90 at 0 (and p95 at 9).
    const quantiles = [Float64Array.of(0), Float64Array.of(0), Float64Array.of(1), Float64Array.of(6)];
    scaleAroundMedian(quantiles, quantiles[1]!, () => 2);
    expect(quantiles.map((q) => q[0])).toEqual([0, 0, 2, 12]);
  });
});
