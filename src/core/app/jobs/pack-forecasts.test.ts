import { describe, expect, it } from 'vitest';
import type { SeriesForecast } from '../../forecasting/types';
import { packForecasts } from './pack-forecasts';

const arr = (...v: number[]) => Float64Array.from(v);

describe('packForecasts', () => {
  it('moves every array into one buffer with the same values, keeping shared arrays shared', () => {
    const mean = arr(1, 2, 3);
    const big = arr(9, 9, 9, 9, 9, 4, 5);
    const f = { productId: 1, mean, variance: big.subarray(5), quantiles: { p10: arr(0, 1, 2), p50: mean }, backtest: { actual: arr(7), metrics: { mase: 1 } } };
    const g = { productId: 2, mean: arr(6), variance: arr(8), quantiles: { p50: arr(6) }, backtest: null };
    const forecasts = [f, g] as unknown as SeriesForecast[];
    packForecasts(forecasts);
    const [a, b] = forecasts as unknown as [typeof f, typeof g];
    expect(Array.from(a.mean)).toEqual([1, 2, 3]);
    expect(Array.from(a.variance)).toEqual([4, 5]);
    expect(Array.from(a.quantiles.p10)).toEqual([0, 1, 2]);
    expect(Array.from(a.backtest.actual)).toEqual([7]);
    expect(a.quantiles.p50).toBe(a.mean);
    expect(Array.from(b.quantiles.p50)).toEqual([6]);
    // One buffer for the batch, sized to the arrays themselves (not the 7-long array a view came from).
    const buffers = new Set([a.mean, a.variance, a.quantiles.p10, a.backtest.actual, b.mean, b.variance, b.quantiles.p50].map((x) => x.buffer));
    expect(buffers.size).toBe(1);
    expect(a.mean.buffer.byteLength).toBe(12 * 8);
  });
});
