import { describe, expect, it } from 'vitest';
import { scaleAroundMedian } from './combined-calibration';
import { adjustCombined, type OriginFacts } from './global-adjust';
import type { EngineView } from './global-pipeline-types';

const H = 14;

function view(): EngineView {
  const mean = Float64Array.from({ length: H }, (_, t) => 3 + (t % 5));
  const at = (k: number) => mean.map((m, t) => Math.max(0, m + k * (1 + (t % 3))));
  return { mean, quantiles: { p10: at(-2.5), p50: at(-0.5), p90: at(2), p95: at(3) }, demandClass: 'smooth', method: 'ETS(A,N,N)' };
}

function scale(v: EngineView): void {
  const keys = ['p10', 'p50', 'p90', 'p95'];
  scaleAroundMedian(keys.map((k) => v.quantiles[k]!), v.quantiles.p50!, (t) => 0.6 + 0.1 * (t % 4));
}

describe('the closed days and the growth share after the interval factor', () => {
  // Validation measures the factor on forecasts already adjusted; a run scales first, then adjusts.
  // Both adjustments multiply a step's mean and quantiles alike, so the order cannot matter.
  it('give the same intervals in either order', () => {
    const facts: OriginFacts = { lastDay: 14_700, closed: new Set([5]), ratio: 1.3, weekdayIndex: null };
    const adjustedFirst = view();
    adjustCombined([adjustedFirst], facts, 'day', 0.5);
    scale(adjustedFirst);
    const scaledFirst = view();
    scale(scaledFirst);
    adjustCombined([scaledFirst], facts, 'day', 0.5);
    expect(adjustedFirst.mean).toEqual(scaledFirst.mean);
    for (const key of Object.keys(scaledFirst.quantiles)) {
      const [a, b] = [adjustedFirst.quantiles[key]!, scaledFirst.quantiles[key]!];
      for (let t = 0; t < H; t++) expect(a[t]).toBeCloseTo(b[t]!, 10);
    }
    // The adjustments did act: a closed day is zero, an open one grew.
    expect(scaledFirst.quantiles.p90!.some((q) => q === 0)).toBe(true);
    expect(scaledFirst.mean[0]!).toBeGreaterThan(view().mean[0]!);
  });
});
