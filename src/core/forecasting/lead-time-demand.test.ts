import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test/helpers/temp-dir';
import { forecastSeries, leadTimeDistribution } from '../forecast';
import { createInlineTaskContext } from '../ground/task-context';
import { fillCensored } from './fill-censored';
import { readHistory } from './history';
import { leadTimeDemandForDays, leadTimeDemandFromRun } from './lead-time-demand';
import { addOverride } from './overrides';
import { readProducts } from './products';
import { runWorkspaceForecast } from './run-forecast';
import { addDailySales, addLocation, addProduct, emptyWorkspace, steadyUnits } from '../../../test/fixtures/forecasting-workspace';
import { STORED_LEVELS } from './types';

describe('lead-time demand from a stored run', () => {
  const tempDir = useTempDir();

  function oneSku() {
    const ws = emptyWorkspace(tempDir());
    const wh = addLocation(ws.db, 'WH');
    const p = addProduct(ws.db, { sku: 'P' });
    addDailySales(ws.db, p, wh, '2025-01-01', steadyUnits(546, 6));
    const { runId } = runWorkspaceForecast(ws.db, { frequency: 'week', horizon: 12 }, createInlineTaskContext());
    return { ws, wh, p, runId };
  }

  it('matches the engine’s lead-time distribution for the same forecast, fractional lead times included', () => {
    const { ws, wh, p, runId } = oneSku();
    // One series: too few backtest points to calibrate, so the stored forecast is the engine's own.
    expect(ws.db.prepare('SELECT calibration_factor FROM forecast_series').pluck().get()).toBe(1);
    const series = readHistory(ws.db, readProducts(ws.db), { frequency: 'week', locations: 'each' }).series[0]!;
    const engine = forecastSeries(fillCensored(series.values, series.integral), { seasonLength: 52, horizon: 12, quantiles: [...STORED_LEVELS] });
    for (const L of [1, 2.5, 12, 15]) {
      const stored = leadTimeDemandFromRun(ws.db, runId, p, wh, L);
      const direct = leadTimeDistribution(engine.distribution, L);
      expect(stored.mean).toBeCloseTo(direct.mean, 9);
      expect(stored.variance).toBeCloseTo(direct.variance, 9);
      expect(stored.quantiles).toEqual(direct.quantiles);
      expect(stored.method).toBe(engine.method);
    }
    expect(leadTimeDemandForDays(ws.db, runId, p, wh, 14).mean).toBeCloseTo(leadTimeDemandFromRun(ws.db, runId, p, wh, 2).mean, 9);
  });

  it('follows overrides: doubling the forecast doubles the mean and quadruples the variance', () => {
    const { ws, wh, p, runId } = oneSku();
    const plain = leadTimeDemandFromRun(ws.db, runId, p, wh, 4);
    addOverride(ws.db, { productId: p, fromDate: '2026-07-01', toDate: '2026-12-31', kind: 'percent', value: 100, reason: 'new channel' });
    const doubled = leadTimeDemandFromRun(ws.db, runId, p, wh, 4);
    expect(doubled.mean).toBeCloseTo(2 * plain.mean, 9);
    expect(doubled.variance).toBeCloseTo(4 * plain.variance, 9);
    expect(doubled.quantiles.p95!).toBeGreaterThan(plain.quantiles.p95!);
    expect(leadTimeDemandFromRun(ws.db, runId, p, wh, 4, { applyOverrides: false }).mean).toBeCloseTo(plain.mean, 9);
    expect(() => leadTimeDemandFromRun(ws.db, runId, p + 1, wh, 4)).toThrow(/no forecast/);
  });
});
