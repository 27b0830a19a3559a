import { describe, expect, it } from 'vitest';
import { normalQuantile } from '../forecast/distributions';
import { calibrate, calibrateRun, MAX_FACTOR, neededFactor, widenForecast } from './calibration';
import type { SeriesForecast } from './types';

/** Deterministic standard normal draws (Box–Muller on a fixed LCG). */
function normals(n: number, seed = 3): number[] {
  let state = seed;
  const uniform = () => ((state = (state * 1_103_515_245 + 12_345) % 2 ** 31) + 0.5) / 2 ** 31;
  return Array.from({ length: n }, () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform()));
}

/** Intervals that assume sd 1 around 100, for actuals whose real sd is `sd`. */
function pool(sd: number, n = 2000) {
  const z = normalQuantile(0.9);
  const actual = normals(n).map((e) => 100 + sd * e);
  return [{ actual, p10: actual.map(() => 100 - z), p50: actual.map(() => 100), p90: actual.map(() => 100 + z) }];
}

describe('interval calibration', () => {
  it('widens intervals that are too narrow until they cover 80% of the backtest', () => {
    const result = calibrate(pool(2), 'smooth');
    expect(result.coverageBefore).toBeGreaterThan(0.4);
    expect(result.coverageBefore).toBeLessThan(0.6);
    expect(result.factor).toBeGreaterThan(1.8);
    expect(result.factor).toBeLessThan(2.2);
    expect(result.coverageAfter).toBeCloseTo(0.8, 2);
  });

  it('narrows intervals that are too wide, and leaves good ones alone', () => {
    const wide = calibrate(pool(0.5));
    expect(wide.coverageBefore).toBeGreaterThan(0.95);
    expect(wide.factor).toBeCloseTo(0.5, 1);
    expect(Math.abs(wide.coverageAfter - 0.8)).toBeLessThan(Math.abs(wide.coverageBefore - 0.8));
    expect(calibrate(pool(1)).factor).toBe(1);
  });

  it('clamps the factor and needs enough points', () => {
    expect(calibrate(pool(10)).factor).toBe(MAX_FACTOR);
    expect(calibrate(pool(2, 30)).factor).toBe(1);
    expect(neededFactor(5, 4, 5, 6)).toBe(0);
    expect(neededFactor(8, 4, 5, 6)).toBe(3);
    expect(neededFactor(2, 4, 5, 5)).toBe(3);
    expect(neededFactor(6, 4, 5, 5)).toBe(Infinity);
  });

  it('scales each quantile’s distance from p50 and the variances by the factor squared', () => {
    const q = (values: number[]) => Float64Array.from(values);
    const forecast = {
      family: 'count',
      quantiles: { p10: q([3, 0]), p50: q([5, 1]), p90: q([8, 3]), p95: q([9, 4]), p99: q([12, 6]) },
      variance: q([4, 1]),
      cumVariance: q([4, 6]),
      calibrationFactor: 1,
    } as unknown as SeriesForecast;
    widenForecast(forecast, 1.5);
    expect([...forecast.quantiles.p10]).toEqual([2, 0]);
    expect([...forecast.quantiles.p50]).toEqual([5, 1]);
    expect([...forecast.quantiles.p90]).toEqual([10, 4]);
    expect([...forecast.quantiles.p99]).toEqual([16, 9]);
    expect([...forecast.variance]).toEqual([9, 2.25]);
    expect([...forecast.cumVariance]).toEqual([9, 13.5]);
    expect(forecast.calibrationFactor).toBe(1.5);
  });

  it('calibrates each demand class from its own backtests and leaves cold starts alone', () => {
    const forecast = (demandClass: string, sd: number, analogues: [] | null = null) => {
      const [points] = pool(sd, 200);
      const q = (v: number) => Float64Array.from([v]);
      return {
        demandClass,
        family: 'normal',
        analogues,
        backtest: analogues ? null : points,
        quantiles: { p10: q(90), p50: q(100), p90: q(110), p95: q(115), p99: q(125) },
        variance: q(64),
        cumVariance: q(64),
        calibrationFactor: 1,
      } as unknown as SeriesForecast;
    };
    const narrow = forecast('erratic', 2);
    const fine = forecast('smooth', 1);
    const fresh = forecast('erratic', 2, []);
    const result = calibrateRun([narrow, fine, fresh]);
    expect(result.map((c) => c.demandClass)).toEqual(['erratic', 'smooth']);
    expect(narrow.calibrationFactor).toBeGreaterThan(1.5);
    expect(narrow.quantiles.p90[0]).toBeCloseTo(100 + 10 * narrow.calibrationFactor, 9);
    expect(fine.calibrationFactor).toBe(1);
    expect(fresh.calibrationFactor).toBe(1);
  });
});
