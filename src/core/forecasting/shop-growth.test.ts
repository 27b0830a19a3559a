import { describe, expect, it } from 'vitest';
import { applyGrowth, confirmGrowthShare, growthMultiplier, historyGrowthShare, shopGrowthRatio, type GrowthWindow } from './shop-growth';

/** Weekly series of a shop growing by `rate` a week from a level of 10, each with its own size and noise. */
function growingShop(count: number, weeks: number, rate: number, seed = 1): Float64Array[] {
  let x = seed;
  const noise = () => ((x = (x * 16807) % 2147483647) / 2147483647 - 0.5) * 0.2;
  return Array.from({ length: count }, (_, s) => Float64Array.from({ length: weeks }, (_, t) => (1 + (s % 5)) * 10 * Math.pow(1 + rate, t) * (1 + noise())));
}

/** The window after the origin: what a flat forecast at the last quarter's level said against what the growing shop sold. */
function window(series: Float64Array[], origin: number, horizon: number): GrowthWindow {
  const cut = series.map((s) => s.subarray(0, origin));
  return {
    ratio: shopGrowthRatio(cut, 'week', 30),
    series: series.map((s) => {
      let level = 0;
      for (let t = origin - 13; t < origin; t++) level += s[t]! / 13;
      return { actual: s.subarray(origin, origin + horizon), forecast: new Float64Array(horizon).fill(level), scale: 1, weight: 1 };
    }),
  };
}

describe('shop-wide growth', () => {
  it('measures the pooled growth of the last quarter over the one before', () => {
    const ratio = shopGrowthRatio(growingShop(40, 40, 0.02), 'week', 30)!;
    expect(ratio).toBeGreaterThan(Math.pow(1.02, 13) * 0.95);
    expect(ratio).toBeLessThan(Math.pow(1.02, 13) * 1.05);
  });

  it('leaves out series launched inside the windows, and needs enough series', () => {
    const launches = Array.from({ length: 40 }, () => Float64Array.from({ length: 40 }, (_, t) => (t < 20 ? 0 : 50)));
    expect(shopGrowthRatio([...growingShop(40, 40, 0), ...launches], 'week', 30)!).toBeCloseTo(1, 1);
    expect(shopGrowthRatio(growingShop(10, 40, 0.02), 'week', 30)).toBeNull();
  });

  it('learns from the shop’s past origins to carry the growth of a shop that keeps growing', () => {
    expect(historyGrowthShare(growingShop(60, 77, 0.02), 'week', 13, 30)).toBeGreaterThanOrEqual(0.75);
    expect(historyGrowthShare(growingShop(60, 77, 0), 'week', 13, 30)).toBe(0);
  });

  it('leaves growth to the forecasters when the history holds a year and both windows', () => {
    expect(historyGrowthShare(growingShop(60, 78, 0.02), 'week', 13, 30)).toBe(0);
  });

  it('carries none when past growth spurts did not last', () => {
    // Quarters that alternate up and down: the last quarter's rise was never followed by more.
    const swinging = growingShop(60, 77, 0).map((s) => s.map((v, t) => v * (Math.floor(t / 13) % 2 === 0 ? 1 : 1.5)));
    expect(historyGrowthShare(swinging, 'week', 13, 30)).toBe(0);
  });

  it('learns nothing from a history with too few past origins', () => {
    expect(historyGrowthShare(growingShop(60, 40, 0.02), 'week', 13, 30)).toBe(0);
  });

  it('keeps a share only where the validation forecasts do not get worse with it', () => {
    const growing = growingShop(60, 60, 0.02);
    expect(confirmGrowthShare(1, [window(growing, 47, 13)], 'week')).toBe(1);
    const flat = window(growingShop(60, 60, 0), 47, 13);
    expect(confirmGrowthShare(1, [window(growing, 47, 13), { ...flat, ratio: 1.3 }], 'week')).toBe(0);
  });

  it('scales mean and quantiles by the step’s multiplier', () => {
    const mean = new Float64Array([10, 10]);
    const p90 = new Float64Array([15, 15]);
    applyGrowth(mean, [p90], 1.3, 1, 'week');
    expect(mean[0]).toBeCloseTo(10 * growthMultiplier(1.3, 1, 0, 'week'));
    expect(mean[1]! / mean[0]!).toBeCloseTo(Math.pow(1.3, 1 / 13));
    expect(p90[1]! / mean[1]!).toBeCloseTo(1.5);
  });
});
