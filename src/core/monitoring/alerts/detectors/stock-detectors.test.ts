import { describe, expect, it } from 'vitest';
import { inputsWith, PRODUCT, seriesWith } from '../../../../../test/fixtures/alerts-workspace';
import { detectBelowReorderPoint } from './below-reorder-point';
import { detectExcessStock } from './excess-stock';
import { detectStockouts } from './stockout';

const margin = PRODUCT.price! - PRODUCT.unitCost;

describe('stock-out before the next possible arrival', () => {
  // 10 on hand, 1 a day: the stock lasts through day 10, the 11th day's demand is the first lost.
  it('fires when an order placed today arrives after the first lost day, with the lost margin as money', () => {
    const [alert] = detectStockouts(inputsWith([seriesWith(1, { onHand: 10 }, { leadTimeDays: 12 })]));
    expect(alert).toMatchObject({ kind: 'stockout', key: 'stockout:SKU-1@WH1', moneyMethod: 'marginLost' });
    expect(alert!.facts.lostUnits).toBeCloseTo(1, 6);
    expect(alert!.money).toBeCloseTo(1 * margin, 6);
    expect(alert!.facts.earliestArrival).toBe('2026-07-12');
  });

  it('stays quiet when the order would arrive in time', () => {
    expect(detectStockouts(inputsWith([seriesWith(1, { onHand: 10 }, { leadTimeDays: 11 })]))).toEqual([]);
  });

  it('counts open PO arrivals before the stock runs out', () => {
    const arrivals = [{ date: '2026-07-05', quantity: 100, poNumber: 'PO-1', overdue: false }];
    expect(detectStockouts(inputsWith([seriesWith(1, { onHand: 10, onOrder: 100, arrivals }, { leadTimeDays: 30 })]))).toEqual([]);
  });
});

describe('below reorder point', () => {
  it('fires one unit below the reorder point and not at it', () => {
    const below = detectBelowReorderPoint(inputsWith([seriesWith(1, { onHand: 49 }, { reorderPoint: 50 })]));
    expect(below).toHaveLength(1);
    expect(below[0]!.facts.gapUnits).toBe(1);
    expect(below[0]!.money).toBeCloseTo(margin, 6);
    expect(detectBelowReorderPoint(inputsWith([seriesWith(1, { onHand: 50 }, { reorderPoint: 50 })]))).toEqual([]);
  });

  it('counts stock on order in the position', () => {
    expect(detectBelowReorderPoint(inputsWith([seriesWith(1, { onHand: 20, onOrder: 30 }, { reorderPoint: 50 })]))).toEqual([]);
  });
});

describe('excess stock', () => {
  // 1 a day = 7 a week; 26 weeks of cover = 182 units.
  it('fires just above N weeks of cover with the value above them as money', () => {
    const [alert] = detectExcessStock(inputsWith([seriesWith(1, { onHand: 183 })], { excessWeeks: 26 }));
    expect(alert).toMatchObject({ kind: 'excessStock', moneyMethod: 'excessValue' });
    expect(alert!.facts.excessUnits).toBe(1);
    expect(alert!.money).toBeCloseTo(PRODUCT.unitCost, 6);
    expect(alert!.facts.holdingCostPerYear).toBeCloseTo(PRODUCT.unitCost * 0.25, 6);
  });

  it('stays quiet at exactly N weeks, and follows the setting', () => {
    expect(detectExcessStock(inputsWith([seriesWith(1, { onHand: 182 })], { excessWeeks: 26 }))).toEqual([]);
    expect(detectExcessStock(inputsWith([seriesWith(1, { onHand: 182 })], { excessWeeks: 25 }))).toHaveLength(1);
  });
});
