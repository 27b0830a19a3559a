import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test/helpers/temp-dir';
import { addDailySales, addLocation, addProduct, emptyWorkspace } from '../../../test/fixtures/forecasting-workspace';
import { buildRunCovariates } from './covariates';
import { readHistory } from './history';
import { addPlannedPromotion, listPlannedPromotions, removePlannedPromotion } from './planned-promotions';
import { readProducts } from './products';

describe('price and promotion covariates of a run', () => {
  const tempDir = useTempDir();

  /** Four weeks of daily sales up to Sunday 2026-03-29 (weeks end on it): A has revenue, B only a catalogue price, C neither. */
  function shop() {
    const ws = emptyWorkspace(tempDir());
    const wh = addLocation(ws.db, 'WH');
    const a = addProduct(ws.db, { sku: 'A', price: 12 });
    const b = addProduct(ws.db, { sku: 'B', price: 30 });
    const c = addProduct(ws.db, { sku: 'C' });
    // A sells 10 a day; the second week at 8 (a promotion, flagged), the third without revenue.
    addDailySales(ws.db, a, wh, '2026-03-02', Array(28).fill(10), { promo: (d) => d >= 7 && d < 14 });
    ws.db.prepare("UPDATE sales_daily SET revenue = units * (CASE WHEN date BETWEEN '2026-03-09' AND '2026-03-15' THEN 8 WHEN date BETWEEN '2026-03-16' AND '2026-03-22' THEN 0 ELSE 10 END) WHERE product_id = ?").run(a);
    addDailySales(ws.db, b, wh, '2026-03-02', Array(28).fill(2));
    addDailySales(ws.db, c, wh, '2026-03-02', Array(28).fill(1));
    return { ws, wh, a, b, c };
  }

  it('reads history prices from revenue, promotions from the sales flags, and the horizon from planned promotions', () => {
    const { ws, wh, a, b, c } = shop();
    // A: 20% off with a promotion on 2026-04-01…04-03 (3 days of the week to 04-05); a price of 9 the next week, no promotion.
    addPlannedPromotion(ws.db, { productId: a, from: '2026-04-01', to: '2026-04-03', promo: true, discountPct: 20 });
    addPlannedPromotion(ws.db, { productId: a, locationId: wh, from: '2026-04-06', to: '2026-04-12', promo: false, price: 9 });
    // B: one promotion day only: under a quarter of the week.
    addPlannedPromotion(ws.db, { productId: b, from: '2026-04-06', to: '2026-04-06', promo: true });
    const history = readHistory(ws.db, readProducts(ws.db), { frequency: 'week', locations: 'each' });
    const covariates = buildRunCovariates(ws.db, history, 3);
    const bySku = (id: number) => covariates[history.series.findIndex((s) => s.productId === id)]!;

    const ca = bySku(a);
    expect(Array.from(ca.promo)).toEqual([0, 1, 0, 0, 1, 0, 0]);
    const usual = 10;
    expect(Array.from(ca.price!).map((p) => +p.toFixed(4))).toEqual([10, 8, 8, 10, +((4 * usual + 3 * usual * 0.8) / 7).toFixed(4), 9, 10]);
    expect(Array.from(bySku(b).price!)).toEqual([30, 30, 30, 30, 30, 30, 30]);
    expect(Array.from(bySku(b).promo)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(bySku(c).price).toBeNull();
    ws.close();
  });

  it('lists, refuses bad plans with the field, and removes planned promotions', () => {
    const { ws, a } = shop();
    const plan = addPlannedPromotion(ws.db, { productId: a, from: '2026-06-01', to: '2026-06-18', promo: true, price: 7.5, note: ' 618 ' });
    expect(listPlannedPromotions(ws.db, a)).toEqual([expect.objectContaining({ id: plan.id, sku: 'A', price: 7.5, promo: true, note: '618', locationId: null })]);
    expect(() => addPlannedPromotion(ws.db, { productId: a, from: '2026-06-18', to: '2026-06-01', promo: true })).toThrow(/ends/);
    expect(() => addPlannedPromotion(ws.db, { productId: a, from: '2026-06-01', to: '2026-06-02', promo: false })).toThrow(/promotion, a price or a discount/);
    expect(() => addPlannedPromotion(ws.db, { productId: a, from: '2026-06-01', to: '2026-06-02', promo: true, price: 5, discountPct: 10 })).toThrow(/not both/);
    expect(() => addPlannedPromotion(ws.db, { productId: 999, from: '2026-06-01', to: '2026-06-02', promo: true })).toThrow(/no product/);
    removePlannedPromotion(ws.db, plan.id);
    expect(listPlannedPromotions(ws.db)).toEqual([]);
    expect(() => removePlannedPromotion(ws.db, plan.id)).toThrow(/no planned promotion/);
    ws.close();
  });
});
