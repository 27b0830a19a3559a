import { describe, expect, it } from 'vitest';
import { createRng } from '../ground/random';
import { demoLanes } from './lanes';
import { buildSuppliers } from './suppliers';

describe('demo lanes', () => {
  it('ship overseas suppliers by sea (from a port, with container prices) and air, domestic ones by truck and express, and join the two warehouses both ways', () => {
    const suppliers = buildSuppliers(2000, createRng(7, 3));
    const lanes = demoLanes(suppliers);
    const modesOf = (supplierId: number, to: number) => lanes.filter((l) => l[1] === supplierId && l[3] === to).map((l) => l[4]).sort();
    for (const s of suppliers) {
      for (const to of [1, 2]) expect(modesOf(s.id, to)).toEqual(s.kind === 'overseas' ? ['air', 'sea'] : ['express', 'truck']);
    }
    const sea = lanes.filter((l) => l[4] === 'sea');
    expect(sea.every((l) => l[5] !== null && l[11]! > 0 && l[11]! < l[12]! && l[12]! < l[13]! && l[16] !== null)).toBe(true);
    const air = lanes.filter((l) => l[4] === 'air');
    // Air is faster and dearer per kg than the sea lane it stands beside.
    expect(air.every((l) => l[6] < sea.find((s) => s[1] === l[1] && s[3] === l[3])![6] && l[9]! > 10)).toBe(true);
    expect(lanes.filter((l) => l[0] === 'warehouse').map((l) => [l[2], l[3], l[4]])).toEqual([[1, 2, 'truck'], [1, 2, 'rail'], [2, 1, 'truck'], [2, 1, 'rail']]);
  });
});
