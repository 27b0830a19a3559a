import { describe, expect, it } from 'vitest';
import { calibrateAroundMedian, factorsAt, MIN_FACTOR, scaleAroundMedian, SINGLE_WINDOW_MIN_FACTOR, type CombinedCalibration } from './combined-calibration';

const flat = (v: number, length = 100) => new Float64Array(length).fill(v);

describe('calibration after combining', () => {
  /** One step-1 validation point per actual, against the same p10 / p50 / p90. */
  const firstSteps = (demandClass: string, actuals: readonly number[], p10: number, p50: number, p90: number) =>
    actuals.map((a) => ({ demandClass, actual: Float64Array.of(a), p10: Float64Array.of(p10), p50: Float64Array.of(p50), p90: Float64Array.of(p90) }));

  it('widens each side away from the median until p10–p90 covers 80% of the held-out actuals', () => {
    // Actuals 1, 3, …, 9 above a median of 50 and 2, 4, …, 10 below; the interval ±2 covers only a fifth of them.
    const actuals = Array.from({ length: 100 }, (_, t) => 50 + ((t % 10) + 1) * (t % 2 === 0 ? 1 : -1));
    const result = calibrateAroundMedian(firstSteps('smooth', actuals, 48, 50, 52));
    expect(result.coverageBefore.smooth).toBeCloseTo(0.2);
    // Each side keeps 10% of all points outside: the 9s above (4.5 widths), the 10s below (5 widths).
    expect(factorsAt(result, 'smooth', 0)).toEqual({ lower: 4, upper: 3.5 });
    expect(result.coverageAfter.smooth).toBeCloseTo(0.8);
  });

  it('a skewed miss widens only the side it falls on, which takes the misses the other side cannot', () => {
    // A tenth at the median, the rest 2…10 above it: nothing can fall below, so p90 at +4 lets 20% above it (reaching +8).
    const actuals = Array.from({ length: 100 }, (_, t) => 50 + (t % 10) + (t % 10 === 0 ? 0 : 1));
    const result = calibrateAroundMedian(firstSteps('erratic', actuals, 48, 50, 54));
    expect(factorsAt(result, 'erratic', 0)).toEqual({ lower: MIN_FACTOR, upper: 2 });
    expect(result.coverageAfter.erratic).toBeCloseTo(0.8);
  });

  it('zero sales inside a p10 of zero keep the lower side as it is', () => {
    // Median 2, p10 0: three in ten weeks sell nothing (inside at any factor of 1 or more), the rest 2…8.
    const actuals = Array.from({ length: 100 }, (_, t) => (t % 10 < 3 ? 0 : 2 + (t % 10) - 3));
    const result = calibrateAroundMedian(firstSteps('lumpy', actuals, 0, 2, 3));
    const { lower, upper } = factorsAt(result, 'lumpy', 0);
    expect(lower).toBe(1);
    // 20% above p90: the 7s and 8s (5 and 6 above the median) stay out.
    expect(upper).toBe(4);
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

  it('a flat error inside intervals that fan out: each horizon band gets its own factors, widening steps 1–4 and narrowing 5–13', () => {
    const result = calibrateAroundMedian(fanning(40));
    // 13 steps reach two bands (1–4, 5–13).
    expect(result.sideFactors!.smooth!.upper).toHaveLength(2);
    const early = factorsAt(result, 'smooth', 0);
    const late = factorsAt(result, 'smooth', 12);
    expect(early.lower).toBeGreaterThan(1);
    expect(early.upper).toBeGreaterThan(1);
    expect(late.upper).toBeLessThan(early.upper / 2);
    expect(factorsAt(result, 'smooth', 3)).toEqual(early);
    expect(factorsAt(result, 'smooth', 4)).toEqual(late);
    expect(result.coverageAfter.smooth).toBeGreaterThanOrEqual(0.8);
    // A band without points (14+) takes the class's factors; an unseen class keeps its intervals.
    expect(factorsAt(result, 'smooth', 20)).toEqual(result.sideFactors!.smooth!.whole);
    expect(factorsAt(result, 'lumpy', 0)).toEqual({ lower: 1, upper: 1 });
  });

  it('narrows no further than the floor it is given: 0.3 by default, higher when only the window before the origin stood for the horizon', () => {
    // Actuals within a tenth of the interval: the evidence asks for a factor near 0.1.
    const actual = Float64Array.from({ length: 100 }, (_, t) => 50 + (t % 2 === 0 ? 0.1 : -0.1));
    const points = [{ demandClass: 'smooth', actual, p10: flat(48), p50: flat(50), p90: flat(52) }];
    expect(calibrateAroundMedian(points).factors.smooth).toBe(MIN_FACTOR);
    expect(factorsAt(calibrateAroundMedian(points, { minFactor: SINGLE_WINDOW_MIN_FACTOR }), 'smooth', 0)).toEqual({ lower: SINGLE_WINDOW_MIN_FACTOR, upper: SINGLE_WINDOW_MIN_FACTOR });
  });

  it('keeps a class with few points as it is', () => {
    const result = calibrateAroundMedian([{ demandClass: 'lumpy', actual: Float64Array.of(10, 30), p10: Float64Array.of(19, 19), p50: Float64Array.of(20, 20), p90: Float64Array.of(21, 21) }]);
    expect(result.factors.lumpy).toBe(1);
    expect(factorsAt(result, 'lumpy', 0)).toEqual({ lower: 1, upper: 1 });
  });

  it('a model stored with one factor per band widens both sides by it', () => {
    const stored: CombinedCalibration = { factors: { smooth: 1.5 }, bandFactors: { smooth: [2, 0.5] }, coverageBefore: {}, coverageAfter: {} };
    expect(factorsAt(stored, 'smooth', 0)).toEqual({ lower: 2, upper: 2 });
    expect(factorsAt(stored, 'smooth', 6)).toEqual({ lower: 0.5, upper: 0.5 });
    expect(factorsAt(stored, 'smooth', 20)).toEqual({ lower: 1.5, upper: 1.5 });
  });
});

describe('scaling around the median', () => {
  it('moves each side by its own factor, keeps the median, floors at zero', () => {
    const quantiles = [Float64Array.of(4), Float64Array.of(9), Float64Array.of(16), Float64Array.of(20)];
    scaleAroundMedian(quantiles, quantiles[1]!, () => ({ lower: 2, upper: 0.5 }));
    expect(quantiles.map((q) => q[0])).toEqual([0, 9, 12.5, 14.5]);
  });

  it('a factor above 1 never narrows a side, even where p90 sits below the mean of a skewed series', () => {
    // Mostly zero with rare large sales: mean 3, median 0, p90 1 — around the mean a factor of 2 put p90 at 0.
    const quantiles = [Float64Array.of(0), Float64Array.of(0), Float64Array.of(1), Float64Array.of(6)];
    scaleAroundMedian(quantiles, quantiles[1]!, () => ({ lower: 2, upper: 2 }));
    expect(quantiles.map((q) => q[0])).toEqual([0, 0, 2, 12]);
  });
});
