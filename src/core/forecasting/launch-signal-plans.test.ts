import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test/helpers/temp-dir';
import { addProduct, emptyWorkspace } from '../../../test/fixtures/forecasting-workspace';
import { setLaunchPlan, listLaunchPlans } from './launch-plans';
import { LAUNCH_SIGNAL_AUTHOR, withLaunchSignals } from './launch-signal-plans';

describe('the launch audience offered to the cold start', () => {
  const tempDir = useTempDir();

  it('becomes a launch plan of expected buyers × units per buyer over 8 weeks, unless the planner entered one', () => {
    const ws = emptyWorkspace(tempDir());
    const fresh = addProduct(ws.db, { sku: 'NEW-1' });
    const planned = addProduct(ws.db, { sku: 'NEW-2' });
    setLaunchPlan(ws.db, { productId: planned, weeks: 4, unitsPerWeek: 10 });
    ws.db.prepare("INSERT INTO recommend_runs (created_at, as_of, top_n, lines, orders, customers, skus, seconds) VALUES ('now', '2026-06-30', 10, 1, 1, 1, 1, 0)").run();
    const audience = ws.db.prepare(`INSERT INTO launch_audiences VALUES (1, ?, ?, 50, '{"unitsPerBuyer":2}', '[]')`);
    audience.run(fresh, 12.5);
    audience.run(planned, 40);
    const plans = withLaunchSignals(ws.db, listLaunchPlans(ws.db));
    expect(plans).toHaveLength(2);
    const offered = plans.find((p) => p.productId === fresh)!;
    expect(offered).toMatchObject({ createdBy: LAUNCH_SIGNAL_AUTHOR, weeks: 8, totalUnits: 25, locationId: null });
    expect(plans.find((p) => p.productId === planned)!.unitsPerWeek).toBe(10);
    ws.close();
  });
});
