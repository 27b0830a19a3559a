import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { forecastSeries } from './forecast-series';
import { mase } from './metrics';
import { quantileKey } from './quantiles';

const LEVELS = [0.1, 0.5, 0.9, 0.95, 0.99];

function expectMonotone(q: Record<string, Float64Array>, h: number, nonNegative: boolean): void {
  for (let t = 0; t < h; t++) {
    let prev = -Infinity;
    for (const l of LEVELS) {
      const v = q[quantileKey(l)]![t]!;
      if (nonNegative) expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeGreaterThanOrEqual(prev);
      prev = v;
    }
  }
}

describe('forecastSeries', () => {
  it('intermittent demand: class, explanation, non-negative monotone quantiles', () => {
    const y = Array.from({ length: 60 }, (_, t) => ((t * 37) % 5 === 0 ? 1 + ((t * 13) % 4) : 0));
    const r = forecastSeries(y, { seasonLength: 7, horizon: 14 });
    expect(['intermittent', 'lumpy']).toContain(r.class);
    expect(r.explanation).toMatch(/ADI \d+\.\d\d, CV² \d+\.\d\d/);
    expect(r.mean.length).toBe(14);
    expectMonotone(r.quantiles, 14, true);
    for (const v of r.mean) expect(v).toBeGreaterThan(0);
  });

  it('daily demand with weekly seasonality keeps the weekly shape', () => {
    const week = [10, 12, 11, 13, 20, 30, 5];
    const y = Array.from({ length: 16 * 7 }, (_, t) => week[t % 7]! + ((t * 7919) % 3));
    const r = forecastSeries(y, { seasonLength: 7, horizon: 7 });
    expect(r.class).toBe('smooth');
    const peak = r.mean.indexOf(Math.max(...r.mean));
    expect((y.length + peak) % 7).toBe(5);
    expectMonotone(r.quantiles, 7, true);
  });

  it('handles empty, all-zero, new and gappy histories', () => {
    expect(forecastSeries([], { seasonLength: 7, horizon: 3 }).method).toBe('zero');
    const zero = forecastSeries(new Array(30).fill(0), { seasonLength: 7, horizon: 3 });
    expect(zero.class).toBe('zero');
    expect(Array.from(zero.mean)).toEqual([0, 0, 0]);
    const fresh = forecastSeries([NaN, NaN, 4, 6], { seasonLength: 52, horizon: 2 });
    expect(fresh.class).toBe('new');
    expect(fresh.mean[0]).toBeCloseTo(5, 12);
    const gappy = forecastSeries([5, 6, NaN, 5, 7, 6, NaN, 5, 6, 7, 5, 6, 6, 5], { seasonLength: 1, horizon: 3 });
    for (const v of gappy.mean) expect(Number.isFinite(v)).toBe(true);
  });

  it('custom quantile levels', () => {
    const r = forecastSeries(Array.from({ length: 30 }, (_, t) => 100 + (t % 5)), { seasonLength: 1, horizon: 2, quantiles: [0.025, 0.975] });
    expect(Object.keys(r.quantiles).sort()).toEqual(['p2.5', 'p97.5']);
  });

  // A small M4 weekly sample, when the shared benchmark data is present: beats naive on average.
  const dataDir = path.resolve(__dirname, '../../../../shared/data');
  it.skipIf(!existsSync(path.join(dataDir, 'm4_weekly_train.csv')))('beats naive on a 40-series M4 weekly sample', async () => {
    const { readFileSync } = await import('node:fs');
    const rows = (f: string): number[][] =>
      readFileSync(path.join(dataDir, f), 'utf8').split('\n').slice(1, 41).map((l) => l.split(',').slice(1).map((c) => c.replace(/"/g, '')).filter((c) => c !== '').map(Number));
    const train = rows('m4_weekly_train.csv');
    const test = rows('m4_weekly_test.csv');
    let engine = 0;
    let naive = 0;
    train.forEach((y, i) => {
      engine += mase(test[i]!, forecastSeries(y, { seasonLength: 52, horizon: 13 }).mean, y, 1);
      naive += mase(test[i]!, new Array(13).fill(y[y.length - 1]), y, 1);
    });
    expect(engine).toBeLessThan(naive);
  });
});
