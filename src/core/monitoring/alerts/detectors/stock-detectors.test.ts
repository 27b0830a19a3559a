import { describe, expect, it } from 'vitest';
import { round2 } from '../types';
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
  it('fires one unit below the reorder point and not at it; below it by safety stock only, nothing is lost yet', () => {
    const below = detectBelowReorderPoint(inputsWith([seriesWith(1, { onHand: 49 }, { reorderPoint: 50 })]));
    expect(below).toHaveLength(1);
    expect(below[0]!.facts.gapUnits).toBe(1);
    expect(below[0]!.money).toBe(0);
    expect(detectBelowReorderPoint(inputsWith([seriesWith(1, { onHand: 50 }, { reorderPoint: 50 })]))).toEqual([]);
  });

  it('puts the margin of a week of waiting at stake: the units short in the week after an order today would arrive', () => {
    // 1 a day, 5 on hand, lead time 10: an order today lands on day 10; waiting a week loses days 10–16.
    const [alert] = detectBelowReorderPoint(inputsWith([seriesWith(1, { onHand: 5 }, { reorderPoint: 10, leadTimeDays: 10 })]));
    expect(alert!.facts).toMatchObject({ delayUnits: 7, delayDays: 7 });
    expect(alert!.money).toBeCloseTo(7 * margin, 6);
  });

  it('counts stock on order in the position', () => {
    expect(detectBelowReorderPoint(inputsWith([seriesWith(1, { onHand: 20, onOrder: 30 }, { reorderPoint: 50 })]))).toEqual([]);
  });
});

describe('excess stock', () => {
  // 1 a day = 7 a week; 26 weeks of cover = 182 units.
  it('fires just above N weeks of cover, money = holding cost of the unit above until it sells', () => {
    const [alert] = detectExcessStock(inputsWith([seriesWith(1, { onHand: 183 })], { excessWeeks: 26 }));
    expect(alert).toMatchObject({ kind: 'excessStock', moneyMethod: 'excessCost' });
    expect(alert!.facts).toMatchObject({ excessUnits: 1, unsoldUnits: 0 });
    // One unit waits one week past the limit at 25% a year; the year ahead sells it, so no clearance loss.
    expect(alert!.money).toBeCloseTo(round2((PRODUCT.unitCost * 0.25) / 52), 6);
  });

  it('weighs a summer product in winter against next summer, at holding cost, not its whole value', () => {
    // Today sells 1 a week; last year sold 30 a week in weeks 20–35 ahead (the summer), 1 otherwise.
    const lastYearAhead = Float64Array.from({ length: 52 }, (_, w) => (w >= 20 && w < 36 ? 30 : 1));
    const flat = { mean: new Float64Array(26).fill(1), demandSource: 'recentSales' as const, dailyDemand: 1 / 7 };
    const [seasonal] = detectExcessStock(inputsWith([seriesWith(1, { onHand: 400 }, { ...flat, lastYearAhead })], { excessWeeks: 26 }));
    // 26 weeks ahead absorb 20 + 6 × 30 = 200; the year absorbs 20 + 16 × 30 + 16 = 516 ≥ 400: nothing to clear.
    expect(seasonal!.facts).toMatchObject({ demandAhead: 200, demandYear: 516, excessUnits: 200, unsoldUnits: 0, clearanceCost: 0 });
    let unitWeeks = 0;
    for (let w = 26, left = 200; w < 52 && left > 0; w++, left -= w - 1 < 36 ? 30 : 1) unitWeeks += left;
    expect(seasonal!.money).toBeCloseTo(round2((unitWeeks * PRODUCT.unitCost * 0.25) / 52), 6);
    expect(seasonal!.money).toBeLessThan(0.25 * 200 * PRODUCT.unitCost);
    // At the trailing rate alone the same stock would mostly go unsold in a year: a clearance loss, far more money.
    const [trailing] = detectExcessStock(inputsWith([seriesWith(1, { onHand: 400 }, flat)], { excessWeeks: 26 }));
    expect(trailing!.facts.unsoldUnits).toBe(348);
    expect(trailing!.money).toBeGreaterThan(10 * seasonal!.money);
  });

  it('stays quiet at exactly N weeks, and follows the setting', () => {
    expect(detectExcessStock(inputsWith([seriesWith(1, { onHand: 182 })], { excessWeeks: 26 }))).toEqual([]);
    expect(detectExcessStock(inputsWith([seriesWith(1, { onHand: 182 })], { excessWeeks: 25 }))).toHaveLength(1);
  });
});
