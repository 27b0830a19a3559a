import { describe, expect, it } from 'vitest';
import type { MethodForecast } from '../forecast/types';
import { economicOrderQuantity, protectionDemand, targetLevel } from './safety-stock';

function flatForecast(weeklyMean: number, weeklyVariance: number, family: MethodForecast['family'] = 'normal', weeks = 26): MethodForecast {
  const mean = new Float64Array(weeks).fill(weeklyMean);
  const variance = new Float64Array(weeks).fill(weeklyVariance);
  const cumVariance = new Float64Array(weeks).map((_, i) => weeklyVariance * (i + 1));
  return { mean, variance, cumVariance, family };
}

describe('protection demand and target level', () => {
  it('sums the forecast over lead time plus review period', () => {
    const p = protectionDemand({ forecast: flatForecast(70, 100), bucketDays: 7, leadTimeMeanDays: 21, leadTimeSdDays: 0, reviewDays: 7, demandClass: 'smooth' });
    expect(p.days).toBe(28);
    expect(p.mean).toBeCloseTo(280, 6);
    expect(p.variance).toBeCloseTo(400, 6);
    expect(p.shape).toBe('normal');
  });

  it('adds lead-time variability as (daily rate × lead-time sd)²', () => {
    const p = protectionDemand({ forecast: flatForecast(70, 100), bucketDays: 7, leadTimeMeanDays: 21, leadTimeSdDays: 5, reviewDays: 7, demandClass: 'smooth' });
    expect(p.leadTimeSd).toBeCloseTo(10 * 5, 6);
    expect(p.variance).toBeCloseTo(400 + 2500, 6);
    const t = targetLevel(p, 0.95);
    expect(t.safetyStock).toBeCloseTo(1.6449 * Math.sqrt(2900), 1);
    expect(t.level).toBeCloseTo(280 + t.safetyStock, 6);
  });

  it('uses the count shape for intermittent classes even when the family is normal', () => {
    const p = protectionDemand({ forecast: flatForecast(0.5, 1.5), bucketDays: 7, leadTimeMeanDays: 14, leadTimeSdDays: 3, reviewDays: 7, demandClass: 'intermittent' });
    expect(p.shape).toBe('count');
    expect(Number.isInteger(targetLevel(p, 0.95).level)).toBe(true);
  });

  it('raises the level with the service target', () => {
    const p = protectionDemand({ forecast: flatForecast(10, 30, 'count'), bucketDays: 7, leadTimeMeanDays: 30, leadTimeSdDays: 4, reviewDays: 7, demandClass: 'smooth' });
    const levels = [0.8, 0.9, 0.95, 0.99].map((s) => targetLevel(p, s).level);
    expect([...levels].sort((a, b) => a - b)).toEqual(levels);
  });

  it('computes an EOQ', () => {
    expect(economicOrderQuantity(1000, 50, 0.25, 10)).toBeCloseTo(Math.sqrt((2 * 1000 * 50) / 2.5), 6);
    expect(economicOrderQuantity(0, 50, 0.25, 10)).toBe(0);
  });
});
