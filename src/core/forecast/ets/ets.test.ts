import { describe, expect, it } from 'vitest';
import { autoEts } from './auto';
import { fitEts } from './fit';
import { etsForecast } from './forecast';

const line = (n: number, a: number, b: number): Float64Array => Float64Array.from({ length: n }, (_, t) => a + b * t);

describe('ETS', () => {
  it('SES on a constant series forecasts the constant', () => {
    const y = new Float64Array(30).fill(42);
    const fit = fitEts(y, { error: 'A', trend: 'N', season: 'N' }, 1);
    expect(fit).not.toBeNull();
    const f = etsForecast(fit!, 5);
    for (const v of f.mean) expect(v).toBeCloseTo(42, 6);
  });

  it('Holt on a perfect line extrapolates it', () => {
    const y = line(40, 10, 2.5);
    const fit = fitEts(y, { error: 'A', trend: 'A', season: 'N' }, 1)!;
    const f = etsForecast(fit, 6);
    for (let h = 0; h < 6; h++) expect(f.mean[h]).toBeCloseTo(10 + 2.5 * (40 + h), 4);
  });

  it('damped trend flattens: increments shrink by φ', () => {
    const y = Float64Array.from({ length: 60 }, (_, t) => 100 + 3 * t + 5 * Math.sin(t));
    const fit = fitEts(y, { error: 'A', trend: 'Ad', season: 'N' }, 1)!;
    const f = etsForecast(fit, 10);
    const d1 = f.mean[1]! - f.mean[0]!;
    const d2 = f.mean[2]! - f.mean[1]!;
    expect(d2 / d1).toBeCloseTo(fit.phi, 6);
    expect(fit.phi).toBeGreaterThanOrEqual(0.8);
    expect(fit.phi).toBeLessThanOrEqual(0.98);
  });

  it('Holt-Winters additive recovers a clean seasonal pattern', () => {
    const pattern = [5, -3, 8, -10];
    const y = Float64Array.from({ length: 48 }, (_, t) => 50 + 0.5 * t + pattern[t % 4]!);
    const fit = fitEts(y, { error: 'A', trend: 'A', season: 'A' }, 4)!;
    const f = etsForecast(fit, 8);
    for (let h = 0; h < 8; h++) expect(f.mean[h]).toBeCloseTo(50 + 0.5 * (48 + h) + pattern[(48 + h) % 4]!, 1);
  });

  it('Holt-Winters multiplicative recovers a clean seasonal pattern', () => {
    const pattern = [1.2, 0.8, 1.1, 0.9];
    const y = Float64Array.from({ length: 48 }, (_, t) => 100 * pattern[t % 4]!);
    const fit = fitEts(y, { error: 'M', trend: 'N', season: 'M' }, 4)!;
    const f = etsForecast(fit, 4);
    for (let h = 0; h < 4; h++) expect(f.mean[h]! / (100 * pattern[(48 + h) % 4]!)).toBeCloseTo(1, 2);
  });

  it('forecast variance grows with the horizon and lead-time variance exceeds the sum of variances', () => {
    const y = Float64Array.from({ length: 50 }, (_, t) => 20 + Math.sin(t * 1.3) * 3 + (t % 7));
    const fit = fitEts(y, { error: 'A', trend: 'N', season: 'N' }, 1)!;
    const f = etsForecast(fit, 6);
    for (let h = 1; h < 6; h++) expect(f.variance[h]!).toBeGreaterThan(f.variance[h - 1]!);
    // Analytic SES: var_h = σ²(1 + (h−1)α²).
    expect(f.variance[3]!).toBeCloseTo(fit.sigma2 * (1 + 3 * fit.alpha * fit.alpha), 9);
    let sum = 0;
    for (let h = 0; h < 6; h++) sum += f.variance[h]!;
    expect(f.cumVariance[5]!).toBeGreaterThan(sum);
  });

  it('auto ETS picks a trend model for trending data and a seasonal one for seasonal data', () => {
    const trending = Float64Array.from({ length: 60 }, (_, t) => 10 + 2 * t + ((t * 7919) % 5) * 0.3);
    expect(autoEts(trending, 1)!.best.spec.trend).not.toBe('N');
    const seasonal = Float64Array.from({ length: 72 }, (_, t) => 100 + 30 * Math.sin((2 * Math.PI * t) / 12) + ((t * 7919) % 5));
    expect(autoEts(seasonal, 12)!.best.spec.season).not.toBe('N');
  });
});
