import { describe, expect, it } from 'vitest';
import { landedCost } from './landed-cost';
import type { LaneTariff } from './types';

const lane = (over: Partial<LaneTariff>): LaneTariff => ({
  mode: 'sea', transitDays: 20, transitSdDays: 0, costPerUnit: null, costPerKg: null, costPerM3: null, containerCosts: {}, fixedCost: 0, dutyRate: 0, ...over,
});

describe('landed cost', () => {
  it('bills air by chargeable weight (volumetric when bulkier) and adds duty on the goods', () => {
    // 100 units × 0.01 m³ = 1 m³ → 167 kg volumetric > 50 kg actual; 167 × 30 + 200 = 5,210; duty 10% × 20 × 100 = 200.
    const cost = landedCost(lane({ mode: 'air', costPerKg: 30, fixedCost: 200, dutyRate: 0.1 }), 100, { unitCost: 20, volumeM3: 0.01, weightKg: 0.5 });
    expect(cost.freight).toBeCloseTo(5210, 6);
    expect(cost.duty).toBeCloseTo(200, 6);
    expect(cost.landedUnitCost).toBeCloseTo(74.1, 6);
  });

  it('sea by m³ uses actual volume; a tariff in a unit the SKU lacks says what is missing', () => {
    const sea = lane({ costPerM3: 400, fixedCost: 100 });
    expect(landedCost(sea, 100, { unitCost: 20, volumeM3: 0.01, weightKg: null }).freight).toBeCloseTo(500, 6);
    expect(landedCost(sea, 100, { unitCost: 20, volumeM3: null, weightKg: 1 }).missing).toBe('volume');
    expect(landedCost(lane({ mode: 'truck', costPerKg: 1 }), 10, { unitCost: 5, volumeM3: 0.1, weightKg: null }).missing).toBe('weight');
  });
});
