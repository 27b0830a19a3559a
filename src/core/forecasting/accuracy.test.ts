import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test/helpers/temp-dir';
import { createInlineTaskContext } from '../ground/task-context';
import { aggregateAccuracy, backtestAccuracy, backtestRecords, methodFamily, type SeriesAccuracy } from './accuracy';
import { runSeries } from './runs';
import { actualsAccuracy } from './actuals-accuracy';
import { saveEventChanges } from './event-changes';
import { scoreForecast } from './backtest';
import { addOverride } from './overrides';
import { runWorkspaceForecast } from './run-forecast';
import { addDailySales, addLocation, addProduct, emptyWorkspace, steadyUnits } from '../../../test/fixtures/forecasting-workspace';

const constant = (value: number) => [value, value, value, value];

describe('accuracy figures', () => {
  const tempDir = useTempDir();

  it('scores a tiny forecast exactly as worked out by hand', () => {
    const actual = [2, NaN, 4, 0];
    const quantiles = [constant(1), constant(3), constant(5), constant(6), constant(8)];
    const figures = scoreForecast(actual, constant(3), quantiles, [1, 3, 2, 4, 3], 1);
    // In-sample naive MAE = (2+1+2+1)/4 = 1.5, MSE = 10/4; errors −1, 1, −3 (the censored point skipped).
    expect(figures.mase).toBeCloseTo(5 / 3 / 1.5, 12);
    expect(figures.rmsse).toBeCloseTo(Math.sqrt(11 / 3 / 2.5), 12);
    expect(figures.wape).toBeCloseTo(5 / 6, 12);
    expect(figures.bias).toBeCloseTo(3 / 6, 12);
    // Pinball per level: 1.3/3, 2.5/3, 0.9/3, 0.6/3, 0.18/3; averaged, then scaled by 1.5.
    expect(figures.pinball).toBeCloseTo((1.3 + 2.5 + 0.9 + 0.6 + 0.18) / 3 / 5 / 1.5, 12);
    expect(figures.coverage).toBeCloseTo(2 / 3, 12);
  });

  it('pools WAPE and bias by volume, coverage by points, and averages scaled figures', () => {
    const record = (sku: string, category: string, wape: number, actualSum: number, coverage: number, points: number, mase: number): SeriesAccuracy => ({
      productId: 1, sku, category, brand: null, locationId: 1, method: 'ADIDA(3)', demandClass: 'lumpy', points, actualSum,
      model: { mase, rmsse: null, wape, bias: -wape / 2, pinball: 0.2, coverage },
      snaive: { mase: 2, rmsse: null, wape: 1, bias: 0, pinball: 0.4, coverage: 0.5 },
    });
    const [bags, shoes] = aggregateAccuracy(
      [record('A', 'bags', 0.5, 100, 1, 10, 0.8), record('B', 'bags', 1, 300, 0.5, 30, 1.2), record('C', 'shoes', 0.2, 50, 0.9, 10, 1)],
      'category',
    );
    expect(bags!.key).toBe('bags');
    expect(bags!.series).toBe(2);
    expect(bags!.model.wape).toBeCloseTo((0.5 * 100 + 1 * 300) / 400, 12);
    expect(bags!.model.bias).toBeCloseTo(-(0.25 * 100 + 0.5 * 300) / 400, 12);
    expect(bags!.model.coverage).toBeCloseTo((1 * 10 + 0.5 * 30) / 40, 12);
    expect(bags!.model.mase).toBeCloseTo(1, 12);
    expect(bags!.model.rmsse).toBeNull();
    expect(bags!.relativeMase).toBeCloseTo(0.5, 12);
    expect(shoes!.points).toBe(10);
    expect(methodFamily('combination of SBA, TSB, ADIDA(12)')).toBe('combination of SBA, TSB, ADIDA');
  });

  it('reports the stored backtests per SKU, category and method', () => {
    const ws = emptyWorkspace(tempDir());
    const wh = addLocation(ws.db, 'WH');
    for (let i = 0; i < 3; i++) {
      const p = addProduct(ws.db, { sku: `S${i}`, category: i < 2 ? 'bags' : 'shoes' });
      addDailySales(ws.db, p, wh, '2025-01-01', steadyUnits(546, 4 + 3 * i, i));
    }
    const { runId } = runWorkspaceForecast(ws.db, { frequency: 'week', horizon: 8 }, createInlineTaskContext());
    const bySku = backtestAccuracy(ws.db, runId, 'sku');
    expect(bySku.map((r) => r.key)).toEqual(['S0', 'S1', 'S2']);
    const rows = ws.db.prepare("SELECT mase, wape, bt_actual FROM forecast_series s JOIN products p ON p.id = s.product_id WHERE p.category = 'bags'").all() as {
      mase: number;
      wape: number;
      bt_actual: number;
    }[];
    const [bags] = backtestAccuracy(ws.db, runId, 'category');
    expect(bags!.model.mase).toBeCloseTo((rows[0]!.mase + rows[1]!.mase) / 2, 12);
    expect(bags!.model.wape).toBeCloseTo((rows[0]!.wape * rows[0]!.bt_actual + rows[1]!.wape * rows[1]!.bt_actual) / (rows[0]!.bt_actual + rows[1]!.bt_actual), 12);
    expect(bags!.snaive.mase).not.toBeNull();
    expect(backtestAccuracy(ws.db, runId, 'method').reduce((s, r) => s + r.series, 0)).toBe(3);
  });

  it('reads every backtested series with the figures and names its whole stored series has', () => {
    const ws = emptyWorkspace(tempDir());
    const [wh, shop] = [addLocation(ws.db, 'WH'), addLocation(ws.db, 'SHOP')];
    for (let i = 0; i < 4; i++) {
      const p = addProduct(ws.db, { sku: `S${i}`, category: i < 2 ? 'bags' : 'shoes' });
      addDailySales(ws.db, p, wh, '2025-01-01', steadyUnits(546, 4 + 3 * i, i));
      // A launch too new to backtest at one location: its series has no scored points.
      addDailySales(ws.db, p, shop, i === 3 ? '2026-06-10' : '2025-01-01', steadyUnits(i === 3 ? 21 : 546, 2 + i, i));
    }
    const { runId } = runWorkspaceForecast(ws.db, { frequency: 'week', horizon: 8 }, createInlineTaskContext());
    const stored = runSeries(ws.db, runId);
    const expected = stored
      .filter((s) => s.btPoints > 0)
      .map((s) => ({
        productId: s.productId, sku: s.sku, category: s.category, brand: s.brand, locationId: s.locationId, method: s.method, demandClass: s.demandClass,
        points: s.btPoints, actualSum: s.btActual,
        model: { mase: s.mase, rmsse: s.rmsse, wape: s.wape, bias: s.bias, pinball: s.pinball, coverage: s.coverage },
        snaive: { mase: s.snaiveMase, rmsse: s.snaiveRmsse, wape: s.snaiveWape, bias: s.snaiveBias, pinball: s.snaivePinball, coverage: s.snaiveCoverage },
      }));
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(stored.length);
    expect(backtestRecords(ws.db, runId)).toEqual(expected);
  });

  it('scores a run against the sales that came after it, and whether overrides helped', () => {
    const ws = emptyWorkspace(tempDir());
    const wh = addLocation(ws.db, 'WH');
    const p = addProduct(ws.db, { sku: 'P' });
    const units = steadyUnits(546, 10); // 2025-01-01 … 2026-06-30
    addDailySales(ws.db, p, wh, '2025-01-01', units, { stockout: (d) => d >= 497 && d < 504 });
    const { runId } = runWorkspaceForecast(ws.db, { frequency: 'week', horizon: 8, asOf: '2026-03-31' }, createInlineTaskContext());
    const values = ws.db.prepare('SELECT bucket_date, mean, p10, p90, snaive FROM forecast_values WHERE run_id = ? ORDER BY bucket_date').all(runId) as {
      bucket_date: string;
      mean: number;
      p10: number;
      p90: number;
      snaive: number;
    }[];
    // Week k after 2026-03-31 covers days 455 + 7(k−1) … of the sales array; week 7 (days 497–503) is out of stock.
    const actual = values.map((_, k) => {
      const from = 455 + 7 * k;
      return from === 497 ? NaN : units.slice(from, from + 7).reduce((s, u) => s + u, 0);
    });
    expect(actual.filter(Number.isNaN)).toHaveLength(1);
    const scored = values.filter((_, k) => !Number.isNaN(actual[k]!));
    const a = actual.filter((v) => !Number.isNaN(v));
    const absErr = scored.reduce((s, v, i) => s + Math.abs(a[i]! - v.mean), 0);
    const scale = ws.db.prepare('SELECT scale_mae FROM forecast_series WHERE run_id = ?').pluck().get(runId) as number;

    addOverride(ws.db, { productId: p, fromDate: '2026-04-07', toDate: '2026-04-07', kind: 'set', value: actual[0]!, valuePer: 'week', reason: 'knew it' });
    addOverride(ws.db, { productId: p, fromDate: '2026-04-14', toDate: '2026-04-14', kind: 'percent', value: 300, reason: 'hope' });
    // A brand day of the calendar over the weeks ending 04-21 and 04-28: scored apart from the rest.
    saveEventChanges(ws.db, [
      { kind: 'add', key: 'brandDay', nameEn: 'Brand day', nameZh: '品牌日' },
      { kind: 'setDates', key: 'brandDay', from: '2026-04-20', to: '2026-04-22' },
    ]);
    const report = actualsAccuracy(ws.db, runId, 'sku');
    expect(report).toMatchObject({ buckets: 8, from: '2026-04-01', to: '2026-05-26' });
    expect(report.events.map((e) => [e.key, e.nameZh, e.points])).toEqual([['brandDay', '品牌日', 2], ['(none)', '活动期外', 5]]);
    const eventWeeks = [2, 3];
    const eventErr = eventWeeks.reduce((s, k) => s + Math.abs(actual[k]! - values[k]!.mean), 0);
    expect(report.events[0]!.model.wape).toBeCloseTo(eventErr / eventWeeks.reduce((s, k) => s + actual[k]!, 0), 9);
    const row = report.rows[0]!;
    expect(row.points).toBe(7);
    expect(row.model.wape).toBeCloseTo(absErr / a.reduce((s, v) => s + v, 0), 9);
    expect(row.model.mase).toBeCloseTo(absErr / 7 / scale, 9);
    expect(row.model.coverage).toBeCloseTo(scored.filter((v, i) => a[i]! >= v.p10 && a[i]! <= v.p90).length / 7, 9);
    expect(row.snaive.wape).toBeCloseTo(scored.reduce((s, v, i) => s + Math.abs(a[i]! - v.snaive), 0) / a.reduce((s, v) => s + v, 0), 9);

    const o = report.overrides;
    expect(o).toMatchObject({ buckets: 2, series: 1, improved: 1, worsened: 1 });
    const before = Math.abs(a[0]! - values[0]!.mean) + Math.abs(a[1]! - values[1]!.mean);
    const after = 0 + Math.abs(a[1]! - 4 * values[1]!.mean);
    expect(o.maeOriginal).toBeCloseTo(before / 2, 9);
    expect(o.maeOverridden).toBeCloseTo(after / 2, 9);
    expect(o.byOverride.map((b) => b.valueAdded! > 0)).toEqual([true, false]);
  });
});
