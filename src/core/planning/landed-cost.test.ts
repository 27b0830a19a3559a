import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test/helpers/temp-dir';
import { line } from '../../../test/fixtures/planning-lines';
import { createWorkspace } from '../db/workspace';
import { applyBudget } from './budget';
import { applyLandedCosts } from './landed-cost';

describe('landed cost on plan lines', () => {
  const tempDir = useTempDir();

  function workspace() {
    const ws = createWorkspace(path.join(tempDir(), 'w.supplydesk'), { name: 'W' });
    ws.db.prepare("INSERT INTO locations (id, code, name) VALUES (1, 'WH', 'wh')").run();
    ws.db.prepare("INSERT INTO suppliers (id, code, name) VALUES (7, 'SUP-7', 's')").run();
    const lane = ws.db.prepare(
      "INSERT INTO lanes (origin_kind, supplier_id, destination_location_id, mode, transit_days, cost_per_unit, cost_per_kg, cost_per_m3, fixed_cost, duty_rate) VALUES ('supplier', 7, 1, ?, ?, ?, ?, ?, ?, ?)",
    );
    lane.run('sea', 30, null, null, 400, 200, 0.1);
    lane.run('air', 5, null, 30, null, 100, 0.1);
    return ws;
  }

  it('adds freight on the usual (slowest) lane, the fixed cost shared by the supplier lines, and duty', () => {
    const ws = workspace();
    // Two lines of 100 units × 0.01 m³: sea 1 m³ × 400 = 400 each + 200 / 2 fixed; duty 10% of 10 × 100 = 100.
    const lines = [line(100, { productId: 1 }), line(100, { productId: 2 }), line(100, { productId: 3, supplierId: 9 })];
    applyLandedCosts(ws.db, lines);
    expect(lines.map((l) => [l.landedUnitCost, l.landedMode])).toEqual([[16, 'sea'], [16, 'sea'], [null, null]]);
    ws.close();
  });

  it('makes the budget spend landed cost: what fits at the purchase price may not fit landed', () => {
    const ws = workspace();
    const lines = [line(100, { productId: 1, coverMean: 200, coverVariance: 400 })];
    applyLandedCosts(ws.db, lines);
    // Landed: 10 + (400 + 200 + 100) / 100 = 17 a unit, so 1,000 of cash buys 58 units, not 100.
    expect(lines[0]!.landedUnitCost).toBe(17);
    const cut = applyBudget(lines, 1000);
    expect(lines[0]!.quantity).toBe(58);
    expect(cut.spent).toBeCloseTo(58 * 17, 6);
    ws.close();
  });
});
