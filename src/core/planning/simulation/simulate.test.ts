import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planningDemo } from '../../../../test/fixtures/planning-workspace';
import { decide, loadSimulationInput, minMaxAtInventory, rollingForecast, simulatePolicy, type SimSeries } from '.';

let demo: ReturnType<typeof planningDemo>;
let series: SimSeries[];

beforeAll(() => {
  demo = planningDemo(100, false);
  const ws = demo.open();
  series = loadSimulationInput(ws.db, '2025-07-01', '2026-06-30');
  ws.close();
});
afterAll(() => demo.remove());

describe('simulation', () => {
  it('never peeks: a decision is the same whatever demand follows its day', () => {
    const s = series.find((x) => x.demand.reduce((a, b) => a + b, 0) > 100)!;
    const t = s.start + 70;
    const changed: SimSeries = { ...s, demand: s.demand.map((d, i) => (i >= t ? d * 10 + 5 : d)) };
    expect(rollingForecast(changed.demand, t)).toEqual(rollingForecast(s.demand, t));
    for (const position of [0, 10, 100]) {
      expect(decide({ kind: 'supplydesk', serviceLevel: 0.95, reviewDays: 7 }, changed, t, position)).toBe(decide({ kind: 'supplydesk', serviceLevel: 0.95, reviewDays: 7 }, s, t, position));
    }
  });

  it('is repeatable and serves more with a higher target', () => {
    const a = simulatePolicy(series, { kind: 'supplydesk', serviceLevel: 0.95, reviewDays: 7 });
    expect(simulatePolicy(series, { kind: 'supplydesk', serviceLevel: 0.95, reviewDays: 7 })).toEqual(a);
    const low = simulatePolicy(series, { kind: 'supplydesk', serviceLevel: 0.8, reviewDays: 7 });
    expect(a.cycle_service_level).toBeGreaterThan(low.cycle_service_level);
    expect(a.avg_inventory_value).toBeGreaterThan(low.avg_inventory_value);
  });

  it('calibration: a 95% target lands near 95% cycle service and beats min/max at equal inventory on fill rate', () => {
    const sd = simulatePolicy(series, { kind: 'supplydesk', serviceLevel: 0.95, reviewDays: 7 });
    // Measured: 92.8% on this 100-SKU demo, 93.8% on the 5,000-SKU benchmark demo (was 90.8% / 91.8% before
    // the rolling forecast counted from each item's first sale and took its own horizon error).
    expect(sd.cycle_service_level).toBeGreaterThan(0.91);
    expect(sd.cycle_service_level).toBeLessThan(0.99);
    const mm = minMaxAtInventory(series, sd.avg_inventory_value);
    expect(Math.abs(mm.result.avg_inventory_value / sd.avg_inventory_value - 1)).toBeLessThan(0.05);
    expect(sd.fill_rate).toBeGreaterThan(mm.result.fill_rate);
  });
});
