import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workspace } from '../../db/workspace';
import { createInlineTaskContext } from '../../ground/task-context';
import { planningDemo } from '../../../../test/fixtures/planning-workspace';
import { listSimulations, resolveSimulation, runSimulation, saveSimulation } from '.';

let demo: ReturnType<typeof planningDemo>;
let ws: Workspace;

beforeAll(() => {
  demo = planningDemo(30, false);
  ws = demo.open();
});
afterAll(() => {
  ws.close();
  demo.remove();
});

describe('stored policy simulations', () => {
  it('defaults to the last year of sales, or the days asked for, and refuses a period without history before it', () => {
    expect(resolveSimulation(ws.db, {})).toMatchObject({ from: '2025-07-01', to: '2026-06-30', serviceLevel: 0.95, reviewDays: 7, curve: true });
    expect(resolveSimulation(ws.db, { days: 91 })).toMatchObject({ from: '2026-04-01', to: '2026-06-30' });
    expect(() => resolveSimulation(ws.db, { from: '2024-07-01' })).toThrow(/at the earliest/);
    expect(() => resolveSimulation(ws.db, { from: '2026-06-01', to: '2026-05-01' })).toThrow(/end on or after/);
    expect(() => resolveSimulation(ws.db, { minCoverDays: 30, maxCoverDays: 10 })).toThrow(/max cover days/);
  });

  it('runs both policies and the curve with progress, stores them, and lists them back newest first', () => {
    const steps: [string, number, number][] = [];
    const settings = resolveSimulation(ws.db, { days: 91 });
    const ctx = createInlineTaskContext((step, current, total) => steps.push([step, current, total]));
    const results = runSimulation(ws.db, settings, ctx);
    expect(results.current.policy).toBe('current');
    expect(results.supplydesk.policy).toBe('supplydesk');
    expect(results.curve.map((p) => p.target)).toEqual([0.8, 0.85, 0.9, 0.95, 0.97, 0.99]);
    // More stock for a higher target.
    expect(results.curve.at(-1)!.avg_inventory_value).toBeGreaterThan(results.curve[0]!.avg_inventory_value);
    // The curve's 95% point is the SupplyDesk result itself.
    expect(results.curve.find((p) => p.target === 0.95)!.fill_rate).toBe(results.supplydesk.fill_rate);
    // Each new step is reported at once (later ones within a step are throttled).
    expect(steps.slice(0, 2)).toEqual([['simulation.load', 0, 1], ['simulation.policies', 0, 8]]);
    const first = saveSimulation(ws.db, settings, results, 1.5);
    const second = saveSimulation(ws.db, { ...settings, curve: false }, { ...results, curve: [] }, 0.5);
    const listed = listSimulations(ws.db);
    expect(listed.map((s) => s.id)).toEqual([second, first]);
    expect(listed[1]).toMatchObject({ settings, seconds: 1.5 });
    expect(listed[1]!.results).toEqual(JSON.parse(JSON.stringify(results)));
    expect(ws.db.prepare("SELECT count(*) FROM audit_log WHERE action = 'planning.simulate'").pluck().get()).toBe(2);
  });

  it('stops when cancelled, between policies', () => {
    const ctx = createInlineTaskContext();
    ctx.cancel();
    expect(() => runSimulation(ws.db, resolveSimulation(ws.db, { days: 91 }), ctx)).toThrow(/cancelled/);
  });
});
