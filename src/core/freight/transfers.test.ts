import { describe, expect, it } from 'vitest';
import { proposeTransfer, type TransferCase } from './transfers';
import { neededUntil, reverseOf } from './transfer-guard';
import type { LaneTariff } from './types';

const TRUCK: LaneTariff = {
  mode: 'truck', transitDays: 2, transitSdDays: 0, costPerUnit: 1, costPerKg: null, costPerM3: null, containerCosts: {}, fixedCost: 100, dutyRate: 0,
};

/** Shanghai holds 500 selling 5 a day; Guangzhou holds 20 selling 10 a day; both wait 30 days for a purchase. */
const CASE: TransferCase = {
  from: { onHand: 500, arriving: 0, demand: { mean: 5, sd: 0 }, replenishDays: 30, safetyStock: 0 },
  to: { onHand: 20, arriving: 0, demand: { mean: 10, sd: 0 }, replenishDays: 30, safetyStock: 0 },
  lane: TRUCK, unit: { unitCost: 40, volumeM3: 0.01, weightKg: 1 }, unitMargin: 15, holdingRatePerYear: 0.25, purchaseExtraPerUnit: 3, multiple: 1,
};

describe('transfers', () => {
  it('moves excess when it costs less than the shortage it prevents and than buying', () => {
    // Shanghai keeps its demand over the truck's 2 days + its own 30: 160, so 340 spare; Guangzhou needs
    // 300 − 20 = 280 and would be 280 short. Truck: 280 × 1 + 100 = 380. Landing on day 2 it prevents
    // all 280 short (margin 4,200). Buying: 280 × 3 + 280 × 40 × 25% × 30/365, and the 4,200 short it
    // cannot prevent (a purchase placed today lands as Guangzhou's 30 days end).
    const verdict = proposeTransfer(CASE);
    expect(verdict.kind).toBe('transfer');
    if (verdict.kind !== 'transfer') return;
    expect([verdict.quantity, verdict.excessUnits, verdict.shortUnitsBefore, verdict.shortUnitsPrevented]).toEqual([280, 340, 280, 280]);
    expect(verdict.transferCost).toBe(380);
    expect(verdict.marginSaved).toBe(4200);
    expect(verdict.orderingCost).toBeCloseTo(840 + (280 * 40 * 0.25 * 30) / 365 + 4200, 6);
  });

  it('does not move stock when the move costs more than the shortage it prevents', () => {
    const verdict = proposeTransfer({ ...CASE, lane: { ...TRUCK, fixedCost: 5000 } });
    expect(verdict.kind).toBe('costs_more_than_shortage');
    if (verdict.kind === 'costs_more_than_shortage') expect([verdict.transferCost, verdict.marginSaved]).toEqual([5280, 4200]);
  });

  it('buying instead still leaves the shortage: free inbound freight does not beat a move that prevents it', () => {
    expect(proposeTransfer({ ...CASE, purchaseExtraPerUnit: 0, holdingRatePerYear: 0 })).toMatchObject({ kind: 'transfer', orderingCost: 4200 });
  });

  it('keeps back the origin\'s demand over the transit and its own replenishment, and moves nothing without a shortage', () => {
    // 160 kept: holding 160 leaves nothing; holding 170 leaves 10.
    expect(proposeTransfer({ ...CASE, from: { ...CASE.from, onHand: 160 } }).kind).toBe('no_excess');
    expect(proposeTransfer({ ...CASE, from: { ...CASE.from, onHand: 170 } })).toMatchObject({ kind: 'transfer', quantity: 10 });
    expect(proposeTransfer({ ...CASE, to: { ...CASE.to, onHand: 400 } }).kind).toBe('no_shortage');
  });

  it('lends only what the origin holds today, counting lots on their way from the day they land', () => {
    // Shanghai holds 100 (keep 160) with 400 landing on day 25: it needs 125 before then, nothing to spare.
    expect(proposeTransfer({ ...CASE, from: { ...CASE.from, onHand: 100, arrivals: [{ day: 25, units: 400 }] } })).toMatchObject({ kind: 'no_excess', excessUnits: 0 });
    // Holding 200 with 400 landing on day 10: 50 needed before it lands, and the 400 cover the rest of
    // the 32 days, so 150 can go, never more than it holds.
    const soon = proposeTransfer({ ...CASE, from: { ...CASE.from, onHand: 200, arrivals: [{ day: 10, units: 400 }] } });
    expect(soon).toMatchObject({ kind: 'transfer', excessUnits: 150, quantity: 150 });
    // A lot landing after the 32 days does not count: 200 − 160 = 40.
    expect(proposeTransfer({ ...CASE, from: { ...CASE.from, onHand: 200, arrivals: [{ day: 40, units: 400 }] } })).toMatchObject({ excessUnits: 40 });
  });

  it('a transfer landing after the destination is replenished anyway prevents nothing', () => {
    expect(proposeTransfer({ ...CASE, lane: { ...TRUCK, transitDays: 35 } }).kind).toBe('costs_more_than_shortage');
  });

  it('refuses moving a SKU back while the first move\'s stock is still needed where it went', () => {
    // Shanghai (1) → Guangzhou (2) landing on day 102; Guangzhou's purchases take 30 days: needed until day 132.
    const past = [{ fromId: 1, toId: 2, neededUntilDay: neededUntil(102, 30) }];
    expect(reverseOf(past, 2, 1, 120)).toEqual(past[0]);
    expect(reverseOf(past, 2, 1, 132)).toBeNull();
    expect(reverseOf(past, 1, 2, 120)).toBeNull();
  });
});
