import { describe, expect, it } from 'vitest';
import { chooseMode, type ModeLane, type ModeNeed } from './mode-choice';
import { expectedShort } from './shortage';
import type { LaneTariff } from './types';

const tariff = (over: Partial<LaneTariff>): LaneTariff => ({
  mode: 'sea', transitDays: 30, transitSdDays: 0, costPerUnit: null, costPerKg: null, costPerM3: null, containerCosts: {}, fixedCost: 0, dutyRate: 0, ...over,
});
const SEA: ModeLane = { id: 1, tariff: tariff({ mode: 'sea', transitDays: 30, costPerUnit: 0.5 }) };
const AIR: ModeLane = { id: 2, tariff: tariff({ mode: 'air', transitDays: 5, costPerKg: 4 }) };

/** Steady demand (no spread) keeps the answers checkable by hand. */
const need = (over: Partial<ModeNeed>): ModeNeed => ({
  quantity: 600, stock: 50, demand: { mean: 10, sd: 0 }, unitMargin: 20, unit: { unitCost: 10, volumeM3: 0.001, weightKg: 1 }, readyInDays: 0, orderMultiple: 1, ...over,
});

describe('mode choice', () => {
  it('sends the urgent part by air and the rest by sea when the stock runs out long before the ship lands', () => {
    // Sea alone: 300 freight + (300 − 50) short × 20 = 5,300. Air alone: 600 kg × 4 = 2,400, nothing short.
    // Split: the 50 in stock last until the air lands (day 5); the 25 days to the ship need 250 units by air:
    // 250 × 4 + 350 × 0.5 = 1,175, nothing short.
    const choice = chooseMode([SEA, AIR], need({}))!;
    expect(choice.singles.map((s) => [s.mode, s.total])).toEqual([['air', 2400], ['sea', 5300]]);
    expect(choice.kind).toBe('split');
    expect(choice.parts.map((p) => [p.mode, p.quantity, p.freight, p.arriveInDays])).toEqual([['air', 250, 1000, 5], ['sea', 350, 175, 30]]);
    expect(choice.shortUnits).toBe(0);
    expect(choice.total).toBe(1175);
  });

  it('ships everything by sea when the stock lasts until the ship lands', () => {
    const choice = chooseMode([SEA, AIR], need({ stock: 400 }))!;
    expect(choice.kind).toBe('single');
    expect(choice.parts.map((p) => [p.mode, p.quantity, p.freight])).toEqual([['sea', 600, 300]]);
    expect(choice.lostMargin).toBe(0);
  });

  it('credits air only with the sales its own units save before the ship lands', () => {
    // 100 units, nothing in stock, air at 40 a kg. Sea: 50 freight + 300 short × 20 = 6,050. Air: 4,000
    // freight; 50 short before it lands, then its 100 units against 250 sold until the ship would land:
    // 150 more short, 200 × 20 = 4,000, total 8,000. (Counting only the 50 short before air lands would
    // have sent it by air at 5,000.) No split: the urgent part would be the whole order.
    const choice = chooseMode([SEA, { id: 2, tariff: { ...AIR.tariff, costPerKg: 40 } }], need({ quantity: 100, stock: 0 }))!;
    expect(choice.singles.map((s) => [s.mode, s.shortUnits, s.total])).toEqual([['sea', 300, 6050], ['air', 200, 8000]]);
    expect([choice.kind, choice.parts.map((p) => p.mode)]).toEqual(['single', ['sea']]);
  });

  it('counts an earlier order from the day it lands, not from now', () => {
    // 50 in stock and 250 landing on day 10: a gap of 50 units (days 5–10) that stock-on-hand alone
    // (300 counted from now) would hide. Sea alone: 50 short on days 5–10 → 300 + 1,000 = 1,300.
    const choice = chooseMode([SEA, AIR], need({ arrivals: [{ day: 10, units: 250 }] }))!;
    expect(choice.singles.find((c) => c.mode === 'sea')!.shortUnits).toBe(50);
    expect(chooseMode([SEA, AIR], need({ stock: 300 }))!.singles.find((c) => c.mode === 'sea')!.shortUnits).toBe(0);
  });

  it('charges units landing before the base lane their holding, and runs the horizon a review period past the slowest landing', () => {
    // Air at the sea's price: without holding a tie the base lane wins; with holding air pays 25 days of it.
    const cheapAir: ModeLane = { id: 2, tariff: tariff({ mode: 'air', transitDays: 5, costPerUnit: 0.5 }) };
    const held = chooseMode([SEA, cheapAir], need({ stock: 1000, holdingPerUnitDay: 0.01 }))!;
    expect(held.parts.map((p) => p.mode)).toEqual(['sea']);
    expect(held.singles.find((c) => c.mode === 'air')!.holding).toBeCloseTo(600 * 0.01 * 25, 6);
    // 50 in stock, 600 by sea on day 30, demand 10 a day: short 250 by day 30, nothing more by day 44.
    expect(chooseMode([SEA], need({ reviewDays: 14 }))!.shortUnits).toBe(250);
    // With 300 by sea the 14 days after it lands sell 140 of them; with 100, 40 more go short.
    expect(chooseMode([SEA], need({ quantity: 100, reviewDays: 14 }))!.shortUnits).toBe(290);
  });

  it('leaves out a lane it cannot price and says which figure it lacks', () => {
    // Air bills volumetric weight when the actual weight is unknown; with neither it cannot be priced.
    const choice = chooseMode([SEA, AIR], need({ unit: { unitCost: 10, volumeM3: null, weightKg: null } }))!;
    expect(choice.unpriced).toEqual([{ laneId: 2, mode: 'air', missing: 'weight' }]);
    expect(choice.parts.map((p) => p.mode)).toEqual(['sea']);
  });

  it('counts units short with uncertain demand by the normal loss function', () => {
    // Stock at the mean: σ × φ(0) = 0.3989 σ.
    expect(expectedShort(100, 100, 10)).toBeCloseTo(3.989, 3);
    expect(expectedShort(200, 100, 10)).toBeCloseTo(0, 6);
  });
});
