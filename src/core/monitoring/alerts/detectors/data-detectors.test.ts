import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Workspace } from '../../../db/workspace';
import { day, inputsWith, seriesWith, tinyWorkspace } from '../../../../../test/fixtures/alerts-workspace';
import { round2 } from '../types';
import { detectDeadStock } from './dead-stock';
import { detectForecastBias } from './forecast-bias';
import { detectStaleData } from './stale-data';

let tiny: ReturnType<typeof tinyWorkspace>;
let ws: Workspace;
beforeEach(() => {
  tiny = tinyWorkspace();
  ws = tiny.ws;
});
afterEach(() => tiny.remove());

const sale = (date: string, units = 1) => ws.db.prepare('INSERT INTO sales_daily (product_id, location_id, date, units) VALUES (1, 1, ?, ?)').run(date, units);

describe('dead stock', () => {
  // "No sale in 90 days": the last 90 days are today − 89 … today.
  it('fires when the last sale is 90 days ago, money = a year of holding plus the clearance loss', () => {
    sale(day(-90));
    const [alert] = detectDeadStock(ws.db, inputsWith([seriesWith(0, { onHand: 5 })], { deadDays: 90 }));
    // 5 units at 10: held a year at 25% (12.5) and half their cost lost when cleared (25).
    expect(alert).toMatchObject({ kind: 'deadStock', money: 37.5, moneyMethod: 'excessCost' });
    expect(alert!.facts).toMatchObject({ lastSale: day(-90), daysWithoutSale: 90 });
  });

  it('is quiet when the last sale is 89 days ago, or with no stock on hand', () => {
    sale(day(-89));
    expect(detectDeadStock(ws.db, inputsWith([seriesWith(0, { onHand: 5 })], { deadDays: 90 }))).toEqual([]);
    ws.db.exec('DELETE FROM sales_daily');
    expect(detectDeadStock(ws.db, inputsWith([seriesWith(0, { onHand: 0 })], { deadDays: 90 }))).toEqual([]);
  });

  it('ignores stock-out rows (no units) and gives a product launched recently its chance', () => {
    sale(day(-100));
    sale(day(-10), 0);
    expect(detectDeadStock(ws.db, inputsWith([seriesWith(0, { onHand: 5 })], { deadDays: 90 }))).toHaveLength(1);
    const inputs = inputsWith([seriesWith(0, { onHand: 5 })], { deadDays: 90 });
    inputs.products.set(1, { ...inputs.products.get(1)!, launchDate: day(-60) });
    expect(detectDeadStock(ws.db, inputs)).toEqual([]);
  });

  it('judges a series summed over locations by the last sale at any of them', () => {
    ws.db.exec("INSERT INTO locations (id, code, name) VALUES (2, 'WH2', 'Warehouse 2')");
    const summed = () => {
      const inputs = inputsWith([seriesWith(0, { onHand: 5 }, { locationId: 0, location: 'ALL' })], { deadDays: 90 });
      inputs.locations.set(2, 'WH2');
      return detectDeadStock(ws.db, inputs);
    };
    sale(day(-120));
    ws.db.prepare('INSERT INTO sales_daily (product_id, location_id, date, units) VALUES (1, 2, ?, 1)').run(day(-95));
    expect(summed()[0]!.facts).toMatchObject({ lastSale: day(-95), daysWithoutSale: 95 });
    ws.db.prepare('INSERT INTO sales_daily (product_id, location_id, date, units) VALUES (1, 2, ?, 2)').run(day(-30));
    expect(summed()).toEqual([]);
  });
});

describe('stale data', () => {
  const snapshotSeries = (date: string) => seriesWith(1, { onHand: 10, hasSnapshot: true, snapshotDate: date });

  it('fires for a stock snapshot one day older than the limit, ranked by the stock value', () => {
    sale(day(0));
    const alerts = detectStaleData(ws.db, inputsWith([snapshotSeries(day(-8))], { staleStockDays: 7 }));
    expect(alerts.map((a) => a.kind)).toEqual(['staleStock']);
    expect(alerts[0]).toMatchObject({ key: 'staleStock:workspace', money: 100, facts: { ageDays: 8, thresholdDays: 7 } });
    expect(detectStaleData(ws.db, inputsWith([snapshotSeries(day(-7))], { staleStockDays: 7 }))).toEqual([]);
  });

  it('fires for sales one day older than the limit, and for purchase orders and receipts', () => {
    sale(day(-4));
    expect(detectStaleData(ws.db, inputsWith([snapshotSeries(day(0))], { staleSalesDays: 3 })).map((a) => a.kind)).toEqual(['staleSales']);
    expect(detectStaleData(ws.db, inputsWith([snapshotSeries(day(0))], { staleSalesDays: 4 }))).toEqual([]);
    ws.db.exec(`INSERT INTO purchase_orders (po_number, supplier_id, order_date) VALUES ('PO-1', 1, '${day(-31)}')`);
    expect(detectStaleData(ws.db, inputsWith([snapshotSeries(day(0))], { staleSalesDays: 4, stalePurchaseOrderDays: 30 })).map((a) => a.kind)).toEqual(['stalePurchaseOrders']);
    expect(detectStaleData(ws.db, inputsWith([snapshotSeries(day(0))], { staleSalesDays: 4, stalePurchaseOrderDays: 31 }))).toEqual([]);
  });
});

describe('forecast bias', () => {
  const run = (bias: number, actual = 100, points = 8) => {
    ws.db.exec('DELETE FROM forecast_series; DELETE FROM forecast_runs;');
    ws.db.exec(`INSERT INTO forecast_runs (id, created_at, frequency, horizon, quantile_levels, history_from, history_to) VALUES (1, 'now', 'week', 26, '[]', '2025-01-01', '${day(0)}')`);
    ws.db.prepare("INSERT INTO forecast_series (run_id, product_id, location_id, method, demand_class, bias, bt_points, bt_actual) VALUES (1, 1, 1, 'ets', 'smooth', ?, ?, ?)").run(bias, points, actual);
  };

  it('fires just beyond the threshold either way: over-forecast at cost, under-forecast at margin', () => {
    run(0.31);
    const [over] = detectForecastBias(ws.db, inputsWith([], { biasPct: 30 }, 1));
    expect(over).toMatchObject({ kind: 'forecastBias', moneyMethod: 'overForecastCost', facts: { biasPct: 31, units: 31, windowDays: 7 } });
    // 31 units off over 8 weekly periods: 3.875 a week, over the one-week window an order answers.
    expect(over!.money).toBeCloseTo(round2(3.875 * 10 * 0.25 * (7 / 365)), 6);
    run(-0.31);
    const [under] = detectForecastBias(ws.db, inputsWith([], { biasPct: 30 }, 1));
    expect(under).toMatchObject({ moneyMethod: 'underForecastMargin' });
    expect(under!.money).toBeCloseTo(round2(3.875 * 15), 6);
  });

  it('is quiet just inside the threshold, and on too few units or periods to tell', () => {
    run(0.29);
    expect(detectForecastBias(ws.db, inputsWith([], { biasPct: 30 }, 1))).toEqual([]);
    run(0.5, 19);
    expect(detectForecastBias(ws.db, inputsWith([], { biasPct: 30 }, 1))).toEqual([]);
    run(0.5, 100, 3);
    expect(detectForecastBias(ws.db, inputsWith([], { biasPct: 30 }, 1))).toEqual([]);
  });
});
