import { describe, expect, it } from 'vitest';
import { bias, coverage, mase, pinball, rmsse, wape } from './metrics';

describe('metrics', () => {
  const insample = [1, 3, 2, 4]; // naive |diffs| = 2, 1, 2 → MAE 5/3; squared 4, 1, 4 → MSE 3
  const actual = [3, 5];
  const forecast = [4, 3]; // errors −1, 2

  it('MASE', () => {
    expect(mase(actual, forecast, insample)).toBeCloseTo(1.5 / (5 / 3), 12);
  });
  it('MASE with a seasonal scale (m = 2: diffs 1, 1)', () => {
    expect(mase(actual, forecast, insample, 2)).toBeCloseTo(1.5, 12);
  });
  it('RMSSE', () => {
    expect(rmsse(actual, forecast, insample)).toBeCloseTo(Math.sqrt(2.5 / 3), 12);
  });
  it('WAPE and bias', () => {
    expect(wape(actual, forecast)).toBeCloseTo(3 / 8, 12);
    expect(bias(actual, forecast)).toBeCloseTo(-1 / 8, 12);
  });
  it('pinball loss', () => {
    // q = 0.9: under-forecast by 2 costs 1.8, over-forecast by 1 costs 0.1 → mean 0.95.
    expect(pinball(actual, forecast, 0.9)).toBeCloseTo(0.95, 12);
    expect(pinball(actual, forecast, 0.5)).toBeCloseTo(0.75, 12);
  });
  it('interval coverage skips missing actuals', () => {
    expect(coverage([1, 5, NaN, 3], [0, 0, 0, 0], [2, 4, 4, 4])).toBeCloseTo(2 / 3, 12);
  });
});
