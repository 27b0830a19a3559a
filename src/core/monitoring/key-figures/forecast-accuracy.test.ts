import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshSalesSeries } from '../../db/sales-series/store';
import { computeKeyFigures } from './key-figures';
import { addWeeklyRun, figuresTestWorkspace, TODAY, type FiguresTestWorkspace } from '../../../../test/fixtures/key-figures-workspace';
import type { KeyFigure } from './types';

let ws: FiguresTestWorkspace;
const accuracy = (): KeyFigure => computeKeyFigures(ws.workspace.db).figures.find((f) => f.id === 'forecastAccuracy')!;

beforeAll(() => {
  ws = figuresTestWorkspace();
});
afterAll(() => ws.cleanup());

describe('forecast accuracy', () => {
  it('is unknown without a forecast run', () => {
    const figure = accuracy();
    expect(figure.value).toBeNull();
    expect(figure.trend.every((p) => p.value === null)).toBe(true);
  });

  it('uses the newest run’s backtest while no run has weeks behind it', () => {
    addWeeklyRun(ws.workspace, { historyTo: TODAY, horizon: 4, series: [{ productId: 2, weekly: 7, scaleMae: 1 }], backtest: { wape: 0.3, mase: 0.9 } });
    const figure = accuracy();
    expect(figure.basis).toBe('backtest');
    expect(figure.value).toBeCloseTo(0.7, 9);
    expect(figure.note).toEqual({ kind: 'mase', value: 0.9, unit: 'count' });
  });

  it('scores the newest run with weeks behind it against what sold, with a weekly trend', () => {
    // Made on 06-02 for SKU-2 at 8 a week; it sold 7 in each of the 4 weeks since: WAPE 4/28, MASE (1 a week) / 1.
    addWeeklyRun(ws.workspace, { historyTo: '2026-06-02', horizon: 8, series: [{ productId: 2, weekly: 8, scaleMae: 1 }] });
    const figure = accuracy();
    expect(figure.basis).toBe('actuals');
    expect(figure.value).toBeCloseTo(1 - 4 / 28, 9);
    expect(figure.note?.value).toBeCloseTo(1, 9);
    // No older run to compare with.
    expect(figure.previous).toBeNull();
    // Weeks 8–11 are covered by the 06-02 run: 1 − 1/7 each; earlier weeks by no run made before them.
    expect(figure.trend.map((p) => p.value)).toEqual([...Array<null>(8).fill(null), ...Array(4).fill(expect.closeTo(6 / 7, 9))]);
  });

  it('compares with the run before, scored the same way', () => {
    // Made on 05-19 at 9 a week: against 7 a week for 6 weeks → WAPE 2/7.
    addWeeklyRun(ws.workspace, { historyTo: '2026-05-19', horizon: 8, series: [{ productId: 2, weekly: 9, scaleMae: 1 }] });
    const figure = accuracy();
    expect(figure.value).toBeCloseTo(1 - 4 / 28, 9);
    expect(figure.previous).toBeCloseTo(1 - 2 / 7, 9);
    expect(figure.change).toBeCloseTo(2 / 7 - 1 / 7, 9);
    // Weeks 6–7 now come from the 05-19 run (error 2 of 7), weeks 8–11 still from the newer one.
    const [w6, w7, w8, w9, w10, w11] = figure.trend.slice(6).map((p) => p.value);
    expect(w6).toBeCloseTo(5 / 7, 9);
    expect(w7).toBeCloseTo(1 - 4 / 14, 9);
    expect(w8).toBeCloseTo(1 - 5 / 21, 9);
    expect(w9).toBeCloseTo(1 - 6 / 28, 9);
    expect(w10).toBeCloseTo(1 - 5 / 28, 9);
    expect(w11).toBeCloseTo(6 / 7, 9);
  });

  it('scores again when the sales it was scored on change (its score is kept only while they do not)', () => {
    const db = ws.workspace.db;
    // As an import does: the rows and the series store change in one transaction, which moves the sales version.
    db.transaction(() => {
      db.prepare("UPDATE sales_daily SET units = 8 WHERE product_id = 2 AND date = '2026-06-10'").run();
      refreshSalesSeries(db, [{ product: 2, location: 1, from: '2026-06-10', to: '2026-06-10' }]);
    })();
    // Week 9 now sold 14 against 8 forecast: errors 1 + 1 + 6 + 1 of 35 sold.
    expect(accuracy().value).toBeCloseTo(1 - 9 / 35, 9);
  });
});
