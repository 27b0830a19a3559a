import { describe, expect, it } from 'vitest';
import { proposeTransfer, type TransferCase } from './transfers';
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
    // Excess 500 − 30 × 5 = 350; Guangzhou needs 300 − 20 = 280 and would be 280 short. Truck: 280 × 1 + 100 = 380.
    // Landing on day 2 it prevents all 280 short (margin 4,200). Buying: 280 × 3 + 280 × 40 × 25% × 30/365 = 1,070.14.
    const verdict = proposeTransfer(CASE);
    expect(verdict.kind).toBe('transfer');
    if (verdict.kind !== 'transfer') return;
    expect([verdict.quantity, verdict.excessUnits, verdict.shortUnitsBefore, verdict.shortUnitsPrevented]).toEqual([280, 350, 280, 280]);
    expect(verdict.transferCost).toBe(380);
    expect(verdict.marginSaved).toBe(4200);
    expect(verdict.orderingCost).toBeCloseTo(840 + (280 * 40 * 0.25 * 30) / 365, 6);
  });

  it('does not move stock when the move costs more than the shortage it prevents', () => {
    const verdict = proposeTransfer({ ...CASE, lane: { ...TRUCK, fixedCost: 5000 } });
    expect(verdict.kind).toBe('costs_more_than_shortage');
    if (verdict.kind === 'costs_more_than_shortage') expect([verdict.transferCost, verdict.marginSaved]).toEqual([5280, 4200]);
  });

  it('does not move stock when buying the units costs less, nor when there is no excess', () => {
    expect(proposeTransfer({ ...CASE, purchaseExtraPerUnit: 0, holdingRatePerYear: 0 }).kind).toBe('costs_more_than_ordering');
    expect(proposeTransfer({ ...CASE, from: { ...CASE.from, onHand: 150 } }).kind).toBe('no_excess');
    expect(proposeTransfer({ ...CASE, to: { ...CASE.to, onHand: 400 } }).kind).toBe('no_shortage');
  });

  it('lends only what the origin holds today above its keep level, never stock still arriving there', () => {
    // Shanghai holds 100 (keep 150) with 400 on the way: nothing to spare today.
    expect(proposeTransfer({ ...CASE, from: { ...CASE.from, onHand: 100, arriving: 400 } })).toMatchObject({ kind: 'no_excess', excessUnits: 0 });
    // Holding 200 with 400 arriving: 50 to spare, and the move is 50, not 280.
    const verdict = proposeTransfer({ ...CASE, from: { ...CASE.from, onHand: 200, arriving: 400 } });
    expect(verdict).toMatchObject({ kind: 'transfer', excessUnits: 50, quantity: 50 });
  });

  it('a transfer landing after the destination is replenished anyway prevents nothing', () => {
    expect(proposeTransfer({ ...CASE, lane: { ...TRUCK, transitDays: 35 } }).kind).toBe('costs_more_than_shortage');
  });
});
