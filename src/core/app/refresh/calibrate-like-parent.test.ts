import { describe, expect, it } from 'vitest';
import type { ClassCalibration } from '../../forecasting/calibration';
import type { SeriesForecast } from '../../forecasting/types';
import { calibrateLikeParent } from './incremental-run';

const q = (v: number) => Float64Array.from([v]);
const forecast = (demandClass: string, analogues: [] | null = null) =>
  ({
    demandClass,
    family: 'normal',
    analogues,
    quantiles: { p10: q(90), p50: q(100), p90: q(110), p95: q(115), p99: q(125) },
    variance: q(64),
    cumVariance: q(64),
    calibrationFactor: 1,
  }) as unknown as SeriesForecast;

describe('calibrateLikeParent', () => {
  it("widens recomputed series by the parent's class factor once, never a series the global-model pipeline calibrated, never a cold start", () => {
    const engineOnly = forecast('smooth');
    const combined = forecast('smooth');
    const coldStart = forecast('smooth', []);
    const otherClass = forecast('lumpy');
    calibrateLikeParent([engineOnly, combined, coldStart, otherClass], [{ demandClass: 'smooth', factor: 1.5 }] as ClassCalibration[], new Set([combined]));

    expect(engineOnly.quantiles.p90[0]).toBe(115);
    expect(engineOnly.calibrationFactor).toBe(1.5);
    expect(engineOnly.variance[0]).toBe(144);
    expect(combined.quantiles.p90[0]).toBe(110);
    expect(combined.variance[0]).toBe(64);
    expect(coldStart.quantiles.p90[0]).toBe(110);
    expect(otherClass.calibrationFactor).toBe(1);
  });
});
