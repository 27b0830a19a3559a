import { describe, expect, it } from 'vitest';
import { consolidate, weekStartDay } from './consolidate';
import type { LogisticsInputs } from './inputs';
import type { Lane, ShipmentLine } from './types';

const MONDAY = 20_640; // 2026-07-06
const lane = (id: number, supplierId: number): Lane => ({
  id, originKind: 'supplier', supplierId, originLocationId: null, origin: `S${supplierId}`, destinationLocationId: 1, destination: 'WH', mode: 'sea',
  originPort: 'VNSGN', transitDays: 12, transitSdDays: 2, transitSource: 'entered', transitSamples: 0, enteredTransitDays: 12,
  costPerUnit: null, costPerKg: null, costPerM3: 400, costPer20ft: 5000, costPer40ft: 8000, costPer40hc: 8500, fixedCost: 0, dutyRate: 0, currency: 'CNY', active: true, notes: null,
});
const shipment = (productId: number, supplierId: number, shipDay: number): ShipmentLine => ({
  source: 'draft', planLineId: productId, poLineId: null, poNumber: null, productId, sku: `P${productId}`, supplierId, supplier: `S${supplierId}`,
  toLocationId: 1, to: 'WH', laneId: supplierId, mode: 'sea', part: 'whole', quantity: 1000, shipDay, arrivalDay: shipDay + 12,
  shipDate: '', arrivalDate: '', freightCost: 12_000, dutyCost: 0, unitCost: 20, landedUnitCost: 32, containerId: null, looseUnits: 0, currency: 'CNY',
  reason: { kind: 'only_lane', mode: 'sea', freight: 12_000 },
});

describe('containers across suppliers', () => {
  it('puts two suppliers’ goods leaving one port in one week in one 40HC instead of a 40ft each', () => {
    // 1,000 units × 0.03 m³ = 30 m³ per supplier. Loose: 30 × 400 = 12,000 each; alone, each books a 40ft (8,000).
    // Together 60 m³: one 40HC (68 m³) for 8,500 — 88.2% full — split by volume, 4,250 each.
    const inputs = {
      products: new Map([1, 2].map((id) => [id, { productId: id, sku: `P${id}`, category: null, unitCost: 20, price: 40, unitVolume: 0.03, unitWeight: 2 }])),
      locations: new Map([[1, 'WH']]),
    } as unknown as LogisticsInputs;
    const lines = [shipment(1, 1, MONDAY + 1), shipment(2, 2, MONDAY + 4)];
    const { containers, groups } = consolidate(inputs, lines, new Map([[1, lane(1, 1)], [2, lane(2, 2)]]));
    expect(groups.map((g) => [g.counts, g.cost, g.separateCost, g.fillPct, g.suppliers])).toEqual([[{ '20ft': 0, '40ft': 0, '40hc': 1 }, 8500, 16_000, 88.2, ['S1', 'S2']]]);
    expect(containers.map((c) => [c.id, c.kind, c.volumeM3, c.suppliers])).toEqual([['VNSGN-WH-2026-07-06-1', '40hc', 60, ['S1', 'S2']]]);
    expect(lines.map((l) => [l.freightCost, l.landedUnitCost, l.containerId])).toEqual([
      [4250, 24.25, 'VNSGN-WH-2026-07-06-1'],
      [4250, 24.25, 'VNSGN-WH-2026-07-06-1'],
    ]);
  });

  it('fills a 40HC and ships the last 3 m³ loose instead of booking a 20ft for them', () => {
    // Supplier 1: 1,000 × 0.05 = 50 m³; supplier 2: 700 × 0.03 = 21 m³; 71 m³ in all. Loose: 400 a m³.
    // 40HC + 20ft = 13,500; 40HC + 3 m³ loose = 8,500 + 1,200 = 9,700. The 3 m³ are the last 100 units of supplier 2.
    const inputs = {
      products: new Map([[1, 0.05], [2, 0.03]].map(([id, v]) => [id!, { productId: id, sku: `P${id}`, category: null, unitCost: 20, price: 40, unitVolume: v, unitWeight: 2 }])),
      locations: new Map([[1, 'WH']]),
    } as unknown as LogisticsInputs;
    const lines = [{ ...shipment(1, 1, MONDAY), freightCost: 20_000 }, { ...shipment(2, 2, MONDAY), quantity: 700, freightCost: 8_400 }];
    const { containers, groups } = consolidate(inputs, lines, new Map([[1, lane(1, 1)], [2, lane(2, 2)]]));
    expect(groups.map((g) => [g.counts, g.boxCost, g.looseM3, g.looseCost, g.cost])).toEqual([[{ '20ft': 0, '40ft': 0, '40hc': 1 }, 8500, 3, 1200, 9700]]);
    expect(containers.map((c) => [c.kind, c.volumeM3, c.fillPct])).toEqual([['40hc', 68, 100]]);
    // Boxed: 50 and 18 m³ of 68 share 8,500; supplier 2's 100 loose units pay their own 400 a m³ (1,200).
    expect(lines.map((l) => [l.containerId, l.looseUnits, l.freightCost])).toEqual([
      ['VNSGN-WH-2026-07-06-1', 0, 6250],
      ['VNSGN-WH-2026-07-06-1', 100, 2250 + 1200],
    ]);
  });

  it('leaves small loads loose (LCL) and keeps different weeks apart', () => {
    const inputs = {
      products: new Map([[1, { productId: 1, sku: 'P1', category: null, unitCost: 20, price: 40, unitVolume: 0.001, unitWeight: 0.1 }]]),
      locations: new Map([[1, 'WH']]),
    } as unknown as LogisticsInputs;
    const lines = [{ ...shipment(1, 1, MONDAY), freightCost: 400 }];
    expect(consolidate(inputs, lines, new Map([[1, lane(1, 1)]])).groups).toEqual([]);
    expect(lines[0]!.containerId).toBeNull();
    expect([weekStartDay(MONDAY), weekStartDay(MONDAY + 6), weekStartDay(MONDAY + 7)]).toEqual([MONDAY, MONDAY, MONDAY + 7]);
  });
});
